"""Step 4's first step: the goal made concrete in step 2 becomes the first action in the weeks,
and the first action gets a when, a where and one if-then plan.

Plans that say when and where, with a plan for what may get in the way ("if this happens, then
I will ..."), are carried out about twice as often as good intentions alone (Gollwitzer and
Sheeran 2006). Everything here is chosen from the level's lists; a few words of the player's own
may be added. Pure: no pygame.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from steps_game.schema import Id, Strict, TermRef, Text, unique_ids
from steps_game.tasks.week_planner.parts import half_hour_steps

FROM_GOAL = "from-goal"  # the id of the action the step 2 goal becomes
FIRST_SLOTS = ("when", "where", "if_then")
MAX_FIRST_OPTIONS = 8  # what fits beside the first step (2 x 4)


class FromGoal(Strict):
    """How the first action sits in the weeks, by the step 2 action it comes from."""

    short: Text  # a few words for the week columns
    hours: float = Field(ge=0.5, le=20)
    energy: int = Field(ge=1, le=5)
    mode: Literal["online", "face"]
    tie: Literal["old", "new"]

    _steps = field_validator("hours")(half_hour_steps)


class FromGoalAction(FromGoal):
    action: Id  # a step 2 (goal_cards) action id


class WhenOption(Strict):
    id: Id
    label: Text  # "Tuesday morning"
    weekday: int = Field(ge=0, le=6)  # Monday 0: where the calendar file puts it
    hour: int = Field(ge=6, le=21)


class WhereOption(Strict):
    id: Id
    label: Text
    term: TermRef | None = None  # the glossary word the place names (its Finnish shown beside)


class IfThen(Strict):
    id: Id
    obstacle: Text  # what may get in the way, short: "No time"
    label: Text  # the whole plan: "If I run out of time, then I will ..."


class FirstStepConfig(Strict):
    instruction: Text
    why: Text  # said when the first action is chosen in the weeks: where it comes from
    done: Text  # the reason its points are earned
    from_goal: list[FromGoalAction] = Field(default_factory=list, max_length=30)
    from_goal_default: FromGoal
    when: list[WhenOption] = Field(min_length=2, max_length=MAX_FIRST_OPTIONS)
    where: list[WhereOption] = Field(min_length=2, max_length=MAX_FIRST_OPTIONS)
    if_then: list[IfThen] = Field(min_length=2, max_length=MAX_FIRST_OPTIONS)

    @model_validator(mode="after")
    def _check(self) -> FirstStepConfig:
        unique_ids(self.when, "when")
        unique_ids(self.where, "where")
        unique_ids(self.if_then, "if_then")
        seen: set[str] = set()
        for item in self.from_goal:
            if item.action in seen:
                raise ValueError(f"from_goal names action {item.action!r} twice (expected once)")
            seen.add(item.action)
        return self

    def options(self, slot: str) -> list[WhenOption] | list[WhereOption] | list[IfThen]:
        return {"when": self.when, "where": self.where, "if_then": self.if_then}[slot]

    def from_goal_for(self, goal_action: str) -> FromGoal:
        return next((f for f in self.from_goal if f.action == goal_action), self.from_goal_default)
