"""Step 4 on screen: a weekly time budget, then a grid of actions above the columns of the weeks.

Select an action (click or Enter), then a week's button: the action goes there, or the reason it
does not fit appears above the weeks. A placed action can be selected again in its week to move
it to another week or to remove it.
"""

from __future__ import annotations

from functools import partial

import pygame

from steps_game.tasks.view import TaskView
from steps_game.tasks.week_planner.actions import MORE_ACTIONS, ActionCards
from steps_game.tasks.week_planner.budget_view import MORE_BUDGETS, build_budget
from steps_game.tasks.week_planner.first_step import FROM_GOAL
from steps_game.tasks.week_planner.first_view import MORE_CHOICES, build_first
from steps_game.tasks.week_planner.going_on import GoingOn
from steps_game.tasks.week_planner.model import Action, WeekPlannerModel
from steps_game.tasks.week_planner.plan_pages import build_plan_pages
from steps_game.tasks.week_planner.weeks import ACTIONS, TOOLBAR, WEEKS, WeeksBoard
from steps_game.ui import palette
from steps_game.ui.blocks import PagedBlocks
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.drag import DragLayer
from steps_game.ui.intents import Act, Intent
from steps_game.ui.text import line_height, role_size, text_height

GAP = 12
COLUMNS = 4
NOTICE_SIZE = 20
ITEMS_SHOWN = 4  # a week's rows kept free for its actions (energy allows about four)


