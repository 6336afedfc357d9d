"""Step 4's first part on screen: how much time a week the player has. Four cards side by side
when they fit with the words above and below them; with large text one card a row, its hours
in a column at the left of its note, page by page with the words before and after them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.ui import palette
from steps_game.ui.blocks import Block, more_height, page_turn_room, sentence_blocks
from steps_game.ui.cards import card_height
from steps_game.ui.flow import page_turn_label
from steps_game.ui.measure import card_height as row_card_height
from steps_game.ui.measure import stack_pages
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


def _note(view: WeekPlannerView, budget) -> str:
    """The words under a weekly time: its own note, or that it is less than the goal from step
    2 takes, which stands in week 1 from the start (twenty-eighth and thirty-fourth Arabic
    play-tests: "a light start" of 1 h chosen, week 1 was over it before anything was done,
    and nothing said why until the plan was checked)."""
    goal = view.model.goal_action()
    if goal is not None and goal.hours > budget.hours:
        takes = view._t("duration", hours=view.hours(goal.hours))
        return view._t("budget_under_goal", duration=takes)
    return view.tr.pick(budget.note)


def _card(view: WeekPlannerView, ui: ViewBuilder, budget, rect, title_width: int = 0) -> None:
    model = view.model
    with ui.ring.board(BUDGETS):
        ui.card(
            f"budget:{budget.id}",
            _note(view, budget),
            rect,
            lambda bid=budget.id: _choose(view, bid),
            title=_title(view, budget),
            title_width=title_width,
            selected=budget.id == model.state["budget"],
            text_size=BUDGET_TEXT_SIZE,
            note=not title_width,  # the hours are the choice; the words under them a note
        )


def _choose(view: WeekPlannerView, budget_id: str) -> None:
    """Choose a weekly time; the focus goes on to starting the plan (fifth Arabic keyboard
    play-test: three Tabs through Undo and Start over to reach it after the choice)."""
    view.act(lambda: view.model.choose_budget(budget_id))
    view.host.ring.focus("start-planning")


def _card_height(view: WeekPlannerView, budget, width: int) -> int:
    """How tall a weekly time's card is `width` wide: its hours over its note."""
    return card_height(
        _note(view, budget),
        width,
        title=_title(view, budget),
        text_size=BUDGET_TEXT_SIZE,
        note=True,
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
    card_h = max(_card_height(view, b, width) for b in budgets)
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
    """Large text: the words, the times and the energy, page by page; the times one card a row
    (the hours at the left of their note), or two side by side (the hours above their note)
    where that keeps more of them on one page. The first page shows the times from the shortest
    on, the level's default among them: where the words above would push it to a later page,
    the times come first and the words after them (a player who sees only "2 hours" does not
    learn that one hour is a choice too). The layout is chosen for the default, not for the
    time chosen now: choosing 3 hours turned two cards side by side into one a row under the
    player's eyes, and the page count with them (English at 200 %); the pages open where the
    chosen time is."""
    said, energy_text = _texts(view)
    more = lambda page, pages: page_turn_label(view.tr, page, pages)  # noqa: E731
    # each part of the words on a page with the page turner under it, cut at a sentence's end
    room = area.height - more_height(more, area.width) - GAP
    said_blocks = sentence_blocks(
        said,
        lambda words: text_height(words, SAID_SIZE, area.width),
        room,
        lambda words, rect: ui.text(words, rect, size=SAID_SIZE),
    )
    energy_blocks = sentence_blocks(
        energy_text,
        lambda words: text_height(words, ENERGY_SIZE, area.width - 32) + 12,
        room,
        lambda words, rect: _energy(ui, words, rect),
    )
    host = view.host  # the page button in the footer, where it fits: the pages have its room
    tries = []
    default = _row_of(view, view.model.config.default_budget)
    chosen = _row_of(view, view.model.state["budget"])
    for columns, said_first in ((1, True), (2, True), (2, False), (1, False)):
        cards = _card_rows(view, ui, area.width, columns)
        if not cards:
            continue  # the hours do not fit on one line side by side
        if said_first:
            blocks, before = [*said_blocks, *cards, *energy_blocks], len(said_blocks)
        else:
            blocks, before = [*cards, *said_blocks, *energy_blocks], 0
        heights = [b.height for b in blocks]
        more_h = page_turn_room(heights, area.height, more, area.width, host)
        pages = stack_pages(heights, GAP, area.height, more_h)
        shows_default = before + default // columns in pages[0]
        # how far a page whose one block leaves no room for its page turner under it runs
        # over (two cards side by side in Somali at 200 %: the turner ran over Start planning)
        runs = [more_h + sum(GAP + heights[i] for i in page) - area.height for page in pages]
        over = max(0, *runs) if len(pages) > 1 else 0
        tries.append(
            (over, not shows_default, len(pages), len(tries), blocks, before + chosen // columns)
        )
    # the least over (none where it can be); the times up to the default on page 1, in the
    # fewest pages (else the fewest pages)
    *_, blocks, keep = min(tries)
    paged = view.budget_pages
    paged.lay_out(blocks, area.height, more, area.width, keep=keep, keep_key=keep, footer=host)
    paged.build(ui, blocks, area, more, host.rebuild)


def _row_of(view: WeekPlannerView, budget_id: str) -> int:
    """The place of a weekly time among the times (0 when it is none of them)."""
    budgets = view.model.config.budgets
    return next((i for i, b in enumerate(budgets) if b.id == budget_id), 0)


def _card_rows(view: WeekPlannerView, ui: ViewBuilder, width: int, columns: int) -> list[Block]:
    """The times as blocks of `columns` cards each; none when two side by side would break
    their hours over two lines."""
    budgets = view.model.config.budgets
    size = role_size(BUDGET_TEXT_SIZE, "option")
    titles = [_title(view, b) for b in budgets]
    widest = max(render(t, size, palette.INK, bold=True).get_width() for t in titles)
    if columns == 1:
        # the hours on one line where two fifths of the row hold them ("ساعة واحدة أسبوعيًا")
        title_w = min(widest + 4, width * 2 // 5)
        rows = []
        for budget in budgets:
            height = row_card_height(
                _note(view, budget),
                width,
                title=_title(view, budget),
                title_width=title_w,
                text_size=BUDGET_TEXT_SIZE,
            )
            rows.append(Block(height, lambda r, b=budget: _card(view, ui, b, r, title_w)))
        return rows
    card_w = (width - GAP * (columns - 1)) // columns
    if widest > card_w - 50:
        return []
    rows = []
    for start in range(0, len(budgets), columns):
        row = budgets[start : start + columns]
        height = max(_card_height(view, b, card_w) for b in row)

        def build(rect: pygame.Rect, row=row) -> None:
            for index, budget in enumerate(row):
                x = rect.x + index * (card_w + GAP)
                _card(view, ui, budget, pygame.Rect(x, rect.y, card_w, rect.height))

        rows.append(Block(height, build))
    return rows
