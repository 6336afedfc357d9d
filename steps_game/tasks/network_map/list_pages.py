"""How step 3's list of people is cut into pages and laid out on one (pure, no pygame): each
chip is as tall as its own words need (a row of a grid as its tallest chip), and a page holds
as many people as fit its room, so that a one-word name is not drawn in a card made for the
longest name of the list (at large text that left one person a page)."""

from __future__ import annotations

from collections.abc import Sequence


def row_heights(heights: Sequence[int], columns: int) -> list[int]:
    """The rows' heights of places laid out left to right `columns` a row: each row as tall as
    its tallest place."""
    return [max(heights[i : i + columns]) for i in range(0, len(heights), columns)]


def extent(heights: Sequence[int], columns: int, gap: int) -> int:
    """How tall the places are together, rows `gap` apart (0 for none)."""
    rows = row_heights(heights, columns)
    return sum(rows) + gap * max(0, len(rows) - 1)


def slot_tops(heights: Sequence[int], columns: int, gap: int) -> list[tuple[int, int]]:
    """(top from the list's top, height) of each place: a place has its row's height."""
    tops, y = [], 0
    for row, height in enumerate(row_heights(heights, columns)):
        tops += [(y, height)] * len(heights[row * columns : (row + 1) * columns])
        y += height + gap
    return tops


def cut_pages(
    heights: Sequence[int], columns: int, room: int, gap: int, more: int | None
) -> list[list[int]]:
    """The places' indexes, page by page: all on one page when they fit `room`; else each page
    takes the next place while its places, and a last place `more` tall for the card that turns
    the pages (None: the pages are turned elsewhere), still fit. A page holds one place at
    least, however tall."""
    everyone = list(range(len(heights)))
    if extent(heights, columns, gap) <= room:
        return [everyone]
    card = [] if more is None else [more]
    pages: list[list[int]] = []
    page: list[int] = []
    for index in everyone:
        if page and extent([heights[i] for i in page] + [heights[index]] + card, columns, gap) > (
            room
        ):
            pages.append(page)
            page = []
        page.append(index)
    pages.append(page)
    return pages
