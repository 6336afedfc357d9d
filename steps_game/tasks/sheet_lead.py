"""A board stacked and paged on a sheet (ui/sheet.py) that takes the task's instruction onto its
first page at large text, as step 3's map and step 1's offers do (TaskView.carries_instruction).

Under a long instruction and its keys, 200 % text can leave a board so little height that a
page holds one card only if the card fits at all (Somali step 5: a card of 255 px on a board of
210 px), or one line of a letter a page. Then the board takes the whole height under the title,
and the instruction and the keys head its column: they are read on the first page, and every
page after it has the whole height for the board.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from steps_game.scenes.layout import MARGIN
from steps_game.tasks.view import INSTRUCTION_SIZE, build_instruction
from steps_game.ui.measure import line
from steps_game.ui.sheet import TALL, Sheet
from steps_game.ui.sheet_pages import kept_fit, paging_ways
from steps_game.ui.text import text_scale

LEAST_LINES = 3  # a page of a board shows at least this many lines of body text
SHORT_FROM_SCALE = 1.5  # the text scale from which a known instruction is said short
GAP = 12  # between the instruction (with its keys) and the board under it

LayOut = Callable[[object, pygame.Rect, bool], None]


def sheet_carries(
    ui, tr, lay_out: LayOut, board: pygame.Rect, footer=None, whole: pygame.Rect | None = None
) -> bool:
    """Whether a board laid out by `lay_out(ui, area, stacked)` should carry the instruction:
    it does not fit `board` (under the instruction) side by side, and stacked, in none of the
    ways it can be paged there (ui/sheet_pages.paging_ways: its page turner in the `footer`,
    beside its pages or under them) is a page as tall as a card or button of it (never cut)
    and as LEAST_LINES lines of words. Given the `whole` height under the title, also when a
    question kept with its first option (Sheet.keep_with_next) fits a page with it only
    there: without the instruction over them, the two are read together."""
    sheet = Sheet(ui)
    lay_out(sheet, board, False)
    if sheet.within(board):
        return False
    grown = whole.height - board.height if whole is not None else 0
    for _, width, room in paging_ways(tr, board, footer):
        sheet = Sheet(ui, room)
        lay_out(sheet, pygame.Rect(board.x, board.y, width, TALL), True)
        rows = sheet.rows(room)
        tallest = max((bottom - top for top, bottom in rows), default=0)
        if tallest <= room and room >= LEAST_LINES * line(INSTRUCTION_SIZE):
            if kept_fit(rows, sheet.kept(), room):
                return False
            # on the taller pages without the instruction (where a view may fit more of what
            # it keeps together: Sheet.page_room)
            sheet = Sheet(ui, room + grown)
            lay_out(sheet, pygame.Rect(board.x, board.y, width, TALL), True)
            if not kept_fit(sheet.rows(room + grown), sheet.kept(), room + grown):
                return False
    return True


def lead_on_sheet(ui, instruction: str, keys: str, area: pygame.Rect) -> pygame.Rect:
    """The instruction and the keys at the top of `area` (on a sheet, which cuts them into
    page-tall pieces when they are taller than a page); returns the area under them."""
    inset = max(0, MARGIN - area.x)  # in line with the title, as under it
    height = build_instruction(ui, instruction, keys, area.inflate(-2 * inset, 0))
    top = area.y + height + GAP
    return pygame.Rect(area.x, top, area.width, area.bottom - top)


def short_instruction(app) -> bool:
    """Whether a step says its instruction short, or not at all, once its rules are known
    (step 5 after its first part, step 7 from week 1): at large text played alone, where the
    long one took lines from every page of a stacked board; a workshop's room reads it whole."""
    return text_scale() >= SHORT_FROM_SCALE and app.workshop is None