class WeekPlannerView(GoingOn, ActionCards, WeeksBoard, TaskView[WeekPlannerModel]):
    def __init__(self, host, model: WeekPlannerModel) -> None:
        super().__init__(host, model)
        self._columns: dict[int, pygame.Rect] = {}  # each week's column on screen, for clicks
        self.actions_rect = pygame.Rect(0, 0, 0, 0)
        self.drag = DragLayer()
        self.budget_pages = PagedBlocks(MORE_BUDGETS)  # the weekly times at large text
        self.first_pages = PagedBlocks(MORE_CHOICES)  # the first step at large text
        self.plan_pages = PagedBlocks(MORE_ACTIONS)  # the planner at the largest text
        self.weeks_stacked = False  # the weeks one above the other, on those pages
        # The first step's open part and the arrow to its choices, on screen (first_view.py)
        self.open_rect: pygame.Rect | None = None
        self.pointer: list[tuple[float, float]] = []

    def instruction(self) -> str:
        cfg = self.model.config
        return self.tr.pick(
            {
                "budget": cfg.budget_instruction,
                "plan": cfg.plan_instruction,
                "first": cfg.first.instruction,
            }[self.model.phase]
        )

    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        inner = area.inflate(-40, 0)  # the same side margins as the header and footer
        self._columns = {}
        self.open_rect = None
        builders = {"plan": self._build_plan, "first": self._build_first}
        builders["budget"] = partial(build_budget, self)
        builders[self.model.phase](ui, inner)
        self.drag.set_items(self.draggables(ui) if self.model.phase == "plan" else [])

    def keys_hint(self, board: str | None) -> str:
        # the weeks' keys (Enter puts the action there) while one is chosen: with none, Enter
        # on a week asks for one first (thirtieth Arabic play-test)
        chosen = self.model.state["selected"] is not None
        if board == WEEKS and chosen and self.weeks_stacked:  # Up and Down where they stand
            return self._t("keys_weeks_stacked")  # one above the other (thirty-second run)
        if board == ACTIONS or (board == WEEKS and chosen):
            return self._t(f"keys_{board}")
        return super().keys_hint(board)

    def next_part(self):
        """The way on, in the footer: from the weekly time to the weeks, and from the weeks
        on to the first step once something is in them."""
        model = self.model
        if model.phase == "budget":
            # back to the plan once the player has put something in it (the step 2 goal is
            # there from the start)
            own = [i for i in model.state["placed"] if i["action"] != FROM_GOAL]
            label = self._t("back_to_plan") if own else self._t("start")
            return ("start-planning", label, lambda: self.act(model.start_planning))
        if model.phase != "plan" or not model.state["placed"]:
            return None
        return ("to-first", self._t("to_first"), self._to_first)

    def _build_first(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        build_first(self, ui, area)

    def draw_overlay(self, surface: pygame.Surface) -> None:
        self.draw_held(surface)

    def draw(self, surface: pygame.Surface) -> None:
        """A ring round the open part of the first step and an arrow to its choices."""
        if self.open_rect is None or self.model.phase != "first":
            return
        pygame.draw.rect(surface, palette.ACCENT, self.open_rect.inflate(10, 10), border_radius=14)
        pygame.draw.polygon(surface, palette.ACCENT, self.pointer)

    # -- words ---------------------------------------------------------------------------
    def _t(self, key: str, **params: object) -> str:
        return self.tr(f"task.week_planner.{key}", **params)

    @staticmethod
    def hours(value: float) -> float:
        """Hours as a text's count: whole hours as integers (2, not 2.0, which CLDR's plural rules
        and the number's form treat as a fraction), others to a tenth; the translator writes them
        the language's way ("1,5" in Finnish, "1.5" in English)."""
        return int(value) if value == int(value) else round(value, 1)

    def tags(self, action: Action) -> str:
        return " · ".join(
            (
                self._t("hours", hours=self.hours(action.hours)),
                self._t("energy", n=action.energy),
                self._t(action.mode),
                self._t(action.tie),
            )
        )

    def placed_text(self, named: bool = False) -> str:
        """Where the action just placed went ("Added to week 2."); `named`, with the action's
        name before it, where the line stands apart from the weeks (over the next action,
        whose line it would else seem to be)."""
        notice = self.model.notice_params() or {}
        said = self.tr.pick(self.model.config.messages.placed, week=notice.get("week", 1))
        if not named or "action" not in notice:
            return said
        return f"{self.tr.pick(self.model.action(notice['action']).label)}: {said}"

    def notice_text(self, after_weeks: bool = False) -> str:
        """The line above the weeks: what just happened, else the selected action's why;
        `after_weeks`, where it stands after them (large text), the why without "Now choose
        a week", which there pointed at weeks on the pages before it (tenth Arabic
        keyboard play-test)."""
        model, tr = self.model, self.tr
        messages = model.config.messages
        notice = model.notice_params()
        if notice is not None:
            kind = notice["kind"]
            if kind == "placed":  # (its why was said as it was chosen): what the weeks need
                return f"{self.placed_text()} {self.weeks_need()}"
            if kind == "pick_first":
                return tr.pick(messages.pick_first)
            params = {
                key: notice[key] for key in ("week", "left", "needs", "budget") if key in notice
            }
            if kind in ("too_long", "no_time"):
                # each amount of hours in its plural form ("ساعتان"), put into the sentence
                params = {
                    k: self._t("duration", hours=self.hours(v)) if k != "week" else v
                    for k, v in params.items()
                }
            if kind == "too_long":
                params.pop("week", None)
            return tr.pick(getattr(messages, kind), **params)
        selected = model.state["selected"]
        if selected is not None:
            action = model.action(selected)
            key = "selected_placed" if model.week_of(selected) is not None else "selected"
            if selected == FROM_GOAL:
                key = "selected_goal"  # it can move between the weeks, not leave them
            if after_weeks:
                return tr.pick(action.why)
            return self._t(key, why=tr.pick(action.why))
        # (a week over the time chosen before anything is placed: the step 2 goal's action)
        over = self.weeks_need() if model.over_weeks() else ""
        return f"{self._t('hint')} {over}".strip()

    # -- phase 2: the planner ------------------------------------------------------------
    def _build_plan(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        """The actions page by page above the toolbar and the weeks: as many rows of cards as
        the text size leaves room for, the last place of a page turning to the next."""
        offered = self.model.offered()
        week_head = self._week_head_height((area.width - GAP * (COLUMNS - 1)) // COLUMNS)
        week_w = (area.width - GAP * (COLUMNS - 1)) // COLUMNS
        self._item_h = self._item_height(week_w)
        weeks_h = week_head + 6 + ITEMS_SHOWN * self._item_h + 8
        toolbar_h = self._toolbar_height(area.width)
        room = area.height - weeks_h - toolbar_h - 8
        # the grid that shows the most cards: narrow cards are taller (their words wrap)
        grids = [self._grid(offered, area.width, columns, room) for columns in (4, 3, 2)]
        # With large text there is no room for a row of cards above weeks that list their
        # actions: the weeks then show their totals only, and a planned action is chosen (to
        # move or remove it) on its card, which says its week.
        self._compact = all(grid[3] < 1 for grid in grids)
        if self._compact:
            offered = self.cards_shown()  # (the goal's action among them: going_on.py)
            room = area.height - week_head - 8 - toolbar_h - 8
            grids = [self._grid(offered, area.width, columns, room) for columns in (4, 3, 2)]
        self.weeks_stacked = self._compact and all(grid[3] < 1 for grid in grids)
        if self.weeks_stacked:
            build_plan_pages(self, ui, area)  # not even then: everything page by page
            return
        self.plan_pages.unused()
        # the most cards that fit
        columns, width, card_h, rows, self._tags_h = max(grids, key=lambda g: (g[0] * g[3], -g[2]))
        rows = max(1, rows)
        pages = self._action_pages(offered, rows * columns)
        self._page_count = len(pages)
        self.page = min(getattr(self, "page", 0), len(pages) - 1)
        shown = pages[self.page]

        def slot(index: int) -> pygame.Rect:
            column, row = index % columns, index // columns
            return pygame.Rect(
                area.x + column * (width + GAP), area.y + row * (card_h + 8), width, card_h
            )

        with ui.ring.board(ACTIONS):
            for index, action in enumerate(shown):
                self._action_card(ui, action, slot(index))
            if len(pages) > 1:
                self._more_actions(ui, slot(len(shown)), len(pages))
        toolbar_y = area.y + rows * (card_h + 8)
        self.actions_rect = ui.place(pygame.Rect(area.x, area.y, area.width, toolbar_y - area.y))
        with ui.ring.board(TOOLBAR):
            self._toolbar(ui, pygame.Rect(area.x, toolbar_y, area.width, toolbar_h))
        weeks_top = toolbar_y + toolbar_h + 8
        week_w = (area.width - GAP * (COLUMNS - 1)) // COLUMNS
        with ui.ring.board(WEEKS):
            for index, week in enumerate(self.model.weeks):
                column = pygame.Rect(
                    area.x + index * (week_w + GAP), weeks_top, week_w, area.bottom - weeks_top
                )
                self._week(ui, week, column)
        unplaced = [a.id for a in shown if self.model.week_of(a.id) is None]
        self.host.preferred_focus = f"action:{unplaced[0]}" if unplaced else "week:1"

    def _toolbar_buttons(self) -> tuple[str, str, int, int]:
        change = self._t("change_budget", hours=self.hours(self.model.budget().hours))
        remove = self._t("remove")
        return change, remove, button_width(change), button_width(remove)

    def _toolbar_stacked(self, width: int) -> bool:
        """Whether the toolbar's two buttons stand one above the other, leaving the line of
        what just happened more width: when two lines of it do not fit beside them in a row."""
        _, _, change_w, remove_w = self._toolbar_buttons()
        note_w = width - change_w - remove_w - 2 * GAP - 20
        return text_height(self.notice_text(), NOTICE_SIZE, note_w) > 2 * line_height(
            role_size(NOTICE_SIZE, "body")
        )

    def _toolbar_height(self, width: int) -> int:
        """As tall as the line of what just happened needs (at least two lines) or as the
        buttons, stacked at large text."""
        _, _, change_w, remove_w = self._toolbar_buttons()
        two_lines = 2 * line_height(role_size(NOTICE_SIZE, "body")) + 8
        if not self._toolbar_stacked(width):
            return max(button_height(), two_lines)
        note_w = width - max(change_w, remove_w) - GAP - 20
        words = text_height(self.notice_text(), NOTICE_SIZE, note_w) + 8
        return max(2 * button_height() + 8, two_lines, words)

    def _toolbar(self, ui: ViewBuilder, rect: pygame.Rect) -> None:
        model = self.model
        change, remove, change_w, remove_w = self._toolbar_buttons()
        selected = model.state["selected"]
        stacked = self._toolbar_stacked(rect.width)
        height = button_height() if stacked else rect.height
        buttons_w = max(change_w, remove_w) if stacked else change_w + remove_w + GAP
        ui.button(
            "change-budget",
            change,
            pygame.Rect(rect.right - change_w, rect.y, change_w, height),
            lambda: self.act(model.change_budget),
            secondary=True,
        )
        remove_at = (
            (rect.right - remove_w, rect.y + height + 8)
            if stacked
            else (rect.right - change_w - GAP - remove_w, rect.y)
        )
        ui.button(
            "remove",
            remove,
            pygame.Rect(*remove_at, remove_w, height),
            lambda: self.act(model.remove),
            secondary=True,
            enabled=selected not in (None, FROM_GOAL) and model.week_of(selected) is not None,
        )
        note = pygame.Rect(rect.x, rect.y, rect.width - buttons_w - GAP, rect.height)
        notice = model.state["notice"]
        refused = notice is not None and notice["kind"] not in ("placed",)
        ui.panel(note, palette.ACCENT_SOFT if not refused else palette.PANEL)
        ui.text(
            self.notice_text(),
            note.inflate(-20, -4),
            size=NOTICE_SIZE,
            middle=True,
            color=palette.WARN if refused else palette.INK,
            bold=refused,
        )

    # -- acting --------------------------------------------------------------------------
    def handle(self, intent: Intent) -> bool:
        """Drags first (weeks.py); then a click anywhere in a week's column, not only on its
        button, chooses that week."""
        if intent.act is Act.SCROLL:
            return self._scroll(intent.dy)
        # Tab through the pages of the weekly times and of the first step's parts before the
        # footer's Start over (the planner's pages keep the ring's order: its focus goes
        # from an action to its week and back by itself)
        paged = {"budget": self.budget_pages, "first": self.first_pages}.get(self.model.phase)
        if paged is not None and paged.tab(intent, self.host.ring, self.host.rebuild):
            self.host.app.announce(self.host.ring.focused.label)
            return True
        if self.handle_drag(intent):
            return True
        selected = self.model.state["selected"]
        if intent.act is Act.BACK and selected is not None and self.model.phase == "plan":
            # Esc lets go of the action being placed, as step 3's Esc puts a person back (it
            # opened the pause menu: twenty-eighth Arabic play-test, s4_79)
            self.act(lambda: self.model.select(selected))
            self._show_page_of(selected)
            self.host.ring.focus(f"action:{selected}")
            return True
        if intent.act is not Act.POINTER_DOWN or intent.pos is None or self.model.phase != "plan":
            return False
        if self.host.ring.at(intent.pos) is not None:
            return False  # a button or a placed action: the usual handling
        for week, rect in self._columns.items():
            if rect.collidepoint(intent.pos):
                self.host.ring.visible = False
                self._place(week)
                return True
        return False

    def _scroll(self, dy: int) -> bool:
        """The wheel, and Page Up and Page Down: the next or the previous page of what is
        shown page by page (the weekly times or the first step at large text, the actions)."""
        phase = self.model.phase
        if phase == "plan" and self.plan_pages.paged:
            if not self.plan_pages.scroll(dy):
                return False
        elif phase == "plan":
            if getattr(self, "_page_count", 1) <= 1:
                return False
            self.page = (self.page + (1 if dy > 0 else -1)) % self._page_count
        elif not {"budget": self.budget_pages, "first": self.first_pages}[phase].scroll(dy):
            return False
        self.host.rebuild()
        return True

    def _select(self, action_id: str) -> None:
        self.act(lambda: self.model.select(action_id))
        selected = self.model.state["selected"]
        if selected is not None:
            # Keyboard players go straight on to the weeks (weeks.py `week_for`)
            self.host.ring.focus(f"week:{self.week_for(selected)}")

    def _place(self, week: int) -> None:
        self.act(lambda: self.model.place(week))
        notice = self.model.state["notice"]
        if notice is not None and notice["kind"] == "placed":
            model = self.model
            if model.plan_at_best() or not (model.over_weeks() or model.empty_weeks()):
                # nothing more would earn points, or every week has something within its time
                # (what the instruction asks): on to the first step (fourth Arabic keyboard
                # play-test: the focus went on to the next action, and four Tabs to go on;
                # forty-third: again with a plan of 95)
                self.host.ring.focus("to-first")
                return
            self.to_next_action()  # back to the actions: the next one not yet in the plan

    def _show_page_of(self, action_id: str) -> None:
        """Turn the actions' pages to the one that shows `action_id`."""
        if self.host.ring.by_id(f"action:{action_id}") is not None:
            return
        for _ in range(len(self.model.offered())):
            more = self.host.ring.by_id(MORE_ACTIONS)
            if more is None or self.host.ring.by_id(f"action:{action_id}") is not None:
                return
            self.page = (self.page + 1) % self._page_count
            self.host.rebuild()
