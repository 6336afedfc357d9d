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
from steps_game.ui.builder import ViewBuilder, button_width
from steps_game.ui.cards import draw_check
from steps_game.ui.drag import DragEvent, Draggable, DragLayer
from steps_game.ui.focus import Control
from steps_game.ui.intents import Intent
from steps_game.ui.text import blit_text, text_size

if TYPE_CHECKING:
    from steps_game.tasks.week_planner.model import Action

WEEK_HEAD_H = 38
ITEM_H = 28
ACTIONS, WEEKS, TOOLBAR = "actions", "weeks", "toolbar"  # the planner's boards


class WeeksBoard:
    """WeekPlannerView's weeks and its drag layer."""

    drag: DragLayer
    _columns: dict[int, pygame.Rect]
    actions_rect: pygame.Rect  # the grid of actions on screen: a placed action let go there leaves

    def _week(self, ui: ViewBuilder, week: int, rect: pygame.Rect) -> None:
        model = self.model
        self._columns[week] = ui.place(rect)
        ui.panel(rect, palette.PANEL)
        label = self._t("week", n=week)
        button_w = max(112, button_width(label, minimum=0) - 10)
        ui.button(
            f"week:{week}",
            label,
            pygame.Rect(rect.x + 4, rect.y + 4, button_w, WEEK_HEAD_H - 4),
            lambda: self._place(week),
        )
        used, budget = model.week_hours(week), model.budget().hours
        energy, limit = model.week_energy(week), model.config.energy_per_week
        over_hours = used > budget
        over_energy = energy > limit
        status = pygame.Rect(
            rect.x + button_w + 12, rect.y + 2, rect.right - rect.x - button_w - 16, WEEK_HEAD_H
        )
        hours_text = self._t(
            "week_hours_over" if over_hours else "week_hours",
            used=self.hours(used),
            budget=self.hours(budget),
        )
        energy_text = self._t(
            "week_energy_over" if over_energy else "week_energy", used=energy, limit=limit
        )
        ui.text(
            hours_text,
            pygame.Rect(status.x, status.y, status.width, 19),
            size=16,
            bold=over_hours,
            color=palette.WARN if over_hours else palette.MUTED,
        )
        ui.text(
            energy_text,
            pygame.Rect(status.x, status.y + 19, status.width, 19),
            size=16,
            bold=over_energy,
            color=palette.WARN if over_energy else palette.MUTED,
        )
        items = model.in_week(week)
        space = rect.bottom - (rect.y + WEEK_HEAD_H + 6) - 4
        height = min(ITEM_H, space // max(1, len(items)))
        y = rect.y + WEEK_HEAD_H + 6
        for action in items:
            self._week_item(
                ui, action, week, pygame.Rect(rect.x + 4, y, rect.width - 8, height - 3)
            )
            y += height

    def _week_item(self, ui: ViewBuilder, action: Action, week: int, rect: pygame.Rect) -> None:
        selected = self.model.state["selected"] == action.id
        goal = action.id == FROM_GOAL  # the step 2 goal: the plan's first action, in bold
        short = self.tr.pick(action.short)
        hours = self._t("hours", hours=self.hours(action.hours))
        # A row read in the language's direction: the name first, then the hours and the tick,
        # laid out left to right and placed like the rest of the board.
        right = rect.right - 8 - (22 if selected else 0)
        hours_w = max(44, text_size(hours, 14)[0] + 2)  # "0.5 ساعت" is wider than "0.5 h"
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
            blit_text(surface, hours, hours_box, 14, palette.MUTED, middle=True)
            blit_text(surface, short, name_box, 15, palette.INK, middle=True, bold=goal)

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
