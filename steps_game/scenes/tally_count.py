"""The show of hands while the room counts (scenes/tally.py): every answer in view at once where
the rows fit, compact when the normal rows are too tall for that (scenes/tally_rows.py), and the
hands counted so far over all the answers at the start of the buttons' row, so the facilitator
sees at a glance whether every hand in the room is in. The line that says how to scroll, where
the answers still do not all fit, stands over the keys, never beside the buttons."""

from __future__ import annotations

import pygame

from steps_game.scenes.scroller import HINT_SIZE
from steps_game.scenes.sizing import GAP, row_width
from steps_game.scenes.tally_rows import Rows
from steps_game.ui import palette
from steps_game.ui.text import text_height

TOTAL_SIZE = 20


def counting_rows(tr, point, tally, width: int, room: int, heights, gap: int) -> Rows:
    """The rows for counting: normal when the list of `heights` fits `room`, else compact."""
    if sum(heights) + gap * max(0, len(heights) - 1) <= room:
        return Rows(tr, point, tally, width)
    return Rows(tr, point, tally, width, compact=True)  # its own gap between the rows


def place_total(ui, tr, tally, row: pygame.Rect, buttons: list) -> None:
    """ "12 hands counted", at the start of the buttons' `row` (its whole width, its height)."""
    free = row.width - row_width(buttons, row.width) - 2 * GAP
    box = pygame.Rect(row.x, row.y, free, row.height)
    words = tr("tally.counted", count=tally.total)
    ui.text(words, box, size=TOTAL_SIZE, bold=True, middle=True, color=palette.INK, role="body")


def hint_room(hint: str, width: int) -> int:
    """How tall the line saying how to scroll is over the keys, with its gap."""
    return text_height(hint, HINT_SIZE, width, role="hint") + GAP


def place_hint_over_keys(ui, hint: str, x: int, y: int, width: int) -> None:
    box = pygame.Rect(x, y, width, hint_room(hint, width) - GAP)
    ui.text(hint, box, size=HINT_SIZE, color=palette.MUTED, role="hint")
