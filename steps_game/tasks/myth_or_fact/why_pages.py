"""Step 1's verdict and why under the statement's card, in pages where they do not fit: the
statement (read already) stays on the first page, the verdict never stands alone on a page,
and each page of the why ends at a sentence's end (ui/sentences.py)."""

from __future__ import annotations

import pygame

from steps_game.ui.flow import (
    GROUP_GAP,
    Group,
    Page,
    Para,
    bottom_of,
    flow,
    flow_at,
    height_of,
    px_for,
    split_words,
)
from steps_game.ui.sentences import split_sentences

SOURCE_SIZE = 21  # "Source: ...", as large as the explanation it backs


def reveal_pages(
    verdict: Para, explanation: str, under: int, board: pygame.Rect, source: str = ""
) -> tuple[list[Page], bool]:
    """The verdict and the explanation under the statement's card, and whether the card
    stands on the first page. What does not fit under the card goes on over pages of the
    whole board. Where not even the verdict fits under the card (large text), the statement,
    answered a moment ago, is not shown again: the verdict and the why start on the whole
    board (third Arabic play-test at 200 %: a first page with the statement alone was one
    more Enter to read nothing new)."""
    first = pygame.Rect(board.x, under, board.width, board.bottom - under)
    # the source never alone on a page: with the sentence it backs, the last one before it
    # (twenty-third Arabic 200 % play-test, b_19: two lines of a citation on a page of their
    # own, one more Enter)
    cited = (Para(source, SOURCE_SIZE),) if source else ()
    groups = [Group((verdict,)), Group((_why(explanation), *cited))]
    pages = flow(groups, first)
    if len(pages) == 1:
        return pages, True
    opening = _verdict_then_explanation(verdict, explanation, first, board, cited=cited)
    if opening is not None:
        return opening, True
    fresh = _verdict_then_explanation(verdict, explanation, board, board, fresh=True, cited=cited)
    return fresh, False


def _verdict_then_explanation(
    verdict: Para,
    explanation: str,
    box: pygame.Rect,
    later: pygame.Rect,
    fresh: bool = False,
    cited: tuple[Para, ...] = (),
) -> list[Page] | None:
    """The verdict at the top of `box` and right under it as many whole sentences of the
    explanation as fit (on a `fresh` page, the whole board, at least the first sentence's
    first words); the rest over pages of `later`, the source (`cited`) after it. None when
    not even the verdict fits. (A flow keeps a paragraph whole when it fits a later page:
    that left the verdict alone on its page, "Right!" with nothing to say why.)"""
    alone = flow_at([Group((verdict,))], box, 1, 32, 1.0)
    if len(alone) != 1 or bottom_of(alone[0]) > box.bottom:
        why = Group((_why(explanation), *cited))
        return None if not fresh else flow([Group((verdict,)), why], box)
    whole = _why(explanation)
    room = box.bottom - bottom_of(alone[0]) - GROUP_GAP
    px = px_for(whole)
    cut = split_sentences(explanation, room, lambda head: height_of(head, px, box.width))
    if cut is None and fresh:  # a first sentence taller than a page: at whole words
        cut = split_words(explanation, px, box.width, room)
    if cut is not None:
        head, rest = cut
        opening = flow_at([Group((verdict,)), Group((_why(head),))], box, 1, 32, 1.0)
        if len(opening) == 1:
            after = (_why(rest), *cited) if rest else cited
            return [opening[0], *(flow([Group(after)], later) if after else [])]
    # not even its first sentence fits under the verdict: it goes on the pages after
    return [alone[0], *flow([Group((whole, *cited))], later)]


def _why(words: str) -> Para:
    """The explanation (or a part of it), cut between pages only at a sentence's end."""
    return Para(words, 21, whole_sentences=True)
