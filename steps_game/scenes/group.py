"""What our group thought: the screen at the end of a workshop run, before the group's profile.

Step by step, each question the room counted hands for and, in plain words, what most of the
room said or how opinions split, and whether that was the right answer (group_words.py, from
`app.workshop.room`). Large words for a projector, page by page when long ("More (1/2)", the
wheel, Page Up and Page Down). A run without counted hands says so; the buttons still work.
"Save as files" writes the group's files (group_files.py) where the facilitator chooses.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from steps_game.group_files import FORMATS, step_titles, write_group_files
from steps_game.group_words import from_room, group_words, step_name, steps_of
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y, header
from steps_game.scenes.scroller import TurnsPages
from steps_game.ui import palette
from steps_game.ui.builder import button_width
from steps_game.ui.flow import Group, Pager, Para, draw_page, flow
from steps_game.ui.text import text_height, text_scale

INTRO_SIZE = 19
STEP_SIZE = 24
QUESTION_SIZE = 21
LINE_SIZE = 20
COLUMN_GAP = 40
TWO_COLUMNS_UP_TO = 1.0  # larger words (workshop mode, 150 % and more) read in one column


class GroupScene(TurnsPages, Scene):
    menu_button = True

    def __init__(self, app, room=None) -> None:
        super().__init__(app)
        self.given_room = room  # the audit's and the tests' room; else the workshop's own
        self.pager = Pager()
        self.export_note = ""
        self.export_formats: tuple[str, ...] = FORMATS
        self.preferred_focus = "profile"

    @property
    def room(self):
        from steps_game.room_record import RoomRecord

        if self.given_room is not None:
            return self.given_room
        workshop = self.app.workshop
        return workshop.room if workshop is not None else RoomRecord()

    def words(self):
        return group_words(from_room(self.room, self.tr), self.tr)

    def build(self) -> None:
        tr = self.tr
        below = header(self.ui, tr("game.name"), tr("group.heading"), right=self.header_right)
        width = SCREEN_W - 2 * MARGIN
        # once saved, where the files went, in the place of the intro
        note = self.export_note or tr("group.intro")
        note_h = text_height(note, INTRO_SIZE, width, role="secondary")
        self.ui.text(
            note,
            pygame.Rect(MARGIN, below, width, note_h),
            size=INTRO_SIZE,
            color=palette.ACCENT_DARK if self.export_note else palette.MUTED,
            role="secondary",
        )
        made = self.ui.button_row(
            [
                ("profile", tr("group.to_profile"), self.open_profile),
                ("export", tr("export.button"), self.export, {"secondary": True}),
            ],
            footer_y(),
        )
        bottom = min(c.rect.top for c in made) - 12
        top = below + note_h + 12
        columns = 2 if text_scale() <= TWO_COLUMNS_UP_TO else 1
        groups = self._groups()
        box = pygame.Rect(MARGIN, top, width, bottom - top)
        pages = flow(groups, box, columns, COLUMN_GAP)
        more_w = button_width(tr("pages.more", page=9, pages=9))
        beside = min(c.rect.left for c in made) - MARGIN - 16 >= more_w
        more_y = footer_y()
        if len(pages) > 1 and not beside:
            # the buttons take the row (large words): More goes on a row of its own above them
            more_y = bottom + 12 - self.ui.row_height - 12
            box.height = more_y - 12 - top
            pages = flow(groups, box, columns, COLUMN_GAP)
        draw_page(self.ui, pages[self.pager.settle(len(pages))])
        if self.pager.pages > 1:
            label = self.pager.label(tr)
            rect = pygame.Rect(MARGIN, more_y, min(button_width(label), width), self.ui.row_height)
            self.pager.button(self.ui, tr, rect, self.rebuild)

    def _groups(self) -> list[Group]:
        tr = self.tr
        words = self.words()
        if not words:
            return [Group((Para(tr("group.none"), LINE_SIZE),), fill=palette.ACCENT_SOFT)]
        titles = step_titles(self.app.content, tr)
        groups = []
        for step, points in steps_of(words):
            heading = Para(
                step_name(tr, step, titles),
                STEP_SIZE,
                "title",
                bold=True,
                color=palette.ACCENT_DARK,
                heading=True,
            )
            for index, point in enumerate(points):
                paras = [Para(point.question, QUESTION_SIZE, bold=True)]
                paras += [Para(line, LINE_SIZE) for line in point.lines]
                groups.append(Group((heading, *paras) if index == 0 else tuple(paras)))
        return groups

    # -- the buttons ---------------------------------------------------------------------------
    def open_profile(self) -> None:
        from steps_game.scenes.profile import ProfileScene

        self.app.replace(ProfileScene(self.app))

    def export(self) -> None:
        from steps_game.scenes.export import ExportScene

        self.app.push(ExportScene(self.app, self.save_to, formats=self.export_formats))

    def save_to(self, folder, formats=FORMATS, with_words: bool = False) -> None:
        self.export_formats = formats
        self.export_note = save_group_files(self.app, self.room, folder, formats)


def save_group_files(app, room, folder, formats=FORMATS) -> str:
    """Write the group's files into `folder`; returns what the screen says of it (where they
    went, by the folder's shown name, or why they could not be written)."""
    from steps_game.save_places import shown_name

    tr = app.tr
    try:
        written = write_group_files(room, tr, folder, step_titles(app.content, tr), formats)
    except OSError as exc:
        return tr("export.failed", reason=exc.strerror or str(exc))
    stem = written[0].name.split(".")[0]
    kinds = " ".join(sorted(path.suffix for path in written))
    return tr(
        "export.done", folder=shown_name(Path(folder), Path.home()), files=f"{stem} ({kinds})"
    )
