"""Step 2's goal cards at large text, when not even one row of them fits over the why across
the board: one under the other across the board, each with why it can matter under it."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pygame

from steps_game.tasks.goal_cards.compact import GAP, Block, piece_top
from steps_game.tasks.view import build_instruction, instruction_height
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.flow import (
    Group,
    Para,
    bottom_of,
    draw_page,
    flow,
    height_of,
    px_for,
    shift,
    widest_page_turn_label,
)
from steps_game.ui.grid import card_height
from steps_game.ui.measure import stack_pages

if TYPE_CHECKING:
    from steps_game.tasks.goal_cards.view import GoalCardsView


def pick_column(view: GoalCardsView, ui: ViewBuilder, area: pygame.Rect, cards, lead: bool):
    """At large text the goal cards one under the other across the board, each with why it can
    matter under it, and a goal kept on one page with its whole why where the two fit (eighth
    Arabic play-test at 200 %: the why stood beside the card, the last chosen goal's rather
    than the one on the page, paged a line at a time behind a button of its own that the
    arrows did not reach: 8 keys to read 13 words). With `lead`, the instruction and the keys
    head the first page (view.carries_instruction). Laid out, not built: the blocks, the
    cards' indexes, the pages, whether the turner stands on the counter's row, its height."""
    from steps_game.tasks.goal_cards.pick import CARD_SIZE

    tr, model, width = view.tr, view.model, area.width
    chosen = model.state["goals"]
    counter = view._t("counter", count=len(chosen), most=model.config.most_goals)
    counter_px = px_for(Para(counter, 20, "secondary"))
    blocks: list[Block] = []
    cards_at: list[int] = []

    def column(room: int) -> list[list[int]]:
        blocks.clear()
        cards_at.clear()
        lines = [(view.instruction(), ""), ("", view.host.keys_text)] if lead else []
        for said in (said for said in lines if any(said)):
            height = instruction_height(*said, width, capped=False)
            blocks.append(Block(height, partial(_lead, ui, said), "lead"))
        for goal, text, badge, finnish in cards:

            def card(rect, goal=goal, text=text, badge=badge, finnish=finnish) -> None:
                is_chosen = goal.id in chosen
                ui.card(
                    f"goal:{goal.id}",
                    text,
                    rect,
                    lambda: view._toggle_goal(goal.id),
                    selected=is_chosen,
                    dimmed=not is_chosen and not model.can_choose_more(),
                    badge=badge,
                    text_size=CARD_SIZE,
                    finnish=finnish,
                )

            cards_at.append(len(blocks))
            height = card_height(text, width, CARD_SIZE, badge=badge, finnish=finnish)
            blocks.append(Block(height, card, "card"))
            # its why under it (the card names the goal), in pieces of whole lines a page tall
            # at most where a page is lower than it
            for piece in flow(
                [Group((Para(tr.pick(goal.why), 19),))], pygame.Rect(0, 0, width, room)
            ):

                def why(rect, piece=piece) -> None:
                    draw_page(ui, shift(piece, rect.y - piece_top(piece), rect.x))

                blocks.append(Block(bottom_of(piece) - piece_top(piece), why, "why"))
        # a card goes on to the next page with its why
        return stack_pages([b.height for b in blocks], GAP, room, 0, cards_at)

    counter_h = height_of(counter, counter_px, width, True)
    pages = column(area.height - counter_h - GAP)
    up = len(pages) > 1 and not view.host.footer_fits(view.pager.label_for(tr, len(pages)))
    if up:  # the turner at the right of the counter's row, which is then as tall as it
        turner_w = button_width(widest_page_turn_label(tr))
        counter_h = max(button_height(), height_of(counter, counter_px, width - turner_w, True))
        pages = column(area.height - counter_h - GAP)
    return blocks, cards_at, pages, up, counter_h


def _lead(ui: ViewBuilder, said: tuple[str, str], rect: pygame.Rect) -> None:
    build_instruction(ui, *said, rect)


def whole_whys(column) -> bool:
    """Whether each goal of a pick_column stands on one page with its why in one piece."""
    blocks, cards_at, pages, *_ = column
    page_of = {index: n for n, page in enumerate(pages) for index in page}
    ends = [*cards_at[1:], len(blocks)]
    return all(
        end == at + 2 and page_of[at] == page_of[at + 1]
        for at, end in zip(cards_at, ends, strict=True)
    )


def build_pick_column(view: GoalCardsView, ui: ViewBuilder, area: pygame.Rect, cards) -> None:
    """The goal cards at large text (pick_column), on the page the player turned to; the page
    turner in the footer, or at the right of the counter's row."""
    tr, model, pager = view.tr, view.model, view.pager
    blocks, cards_at, pages, up, counter_h = pick_column(view, ui, area, cards, view.carrying)
    before, focused = pager.pages, view.host.ring.focused_id
    page_no = pager.settle(len(pages))
    ids = [f"goal:{goal.id}" for goal, *_ in cards]
    if len(pages) != before and focused in ids:  # new pages (a choice, the keys' line came):
        at = cards_at[ids.index(focused)]  # the focused card's page, the focus kept on it
        page_no = pager.page = next(n for n, page in enumerate(pages) if at in page)
    turner_w = button_width(widest_page_turn_label(tr))
    if len(pages) > 1:  # the arrows go on over the pages
        view.host.ring.paged(pager.arrow_turn(view.host.rebuild))
        if not up:
            view.host.footer_button("more", pager.label(tr), lambda: _turn(view))
    counter = view._t("counter", count=len(model.state["goals"]), most=model.config.most_goals)
    view._line(
        ui,
        counter,
        (area.x, area.y, area.width - (turner_w + GAP if up else 0)),
        20,
        role="secondary",
        bold=True,
        color=palette.MUTED,
    )
    if up:
        label = pager.label(tr)
        rect = pygame.Rect(0, area.y, button_width(label), button_height())
        rect.right = area.right
        ui.button("more", label, rect, lambda: _turn(view), secondary=True)
    y = area.y + counter_h + GAP
    for index in pages[page_no]:
        height = blocks[index].height
        blocks[index].place(pygame.Rect(area.x, y, area.width, height))
        y += height + GAP
    first = [c.id for c in view.host.ring.controls if c.id.startswith("goal:")]
    view.host.preferred_focus = first[0] if first else None


def _turn(view: GoalCardsView) -> None:
    view.pager.turn(1)
    view.host.rebuild()
