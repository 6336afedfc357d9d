"""The rules a week planner level must keep, checked as the level is read: every action can be
planned in some budget, and one field is never offered more actions than the grid shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steps_game.schema import check_reference, unique_ids
from steps_game.tasks.week_planner.first_step import FROM_GOAL

if TYPE_CHECKING:
    from steps_game.tasks.week_planner.model import WeekPlannerConfig

MAX_OFFERED = 12  # the planner shows the offered actions as a 4 x 3 grid


def check_config(config: WeekPlannerConfig) -> None:
    """Raise ValueError when the level's planner could not be played as the game means it."""
    unique_ids(config.budgets, "budget")
    unique_ids(config.actions, "action")
    if any(a.id == FROM_GOAL for a in config.actions):
        raise ValueError(f"no action may be called {FROM_GOAL!r}: it is the step 2 goal's")
    check_reference(config.default_budget, [b.id for b in config.budgets], "budget")
    if config.weights.total != 100:
        raise ValueError(f"the weights add up to {config.weights.total} (expected 100)")
    most = max(b.hours for b in config.budgets)
    from_goal = [*config.first.from_goal, config.first.from_goal_default]
    if any(item.hours > most or item.energy > config.energy_per_week for item in from_goal):
        raise ValueError(
            f"a from_goal action takes more than the largest budget ({most} h) or more "
            f"than energy_per_week ({config.energy_per_week})"
        )
    for action in config.actions:
        if action.hours > most:
            raise ValueError(
                f"action {action.id!r} takes {action.hours} h, more than the largest budget "
                f"({most} h), so it could never be planned"
            )
        if action.energy > config.energy_per_week:
            raise ValueError(
                f"action {action.id!r} takes {action.energy} energy, more than "
                f"energy_per_week ({config.energy_per_week})"
            )
    general = sum(1 for a in config.actions if not a.fields)
    per_field: dict[str, int] = {}
    for action in config.actions:
        for field_id in action.fields:
            per_field[field_id] = per_field.get(field_id, 0) + 1
    crowded = max(per_field.values(), default=0)
    if general + crowded > MAX_OFFERED:
        raise ValueError(
            f"{general + crowded} actions would be offered to one field "
            f"(expected at most {MAX_OFFERED}: the planner shows them in a 4 x 3 grid)"
        )
