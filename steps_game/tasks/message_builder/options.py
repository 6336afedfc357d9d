"""Step 5's options for the part being chosen, on a board of their own ("options"): the arrows
go from option to option and never off to the part tabs or Send. Stacked and paged at large
text, every page of options starts with a running head, the part's heading and the message's
words before it (so_far.py), so that an option on the second page is never read without the
question it answers (third Arabic play-test at 200 %: from the second option on, the heading
and the message so far were on the page before)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pygame

from steps_game.tasks.message_builder.so_far import build_heading, heading_height, last_words
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.measure import card_height

if TYPE_CHECKING:
    from steps_game.tasks.message_builder.view import MessageBuilderView

OPTIONS_BOARD = "options"
OPTION_TEXT = 20
OPTION_GAP = 8  # a column of options, close together: they are one question


def option_cards(view: MessageBuilderView) -> list[dict]:
    """The part being chosen's options as cards (id, words, action, chosen)."""
    model = view.model
    current = model.state["current"]
    chosen = model.state["parts"].get(current)
    return [
        {
            "id": f"option:{option.id}",
            "text": view.numbered(index, view.pick(option.text)),
            "action": lambda oid=option.id: view.act(partial(view._choose, oid)),
            "selected": option.id == chosen,
            "size": OPTION_TEXT,
            "columns": 1,
            "gap": OPTION_GAP,
        }
        for index, option in enumerate(model.options(current))
    ]


def build_options(
    view: MessageBuilderView, ui: ViewBuilder, left: pygame.Rect, *, stacked: bool, page_top: int
) -> int:
    """The part's heading and its options in `left`, on the options' own board; returns their
    bottom. `page_top`: where the sheet's first page begins (stacked, the rows above `left`
    share that page)."""
    cards = option_cards(view)
    room = getattr(ui, "page_room", None)
    with ui.ring.board(OPTIONS_BOARD):
        if stacked and room is not None:
            return _option_pages(view, ui, left, cards, room, page_top)
        first = card_height(cards[0]["text"], left.width, text_size=OPTION_TEXT)
        heading_h, _ = build_heading(view, ui, left, stacked=stacked, first_h=first)
        board = pygame.Rect(left.x, left.y + heading_h + 8, left.width, 0)
        board.height = left.bottom - board.y
        return view._cards(ui, board, cards, arrows=OPTIONS_BOARD)


def _option_pages(
    view: MessageBuilderView,
    ui: ViewBuilder,
    left: pygame.Rect,
    cards: list[dict],
    room: int,
    page_top: int,
) -> int:
    """The options in pages `room` tall, each starting with the running head (the heading and
    the words before), a page break before each head after the first; returns the bottom."""
    # (the sheet pages them, not _cards; the cards' page is kept: this may be a layout only
    # tried, and the side-by-side board it was tried for shows that page again)
    view.cards_pager.pages, view.card_order = 1, []
    heights = [card_height(card["text"], left.width, text_size=OPTION_TEXT) for card in cards]
    y, index, bottom = left.y, 0, left.y
    # the words before in the form that fits a whole page over its tallest option: said the
    # same on every page of options (shorter still only on a first page that cannot hold it)
    shown = last_words(
        view, left.width, room - heading_height(view, left.width) - 16 - max(heights)
    )
    while index < len(cards):
        if index:  # a new page for the rest, under the same head
            ui.page_break(y)
            page_top = y
        if y - page_top + heading_height(view, left.width) + 8 + heights[index] > room:
            ui.page_break(y)  # (not even the heading and one option fit under the rows above)
            page_top = y
        head = pygame.Rect(left.x, y, left.width, left.bottom - y)
        used = y - page_top
        height, shown = build_heading(
            view, ui, head, stacked=True, first_h=heights[index], room=room - used, shown=shown
        )
        y += height + 8
        placed = 0
        while index < len(cards) and (not placed or y + heights[index] - page_top <= room):
            card = cards[index]
            rect = pygame.Rect(left.x, y, left.width, heights[index])
            ui.card(
                card["id"],
                card["text"],
                rect,
                card["action"],
                selected=card["selected"],
                text_size=OPTION_TEXT,
            )
            bottom = rect.bottom
            y = rect.bottom + OPTION_GAP
            index += 1
            placed += 1
    return bottom
