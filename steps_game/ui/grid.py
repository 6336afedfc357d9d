"""Grids of cards that show as many cards a page as fit at the player's text size, each card as
tall as its words measure (see ui/flow.py for texts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from steps_game.ui.cards import foot_height, tick_room
from steps_game.ui.finnish_line import extra_height
from steps_game.ui.flow import height_of
from steps_game.ui.second_line import under_height
from steps_game.ui.text import role_size


@dataclass(frozen=True)
class Grid:
    """Cards in rows: how many columns, each card's size, and how many fit a page."""

    columns: int
    width: int
    height: int
    rows: int

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def pages(self, count: int) -> int:
        return len(self.slices(count))

    def slices(self, count: int) -> list[range]:
        """Which cards each page shows: all on one, or on each page the last place left for
        the card that turns to the next page (as step 3's list of people does)."""
        if count <= self.per_page:
            return [range(count)]
        size = max(1, self.per_page - 1)
        return [range(i, min(i + size, count)) for i in range(0, count, size)]

    def rect(self, left: int, top: int, index: int, gap: int, row_gap: int) -> pygame.Rect:
        """The card at `index` of its page, laid out left to right."""
        column, row = index % self.columns, index // self.columns
        x = left + column * (self.width + gap)
        return pygame.Rect(x, top + row * (self.height + row_gap), self.width, self.height)


def card_grid(
    tallest: Callable[[int], int],
    count: int,
    room: tuple[int, int],
    most_columns: int,
    gap: int,
    row_gap: int,
    *,
    least_height: int = 0,
) -> Grid:
    """The grid that shows `count` cards over the fewest pages in `room` (width, height), with
    the most columns among those: `tallest(width)` is how tall the tallest card's words make a
    card that wide (all cards of a grid are one size, so their words are one size too). Cards
    are never shorter than `least_height` while the rows fit."""
    width, height = room
    best: tuple[tuple[int, int], Grid] | None = None
    for columns in range(most_columns, 0, -1):
        card_w = (width - gap * (columns - 1)) // columns
        card_h = tallest(card_w)
        rows = min(-(-count // columns), (height + row_gap) // (card_h + row_gap))
        if rows < 1:
            continue
        # as tall as designed (`least_height`) where the rows still fit
        card_h = max(card_h, min(least_height, (height + row_gap) // rows - row_gap))
        grid = Grid(columns, card_w, card_h, rows)
        key = (grid.pages(count), -columns)
        if best is None or key < best[0]:
            best = (key, grid)
    if best is None:  # not even one card fits: one to a page, as tall as it needs
        return Grid(1, width, tallest(width), 1)
    return best[1]


def card_height(
    text: str,
    width: int,
    size: int,
    *,
    title: str = "",
    badge: str = "",
    selectable=True,
    finnish: str = "",
    second: tuple[str, str] | None = None,
) -> int:
    """How tall ui/cards.py's draw_card needs a card `width` wide to be for its words at their
    size (cards' words are options: they never shrink), and for the Finnish word under them.
    Room for the tick of a selected card is kept on every selectable card, so choosing one does
    not make its words wrap anew."""
    inner = width - 24 - (tick_room() if selectable else 0)
    words_px = role_size(size - 2 if title else size, "option")
    if title:
        title_h = height_of(title, role_size(size, "option"), inner, bold=True)
        words_h = height_of(text, words_px, inner) + extra_height(text, words_px, finnish, inner)
        need = max(2 * title_h, title_h + 6 + words_h)
        finnish = ""  # measured with the words
    else:
        need = height_of(text, words_px, inner)
        if second:  # the words in the second language under them (ui/second_line.py)
            need += under_height(second[0], second[1], size, inner)
            finnish = ""  # a card with a second language shows no Finnish word (draw_card)
    return need + foot_height(text, words_px, badge, finnish, inner, width - 24) + 20
