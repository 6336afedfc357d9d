"""Step 1's answer beside its statement, in workshop mode: where the verdict and why do not fit
under the statement's card (two languages, a long explanation at the projector's text size), the
card stands at the start of the board, narrower, and the verdict with the whole explanation beside
it, so the room reads the statement and why on one page. Where not even that fits, the view
pages the explanation under the card as for a single player (view.py)."""

from __future__ import annotations

import pygame

from steps_game.ui.flow import Group, Page, Para, bottom_of, draw_page, flow

GAP = 16
# The card's share of the board's width, the first that lets both fit taken: half first
SHARES = (0.5, 0.45, 0.55, 0.4)
EXPLANATION_SIZE = 21  # as under the card
KEYWORDS = ("badge", "spoken", "second")


def beside_layout(
    view, area: pygame.Rect, top: int, card: dict, verdict: Para, why: str
) -> tuple[pygame.Rect, Page] | None:
    """Where the card goes and the page of `verdict` and `why` beside it, when both fit the
    board whole from `top`; else None."""
    groups = [Group((verdict,)), Group((Para(why, EXPLANATION_SIZE),))]
    for share in SHARES:
        card_w = round(area.width * share)
        left = pygame.Rect(area.x, area.y, card_w, area.height)
        _, card_h = view._statement_size(
            left, card["text"], badge=card["badge"], second=card["second"]
        )
        if top + card_h > area.bottom:
            continue
        x = area.x + card_w + 2 * GAP
        right = pygame.Rect(x, top, area.right - x, area.bottom - top)
        pages = flow(groups, right)
        if len(pages) != 1 or bottom_of(pages[0]) > right.bottom:
            continue
        return left, pages[0]
    return None


def place_beside(
    view, ui, area: pygame.Rect, top: int, card: dict, verdict: Para, why: str
) -> bool:
    """The statement's card (`card`: its text, badge, spoken words and second language, as
    view._statement_card takes them) at the start of the board from `top`, and `verdict` with
    `why` beside it, when both fit the board whole; else False, and nothing is placed."""
    layout = beside_layout(view, area, top, card, verdict, why)
    if layout is None:
        return False
    left, page = layout
    view._statement_card(ui, left, top, card["text"], **{k: card[k] for k in KEYWORDS})
    draw_page(ui, page)
    return True
