"""Step 4's first part on screen: how much time a week the player has. Four cards side by side
when they fit with the words above and below them; with large text one card a row, its hours
in a column at the left of its note, page by page with the words before and after them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.ui import palette
from steps_game.ui.blocks import Block
from steps_game.ui.cards import card_height
from steps_game.ui.flow import page_turn_label
from steps_game.ui.measure import card_height as row_card_height
from steps_game.ui.text import line_height, render, role_size, text_height

if TYPE_CHECKING:
    from steps_game.tasks.week_planner.view import WeekPlannerView
    from steps_game.ui.builder import ViewBuilder

GAP = 12
BUDGET_TEXT_SIZE = 24  # the hours; their note two sizes smaller
SAID_SIZE = 22
ENERGY_SIZE = 21
BUDGETS = "budgets"  # the board of the weekly times
MORE_BUDGETS = "more-budgets"


def build_budget(view: WeekPlannerView, ui: ViewBuilder, area: pygame.Rect) -> None:
    if _side_by_side(view, ui, area):
        view.budget_pages.unused()
    else:
        _build_rows(view, ui, area)
    view.host.preferred_focus = f"budget:{view.model.state['budget']}"


def _texts(view: WeekPlannerView) -> tuple[str, str]:
    cfg = view.model.config
    said = view.tr.pick(cfg.budget_text)
    return said, view.tr.pick(cfg.energy_text, energy=cfg.energy_per_week)


def _title(view: WeekPlannerView, budget) -> str:
    return view._t("budget_option", hours=view.hours(budget.hours))


def _card(view: WeekPlannerView, ui: ViewBuilder, budget, rect, title_width: int = 0) -> None:
    model = view.model
    with ui.ring.board(BUDGETS):
        ui.card(
            f"budget:{budget.id}",
            view.tr.pick(budget.note),
            rect,
            lambda bid=budget.id: view.act(lambda: model.choose_budget(bid)),
            title=_title(view, budget),
            title_width=title_width,
            selected=budget.id == model.state["budget"],
            text_size=BUDGET_TEXT_SIZE,
            note=not title_width,  # the hours are the choice; the words under them a note
        )


def _energy(ui: ViewBuilder, text: str, rect: pygame.Rect) -> None:
    ui.panel(rect, palette.ACCENT_SOFT)
    ui.text(text, rect.inflate(-32, -12), size=ENERGY_SIZE, middle=True)


def _side_by_side(view: WeekPlannerView, ui: ViewBuilder, area: pygame.Rect) -> bool:
    """The four cards in a row, the words above and the energy under them, when all fit
    (each card's hours on one line); else nothing is built."""
    budgets = view.model.config.budgets
    said, energy_text = _texts(view)
    said_h = text_height(said, SAID_SIZE, area.width)
    count = len(budgets)
    width = (area.width - GAP * (count - 1)) // count
    size = role_size(BUDGET_TEXT_SIZE, "option")
    one_line = line_height(size, bold=True)
    titles_fit = all(
        render(_title(view, b), size, palette.INK, bold=True, width=width - 50).get_height()
        <= one_line
        for b in budgets
    )
    card_h = max(
        card_height(
            view.tr.pick(b.note),
            width,
            title=_title(view, b),
            text_size=BUDGET_TEXT_SIZE,
            note=True,
        )
        for b in budgets
    )
    energy_h = text_height(energy_text, ENERGY_SIZE, area.width - 32) + 12
    if not titles_fit or said_h + 8 + card_h + 12 + energy_h > area.height:
        return False
    ui.text(said, pygame.Rect(area.x, area.y, area.width, said_h), size=SAID_SIZE)
    top = area.y + said_h + 8
    for index, budget in enumerate(budgets):
        _card(view, ui, budget, pygame.Rect(area.x + index * (width + GAP), top, width, card_h))
    _energy(ui, energy_text, pygame.Rect(area.x, top + card_h + 12, area.width, energy_h))
    return True


def _build_rows(view: WeekPlannerView, ui: ViewBuilder, area: pygame.Rect) -> None:
    """Large text: the words, one card a row (the hours at the left of their note) and the
    energy, page by page."""
    budgets = view.model.config.budgets
    said, energy_text = _texts(view)
    size = role_size(BUDGET_TEXT_SIZE, "option")
    titles = [_title(view, b) for b in budgets]
    title_w = max(render(t, size, palette.INK, bold=True).get_width() for t in titles)
    title_w = min(title_w + 4, area.width // 3)
    blocks = [
        Block(
            text_height(said, SAID_SIZE, area.width),
            lambda r: ui.text(said, r, size=SAID_SIZE),
        )
    ]
    chosen = 0
    for budget in budgets:
        if budget.id == view.model.state["budget"]:
            chosen = len(blocks)
        height = row_card_height(
            view.tr.pick(budget.note),
            area.width,
            title=_title(view, budget),
            title_width=title_w,
            text_size=BUDGET_TEXT_SIZE,
        )
        blocks.append(Block(height, lambda r, b=budget: _card(view, ui, b, r, title_w)))
    energy_h = text_height(energy_text, ENERGY_SIZE, area.width - 32) + 12
    blocks.append(Block(energy_h, lambda r: _energy(ui, energy_text, r)))
    paged = view.budget_pages
    more = lambda page, pages: page_turn_label(view.tr, page, pages)  # noqa: E731
    paged.lay_out(blocks, area.height, more, area.width, keep=chosen, keep_key=chosen)
    paged.build(ui, blocks, area, more, view.host.rebuild)
