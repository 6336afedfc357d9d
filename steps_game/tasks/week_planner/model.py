"""Step 4, making a plan: choose a weekly time budget, then place actions into the coming weeks.

The player first sets (or accepts) how much time a week they really have. Then they place actions
into the weeks: select an action, then a week. An action that does not fit the week's time or
energy is refused with a reason, never counted against the player. Lowering the budget later is
allowed; weeks that no longer fit are shown as over and cost the "within budget" points.

`result().choices` is the take-home plan:
`{"budget": budget_id, "actions": [{"action": action_id, "week": n}, ...]}`, ordered by week and
then by the order the actions were placed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from steps_game.outcome import Reason, scaled
from steps_game.schema import FieldRef, Id, Strict, Text, check_reference, unique_ids
from steps_game.tasks.base import PlanEntry, TaskModel, TaskResult, for_field

MAX_OFFERED = 12  # the planner shows the offered actions as a 4 x 3 grid
PHASES = ("budget", "plan")
NOTICES = ("placed", "too_long", "no_time", "no_energy", "pick_first")


def half_hours(hours: float) -> int:
    """Hours in whole half-hours, so that sums never suffer from floating point."""
    return round(hours * 2)


def _half_hour_steps(value: float) -> float:
    if abs(value * 2 - round(value * 2)) > 1e-9:
        raise ValueError(f"{value} is not in half hours (expected a number like 0.5, 1, 1.5)")
    return value


class Budget(Strict):
    id: Id
    hours: float = Field(ge=0.5, le=20)
    note: Text  # a few words under the hours: "a light start"

    _steps = field_validator("hours")(_half_hour_steps)


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

    _steps = field_validator("hours")(_half_hour_steps)


class PlannerWeights(Strict):
    """Points out of 100 for each quality of the finished plan."""

    ties: int = Field(ge=0, le=100)  # both old and new contacts
    modes: int = Field(ge=0, le=100)  # both online and face to face
    spread: int = Field(ge=0, le=100)  # share of the weeks that have an action
    budget: int = Field(ge=0, le=100)  # every week within the time and energy
    size: int = Field(ge=0, le=100)  # between plan_min and plan_max actions

    @property
    def total(self) -> int:
        return self.ties + self.modes + self.spread + self.budget + self.size


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
    size_many: Text  # {max}


class WeekPlannerConfig(Strict):
    kind: Literal["week_planner"]
    budget_instruction: Text
    plan_instruction: Text
    budget_text: Text
    energy_text: Text  # {energy}
    weeks: int = Field(default=4, ge=2, le=5)
    budgets: list[Budget] = Field(min_length=2, max_length=5)
    default_budget: Id
    energy_per_week: int = Field(ge=1, le=12)
    actions: list[Action] = Field(min_length=4, max_length=60)
    plan_min: int = Field(default=4, ge=1, le=20)
    plan_max: int = Field(default=8, ge=1, le=30)
    weights: PlannerWeights
    messages: PlannerMessages
    feedback: PlannerFeedback

    @model_validator(mode="after")
    def _check(self) -> WeekPlannerConfig:
        unique_ids(self.budgets, "budget")
        unique_ids(self.actions, "action")
        check_reference(self.default_budget, [b.id for b in self.budgets], "budget")
        if self.weights.total != 100:
            raise ValueError(f"the weights add up to {self.weights.total} (expected 100)")
        if self.plan_min > self.plan_max:
            raise ValueError(f"plan_min {self.plan_min} is above plan_max {self.plan_max}")
        most = max(b.hours for b in self.budgets)
        for action in self.actions:
            if action.hours > most:
                raise ValueError(
                    f"action {action.id!r} takes {action.hours} h, more than the largest budget "
                    f"({most} h), so it could never be planned"
                )
            if action.energy > self.energy_per_week:
                raise ValueError(
                    f"action {action.id!r} takes {action.energy} energy, more than "
                    f"energy_per_week ({self.energy_per_week})"
                )
        general = sum(1 for a in self.actions if not a.fields)
        per_field: dict[str, int] = {}
        for action in self.actions:
            for field_id in action.fields:
                per_field[field_id] = per_field.get(field_id, 0) + 1
        crowded = max(per_field.values(), default=0)
        if general + crowded > MAX_OFFERED:
            raise ValueError(
                f"{general + crowded} actions would be offered to one field "
                f"(expected at most {MAX_OFFERED}: the planner shows them in a 4 x 3 grid)"
            )
        return self


def week_list(weeks: list[int]) -> str:
    """Week numbers for a reason's text: "3, 4"."""
    return ", ".join(str(week) for week in weeks)


