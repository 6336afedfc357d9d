"""The reveal page by page (scenes/tally.py), for a choice point whose answer fits neither one list
nor two columns (many options, text at 200 %, two languages on screen): the question and the bars
on the first pages, then the best answer in full with why it is best and the question to talk
about, kept together on a page of their own when they do not fit under the last bars. Nothing is
cut and nothing scrolls: the back of the room reads every answer whole.

Each page but the last has "Next page (1/2)" as its main button, with the focus on it; the last
page has "Go on with answer N" with the focus on it, and "First page (2/2)" beside it to read the
bars again. Pure measuring here; the scene places the items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from steps_game.scenes.tally_columns import stacked
from steps_game.ui.flow import Pager, widest_page_turn_label

# The notes after the bars (tally_notes.py): kept on one page when they fit one
NOTE_KINDS = frozenset({"answer", "tie", "why", "talk", "pair"})
TURNER = "more"  # the page turner's control id, as on every paged screen


def reveal_pages(
    heights: Sequence[int], kinds: Sequence[str], room: int, gap: int
) -> list[list[int]]:
    """The items (of `heights`, of `kinds`) on pages `room` tall, in their order: all on one
    when they fit; else the question and bars as many to a page as fit, and the notes after
    them under the last bars when they fit there, else together on the next page, else the
    first of them under the bars and the rest together on the next; else on as few pages of
    their own as they fit, shared out evenly (never the last one alone after a full page)."""
    everything = list(range(len(heights)))
    if stacked(list(heights), gap) <= room:
        return [everything]
    first_note = next((i for i, kind in enumerate(kinds) if kind in NOTE_KINDS), len(kinds))
    pages = _balanced(heights, everything[:first_note], room, gap)
    notes = everything[first_note:]
    if not notes:
        return pages
    last = pages[-1] if pages else []
    used = stacked([heights[i] for i in last], gap)
    for split in (len(notes), *range(len(notes))):
        # all the notes under the last bars; else all of them on a page of their own; else the
        # first of them under the bars (the tie's line with the counts it speaks of) and the
        # rest together on the next page, rather than the last one alone on a page
        under, rest = notes[:split], notes[split:]
        if under and (not last or used + gap + stacked([heights[i] for i in under], gap) > room):
            continue
        if stacked([heights[i] for i in rest], gap) <= room:
            last.extend(under)
            return [*pages, rest] if rest else pages
    # shared out as evenly as they go: Somali's tie left the question alone on a page
    return [*pages, *_balanced(heights, notes, room, gap)]


def fewest_pages(ways: Sequence[list], room: int, gap: int) -> tuple[list[list[int]], list]:
    """Of the `ways` to lay out the reveal (each a list of (kind, height, ...) items), the one
    on the fewest pages (the first of a draw), and its pages."""
    laid = [
        (reveal_pages([item[1] for item in way], [item[0] for item in way], room, gap), way)
        for way in ways
    ]
    return min(laid, key=lambda pair: len(pair[0]))


def _balanced(heights: Sequence[int], items: list[int], room: int, gap: int) -> list[list[int]]:
    """`items` on as few pages as fit `room`, shared out as evenly as they go (two bars and two,
    not three and one): the lowest page height that needs no more pages than `room` does."""
    fewest = len(_greedy(heights, items, room, gap, []))
    low = max((heights[i] for i in items), default=0)
    high = max(low, room)
    while low < high:  # the least page height that still takes no more pages
        middle = (low + high) // 2
        if len(_greedy(heights, items, middle, gap, [])) <= fewest:
            high = middle
        else:
            low = middle + 1
    return _greedy(heights, items, high, gap, [])


def _greedy(
    heights: Sequence[int], items: list[int], room: int, gap: int, pages: list[list[int]]
) -> list[list[int]]:
    """`items` added to `pages` in order, a new page whenever the next does not fit."""
    if items:
        pages.append([])
    used = 0
    for index in items:
        if pages[-1] and used + gap + heights[index] > room:
            pages.append([])
            used = 0
        used += (gap if pages[-1] else 0) + heights[index]
        pages[-1].append(index)
    return [page for page in pages if page]


def page_buttons(
    tr, pager: Pager, go_on: list, close: tuple, turn: Callable[[], None], *, widest: bool = False
) -> list:
    """The row of buttons under a page of the reveal: on a page before the last, "Next page" as
    the main one; on the last, the way on (`go_on`, its buttons) with the page turner beside it.
    `widest`: the last page's row with the longest page turner's words, to measure it."""
    label = widest_page_turn_label(tr) if widest else pager.label(tr)
    if widest or pager.page == pager.pages - 1:
        return [go_on[0], (TURNER, label, turn, {"secondary": True}), *go_on[1:]]
    return [(TURNER, label, turn), close]


def focus_for(pager: Pager) -> str:
    """Where the focus goes on the page shown: the way on on the last page, else Next page."""
    return "go-on" if pager.page == pager.pages - 1 else TURNER
