"""Checking a saved week planner state before it is played on: every action, week, notice and
part of the first step must be one this level has, and the words as the game keeps them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from steps_game.notebook import MAX_NOTE, clean_words
from steps_game.tasks.week_planner.first_step import FIRST_SLOTS, FROM_GOAL

if TYPE_CHECKING:
    from steps_game.tasks.week_planner.model import WeekPlannerModel

PHASES = ("budget", "plan", "first")
NOTICES = ("placed", "too_long", "no_time", "no_energy", "pick_first")


def check_saved_state(model: WeekPlannerModel, state: dict[str, Any]) -> None:
    """Raise ValueError when `state` is not one `model`'s level could have saved."""
    known = {a.id for a in model.offered()}
    if model.goal_action() is not None:
        known.add(FROM_GOAL)
    weeks = range(1, model.config.weeks + 1)
    if state["phase"] not in PHASES or state["slot"] not in FIRST_SLOTS:
        raise ValueError(f"unknown phase {state['phase']!r} or part {state['slot']!r}")
    if state["budget"] not in {b.id for b in model.config.budgets}:
        raise ValueError("saved budget is not one of this level's budgets")
    placed = state["placed"]
    if not isinstance(placed, list):
        raise ValueError("saved plan is not a list")
    seen = set()
    for item in placed:
        if not isinstance(item, dict) or set(item) != {"action", "week"}:
            raise ValueError("saved plan has an item that is not an action and a week")
        if item["action"] not in known or item["action"] in seen:
            raise ValueError("saved plan names an action this level does not offer")
        if not isinstance(item["week"], int) or item["week"] not in weeks:
            raise ValueError("saved plan names a week this level does not have")
        seen.add(item["action"])
    if state["selected"] is not None and state["selected"] not in known:
        raise ValueError("saved selection names an action this level does not offer")
    notice = state["notice"]
    if notice is not None and (
        not isinstance(notice, dict)
        or set(notice) != {"kind", "action", "week"}
        or notice["kind"] not in NOTICES
        or (notice["action"] is not None and notice["action"] not in known)
        or (
            notice["week"] is not None
            and (type(notice["week"]) is not int or notice["week"] not in weeks)
        )
    ):
        raise ValueError("saved notice is not one the planner knows")
    first = state["first"]
    if not isinstance(first, dict) or set(first) != set(FIRST_SLOTS):
        raise ValueError("saved first step has the wrong parts")
    for slot in FIRST_SLOTS:
        ids = {o.id for o in model.config.first.options(slot)}
        if first[slot] is not None and first[slot] not in ids:
            raise ValueError(f"saved {slot} is not one of this level's")
    words = state["words"]
    if not isinstance(words, str) or clean_words(words, MAX_NOTE) != words:
        raise ValueError("saved own words are not as the game keeps them")