class WeekPlannerModel(TaskModel[WeekPlannerConfig]):
    kind = "week_planner"

    def initial_state(self) -> dict[str, Any]:
        return {
            "phase": "budget",
            "budget": self.config.default_budget,
            "placed": [],  # [{"action": id, "week": n}] in the order placed
            "selected": None,
            "notice": None,  # {"kind": one of NOTICES, "action": id or None, "week": n or None}
        }

    def check_state(self, state: dict[str, Any]) -> None:
        offered = {a.id for a in self.offered()}
        weeks = range(1, self.config.weeks + 1)
        if state["phase"] not in PHASES:
            raise ValueError(f"unknown phase {state['phase']!r}")
        if state["budget"] not in {b.id for b in self.config.budgets}:
            raise ValueError("saved budget is not one of this level's budgets")
        placed = state["placed"]
        if not isinstance(placed, list):
            raise ValueError("saved plan is not a list")
        seen = set()
        for item in placed:
            if not isinstance(item, dict) or set(item) != {"action", "week"}:
                raise ValueError("saved plan has an item that is not an action and a week")
            if item["action"] not in offered or item["action"] in seen:
                raise ValueError("saved plan names an action this level does not offer")
            if not isinstance(item["week"], int) or item["week"] not in weeks:
                raise ValueError("saved plan names a week this level does not have")
            seen.add(item["action"])
        if state["selected"] is not None and state["selected"] not in offered:
            raise ValueError("saved selection names an action this level does not offer")
        notice = state["notice"]
        if notice is not None and (
            not isinstance(notice, dict)
            or set(notice) != {"kind", "action", "week"}
            or notice["kind"] not in NOTICES
            or (notice["action"] is not None and notice["action"] not in offered)
            or (
                notice["week"] is not None
                and (type(notice["week"]) is not int or notice["week"] not in weeks)
            )
        ):
            raise ValueError("saved notice is not one the planner knows")

    # -- reading ---------------------------------------------------------------------------
    @property
    def phase(self) -> str:
        return self.state["phase"]

    def plan_entries(self, choices: Mapping[str, Any]) -> list[PlanEntry]:
        """Each planned action under its week, in the player's own order."""
        by_id = {a.id: a for a in self.config.actions}
        return [
            PlanEntry("actions", by_id[item["action"]].short, week=int(item["week"]))
            for item in choices.get("actions", [])
            if item.get("action") in by_id
        ]

    def offered(self) -> list[Action]:
        """The actions for everyone plus those for the player's field, in level order."""
        return for_field(self.config.actions, self.field_id)

    def action(self, action_id: str) -> Action:
        return next(a for a in self.config.actions if a.id == action_id)

    def budget(self) -> Budget:
        return next(b for b in self.config.budgets if b.id == self.state["budget"])

    @property
    def weeks(self) -> list[int]:
        return list(range(1, self.config.weeks + 1))

    def week_of(self, action_id: str) -> int | None:
        return next((i["week"] for i in self.state["placed"] if i["action"] == action_id), None)

    def in_week(self, week: int) -> list[Action]:
        return [self.action(i["action"]) for i in self.state["placed"] if i["week"] == week]

    def planned(self) -> list[Action]:
        return [self.action(i["action"]) for i in self.state["placed"]]

    def week_hours(self, week: int) -> float:
        return sum(half_hours(a.hours) for a in self.in_week(week)) / 2

    def week_energy(self, week: int) -> int:
        return sum(a.energy for a in self.in_week(week))

    def week_over(self, week: int) -> bool:
        return (
            half_hours(self.week_hours(week)) > half_hours(self.budget().hours)
            or self.week_energy(week) > self.config.energy_per_week
        )

    def over_weeks(self) -> list[int]:
        return [week for week in self.weeks if self.week_over(week)]

    def refusal(self, action_id: str, week: int) -> dict[str, Any] | None:
        """Why the action cannot go into the week, as notice params; None when it fits."""
        action = self.action(action_id)
        budget = half_hours(self.budget().hours)
        needs = half_hours(action.hours)
        if needs > budget:
            return {"kind": "too_long", "needs": action.hours, "budget": self.budget().hours}
        others = [a for a in self.in_week(week) if a.id != action_id]
        left = budget - sum(half_hours(a.hours) for a in others)
        if needs > left:
            return {
                "kind": "no_time",
                "week": week,
                "left": max(0, left) / 2,
                "needs": action.hours,
            }
        energy_left = self.config.energy_per_week - sum(a.energy for a in others)
        if action.energy > energy_left:
            return {
                "kind": "no_energy",
                "week": week,
                "left": max(0, energy_left),
                "needs": action.energy,
            }
        return None

    def notice_params(self) -> dict[str, Any] | None:
        """The current notice with the numbers its text needs, worked out from the state."""
        notice = self.state["notice"]
        if notice is None:
            return None
        if notice["kind"] in ("placed", "pick_first"):
            return dict(notice)
        found = self.refusal(notice["action"], notice["week"])
        if found is None or found["kind"] != notice["kind"]:
            return None  # the plan changed since; the old refusal no longer holds
        return {**found, "action": notice["action"], "week": notice["week"]}

    # -- acting ----------------------------------------------------------------------------
    def choose_budget(self, budget_id: str) -> None:
        if budget_id in {b.id for b in self.config.budgets}:
            self.state["budget"] = budget_id
            self.state["notice"] = None

    def start_planning(self) -> None:
        self.state["phase"] = "plan"

    def change_budget(self) -> None:
        self.state["phase"] = "budget"
        self.state["selected"] = None
        self.state["notice"] = None

    def select(self, action_id: str) -> None:
        """Pick an action to place or move; picking it again lets go of it."""
        if action_id not in {a.id for a in self.offered()}:
            return
        self.state["selected"] = None if self.state["selected"] == action_id else action_id
        self.state["notice"] = None

    def place(self, week: int) -> bool:
        """Put the selected action into the week (moving it if it was placed). True when done."""
        if week not in self.weeks:
            return False
        action_id = self.state["selected"]
        if action_id is None:
            self.state["notice"] = {"kind": "pick_first", "action": None, "week": week}
            return False
        if self.week_of(action_id) == week:
            self.state["selected"] = None
            self.state["notice"] = None
            return True
        refused = self.refusal(action_id, week)
        if refused is not None:
            self.state["notice"] = {"kind": refused["kind"], "action": action_id, "week": week}
            return False
        placed = [i for i in self.state["placed"] if i["action"] != action_id]
        placed.append({"action": action_id, "week": week})
        self.state["placed"] = placed
        self.state["selected"] = None
        self.state["notice"] = {"kind": "placed", "action": action_id, "week": week}
        return True

    def remove(self) -> None:
        """Take the selected action out of the plan."""
        action_id = self.state["selected"]
        if action_id is None or self.week_of(action_id) is None:
            return
        self.state["placed"] = [i for i in self.state["placed"] if i["action"] != action_id]
        self.state["selected"] = None
        self.state["notice"] = None

    # -- ending ----------------------------------------------------------------------------
    def is_complete(self) -> bool:
        return len(self.state["placed"]) >= 1

    def points(self) -> dict[str, float]:
        """Each quality's points before rounding."""
        cfg = self.config
        weights = cfg.weights
        planned = self.planned()
        count = len(planned)
        if count == 0:
            return {"ties": 0, "modes": 0, "spread": 0, "budget": 0, "size": 0}
        used = sum(1 for week in self.weeks if self.in_week(week))
        if count < cfg.plan_min:
            size = weights.size * count / cfg.plan_min
        elif count > cfg.plan_max:
            size = weights.size * cfg.plan_max / count
        else:
            size = weights.size
        return {
            "ties": weights.ties if len({a.tie for a in planned}) == 2 else 0,
            "modes": weights.modes if len({a.mode for a in planned}) == 2 else 0,
            "spread": weights.spread * used / cfg.weeks,
            "budget": 0 if self.over_weeks() else weights.budget,
            "size": size,
        }

    def result(self) -> TaskResult:
        cfg = self.config
        fb = cfg.feedback
        planned = self.planned()
        count = len(planned)
        points = self.points()
        reasons: list[Reason] = []
        missed: list[Reason] = []
        if count == 0:
            missed.append(Reason(fb.empty, 0, False))
        else:
            ties = {a.tie for a in planned}
            if len(ties) == 2:
                reasons.append(Reason(fb.ties_mixed, round(points["ties"])))
            else:
                text = fb.ties_only_old if ties == {"old"} else fb.ties_only_new
                missed.append(Reason(text, 0, False))
            modes = {a.mode for a in planned}
            if len(modes) == 2:
                reasons.append(Reason(fb.modes_mixed, round(points["modes"])))
            else:
                text = fb.modes_only_online if modes == {"online"} else fb.modes_only_face
                missed.append(Reason(text, 0, False))
            empty = [week for week in self.weeks if not self.in_week(week)]
            used = cfg.weeks - len(empty)
            reasons.append(
                Reason(fb.spread, round(points["spread"]), True, {"used": used, "weeks": cfg.weeks})
            )
            if empty:
                missed.append(Reason(fb.spread_more, 0, False, {"empty": week_list(empty)}))
            over = self.over_weeks()
            if over:
                missed.append(Reason(fb.budget_over, 0, False, {"over": week_list(over)}))
            else:
                reasons.append(Reason(fb.budget_kept, round(points["budget"])))
            if cfg.plan_min <= count <= cfg.plan_max:
                reasons.append(Reason(fb.size_good, round(points["size"]), True, {"count": count}))
            else:
                reasons.append(
                    Reason(fb.size_planned, round(points["size"]), True, {"count": count})
                )
                if count < cfg.plan_min:
                    missed.append(Reason(fb.size_few, 0, False, {"min": cfg.plan_min}))
                else:
                    missed.append(Reason(fb.size_many, 0, False, {"max": cfg.plan_max}))
        ordered = sorted(
            enumerate(self.state["placed"]), key=lambda pair: (pair[1]["week"], pair[0])
        )
        return TaskResult(
            score=scaled(sum(points.values()), cfg.weights.total),
            reasons=tuple(reasons + missed),
            choices={
                "budget": self.state["budget"],
                "actions": [{"action": i["action"], "week": i["week"]} for _, i in ordered],
            },
        )
