"""Dialogs and menus laid out from their measured words (the pause menu, settings, the language
list, the confirm and own-words dialogs, help, the problem screens).

Texts are never shrunk under their role's floor (ui/text.py), so a box must be as large as its
words at the player's text size: these helpers measure the words first, then size the panel, the
buttons and their rows to them. A button whose words do not fit one line grows a line taller
instead of cutting them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from steps_game.scenes.layout import SCREEN_H, SCREEN_W
from steps_game.ui import palette
from steps_game.ui.builder import (
    BUTTON_TEXT_SIZE,
    TICK_ROOM,
    ViewBuilder,
    button_height,
    button_width,
)
from steps_game.ui.text import line_height, role_size, text_height

EDGE = 10  # the least room between a panel and the screen's edge
PAD = 28  # between a panel's edge and its contents
GAP = 12  # between rows of buttons, and between a text and what follows it
LABEL_ROOM = 16  # a button's words are drawn this much narrower than the button (builder)

# (control id, words, action) or with a dict of ViewBuilder.button's options
Item = tuple[str, str, Callable[[], None]] | tuple[str, str, Callable[[], None], dict]


def heading_height(text: str, size: int, width: int) -> int:
    """How tall a bold heading is at `size` wrapped to `width` (its role's floor applied)."""
    return text_height(text, size, width, role="title", bold=True)


def panel_heading(ui, text: str, inner, height: int, size: int, *, center: bool = True) -> None:
    """A dialog's heading across the top of its panel's inside, `height` tall (heading_height)."""
    ui.text(
        text,
        pygame.Rect(inner.x, inner.y, inner.width, height),
        size=size,
        bold=True,
        center=center,
        color=palette.ACCENT_DARK,
        role="title",
    )


def headings_height(tr, key: str, size: int, width: int) -> int:
    """How tall the heading of catalog text `key` is `width` wide, with workshop mode's second
    language under it when one is shown."""
    from steps_game.ui.second_line import under_height

    own = heading_height(tr(key), size, width)
    return own + under_height(tr.second_say(key), tr.second, size, width)


def place_headings(ui, tr, key: str, box, size: int) -> int:
    """The heading of catalog text `key` from the top of `box` (not centred), and the second
    language's words under it; returns their height (headings_height)."""
    from steps_game.ui.second_line import place_under

    heading = tr(key)
    own = heading_height(heading, size, box.width)
    panel_heading(ui, heading, box, own, size, center=False)
    second = tr.second_say(key)
    under = place_under(
        ui, heading, second, tr.second, box.x, box.y + own, box.width, size, role="title", bold=True
    )
    return own + under


def option_height(text: str, width: int, *, selected: bool = False) -> int:
    """How tall a button `width` wide must be for its words, wrapped to as many lines as they
    need at the one size every button's words share (builder.button_label_size)."""
    room = width - (2 * TICK_ROOM if selected else LABEL_ROOM)
    words = text_height(text, BUTTON_TEXT_SIZE, room, role="option")
    return max(button_height(), words + 20)


@dataclass
class Grid:
    """Buttons of one width in rows and columns, each row as tall as its tallest words."""

    columns: int
    width: int  # of each button
    rows: list[int]  # the height of each row
    gap: int = GAP
    # along each row, then the next (a menu: its order, the Tab order and the reading order
    # are one, right to left in a right-to-left language); else down each column
    by_rows: bool = False

    @property
    def height(self) -> int:
        return sum(self.rows) + self.gap * max(0, len(self.rows) - 1)

    @property
    def outer_width(self) -> int:
        return self.columns * self.width + (self.columns - 1) * self.gap

    def cell(self, index: int) -> tuple[int, int]:
        """Column and row of item `index`: along the rows (`by_rows`), else down the first
        column, then the next (reading a column of a list stays in its order, also when the
        words wrap)."""
        if self.by_rows:
            return index % self.columns, index // self.columns
        per_column = len(self.rows)
        return index // per_column, index % per_column


def plan_grid(
    items: Sequence[Item],
    room_width: int,
    room_height: int,
    *,
    most_columns: int = 2,
    gap: int = GAP,
    least_width: int = 280,
    by_rows: bool = False,
) -> Grid:
    """The fewest columns (up to `most_columns`) whose rows fit `room_height`; when none do,
    the lowest of them (its screen then needs to give it more room). `by_rows`: the items go
    along the rows (Grid.by_rows)."""
    natural = max([least_width, *(button_width(item[1]) for item in items)])
    best: Grid | None = None
    for columns in range(1, most_columns + 1):
        width = min(natural, (room_width - (columns - 1) * gap) // columns)
        per_column = (len(items) + columns - 1) // columns
        rows = [button_height()] * per_column
        for index, item in enumerate(items):
            row = index // columns if by_rows else index % per_column
            selected = len(item) > 3 and item[3].get("selected", False)
            rows[row] = max(rows[row], option_height(item[1], width, selected=selected))
        grid = Grid(columns, width, rows, gap, by_rows)
        if grid.height <= room_height:
            return grid
        if best is None or grid.height < best.height:
            best = grid
    assert best is not None
    return best


def place_grid(
    ui: ViewBuilder,
    items: Sequence[Item],
    grid: Grid,
    top: int,
    *,
    center_x: int = SCREEN_W // 2,
    secondary_after: int | None = 1,
) -> int:
    """Make the buttons of `grid`; returns the y below them. Items after the first
    `secondary_after` look secondary unless their options say otherwise."""
    left = center_x - grid.outer_width // 2
    tops = [top + sum(grid.rows[:row]) + row * grid.gap for row in range(len(grid.rows))]
    for index, item in enumerate(items):
        column, row = grid.cell(index)
        options = dict(item[3]) if len(item) > 3 else {}
        if secondary_after is not None:
            options.setdefault("secondary", index >= secondary_after)
        rect = pygame.Rect(left + column * (grid.width + grid.gap), tops[row], grid.width, 0)
        rect.height = grid.rows[row]
        ui.button(item[0], item[1], rect, item[2], **options)
    return top + grid.height


def row_height(items: Sequence[Item], width: int, gap: int = 16) -> int:
    """How tall place_row makes a row of `items` across `width`."""
    return _row(items, width, gap)[1]


def place_row(
    ui: ViewBuilder, items: Sequence[Item], y: int, left: int, right: int, gap: int = 16
) -> int:
    """Buttons side by side at the right, each as wide as its words, the first the main one;
    when they do not fit one line they share the width and their words wrap, the row growing
    as tall as they need. Returns the y below the row."""
    widths, height = _row(items, right - left, gap)
    x = right - sum(widths) - gap * (len(items) - 1)
    for item, width in zip(items, widths, strict=True):
        options = item[3] if len(item) > 3 else {}
        ui.button(item[0], item[1], pygame.Rect(x, y, width, height), item[2], **options)
        x += width + gap
    return y + height


def row_width(items: Sequence[Item], width: int, gap: int = 16) -> int:
    """How wide place_row makes a row of `items` across `width`."""
    widths = _row(items, width, gap)[0]
    return sum(widths) + gap * (len(widths) - 1)


def _row(items: Sequence[Item], width: int, gap: int) -> tuple[list[int], int]:
    widths = [button_width(item[1]) for item in items]
    if sum(widths) + gap * (len(items) - 1) > width:
        share = (width - gap * (len(items) - 1)) // len(items)
        widths = [share] * len(items)
    height = max(option_height(item[1], w) for item, w in zip(items, widths, strict=True))
    return widths, height


def centered_panel(ui: ViewBuilder, width: int, height: int) -> pygame.Rect:
    """A panel in the middle of the screen, never larger than the screen."""
    rect = pygame.Rect(0, 0, min(width, SCREEN_W - 2 * EDGE), min(height, SCREEN_H - 2 * EDGE))
    rect.center = (SCREEN_W // 2, SCREEN_H // 2)
    ui.panel(rect, palette.PANEL)
    return rect


def one_line(size: int, role: str = "body", *, bold: bool = False) -> int:
    """How tall one line of a `role` text designed at `size` is at the current text size."""
    return line_height(role_size(size, role), bold=bold)
