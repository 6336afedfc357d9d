"""Step 1's verdict and why under the statement's card, in pages where they do not fit: the
statement (read already) stays on the first page, the verdict never stands alone on a page."""

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
    px_for,
    split_words,
)


def reveal_pages(verdict: Para, explanation: str, under: int, board: pygame.Rect):
    """The verdict and the explanation under the statement's card; what does not fit there
    goes on over pages of the whole board (the statement, read already, stays on the
    first)."""
    first = pygame.Rect(board.x, under, board.width, board.bottom - under)
    groups = [Group((verdict,)), Group((Para(explanation, 21),))]
    pages = flow(groups, first)
    if len(pages) == 1:
        return pages
    opening = _verdict_then_explanation(verdict, explanation, first, board)
    if opening is not None:
        return opening
    # not even the verdict fits under the card: both start on the page after it
    later = _verdict_then_explanation(verdict, explanation, board, board)
    return [Page(), *(later or flow(groups, board))]


def _verdict_then_explanation(
    verdict: Para, explanation: str, box: pygame.Rect, later: pygame.Rect
) -> list[Page] | None:
    """The verdict at the top of `box` and right under it as much of the explanation as
    fits, split at whole words; the rest over pages of `later`. None when not even the
    verdict fits. (A flow keeps a paragraph whole when it fits a later page: that left the
    verdict alone on its page, "Right!" with nothing to say why.)"""
    alone = flow_at([Group((verdict,))], box, 1, 32, 1.0)
    if len(alone) != 1 or bottom_of(alone[0]) > box.bottom:
        return None
    whole = Para(explanation, 21)
    room = box.bottom - bottom_of(alone[0]) - GROUP_GAP
    cut = split_words(explanation, px_for(whole), box.width, room)
    if cut is not None:
        head, rest = cut
        opening = flow_at([Group((verdict,)), Group((Para(head, 21),))], box, 1, 32, 1.0)
        if len(opening) == 1:
            return [opening[0], *(flow([Group((Para(rest, 21),))], later) if rest else [])]
    # not even its first line fits under the verdict: it goes on the pages after
    return [alone[0], *flow([Group((whole,))], later)]
