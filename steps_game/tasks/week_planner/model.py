"""Step 4, making a plan: choose a weekly time budget, then place actions into the coming weeks,
then make the first step concrete.

The player first sets (or accepts) how much time a week they really have. Then they place actions
into the weeks: select an action, then a week. The goal made concrete in step 2 is already there
as the first action (`first_step.FROM_GOAL`): it can be moved, not taken out. An action that does
not fit the week's time or energy is refused with a reason, never counted against the player.
Lowering the budget later is allowed; weeks that no longer fit are shown as over and cost the
"within budget" points. Last, the first action gets a when, a where and one if-then plan.

`result().choices`: `{"budget": budget_id, "actions": [{"action": action_id, "week": n}, ...]}`,
ordered by week and then by the order the actions were placed. `pages["weeks"]` adds the first
step with its when, where, if-then and the player's own words.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from steps_game.notebook import MAX_NOTE, Notebook, clean_words
from steps_game.outcome import Reason, scaled
from steps_game.schema import Id, Strict, Text
from steps_game.tasks.base import Chosen, FirstStepThread, TaskModel, TaskResult, for_field
from steps_game.tasks.week_planner.config_checks import MAX_OFFERED, check_config  # noqa: F401
from steps_game.tasks.week_planner.first_step import FIRST_SLOTS, FROM_GOAL, FirstStepConfig
from steps_game.tasks.week_planner.parts import (
    Action,
    Budget,
    PlannerFeedback,
    PlannerMessages,
    PlannerWeights,
    half_hours,
)
from steps_game.tasks.week_planner.reasons import plan_reasons
from steps_game.tasks.week_planner.saved_state import NOTICES, PHASES, check_saved_state  # noqa: F401

# the qualities of the weeks themselves (the first step is a part of its own)
PLAN_QUALITIES = ("ties", "modes", "spread", "budget", "size")


class WeekPlannerConfig(Strict):
    # the short way may offer only some of the actions (short_way.py; workshop_sets.played_config)
    played_list: ClassVar[str] = "actions"

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
    # Enough actions to keep every week moving; more are never counted against the player (the
    # time and energy they chose are what keep the plan light).
    plan_min: int = Field(default=4, ge=1, le=20)
    weights: PlannerWeights
    messages: PlannerMessages
    feedback: PlannerFeedback
    first: FirstStepConfig

    @model_validator(mode="after")
    def _check(self) -> WeekPlannerConfig:
        check_config(self)
        return self


class WeekPlannerModel(TaskModel[WeekPlannerConfig]):
    kind = "week_planner"
    later_keys = frozenset({"slot", "first", "words"})  # added with the notebook (save version 2)

    def initial_state(self) -> dict[str, Any]:
        # The step 2 goal is in the first week from the start: it is the plan's first action.
        placed = [{"action": FROM_GOAL, "week": 1}] if self.goal_action() is not None else []
        return {
            "phase": "budget",
            "budget": self.config.default_budget,
            "placed": placed,  # [{"action": id, "week": n}] in the order placed
            "selected": None,
            "notice": None,  # {"kind": one of NOTICES, "action": id or None, "week": n or None}
            "slot": "when",  # the part of the first step being chosen
            "first": {slot: None for slot in FIRST_SLOTS},
            "words": "",  # the player's own words for the first step (optional)
        }

    def check_state(self, state: dict[str, Any]) -> None:
        check_saved_state(self, state)

    # -- reading ---------------------------------------------------------------------------
    @property
    def phase(self) -> str:
        return self.state["phase"]

    def offered(self) -> list[Action]:
        """The actions for everyone plus those for the player's field, the field's first, each
        kind in level order (the grid; the step 2 goal's action stands in the weeks only).
        Eighth Arabic keyboard play-test: a nurse's two health actions came 11th and 12th, a
        page each at large text, and getting back to one cost eight Downs."""
        offered = for_field(self.config.actions, self.field_id)
        return sorted(offered, key=lambda action: not action.fields)

    def goal_action(self) -> Action | None:
        """The goal made concrete in step 2, as an action of the weeks; None without one."""
        goal = self.thread.goal
        if goal is None:
            return None
        shape = self.config.first.from_goal_for(goal.action.id)
        # with whom, where step 2 says: an informational interview with a former colleague is
        # an old tie, and a score card called all her steps new (thirty-ninth run)
        tie = shape.tie if goal.who_known is None else ("old" if goal.who_known else "new")
        return Action.model_construct(
            id=FROM_GOAL,
            label=goal.action.label,
            short=shape.short,
            why=self.config.first.why,
            hours=shape.hours,
            energy=shape.energy,
            mode=shape.mode,
            tie=tie,
            fields=[],
            source=None,
        )

    def _actions(self) -> list[Action]:
        goal = self.goal_action()
        return [*self.config.actions, *([goal] if goal is not None else [])]

    def action(self, action_id: str) -> Action:
        return next(a for a in self._actions() if a.id == action_id)

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

    def empty_weeks(self) -> list[int]:
        return [week for week in self.weeks if not self.in_week(week)]

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

    def first_target(self) -> Action | None:
        """The action the first step is about: the step 2 goal's, else the earliest placed."""
        placed = self.state["placed"]
        if any(i["action"] == FROM_GOAL for i in placed):
            return self.action(FROM_GOAL)
        earliest = min(placed, key=lambda i: i["week"], default=None)
        return None if earliest is None else self.action(earliest["action"])

    def first_choice(self, slot: str) -> Any:
        chosen = self.state["first"][slot]
        if chosen is None:
            return None
        return next(o for o in self.config.first.options(slot) if o.id == chosen)

    @property
    def first_done(self) -> bool:
        return all(self.state["first"][slot] is not None for slot in FIRST_SLOTS)

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
        movable = {a.id for a in self.offered()}
        if self.week_of(FROM_GOAL) is not None:
            movable.add(FROM_GOAL)
        if action_id not in movable:
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
        """Take the selected action out of the plan (the step 2 goal's stays: it can move)."""
        action_id = self.state["selected"]
        if action_id is None or action_id == FROM_GOAL or self.week_of(action_id) is None:
            return
        self.state["placed"] = [i for i in self.state["placed"] if i["action"] != action_id]
        self.state["selected"] = None
        self.state["notice"] = None

    def start_first(self) -> None:
        """On from the weeks to making the first step concrete."""
        if self.phase == "plan" and self.state["placed"]:
            self.state["phase"] = "first"
            self.state["selected"] = None
            self.state["notice"] = None
            open_slots = [s for s in FIRST_SLOTS if self.state["first"][s] is None]
            self.state["slot"] = open_slots[0] if open_slots else FIRST_SLOTS[0]

    def back_to_weeks(self) -> None:
        if self.phase == "first":
            self.state["phase"] = "plan"

    def open_slot(self, slot: str) -> None:
        if self.phase == "first" and slot in FIRST_SLOTS:
            self.state["slot"] = slot

    def choose_first(self, slot: str, option_id: str) -> None:
        """Fill one part of the first step, then open the next part still empty."""
        if self.phase != "first" or slot not in FIRST_SLOTS:
            return
        if option_id not in {o.id for o in self.config.first.options(slot)}:
            return
        self.state["first"][slot] = option_id
        rest = FIRST_SLOTS[FIRST_SLOTS.index(slot) + 1 :] + FIRST_SLOTS
        self.state["slot"] = next((s for s in rest if self.state["first"][s] is None), slot)

    def set_words(self, words: str) -> None:
        self.state["words"] = clean_words(words, MAX_NOTE)

    # -- ending ----------------------------------------------------------------------------
    def is_complete(self) -> bool:
        return len(self.state["placed"]) >= 1 and self.first_done

    def points(self) -> dict[str, float]:
        """Each quality's points before rounding."""
        cfg = self.config
        weights = cfg.weights
        planned = self.planned()
        count = len(planned)
        if count == 0:
            return {"ties": 0, "modes": 0, "spread": 0, "budget": 0, "size": 0, "first": 0}
        used = sum(1 for week in self.weeks if self.in_week(week))
        size = weights.size * min(1.0, count / cfg.plan_min)
        return {
            "ties": weights.ties if len({a.tie for a in planned}) == 2 else 0,
            "modes": weights.modes if len({a.mode for a in planned}) == 2 else 0,
            "spread": weights.spread * used / cfg.weeks,
            "budget": 0 if self.over_weeks() else weights.budget,
            "size": size,
            "first": weights.first if self.first_done else 0,
        }

    def plan_at_best(self) -> bool:
        """Whether the weeks earn all their points: one more action would add nothing."""
        points, weights = self.points(), self.config.weights
        return all(points[key] >= getattr(weights, key) for key in PLAN_QUALITIES)

    def result(self) -> TaskResult:
        cfg = self.config
        points = self.points()
        reasons, missed = plan_reasons(self, points)
        if self.first_done:
            reasons.append(Reason(cfg.first.done, round(points["first"])))
        ordered = sorted(
            enumerate(self.state["placed"]), key=lambda pair: (pair[1]["week"], pair[0])
        )
        actions = [{"action": i["action"], "week": i["week"]} for _, i in ordered]
        target = self.first_target()
        first = None
        if target is not None:
            first = {
                "action": target.id,
                "week": self.week_of(target.id),
                **self.state["first"],
                "words": self.state["words"],
            }
        return TaskResult(
            score=scaled(sum(points.values()), cfg.weights.total),
            reasons=tuple(reasons + missed),
            choices={"budget": self.state["budget"], "actions": actions},
            pages={"weeks": {"budget": self.state["budget"], "actions": actions, "first": first}},
        )

    # -- what it hands on --------------------------------------------------------------------
    def resolve(self, notebook: Notebook) -> dict[str, Any]:
        """The weeks and the first step in the level's words, for the plan."""
        page = notebook.weeks
        if page is None:
            return {}
        week_actions = []
        for item in page.actions:
            try:
                action = self.action(item.action)
            except StopIteration:
                continue  # an action of an older level file, or a goal since changed
            week_actions.append((Chosen(action.id, action.short, action.term), item.week))
        found: dict[str, Any] = {"week_actions": tuple(week_actions)}
        first = page.first
        if first is not None:
            action = self.action(first.action)
            parts = {}
            for slot in FIRST_SLOTS:
                chosen = getattr(first, slot)
                option = next((o for o in self.config.first.options(slot) if o.id == chosen), None)
                parts[slot] = (
                    Chosen(option.id, option.label, getattr(option, "term", None))
                    if option is not None
                    else None
                )
            found["first_step"] = FirstStepThread(
                action=Chosen(action.id, action.label, action.term),
                week=first.week,
                when=parts["when"],
                where=parts["where"],
                if_then=parts["if_then"],
                words=first.words,
            )
        return found
