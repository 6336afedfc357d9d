"""Step 4's weeks on screen, and the cards that go into them by mouse (a part of the view, kept
in a module of its own).

Each week is a column: its button, its time and energy, and the actions placed in it. With the
mouse an action card, or an action already in a week, is dragged onto a week (or clicked, then the
week clicked: both ways work); a placed action dragged back onto the actions leaves the plan. The
keyboard chooses with Enter and the week buttons (view.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.tasks.week_planner.first_step import FROM_GOAL
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.cards import draw_check
from steps_game.ui.drag import DragEvent, Draggable, DragLayer
from steps_game.ui.focus import Control
from steps_game.ui.intents import Intent
from steps_game.ui.text import blit_text, line_height, role_size, text_height, text_size

if TYPE_CHECKING:
    from steps_game.tasks.week_planner.model import Action

TAGS_SIZE = 16  # a week's actions' rows (secondary), as on the action cards
# A week's time and energy: what the player plans with, so read as body text (issue #14's floor),
# not as a secondary note
TOTALS_SIZE, TOTALS_ROLE = 20, "body"
ACTIONS, WEEKS, TOOLBAR = "actions", "weeks", "toolbar"  # the planner's boards


class WeeksBoard:
    """WeekPlannerView's weeks and its drag layer."""

    drag: DragLayer
    _columns: dict[int, pygame.Rect]
    actions_rect: pygame.Rect  # the grid of actions on screen: a placed action let go there leaves

    def week_for(self, action_id: str) -> int:
        """The week a chosen action goes to next, where the keyboard's focus goes (and, at
        large text, the page shown): the first empty week it fits (a plan with something every
        week earns most; the fifth Arabic keyboard play-test met week 1 again, filled, and
        went Left twice), else the first it fits, else the first other than its own."""
        model = self.model
        current = model.week_of(action_id)
        weeks = [w for w in model.weeks if w != current]
        fitting = [w for w in weeks if model.refusal(action_id, w) is None]
        empty = [w for w in fitting if not model.in_week(w)]
        return (empty or fitting or weeks or [1])[0]

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
        size = role_size(TOTALS_SIZE, TOTALS_ROLE)
        label_w = button_width(self._t("week", n=4), minimum=0)
        widest = max(
            text_size(text, size, bold=True)[0]
            for texts in (self._week_texts(week) for week in self.model.weeks)
            for text, _ in texts
        )
        return label_w + 16 + widest <= week_w

    def _week_head_height(self, week_w: int) -> int:
        lines = 2 * line_height(role_size(TOTALS_SIZE, TOTALS_ROLE), bold=True)
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
        line_h = line_height(role_size(TOTALS_SIZE, TOTALS_ROLE), bold=True)
        if self._status_beside(rect.width):
            status = pygame.Rect(rect.x + button_w + 12, rect.y + 4, 0, 0)
            status.width = rect.right - status.x - 4
        else:
            status = pygame.Rect(rect.x + 8, rect.y + button_height() + 8, rect.width - 16, 0)
        for index, (words, over) in enumerate(self._week_texts(week)):
            ui.text(
                words,
                pygame.Rect(status.x, status.y + index * line_h, status.width, line_h),
                size=TOTALS_SIZE,
                bold=over,
                color=palette.WARN if over else palette.MUTED,
                role=TOTALS_ROLE,
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

    # -- by mouse ------------------------------------------------------------------------
    def draggables(self, ui: ViewBuilder) -> list[Draggable]:
        """The action cards and the actions in the weeks, as drawn now. A click without a drag
        is a click (it selects), so click-then-click works as before."""
        found = []
        for control in ui.ring.controls:
            if control.id.partition(":")[0] in ("action", "placed"):
                found.append(Draggable(control.id, pygame.Rect(control.rect), carry_on_click=False))
        return found

    def handle_drag(self, intent: Intent) -> bool:
        handled = self.drag.handle(intent)
        event = handled.event
        if event is not None:
            self._on_drag(event)
        return handled.consumed

    def _on_drag(self, event: DragEvent) -> None:
        kind, _, action_id = event.item.partition(":")
        ring = self.host.ring
        if event.kind == "press":
            ring.focused_id = event.item
            ring.visible = False
        elif event.kind == "click":
            self._select(action_id)
        elif event.kind == "drop":
            week = self.week_at(event.pos)
            if week is not None:
                self._drop_in_week(action_id, week)
            elif kind == "placed" and self.actions_rect.collidepoint(event.pos):
                self._drop_out(action_id)

    def week_at(self, pos: tuple[int, int]) -> int | None:
        return next((week for week, rect in self._columns.items() if rect.collidepoint(pos)), None)

    def _drop_in_week(self, action_id: str, week: int) -> None:
        """Select and place in one change (one Undo): a drop that does not fit leaves the action
        selected, with the reason above the weeks, for another week to be clicked."""
        model = self.model

        def change() -> None:
            if model.state["selected"] != action_id:
                model.select(action_id)
            model.place(week)

        self.act(change)

    def _drop_out(self, action_id: str) -> None:
        if action_id == FROM_GOAL:
            return  # the step 2 goal moves between the weeks, it does not leave them
        model = self.model

        def change() -> None:
            if model.state["selected"] != action_id:
                model.select(action_id)
            model.remove()

        self.act(change)

    def draw_held(self, surface: pygame.Surface) -> None:
        """The card in the hand, above everything, with its words."""

        def token(target: pygame.Surface, item_id: str, rect: pygame.Rect) -> None:
            action = self.model.action(item_id.partition(":")[2])
            words = self.tr.pick(action.label if item_id.startswith("action:") else action.short)
            pygame.draw.rect(target, palette.ACCENT_SOFT, rect, border_radius=10)
            pygame.draw.rect(target, palette.ACCENT, rect, width=3, border_radius=10)
            size = 17 if rect.height > 40 else 15
            blit_text(target, words, rect.inflate(-20, -6), size, palette.INK, middle=True)

        self.drag.draw(surface, token)
