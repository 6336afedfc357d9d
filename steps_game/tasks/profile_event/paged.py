"""Step 6's moment on a stacked board's pages (large text, moment.py's MomentPart): the
situation on a page of its own, then the moment's options together on the next where they fit,
and once one is chosen that option alone, what it wrote in the chat and how it went."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.tasks.profile_event.preview import LIST_TEXT
from steps_game.ui import palette
from steps_game.ui.measure import card_height
from steps_game.ui.text import text_height

if TYPE_CHECKING:
    from steps_game.tasks.profile_event.moment import MomentPart

GAP = 12  # as in moment.py, which imports this module
AGAIN_GAP = 8  # under the situation said again (at 12, Somali missed a projector page by 1 px)
CHAT_PAD = 16  # round what the choice wrote in the chat, top and bottom together
OPTION_TEXT = 20


def paged_grid(part: MomentPart, labels, width: int, over: int) -> tuple[int, int, int, bool]:
    """Columns, width and height of the options on a page under `over` px of other things,
    and whether they all fit it: two columns only when all of them fit a page so and not
    in one column (one column reads in order and holds more to a page)."""
    room, grids = part.page_room or 0, []
    for columns in (1, 2):
        card_w = (width - GAP * (columns - 1)) // columns
        height = max(
            card_height(text, card_w, text_size=OPTION_TEXT, finnish=finnish)
            for text, finnish in labels
        )
        rows = -(-len(labels) // columns)
        grids.append((columns, card_w, height, True))
        if over + rows * (height + GAP) - GAP <= room:
            return grids[-1]
    return (*grids[0][:3], False)


def _situation(ui, m: dict, main: pygame.Rect, y: int, below: int, room: int) -> int:
    """The moment's situation again at the top of a page at `y`, where it fits the page (`room`
    tall) with the `below` px that follow it; returns the y under it."""
    text, height = m["scene"]
    if height + AGAIN_GAP + below > room:
        return y
    again = pygame.Rect(main.x, y, main.width, height)
    ui.panel(again, palette.ACCENT_SOFT)
    ui.text(text, again.inflate(-32, -16), size=21, middle=True)
    ui.keep_with_next(y, y + height)
    return y + height + AGAIN_GAP


def build_paged(part: MomentPart, ui, main: pygame.Rect) -> None:
    """A moment on a stacked board's pages (large text): the situation on a page of its
    own, under the event's instruction on a moment's first page (the view's
    carries_instruction); then its options, all on one page where they fit, read without
    a key (Arabic 200 % play-test: options 3-4 on a page of their own cost Left, Down,
    Up, Right before each choice, s6_20). Once one is chosen, that option alone, what it
    wrote in the chat, and how it went with "Next moment" last, the same after every moment
    (s6_23, s6_29; the chat stood on a page after "Next moment", and reading it cost three
    keys a moment, thirteenth Arabic play-test). Before a choice, the chat so far follows
    the options, once something was written in it."""
    view, m = part.view, part._measure(main)
    label_h = part._label(ui, m["overline"], main)
    scene_text, scene_h = m["scene"]
    scene = pygame.Rect(main.x, main.y + label_h + 6, main.width, scene_h)
    ui.panel(scene, palette.ACCENT_SOFT)
    ui.text(scene_text, scene.inflate(-32, -16), size=21, middle=True)
    ui.keep_with_next(main.y, main.y + label_h)
    y = scene.bottom + GAP
    chosen = m["chosen"]
    shown = [(o, words) for o, words in m["options"] if chosen in (None, o)]
    labels = [words for _, words in shown]
    panel_h = part._reveal_height(chosen, main.width) + GAP if chosen else 0
    # what the choice wrote in the chat, a line of its own over how it went (the chat's
    # panel with its heading took the room that kept the choice with how it went)
    wrote = next(iter(view.chat_said(latest=True)), "") if chosen else ""
    chat_h = text_height(wrote, LIST_TEXT, main.width - 40) + CHAT_PAD + GAP if wrote else 0
    after_h = chat_h + panel_h  # what follows the choice
    room = part.page_room or 0
    # the situation and its options on one page where they fit (with the instruction over
    # them on the first: `lead`), else the options on the next, under the moment's line again
    *grid, one_page = paged_grid(part, labels, main.width, part.lead + y - main.y + after_h)
    over = 0 if one_page else label_h + 6
    if one_page:
        columns, width, height = grid
        ui.keep_with_next(main.y, y)
    else:
        ui.page_break(y)
        columns, width, height, _ = paged_grid(part, labels, main.width, over + after_h)
    together = height + after_h <= room  # the choice and how it went on one page
    # on a page after the situation: the moment's line and the situation again where the page
    # has room for them, else the situation alone, else the line alone (the room read how its
    # choice went a page away from what it answered: tenth facilitator run, fifteenth Arabic
    # 200 % run)
    grid_h = -(-len(shown) // columns) * (height + GAP) - GAP  # every option shown
    # what the choice wrote goes with the choice where the situation fits over how it went
    # but not over that line too: then how it went, "Next moment" focused, opens under the
    # situation (the best answers write a line, and their page of how it went never showed
    # what they answered, the page before half empty: sixteenth Arabic 200 % run)
    split = bool(wrote) and not (one_page or together) and height + chat_h <= room
    again = scene_h + AGAIN_GAP  # the situation said again, with its gap
    split = split and again + after_h > room and again + panel_h <= room
    after = after_h if together else (chat_h if split else 0)
    if one_page:
        over = 0
    elif over + again + grid_h + after <= room:
        part._label(ui, m["overline"], pygame.Rect(main.x, y, main.width, 0))
        over = _situation(ui, m, main, y + over, over + grid_h + after, room) - y
    elif again + grid_h + after <= room:
        over = _situation(ui, m, main, y, grid_h + after, room) - y
    elif over + height + after <= room:
        part._label(ui, m["overline"], pygame.Rect(main.x, y, main.width, 0))
    else:
        over = 0  # the choice and how it went on one page rather than the line over them
    if over:
        ui.keep_with_next(y, y + over)
    y += over
    for index, (option, (label, finnish)) in enumerate(shown):
        column, row = index % columns, index // columns
        rect = pygame.Rect(main.x + column * (width + GAP), y + row * (height + GAP), width, height)
        act = None if chosen else (lambda oid=option.id: part._answer(oid))
        ui.card(
            f"option:{option.id}",
            label,
            rect,
            act,
            selected=chosen is not None,
            text_size=OPTION_TEXT,
            finnish=finnish,
        )
    y += -(-len(shown) // columns) * (height + GAP)
    if chosen is not None:
        # the choice with how it went (and what it wrote between); else how it went whole
        # on the page "Next moment" opens on, not cut after a line, what it wrote with it
        # where the two fit a page (read without a key), else with the choice
        # a page after the choice opens with the situation again where it fits (fifteenth
        # Arabic 200 % run: "Next moment" focused on a page of how it went, what it answered
        # a key back)
        with_choice = split or (after_h > room and height + chat_h <= room)
        if together:
            ui.keep_with_next(y - height - GAP, y)
        elif not with_choice:
            ui.page_break(y)
            if wrote:
                y = _situation(ui, m, main, y, chat_h + (0 if after_h > room else panel_h), room)
        if wrote:
            message = pygame.Rect(main.x, y, main.width, chat_h - GAP)
            ui.panel(message, palette.PANEL)
            ui.text(wrote, message.inflate(-40, -CHAT_PAD), size=LIST_TEXT)
            y += chat_h
        if not together and (with_choice or after_h > room):
            ui.page_break(y)
            y = _situation(ui, m, main, y, panel_h, room)
        elif not together and not wrote:  # how it went opens the page broken above
            y = _situation(ui, m, main, y, panel_h, room)
        part._build_reveal(ui, pygame.Rect(main.x, y, main.width, panel_h - GAP), chosen)
        return
    view.host.preferred_focus = f"option:{shown[0][0].id}"
    # (an empty chat stood alone on a last page: a clicker's Page Down in the facilitator's
    # fifth run hid the options behind it)
    if view.chat_said():
        view.build_chat(ui, pygame.Rect(main.x, y, main.width, view.chat_height(main.width)))
