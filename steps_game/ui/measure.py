"""Boxes measured from their words: how tall a text or a card is at the player's text size, and
how many cards of a board fit on one page.

Screens used to be laid out in fixed pixels designed for 100 % text, with text shrinking to fit.
Text no longer shrinks under its role's floor (ui/text.py), so a layout asks here how much room
its words take and gives it to them, or shows fewer cards per page.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypeVar

from steps_game.ui.builder import (
    BUTTON_TEXT_SIZE,
    LABEL_INSET,
    TICK_ROOM,
    button_height,
    button_width,
)
from steps_game.ui.cards import tick_room
from steps_game.ui.finnish_line import extra_height
from steps_game.ui.text import (
    floor_size,
    line_height,
    measured_size,
    role_size,
    text_size,
)

# draw_card's padding (ui/cards.py): its words stand in the card shrunk by this much each way
CARD_PAD_X = 24
CARD_PAD_Y = 20
TITLE_GAP = 6
BADGE_GAP = 4

Item = TypeVar("Item")


def text_height(text: str, size: int, width: int, *, role: str = "body", bold: bool = False) -> int:
    """How tall `text` designed at `size` is drawn for `role`, wrapped to `width`."""
    if width <= 0:
        return 10_000  # no room at all: taller than any box, so the layout makes room
    drawn_w, drawn_h = measured_size(text, role_size(size, role), bold=bold, width=width)
    if drawn_w > width:
        return 10_000  # a word longer than the box: no height is enough, it needs more width
    return drawn_h


def line(size: int, role: str = "body", *, bold: bool = False) -> int:
    """One line of a text designed at `size` for `role`, at the player's text size."""
    return line_height(role_size(size, role), bold)


def card_height(
    text: str,
    width: int,
    *,
    text_size: int = 20,
    title: str = "",
    title_width: int = 0,
    badge: bool = False,
    finnish: str = "",
) -> int:
    """The height draw_card needs for its words (and the Finnish word of a key term, without a
    title) at the player's text size, whether chosen or not (room for the tick is always kept,
    so choosing a card never makes its words wrap)."""
    inner = width - CARD_PAD_X - tick_room()
    if title and title_width:
        # the title in a column at the left of the words, both in the middle of the card
        title_h = text_height(title, text_size, title_width, role="option", bold=True)
        words_h = text_height(text, text_size - 2, inner - title_width - 12, role="option")
        needed = max(title_h, words_h)
    elif title:
        title_h = text_height(title, text_size, inner, role="option", bold=True)
        words_h = text_height(text, text_size - 2, inner, role="option")
        # draw_card gives the title the top half of the card at most
        needed = max(2 * title_h, title_h + TITLE_GAP + words_h)
    else:
        needed = text_height(text, text_size, inner, role="option")
        needed += extra_height(text, role_size(text_size, "option"), finnish, inner)
    if badge:
        needed += line_height(floor_size("secondary"), bold=True) + BADGE_GAP
    return needed + CARD_PAD_Y


def rows_that_fit(height: int, row_height: int, gap: int) -> int:
    """How many rows of `row_height` with `gap` between them fit in `height` (at least one)."""
    return max(1, (height + gap) // (row_height + gap))


def pages(items: Sequence[Item], per_page: int) -> list[list[Item]]:
    """`items` in pages of `per_page`; when they take more than one page, each page keeps its
    last place for the card that turns to the next page."""
    per_page = max(per_page, 2)
    if len(items) <= per_page:
        return [list(items)]
    size = per_page - 1
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def button_box(label: str, most: int, *, selected: bool = False) -> tuple[int, int]:
    """Width and height of a button for `label` no wider than `most`: as wide as its words, and
    when they do not fit on one line, `most` wide and tall enough for them wrapped (a button's
    words never shrink; see ViewBuilder.draw_decorations for the room they are given). A
    selected button keeps TICK_ROOM free at each side of its words for its tick, so it is wider
    by what that takes over an unselected button's inset (a short word in a button of the
    smallest width had less room than itself at 200 %)."""
    width = button_width(label)
    if selected:
        width = max(width, button_width(label, minimum=0) + 2 * TICK_ROOM - LABEL_INSET)
    width = min(most, width)
    room = width - (2 * TICK_ROOM if selected else LABEL_INSET)
    words = text_height(label, BUTTON_TEXT_SIZE, room, role="option")
    return width, max(button_height(), words + 20)


def card_grid(
    width: int, height: int, gap: int, most_columns: int, tallest, least_width: int = 0
) -> tuple[int, int, int, int]:
    """Columns, card width, card height and cards per page for a board of cards in `width` x
    `height`: the number of columns (up to `most_columns`) that shows the most cards on a page,
    each card as tall as `tallest(card_width)` says its longest words need, and (with more than
    one column) at least `least_width` wide: no narrower than its longest word needs."""
    best = None
    for columns in range(most_columns, 0, -1):
        card_w = (width - gap * (columns - 1)) // columns
        if columns > 1 and card_w < least_width:
            continue
        card_h = tallest(card_w)
        if card_h > height:
            continue
        per_page = columns * rows_that_fit(height, card_h, gap)
        if best is None or per_page > best[3]:
            best = (columns, card_w, card_h, per_page)
    return best or (1, width, height, 2)


def card_least_width(texts: Sequence[str], size: int) -> int:
    """How wide a card must be for the longest word of `texts` (its words at `size`, as
    options) to stand whole on a line, the tick's room kept: narrower, the words broke in the
    middle ("hadafyade / eda", Somali profile cards on a projector, eighth facilitator run)."""
    px = role_size(size, "option")
    words = (word for text in texts for word in text.split())
    return max((text_size(word, px)[0] for word in words), default=0) + CARD_PAD_X + tick_room()


def stack_pages(
    heights: Sequence[int], gap: int, room: int, more: int, keep: Collection[int] = ()
) -> list[list[int]]:
    """Cards of their own heights one under the other, in pages that fit `room`: the indexes on
    each page. When there is more than one page, each keeps `more` pixels for the card that
    turns the page. A card in `keep` (a question, a heading) is kept with the card after it:
    never left alone at a page's foot, it goes on to the next page with it, where the two fit
    one page together (else the page is cut as it comes)."""
    if sum(heights) + gap * (len(heights) - 1) <= room:
        return [list(range(len(heights)))]
    found: list[list[int]] = [[]]
    used = more
    for index, height in enumerate(heights):
        if found[-1] and used + gap + height > room:
            moved = kept_at_foot(found[-1], index, keep)
            together = more + sum(gap + heights[i] for i in [*moved, index])
            if len(moved) == len(found[-1]) or together > room:
                moved = []  # (they began the page, or do not fit one with it: cut as it comes)
            del found[-1][len(found[-1]) - len(moved) :]
            found.append(moved)
            used = more + sum(gap + heights[i] for i in moved)
        found[-1].append(index)
        used += gap + height
    return found


def kept_at_foot(page: Sequence[int], following: int, keep: Collection[int]) -> list[int]:
    """The last items of `page` that are kept with the next (`keep`), each with the one after
    it, down to `following`, the first item of the next page: they go on with it."""
    moved: list[int] = []
    while len(moved) < len(page) and page[-1 - len(moved)] in keep:
        if page[-1 - len(moved)] != (moved[0] if moved else following) - 1:
            break
        moved.insert(0, page[-1 - len(moved)])
    return moved
