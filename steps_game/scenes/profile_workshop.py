"""The group's profile in workshop mode (issue 15), on a projector: the radar and one large row
per dimension saying its score (the band line is one click away, in "why this score"), the
group's own words above them ("our group", never one player's counsellor), the dimensions the
set leaves out named on one line, the group's plan as the way on, and the way back to what our
group thought. The words are larger, so are the radar's names: the radar takes the
wider column and the rows the narrower one. Drawn into a ProfileScene (scenes/profile.py), which
keeps the radar, the rows' paging and the files."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y, header
from steps_game.ui import palette
from steps_game.ui.cards import tick_room
from steps_game.ui.charts import radar_radius
from steps_game.ui.measure import CARD_PAD_X, text_height
from steps_game.ui.text import role_size, text_size

if TYPE_CHECKING:
    from steps_game.scenes.profile import ProfileScene

LIST_X = 740
ROWS_TOP = 198
RADAR_GAP = 20  # between the radar's names and the rows
NOTE_SIZE = 19  # the group's words, or where the files went (secondary)


def build_workshop(scene: ProfileScene) -> None:
    """The group's profile: the radar and one large row per dimension."""
    from steps_game.scenes.profile import ROW_TEXT, SMALLEST_RADIUS

    tr, ui = scene.tr, scene.ui
    content = scene.app.content
    below = header(ui, tr("game.name"), tr("workshop.profile_heading"), right=scene.header_right)
    # Once saved, where the files went, in the place of the profile's intro
    # the group's own words: "our group", never one player's counsellor
    note = scene.export_note or tr("group.profile_intro")
    width = SCREEN_W - 2 * MARGIN
    note_h = text_height(note, NOTE_SIZE, width, role="secondary")
    ui.text(
        note,
        pygame.Rect(MARGIN, below, width, note_h),
        size=NOTE_SIZE,
        color=palette.ACCENT_DARK if scene.export_note else palette.MUTED,
        role="secondary",
    )
    # the way on is the group's plan; what our group thought is the way back (Enter on it
    # led there and back again, tenth facilitator run)
    made = ui.button_row(
        [
            ("plan", tr("profile.plan"), scene.open_plan),
            ("group", tr("group.heading"), lambda: open_group(scene.app), {"secondary": True}),
            ("export", tr("export.button"), scene.export, {"secondary": True}),
            ("to-title", tr("profile.to_title"), scene.to_title, {"secondary": True}),
        ],
        footer_y(),
    )
    scene.preferred_focus = "plan"
    bottom = min(c.rect.top for c in made) - 8  # above the buttons, on one row or more

    # a row for each dimension the set feeds, the room's results first, then "Not done yet";
    # the ones the set leaves out are named on one line under them (the short set's three
    # results took three pages, two of them "Not in this set" rows: tenth facilitator run)
    workshop = scene.app.workshop
    unscored = {
        item.dimension: workshop.unscored_key(item.dimension)
        for item in scene.scores
        if item.score is None
    }
    left_out = [d for d, key in unscored.items() if key == "profile.not_in_set"]
    order = sorted(
        (item for item in scene.scores if item.dimension not in left_out),
        key=lambda item: item.dimension in unscored,
    )
    rows = [
        (
            item.dimension,
            tr(unscored[item.dimension]) if item.score is None else tr.out_of_100(item.score),
            tr.pick(content.dimension(item.dimension).name),
        )
        for item in order
    ]
    if left_out:
        names = tr.join([tr.pick(content.dimension(d).name) for d in left_out])
        line = tr("profile.left_out", names=names)
        line_h = text_height(line, NOTE_SIZE, width, role="secondary")
        bottom -= line_h + 8
        box = pygame.Rect(MARGIN, bottom + 8, width, line_h)
        ui.text(line, box, size=NOTE_SIZE, color=palette.MUTED, role="secondary")
    top = max(ROWS_TOP, below + note_h + 8)
    scene.radar_box = pygame.Rect(MARGIN // 2, top, LIST_X - RADAR_GAP - MARGIN // 2, bottom - top)
    left = LIST_X
    # a set that leaves dimensions out: no radar, whose spokes for them said "–" (in Arabic one
    # lay over a name, eleventh facilitator run); the rows say the set's results
    if left_out or radar_radius(scene.radar_box, *scene.radar_words()) < SMALLEST_RADIUS:
        # names too long for a chart beside the list (Somali): the rows, each with its
        # score, across the screen say it all
        scene.radar_box, left = None, MARGIN
    width = SCREEN_W - MARGIN - left
    # the names' column: what the longest score leaves of the row
    inner = width - CARD_PAD_X - tick_room()
    scores_w = max(text_size(text, role_size(ROW_TEXT - 2, "option"))[0] for _, text, _ in rows)
    title_w = max(inner // 3, inner - scores_w - 16)
    scene.row_cards(pygame.Rect(left, top, width, bottom - top), rows, title_w)


def open_group(app) -> None:
    """What our group thought: the screen the run ended on."""
    from steps_game.scenes.group import GroupScene

    app.replace(GroupScene(app))
