"""The take-home networking plan: what each finished step adds, gathered into four sections."""

from __future__ import annotations

from collections.abc import Iterable

from steps_game.content import GameContent
from steps_game.outcome import Outcome
from steps_game.tasks.base import PLAN_SECTIONS, PlanEntry
from steps_game.tasks.registry import TASK_KINDS


def plan_entries(
    content: GameContent, outcomes: Iterable[Outcome], field_id: str | None
) -> dict[str, list[PlanEntry]]:
    """Every plan entry by section, each section in a stable order (first ones, then by week)."""
    sections: dict[str, list[PlanEntry]] = {name: [] for name in PLAN_SECTIONS}
    for outcome in sorted(outcomes, key=lambda o: o.step):
        if not 1 <= outcome.step <= len(content.levels):
            continue
        level = content.level(outcome.step)
        if level.id != outcome.level_id:
            continue  # a saved outcome from other levels: nothing to read it with
        model = TASK_KINDS[level.task.kind].model(level.task, field_id)
        try:
            entries = model.plan_entries(outcome.choices)
        except (KeyError, TypeError, ValueError, StopIteration, AttributeError):
            entries = []  # choices that no longer fit the level add nothing rather than fail
        for entry in entries:
            sections.setdefault(entry.section, []).append(entry)
    for name, entries in sections.items():
        sections[name] = sorted(entries, key=lambda e: (not e.first, e.week or 0))
    return sections
