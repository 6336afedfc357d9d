"""The building blocks of step 4's level table: budgets, actions, weights and the words the planner
says. Pure: no pygame."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from steps_game.schema import FieldRef, Id, Strict, TermRef, Text


def half_hours(hours: float) -> int:
    """Hours in whole half-hours, so that sums never suffer from floating point."""
    return round(hours * 2)


def half_hour_steps(value: float) -> float:
    if abs(value * 2 - round(value * 2)) > 1e-9:
        raise ValueError(f"{value} is not in half hours (expected a number like 0.5, 1, 1.5)")
    return value


class Budget(Strict):
    id: Id
    hours: float = Field(ge=0.5, le=20)
    note: Text  # a few words under the hours: "a light start"

    _steps = field_validator("hours")(half_hour_steps)


class Action(Strict):
    id: Id
    label: Text  # the card in the list of actions (about 60 characters at most)
    short: Text  # the same in a few words, for the week columns and the take-home plan
    why: Text  # shown when the action is selected or placed
    hours: float = Field(ge=0.5, le=20)
    energy: int = Field(ge=1, le=5)  # 1 light, 2 medium, 3 demanding
    mode: Literal["online", "face"]
    tie: Literal["old", "new"]  # an existing contact or a new one
    fields: list[FieldRef] = Field(default_factory=list)
    source: str | None = Field(default=None, min_length=3)
    term: TermRef | None = None  # the glossary word the card names (its Finnish shown beside)

    _steps = field_validator("hours")(half_hour_steps)


class PlannerWeights(Strict):
    """Points out of 100 for each quality of the finished plan."""

    ties: int = Field(ge=0, le=100)  # both old and new contacts
    modes: int = Field(ge=0, le=100)  # both online and face to face
    spread: int = Field(ge=0, le=100)  # share of the weeks that have an action
    budget: int = Field(ge=0, le=100)  # every week within the time and energy
    size: int = Field(ge=0, le=100)  # at least plan_min actions
    first: int = Field(ge=0, le=100)  # the first step with a when, a where and an if-then

    @property
    def total(self) -> int:
        return self.ties + self.modes + self.spread + self.budget + self.size + self.first


class PlannerMessages(Strict):
    """What the planner says right after an action, above the weeks."""

    placed: Text  # {week}; the action's `why` follows
    too_long: Text  # {needs} {budget}
    no_time: Text  # {week} {left} {needs}
    no_energy: Text  # {week} {left} {needs}
    pick_first: Text


class PlannerFeedback(Strict):
    empty: Text
    ties_mixed: Text
    ties_only_old: Text
    ties_only_new: Text
    modes_mixed: Text
    modes_only_online: Text
    modes_only_face: Text
    spread: Text  # {used} {weeks}
    spread_more: Text  # {empty}: the empty weeks, like "3, 4"
    budget_kept: Text
    budget_over: Text  # {over}: the weeks over budget, like "2"
    size_good: Text  # {count}
    size_planned: Text  # {count}
    size_few: Text  # {min}
