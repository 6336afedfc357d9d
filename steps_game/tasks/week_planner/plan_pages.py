"""Step 4's planner with large text, where no row of action cards fits above the weeks: what
just happened, each week as a row (its button, its time and energy beside it), the toolbar's
buttons and the action cards one under the other, page by page (ui/blocks.py). An action
chosen shows the page of the week it goes to (the focus goes there: the first empty week it
fits), its name at the foot of every page and its why above each week where the two fit a
page; placed, the page of the next action to plan; refused, the reason why first. Click an
action, then a week: both are a page turn apart at most."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pygame

from steps_game.scenes.layout import MARGIN, SCREEN_W
from steps_game.tasks.view import instruction_height
from steps_game.tasks.week_planner.actions import MORE_ACTIONS
from steps_game.tasks.week_planner.first_step import FROM_GOAL
from steps_game.tasks.week_planner.weeks import (
    ACTIONS,
    TOOLBAR,
    TOTALS_ROLE,
    TOTALS_SIZE,
    WEEKS,
)
from steps_game.ui import palette
from steps_game.ui.blocks import Block, more_height, sentence_blocks
from steps_game.ui.builder import button_height, button_width
from steps_game.ui.flow import page_turn_label
from steps_game.ui.measure import button_box
from steps_game.ui.text import line_height, role_size, text_height

if TYPE_CHECKING:
    from steps_game.tasks.week_planner.view import WeekPlannerView
    from steps_game.ui.builder import ViewBuilder

GAP = 12
NOTICE_SIZE = 20


def build_plan_pages(view: WeekPlannerView, ui: ViewBuilder, area: pygame.Rect) -> None:
    model = view.model
    name = _chosen_name(view)
    more = lambda page, pages: page_turn_label(view.tr, page, pages)  # noqa: E731
    view._compact = True  # the cards say their week; the weeks their totals only
    selected = model.state["selected"]
    target = view.week_for(selected) if selected is not None else None
    notice = _notice_block(view, ui, area.width)
    # the chosen action's name at the foot of every page, beside the page button: its row
    # as tall as the name needs
    name_h = _name_height(name, more, area.width) if name else 0
    more_room = max(more_height(more, area.width), name_h + GAP) if name else None
    weeks = {week: _week_block(view, ui, week, area.width) for week in model.weeks}
    # While an action is chosen, its why stands above each week where the two fit a page, so
    # that every week's page says it (seventh Arabic keyboard play-test: first on the board,
    # it stood with week 1 only, and the focus went on to the first empty week, pages on).
    # Where they do not fit, it is not put between two weeks: on a page of its own there, it
    # stopped the arrows along the weeks.
    foot = more_room if more_room is not None else more_height(more, area.width)
    each = target is not None and all(
        foot + 2 * GAP + notice.height + w.height <= area.height for w in weeks.values()
    )
    offered = view.cards_shown()
    cards = [_card_block(view, ui, action, area.width) for action in offered]
    state = model.state["notice"]
    refused = state is not None and state["kind"] != "placed"
    # where the action just put in a week went: over the next action to plan, on the page
    # the board turns to (it stood after the weeks, pages away, and nothing on view said the
    # action had gone anywhere: twenty-eighth and thirty-second Arabic play-tests)
    unplanned = [i for i, a in enumerate(offered) if model.week_of(a.id) is None]
    said = None  # where it went, over the next action (where the two fit a page)
    if target is None and state is not None and state["kind"] == "placed" and cards:
        said = _notice_block(view, ui, area.width, text=view.placed_text(named=True))
        card = cards[unplanned[0] if unplanned else 0]
        # (no chosen action's name: the page turner goes in the footer where it fits there)
        turner = 0 if view.host.footer_fits(more(99, 99)) else foot
        if said.height + GAP + card.height + turner > _room(view, area):
            said = None  # the whole line after the weeks, as any other
    line = None if said is None else view.weeks_need()  # the rest: what the weeks need
    if said is not None:
        notice = _notice_block(view, ui, area.width, text=line)
    # why it did not go there: read first, the weeks on the pages after it; any other line
    # that does not fit above each week follows them, over the toolbar, so that they open on
    # their first page (eighth Arabic keyboard play-test: the why alone on page 1, the focus
    # on week 1 on page 2); first still where the two do not fit a page
    toolbar = _toolbar_block(view, ui, area.width)
    together = notice.height + GAP + toolbar.height <= area.height - foot
    # alone, in pieces of whole sentences that each fit a page with its turner (the whole ran
    # the turner over "Next: my first step", twenty-eighth Arabic play-test, s4_67)
    week_part = []
    if not each and (refused or not together) and line != "":
        week_part = _notice_block(view, ui, area.width, room=area.height - foot - GAP, text=line)
    week_at = {}
    for week, block in weeks.items():
        if each:
            week_part.append(Block(notice.height, notice.build, keep_with_next=True))
        week_at[week] = len(week_part)
        week_part.append(block)
    if each or refused or not together or line == "":
        week_part.append(toolbar)
    else:  # over the toolbar: alone, its page would stop the arrows along the weeks
        after = _notice_block(view, ui, area.width, after_weeks=True, text=line)
        week_part.append(_one_over_other(after, toolbar))
    # What is being chosen comes first, its list opening on page 1: the actions, and while
    # one is chosen the weeks (eighth Arabic keyboard play-test: the actions opened at
    # "(4/15)", the weeks' pages before them).
    if target is None:
        blocks, cards_from, weeks_from = cards + week_part, 0, len(cards)
    else:
        blocks, cards_from, weeks_from = week_part + cards, len(week_part), 0
    if target is not None:
        keep = weeks_from + week_at[target]  # the week the focus goes to (view._select)
    else:
        keep = cards_from + (unplanned[0] if unplanned else 0)
    if said is not None:  # kept with the card after it (the next to plan, else the first)
        blocks.insert(keep, Block(said.height, said.build, keep_with_next=True))
    if refused:
        keep = weeks_from + (week_at[target] - 1 if each else 0)
    paged = view.plan_pages
    key = (selected, len(model.state["placed"]), tuple(sorted((state or {}).items())))
    on_view = paged.pages[paged.pager.page] if paged.pager.page < len(paged.pages) else []
    if key == getattr(view, "_plan_key", None) and on_view:
        # the same state laid out anew (the keys line came in with the keyboard): the page
        # the player turned to stays on view, not the page of `keep` (back to 1 of 15)
        keep = on_view[0]
    view._plan_key = key
    # the page button in the footer while no action is chosen, where it fits there: the list
    # has the whole board (eighth Arabic keyboard play-test: one action a page). While one is,
    # it stays on the board with the chosen action's name beside it.
    footer = None if name else view.host
    paged.lay_out(
        blocks,
        _room(view, area),
        more,
        area.width,
        keep=keep,
        keep_key=key,
        more_room=more_room,
        footer=footer,
    )
    paged.build(ui, blocks, area, more, view.host.rebuild)
    # the weeks stand one above the other here: the keys line's Right and Left still change
    # the week (play-test, Arabic 200 %: only Down did)
    ui.ring.one_a_row(WEEKS)
    if name:
        _name_beside_turner(ui, name, name_h, more, area)
    view._page_count = 1  # the pages are the blocks' (the wheel turns them)
    view.actions_rect = pygame.Rect(0, 0, 0, 0)
    shown = [c.id for c in ui.ring.controls if c.id.startswith("action:")]
    wanted = [f"action:{offered[i].id}" for i in unplanned]
    wanted = [control_id for control_id in wanted if control_id in shown]
    view.host.preferred_focus = wanted[0] if wanted else None


def _room(view: WeekPlannerView, area: pygame.Rect) -> int:
    """The pages' room, less what the keys line may still take: it is as tall as the longest
    of the lines of the boards on screen, which comes in with the keyboard and grows as the
    page turner (on no board of the planner's) is built; the pages and their count then stay
    (a player's first turn went from "(1/15)" to "(2/17)")."""
    host, width = view.host, SCREEN_W - 2 * MARGIN

    def tallest(lines) -> int:
        return max((instruction_height("", line, width) for line in lines), default=0)

    # (the weeks' own keys whether or not an action is chosen now: they come with the choice)
    weeks = [view._t("keys_weeks"), view._t("keys_weeks_stacked")]
    ours = tallest([*weeks, *map(view.keys_hint, (ACTIONS, TOOLBAR, None))])
    boards = getattr(host, "_boards", ())
    shown = tallest([host.keys_text, *map(view.keys_hint, boards)]) if host.keys_text else 0
    return area.height - max(0, ours - shown)


def _one_over_other(top: Block, bottom: Block) -> Block:
    def build(rect: pygame.Rect) -> None:
        top.build(pygame.Rect(rect.x, rect.y, rect.width, top.height))
        bottom.build(pygame.Rect(rect.x, rect.bottom - bottom.height, rect.width, bottom.height))

    return Block(top.height + GAP + bottom.height, build)


def _card_block(view: WeekPlannerView, ui: ViewBuilder, action, width: int) -> Block:
    """An action's card in the one-column list, as tall as its own words (actions.py)."""
    card_h, beside = view._list_card(action, width)

    def card(rect: pygame.Rect) -> None:
        with ui.ring.board(ACTIONS):
            view._action_card(ui, action, rect, beside)

    return Block(card_h, card)


def _chosen_name(view: WeekPlannerView) -> str:
    """While an action is chosen, its name: its card is pages away from the weeks it is being
    placed in, so the name stands on every page."""
    selected = view.model.state["selected"]
    return "" if selected is None else view.tr.pick(view.model.action(selected).label)


def _name_width(more, width: int) -> int:
    """The room for the name at the start side of the page button (as wide as on any page)."""
    return width - button_box(more(99, 99), width)[0] - GAP


def _name_height(name: str, more, width: int) -> int:
    """How tall the name's panel is: its lines, at least as tall as the page button."""
    words = text_height(name, NOTICE_SIZE, _name_width(more, width) - 32, bold=True) + 12
    return max(button_box(more(99, 99), width)[1], words)


def _name_beside_turner(ui: ViewBuilder, name: str, height: int, more, area: pygame.Rect) -> None:
    """The name in its panel in one place on every page: the page's foot, beside the page
    button (where it costs the weeks least; seventh Arabic keyboard play-test: a long name
    went to the top of the board instead, a short one stood bare beside the button and was
    read as the footer's). (One page: the chosen card is on it, its name with it.)"""
    turner = ui.ring.by_id(MORE_ACTIONS)
    if turner is None:
        return
    box = pygame.Rect(area.x, 0, _name_width(more, area.width), height)
    box.bottom = turner.rect.bottom
    ui.panel(box, palette.ACCENT_SOFT)
    ui.text(name, box.inflate(-32, -12), size=NOTICE_SIZE, bold=True, middle=True)


def _notice_block(
    view: WeekPlannerView,
    ui: ViewBuilder,
    width: int,
    after_weeks: bool = False,
    room: int | None = None,
    text: str | None = None,
):
    """The line of what just happened (or the chosen action's why, or `text`), in its panel;
    with `room`, as blocks of whole sentences no taller than that where they can be cut."""
    model = view.model
    text = view.notice_text(after_weeks) if text is None else text
    notice = model.state["notice"]
    refused = notice is not None and notice["kind"] != "placed"

    def height(words: str) -> int:
        return text_height(words, NOTICE_SIZE, width - 40, bold=refused) + 12

    def build(words: str, rect: pygame.Rect) -> None:
        ui.panel(rect, palette.PANEL if refused else palette.ACCENT_SOFT)
        ui.text(
            words,
            rect.inflate(-40, -12),
            size=NOTICE_SIZE,
            middle=True,
            color=palette.WARN if refused else palette.INK,
            bold=refused,
        )

    if room is not None:
        return sentence_blocks(text, height, room, build)
    return Block(height(text), partial(build, text))


def _week_block(view: WeekPlannerView, ui: ViewBuilder, week: int, width: int) -> Block:
    """A week in a row: its button, and its time and energy beside it (under it when they do
    not fit there). Its button says how many weeks there are: two stood on a page, and the
    player filled them and went on, not knowing of weeks 3 and 4 (twenty-third Arabic 200 %
    play-test, e_150-157)."""
    label = view._t("week_of", n=week, total=len(view.model.weeks))
    button_w = button_width(label, minimum=0)
    texts = view._week_texts(week)
    line_h = line_height(role_size(TOTALS_SIZE, TOTALS_ROLE), bold=True)
    said = "  ·  ".join(words for words, _ in texts)
    beside_w = width - button_w - 2 * GAP
    said_h = text_height(said, TOTALS_SIZE, beside_w, role=TOTALS_ROLE, bold=True)
    beside = said_h <= max(button_height(), 2 * line_h)
    height = max(button_height(), said_h) if beside else button_height() + 2 * line_h + 8

    def build(rect: pygame.Rect) -> None:
        ui.panel(rect, palette.PANEL)
        view._columns[week] = ui.place(rect)
        with ui.ring.board(WEEKS):
            ui.button(
                f"week:{week}",
                label,
                pygame.Rect(rect.x, rect.y, button_w, button_height()),
                lambda: view._place(week),
            )
        over = any(o for _, o in texts)
        color = palette.WARN if over else palette.MUTED
        if beside:
            box = pygame.Rect(rect.x + button_w + GAP, rect.y, beside_w, rect.height)
            ui.text(
                said, box, size=TOTALS_SIZE, bold=True, color=color, role=TOTALS_ROLE, middle=True
            )
            return
        for index, (words, over_one) in enumerate(texts):
            line = pygame.Rect(
                rect.x + 8, rect.y + button_height() + 4 + index * line_h, rect.width - 16, line_h
            )
            ui.text(
                words,
                line,
                size=TOTALS_SIZE,
                bold=over_one,
                color=palette.WARN if over_one else palette.MUTED,
                role=TOTALS_ROLE,
            )

    return Block(height, build)


def _toolbar_block(view: WeekPlannerView, ui: ViewBuilder, width: int) -> Block:
    """Change the weekly time, and take the chosen action out of the plan."""
    model = view.model
    change, remove, _, _ = view._toolbar_buttons()
    change_w, change_h = button_box(change, width)
    remove_w, remove_h = button_box(remove, width)
    side = change_w + GAP + remove_w <= width
    height = max(change_h, remove_h) if side else change_h + GAP + remove_h
    selected = model.state["selected"]

    def build(rect: pygame.Rect) -> None:
        with ui.ring.board(TOOLBAR):
            ui.button(
                "change-budget",
                change,
                pygame.Rect(rect.x, rect.y, change_w, change_h),
                lambda: view.act(model.change_budget),
                secondary=True,
            )
            at = (rect.x + change_w + GAP, rect.y) if side else (rect.x, rect.y + change_h + GAP)
            ui.button(
                "remove",
                remove,
                pygame.Rect(*at, remove_w, remove_h),
                lambda: view.act(model.remove),
                secondary=True,
                enabled=selected not in (None, FROM_GOAL) and model.week_of(selected) is not None,
            )

    return Block(height, build)


__all__ = ["MORE_ACTIONS", "build_plan_pages"]
