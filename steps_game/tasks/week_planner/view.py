"""Step 4 on screen: a weekly time budget, then a grid of actions above the columns of the weeks.

Select an action (click or Enter), then a week's button: the action goes there, or the reason it
does not fit appears above the weeks. A placed action can be selected again in its week to move
it to another week or to remove it.
"""

from __future__ import annotations

import pygame

from steps_game.tasks.view import TaskView
from steps_game.tasks.week_planner.first_step import FROM_GOAL
from steps_game.tasks.week_planner.first_view import build_first
from steps_game.tasks.week_planner.model import Action, WeekPlannerModel
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.cards import card_height, draw_check
from steps_game.ui.focus import Control
from steps_game.ui.intents import Act, Intent
from steps_game.ui.text import (
    blit_text,
    line_height,
    render,
    role_size,
    text_height,
    text_size,
)

GAP = 12
COLUMNS = 4
LABEL_SIZE = 20  # an action card's words (an option)
TAGS_SIZE = 16  # its hours, energy and mix; a week's totals and items (secondary)
NOTICE_SIZE = 20
ITEMS_SHOWN = 4  # a week's rows kept free for its actions (energy allows about four)
MORE_ACTIONS = "more-actions"
BUDGET_TEXT_SIZE = 26


class WeekPlannerView(TaskView[WeekPlannerModel]):
    def __init__(self, host, model: WeekPlannerModel) -> None:
        super().__init__(host, model)
        self._columns: dict[int, pygame.Rect] = {}  # each week's column on screen, for clicks
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
        {"plan": self._build_plan, "budget": self._build_budget, "first": self._build_first}[
            self.model.phase
        ](ui, inner)

    def next_part(self):
        """From the weeks on to the first step, once something is in them."""
        model = self.model
        if model.phase != "plan" or not model.state["placed"]:
            return None
        return ("to-first", self._t("to_first"), lambda: self.act(model.start_first))

    def _build_first(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        build_first(self, ui, area)

    def draw(self, surface: pygame.Surface) -> None:
        """A ring round the open part of the first step and an arrow to its choices."""
        if self.open_rect is None or self.model.phase != "first":
            return
        pygame.draw.rect(surface, palette.ACCENT, self.open_rect.inflate(10, 10), border_radius=14)
        pygame.draw.polygon(surface, palette.ACCENT, self.pointer)

    # -- words ---------------------------------------------------------------------------
    def _t(self, key: str, **params: object) -> str:
        return self.tr(f"task.week_planner.{key}", **params)

    def hours(self, value: float) -> str:
        """1.5 as "1,5" in Finnish, "1.5" in English; whole hours without decimals."""
        if value == int(value):
            return str(int(value))
        return f"{value:.1f}".replace(".", self._t("decimal_mark"))

    def tags(self, action: Action) -> str:
        return " · ".join(
            (
                self._t("hours", hours=self.hours(action.hours)),
                self._t("energy", n=action.energy),
                self._t(action.mode),
                self._t(action.tie),
            )
        )

    def notice_text(self) -> str:
        """The line above the weeks: what just happened, else the selected action's why."""
        model, tr = self.model, self.tr
        messages = model.config.messages
        notice = model.notice_params()
        if notice is not None:
            kind = notice["kind"]
            if kind == "placed":
                placed = model.action(notice["action"])
                return f"{tr.pick(messages.placed, week=notice['week'])} {tr.pick(placed.why)}"
            if kind == "pick_first":
                return tr.pick(messages.pick_first)
            params = {
                key: notice[key] for key in ("week", "left", "needs", "budget") if key in notice
            }
            if kind in ("too_long", "no_time"):
                params = {k: self.hours(v) if k != "week" else v for k, v in params.items()}
            if kind == "too_long":
                params.pop("week", None)
            return tr.pick(getattr(messages, kind), **params)
        selected = model.state["selected"]
        if selected is not None:
            action = model.action(selected)
            key = "selected_placed" if model.week_of(selected) is not None else "selected"
            if selected == FROM_GOAL:
                key = "selected_goal"  # it can move between the weeks, not leave them
            return self._t(key, why=tr.pick(action.why))
        return self._t("hint")

    # -- phase 1: the weekly time --------------------------------------------------------
    def _build_budget(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        tr, model, cfg = self.tr, self.model, self.model.config
        body = line_height(role_size(22, "body"))
        ui.text(
            tr.pick(cfg.budget_text), pygame.Rect(area.x, area.y, area.width, 2 * body), size=22
        )
        count = len(cfg.budgets)
        width = (area.width - GAP * (count - 1)) // count
        top = area.y + 2 * body + 8
        card_h = max(
            card_height(
                tr.pick(budget.note),
                width,
                title=self._t("budget_option", hours=self.hours(budget.hours)),
                text_size=BUDGET_TEXT_SIZE,
            )
            for budget in cfg.budgets
        )
        for index, budget in enumerate(cfg.budgets):
            rect = pygame.Rect(area.x + index * (width + GAP), top, width, card_h)
            ui.card(
                f"budget:{budget.id}",
                tr.pick(budget.note),
                rect,
                lambda bid=budget.id: self.act(lambda: model.choose_budget(bid)),
                title=self._t("budget_option", hours=self.hours(budget.hours)),
                selected=budget.id == model.state["budget"],
                text_size=BUDGET_TEXT_SIZE,
            )
        energy = pygame.Rect(area.x, top + card_h + 16, area.width, 2 * body + 16)
        ui.panel(energy, palette.ACCENT_SOFT)
        ui.text(
            tr.pick(cfg.energy_text, energy=cfg.energy_per_week),
            energy.inflate(-32, -12),
            size=21,
            middle=True,
        )
        # back to the plan once the player has put something in it (the step 2 goal is there
        # from the start)
        own = [i for i in model.state["placed"] if i["action"] != FROM_GOAL]
        label = self._t("back_to_plan") if own else self._t("start")
        width, height = button_width(label), button_height()
        ui.button(
            "start-planning",
            label,
            pygame.Rect(area.right - width, area.bottom - height, width, height),
            lambda: self.act(model.start_planning),
        )
        self.host.preferred_focus = f"budget:{model.state['budget']}"

    # -- phase 2: the planner ------------------------------------------------------------
    def _build_plan(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        """The actions page by page above the toolbar and the weeks: as many rows of cards as
        the text size leaves room for, the last place of a page turning to the next."""
        offered = self.model.offered()
        week_head = self._week_head_height((area.width - GAP * (COLUMNS - 1)) // COLUMNS)
        week_w = (area.width - GAP * (COLUMNS - 1)) // COLUMNS
        self._item_h = self._item_height(week_w)
        weeks_h = week_head + 6 + ITEMS_SHOWN * self._item_h + 8
        toolbar_h = max(button_height(), 2 * line_height(role_size(NOTICE_SIZE, "body")) + 8)
        room = area.height - weeks_h - toolbar_h - 8
        # the grid that shows the most cards: narrow cards are taller (their words wrap)
        grids = [self._grid(offered, area.width, columns, room) for columns in (4, 3, 2)]
        # With large text there is no room for a row of cards above weeks that list their
        # actions: the weeks then show their totals only, and a planned action is chosen (to
        # move or remove it) on its card, which says its week.
        self._compact = all(grid[3] < 1 for grid in grids)
        if self._compact:
            room = area.height - week_head - 8 - toolbar_h - 8
            grids = [self._grid(offered, area.width, columns, room) for columns in (4, 3, 2)]
        # the most cards that fit; with none, one row of the widest (the audit shows the rest)
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

        for index, action in enumerate(shown):
            self._action_card(ui, action, slot(index))
        if len(pages) > 1:
            self._more_actions(ui, slot(len(shown)), len(pages))
        toolbar_y = area.y + rows * (card_h + 8)
        self._toolbar(ui, pygame.Rect(area.x, toolbar_y, area.width, toolbar_h))
        weeks_top = toolbar_y + toolbar_h + 8
        week_w = (area.width - GAP * (COLUMNS - 1)) // COLUMNS
        for index, week in enumerate(self.model.weeks):
            column = pygame.Rect(
                area.x + index * (week_w + GAP), weeks_top, week_w, area.bottom - weeks_top
            )
            self._week(ui, week, column)
        unplaced = [a.id for a in shown if self.model.week_of(a.id) is None]
        self.host.preferred_focus = f"action:{unplaced[0]}" if unplaced else "week:1"

    def _grid(self, offered: list[Action], area_w: int, columns: int, room: int) -> tuple:
        """(columns, card width, card height, rows, tags height) of a grid of action cards, every
        card as tall as the longest words and tags need (tags may take two lines)."""
        width = (area_w - GAP * (columns - 1)) // columns
        tags_h = max(self._tags_height(a, width - 20) for a in offered)
        label_size = role_size(LABEL_SIZE, "option")
        label_h = max(
            render(self.tr.pick(a.label), label_size, palette.INK, width=width - 46).get_height()
            for a in offered
        )
        card_h = 16 + label_h + tags_h
        return columns, width, card_h, (room + 8) // (card_h + 8), tags_h

    @staticmethod
    def _action_pages(offered: list[Action], room: int) -> list[list[Action]]:
        """All actions on one page when they fit, else pages with a place kept for "more"."""
        if len(offered) <= room:
            return [offered]
        size = max(1, room - 1)
        return [offered[i : i + size] for i in range(0, len(offered), size)]

    def _more_actions(self, ui: ViewBuilder, rect: pygame.Rect, pages: int) -> None:
        def turn() -> None:
            self.page = (self.page + 1) % pages
            self.host.rebuild()
            self.host.ring.focus(MORE_ACTIONS)

        text = self._t("more_actions", page=self.page + 1, pages=pages)
        ui.card(MORE_ACTIONS, text, rect, turn, text_size=LABEL_SIZE)

    def _tag_line(self, action: Action) -> str:
        week = self.model.week_of(action.id)
        if week is None:
            return self.tags(action)
        # hours and energy show in the week; the mix stays in sight here
        return " · ".join((self._t("in_week", n=week), self._t(action.mode), self._t(action.tie)))

    def _tags_height(self, action: Action, width: int) -> int:
        size = role_size(TAGS_SIZE, "secondary")
        line = self._tag_line(action)
        bold = text_size(line, size, bold=True)[0] <= width
        return render(line, size, palette.INK, bold=bold, width=width).get_height()

    def _action_card(self, ui: ViewBuilder, action: Action, rect: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        # Inside, laid out like the builder's cards in either direction: the tick at the top
        # right, the words aligned by the language.
        rect = ui.place(rect)
        selected = model.state["selected"] == action.id
        week = model.week_of(action.id)
        label = tr.pick(action.label)
        tags = self.tags(action)
        tag_line = self._tag_line(action)

        def draw(surface: pygame.Surface, _focused: bool) -> None:
            fill = (
                palette.ACCENT_SOFT if selected else (palette.BACKGROUND if week else palette.PANEL)
            )
            pygame.draw.rect(surface, fill, rect, border_radius=10)
            border = palette.ACCENT if selected else palette.BORDER
            pygame.draw.rect(surface, border, rect, width=4 if selected else 2, border_radius=10)
            text_w = rect.width - 46  # room for the tick, kept whether or not it shows
            if selected:
                draw_check(surface, (rect.right - 20, rect.top + 20), 18, palette.ACCENT_DARK)
            tags_h = self._tags_h
            blit_text(
                surface,
                label,
                pygame.Rect(rect.x + 10, rect.y + 6, text_w, rect.height - tags_h - 14),
                LABEL_SIZE,
                palette.INK,
                role="option",
            )
            # The tags keep to the card's last line, in bold while bold fits there; longer ones
            # (Somali's) are set in regular letters, which are narrower.
            tags_box = pygame.Rect(rect.x + 10, rect.bottom - tags_h - 6, rect.width - 20, tags_h)
            tags_size = role_size(TAGS_SIZE, "secondary")
            blit_text(
                surface,
                tag_line,
                tags_box,
                TAGS_SIZE,
                palette.ACCENT_DARK if week else palette.MUTED,
                role="secondary",
                bold=text_size(tag_line, tags_size, bold=True)[0] <= tags_box.width,
            )

        spoken = f"{label} ({self._t('in_week', n=week)}, {tags})" if week else f"{label} ({tags})"
        ui.ring.add(
            Control(
                f"action:{action.id}",
                spoken,
                rect,
                lambda: self._select(action.id),
                draw=draw,
                data={"selected": selected, "text": label},
            )
        )

    def _toolbar(self, ui: ViewBuilder, rect: pygame.Rect) -> None:
        model = self.model
        change = self._t("change_budget", hours=self.hours(model.budget().hours))
        remove = self._t("remove")
        change_w, remove_w = button_width(change), button_width(remove)
        x = rect.right - change_w
        ui.button(
            "change-budget",
            change,
            pygame.Rect(x, rect.y, change_w, rect.height),
            lambda: self.act(model.change_budget),
            secondary=True,
        )
        x -= GAP + remove_w
        selected = model.state["selected"]
        ui.button(
            "remove",
            remove,
            pygame.Rect(x, rect.y, remove_w, rect.height),
            lambda: self.act(model.remove),
            secondary=True,
            enabled=selected not in (None, FROM_GOAL) and model.week_of(selected) is not None,
        )
        note = pygame.Rect(rect.x, rect.y, x - GAP - rect.x, rect.height)
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

    def _week_texts(self, week: int) -> tuple[tuple[str, bool], tuple[str, bool]]:
        """A week's hours and energy lines, each with whether it is over its limit."""
        model = self.model
        used, budget = model.week_hours(week), model.budget().hours
        energy, limit = model.week_energy(week), model.config.energy_per_week
        hours_text = self._t(
            "week_hours_over" if used > budget else "week_hours",
            used=self.hours(used),
            budget=self.hours(budget),
        )
        energy_text = self._t(
            "week_energy_over" if energy > limit else "week_energy", used=energy, limit=limit
        )
        return (hours_text, used > budget), (energy_text, energy > limit)

    def _status_beside(self, week_w: int) -> bool:
        """Whether a week's totals fit beside its button, or go under it."""
        size = role_size(TAGS_SIZE, "secondary")
        label_w = button_width(self._t("week", n=4), minimum=0)
        widest = max(
            text_size(text, size, bold=True)[0]
            for texts in (self._week_texts(week) for week in self.model.weeks)
            for text, _ in texts
        )
        return label_w + 16 + widest <= week_w

    def _week_head_height(self, week_w: int) -> int:
        lines = 2 * line_height(role_size(TAGS_SIZE, "secondary"), bold=True)
        if self._status_beside(week_w):
            return max(button_height(), lines) + 4
        return button_height() + lines + 8

    def _week(self, ui: ViewBuilder, week: int, rect: pygame.Rect) -> None:
        model = self.model
        self._columns[week] = ui.place(rect)
        ui.panel(rect, palette.PANEL)
        label = self._t("week", n=week)
        button_w = min(rect.width - 8, button_width(label, minimum=0))
        head_h = self._week_head_height(rect.width)
        ui.button(
            f"week:{week}",
            label,
            pygame.Rect(rect.x + 4, rect.y + 4, button_w, button_height()),
            lambda: self._place(week),
        )
        line_h = line_height(role_size(TAGS_SIZE, "secondary"), bold=True)
        if self._status_beside(rect.width):
            status = pygame.Rect(rect.x + button_w + 12, rect.y + 4, 0, 0)
            status.width = rect.right - status.x - 4
        else:
            status = pygame.Rect(rect.x + 8, rect.y + button_height() + 8, rect.width - 16, 0)
        for index, (words, over) in enumerate(self._week_texts(week)):
            ui.text(
                words,
                pygame.Rect(status.x, status.y + index * line_h, status.width, line_h),
                size=TAGS_SIZE,
                bold=over,
                color=palette.WARN if over else palette.MUTED,
                role="secondary",
            )
        items = [] if self._compact else model.in_week(week)
        top = rect.y + head_h + 6
        height = min(self._item_h, (rect.bottom - top - 4) // max(1, len(items)))
        for action in items:
            self._week_item(
                ui, action, week, pygame.Rect(rect.x + 4, top, rect.width - 8, height - 3)
            )
            top += height

    def _item_height(self, week_w: int) -> int:
        """A week's row for one action: its short name on one line, or two when a name needs
        them (Russian's are long), with the hours and the tick beside it."""
        size = role_size(TAGS_SIZE, "secondary")
        actions = [*self.model.offered(), *filter(None, [self.model.goal_action()])]
        tallest = 0
        for action in actions:
            hours = self._t("hours", hours=self.hours(action.hours))
            hours_w = max(44, text_size(hours, size)[0] + 2)
            name_w = week_w - 8 - 30 - hours_w - 12
            tallest = max(
                tallest,
                text_height(
                    self.tr.pick(action.short), TAGS_SIZE, name_w, role="secondary", bold=True
                ),
            )
        return tallest + 8

    def _week_item(self, ui: ViewBuilder, action: Action, week: int, rect: pygame.Rect) -> None:
        selected = self.model.state["selected"] == action.id
        goal = action.id == FROM_GOAL  # the step 2 goal: the plan's first action, in bold
        short = self.tr.pick(action.short)
        hours = self._t("hours", hours=self.hours(action.hours))
        # A row read in the language's direction: the name first, then the hours and the tick,
        # laid out left to right and placed like the rest of the board.
        right = rect.right - 8 - (22 if selected else 0)
        # "0.5 ساعت" is wider than "0.5 h"
        hours_w = max(44, text_size(hours, role_size(TAGS_SIZE, "secondary"))[0] + 2)
        hours_box = ui.place(pygame.Rect(right - hours_w, rect.y, hours_w, rect.height))
        name_box = ui.place(
            pygame.Rect(rect.x + 8, rect.y, right - hours_w - rect.x - 12, rect.height)
        )
        tick = ui.place_point((rect.right - 16, rect.centery))
        rect = ui.place(rect)

        def draw(surface: pygame.Surface, _focused: bool) -> None:
            pygame.draw.rect(surface, palette.ACCENT_SOFT, rect, border_radius=6)
            pygame.draw.rect(
                surface,
                palette.ACCENT if selected else palette.BORDER,
                rect,
                width=3 if selected else 1,
                border_radius=6,
            )
            if selected:
                draw_check(surface, tick, 14, palette.ACCENT_DARK)
            blit_text(
                surface, hours, hours_box, TAGS_SIZE, palette.MUTED, role="secondary", middle=True
            )
            blit_text(
                surface,
                short,
                name_box,
                TAGS_SIZE,
                palette.INK,
                role="secondary",
                middle=True,
                bold=goal,
            )

        spoken = f"{short} ({self._t('week', n=week)}, {hours})"
        if goal:
            spoken = f"{self._t('from_goal')}: {spoken}"
        ui.ring.add(
            Control(
                f"placed:{action.id}",
                spoken,
                rect,
                lambda: self._select(action.id),
                draw=draw,
                data={"selected": selected, "text": short},
            )
        )

    # -- acting --------------------------------------------------------------------------
    def handle(self, intent: Intent) -> bool:
        """A click anywhere in a week's column, not only on its button, chooses that week."""
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

    def _select(self, action_id: str) -> None:
        self.act(lambda: self.model.select(action_id))
        selected = self.model.state["selected"]
        if selected is not None:
            # Keyboard players go straight on to the weeks: the first one the action fits.
            current = self.model.week_of(selected)
            weeks = [w for w in self.model.weeks if w != current]
            fitting = [w for w in weeks if self.model.refusal(selected, w) is None]
            self.host.ring.focus(f"week:{(fitting or weeks or [1])[0]}")

    def _place(self, week: int) -> None:
        self.act(lambda: self.model.place(week))
        notice = self.model.state["notice"]
        if notice is not None and notice["kind"] == "placed":
            # Back to the actions: the next one not yet in the plan.
            for action in self.model.offered():
                if self.model.week_of(action.id) is None:
                    self._show_page_of(action.id)
                    self.host.ring.focus(f"action:{action.id}")
                    break

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
