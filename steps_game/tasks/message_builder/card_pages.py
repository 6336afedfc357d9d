"""Step 5's boards of cards (the people to write to, a part's options) laid out in pages: how
many columns, how wide and tall the cards are, which cards each page holds, and whether the page
turner is a card of the grid or a button in the host's footer. Measuring only; the view places
the cards (tasks/message_builder/view.py)."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from steps_game.ui.measure import card_grid, card_height, pages, stack_pages

FLOOR_TEXT = 20  # the options' floor: the people's words at it where that shows them all at once


@dataclass
class CardPages:
    columns: int
    width: int
    heights: list[int]
    more_h: int  # the turner card's height (when it is a card of the board)
    shown: list[list[int]]  # the cards' indexes on each page
    size: int  # the cards' words
    in_footer: bool = False  # the turner is the footer's button, not a card


def plan_cards(
    cards: list[dict], area: pygame.Rect, gap: int, more: str, footer_ok: bool, extra: bool
) -> CardPages:
    """`cards` in `area`: in one column each as tall as its words, else in a grid of one card
    height. `more`: the longest words of the page turner. `footer_ok`: the turner may go in
    the footer (it has room there); it then does where the cards take more than one
    page or `extra` adds one, and every place of the grid holds a card (on a workshop's
    projector one person a page stood beside a half-screen turner)."""
    size = cards[0]["size"]

    def height_of(card: dict, width: int) -> int:
        return card_height(card["text"], width, title=card.get("title", ""), text_size=size)

    if cards[0].get("columns", 3) == 1:
        heights = [height_of(card, area.width) for card in cards]
        more_h = height_of({"text": more}, area.width)
        shown = even_pages(heights, gap, area.height, more_h)
        if footer_ok and (len(shown) > 1 or extra):  # the turner's room for the options
            shown = even_pages(heights, gap, area.height, 0)
            return CardPages(1, area.width, heights, more_h, shown, size, in_footer=True)
        return CardPages(1, area.width, heights, more_h, shown, size)

    def grid(turner: list[dict]) -> tuple[int, int, int, int]:
        def tallest(width: int) -> int:
            return max(height_of(card, width) for card in [*cards, *turner])

        return card_grid(area.width, area.height, gap, 3, tallest)

    columns, width, height, per_page = grid([{"text": more}])
    shown = pages(list(range(len(cards))), per_page)
    if not footer_ok or (len(shown) == 1 and not extra):
        return CardPages(columns, width, [height] * len(cards), height, shown, size)
    columns, width, height, per_page = grid([])
    if per_page < len(cards) and size > FLOOR_TEXT:
        bigger = (size, columns, width, height, per_page)
        size = FLOOR_TEXT
        columns, width, height, per_page = grid([])
        if per_page < len(cards):  # no better at the floor: their own size
            size, columns, width, height, per_page = bigger
    indices = list(range(len(cards)))
    shown = [indices[i : i + per_page] for i in range(0, len(cards), per_page)]
    return CardPages(columns, width, [height] * len(cards), height, shown, size, in_footer=True)


def even_pages(heights: list[int], gap: int, room: int, more: int) -> list[list[int]]:
    """Cards one under another on as few pages as stack_pages cuts, shared out as evenly as
    they go: two asks and two, not three and one (a projector showed the short set's fourth
    ask alone on its second page, one of the two good ones away from the other)."""
    fewest = len(stack_pages(heights, gap, room, more))
    low = max(heights)
    high = max(low, room)
    while low < high:  # the lowest page that still takes no more pages
        middle = (low + high) // 2
        if len(stack_pages(heights, gap, middle, more)) <= fewest:
            high = middle
        else:
            low = middle + 1
    return stack_pages(heights, gap, high, more)
