"""Step 7, keeping it alive: keep several ties warm over simulated weeks with limited energy.

Each week the player spends a small energy budget on upkeep actions (one action per person per
week). A contacted tie warms up by the action's gain; a tie left quiet cools down. Some weeks a
person has news; answering it with a fitting action (noticing, giving back) earns a bonus. The
weeks advance only when the player says so, and everything is deterministic: the same plan always
gives the same warmth and the same score.

`result().choices`, for the take-home plan:
- "rhythm": {relationship id: [action id or None for each week]}, the upkeep rhythm played;
- "final_warmth": {relationship id: warmth at the end};
- "noticed_news": [news ids answered with a fitting action].
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import Field, model_validator

from steps_game.outcome import Reason, scaled
from steps_game.schema import FieldRef, Id, Strict, Text, check_reference, unique_ids
from steps_game.tasks.base import PlanEntry, TaskModel, TaskResult, fill_text, for_field


class Relationship(Strict):
    id: Id
    role: Text  # a role, never a name: "A former colleague in Finland"
    context: Text
    start_warmth: int = Field(ge=0, le=10)


class UpkeepAction(Strict):
    id: Id
    label: Text  # short: it is a button label
    energy: int = Field(ge=1, le=10)
    warmth: int = Field(ge=1, le=5)
    effect: Text  # why it works, shown when the action is chosen
    # Offered only to a person whose news this week it answers (congratulate, help as asked).
    needs_news: bool = False


class News(Strict):
    id: Id
    week: int = Field(ge=1, le=20)  # counted from 1, as a person counts weeks
    relationship: Id
    text: Text
    fits: list[Id] = Field(min_length=1, max_length=6)  # actions that answer this news
    missed: Text  # what answering it would have meant; shown when it was not answered
    fields: list[FieldRef] = Field(default_factory=list)


class KeepWarmWeights(Strict):
    warmth: int = Field(ge=0, le=100)  # the ties' warmth together at the end
    no_cold: int = Field(ge=0, le=100)  # nobody left cold at the end
    news: int = Field(ge=0, le=100)  # noticing others' news and giving back
    spread: int = Field(ge=0, le=100)  # weeks where the energy went to several people

    @model_validator(mode="after")
    def _sum(self) -> KeepWarmWeights:
        total = self.warmth + self.no_cold + self.news + self.spread
        if total != 100:
            raise ValueError(f"warmth + no_cold + news + spread is {total} (expected 100)")
        return self


class KeepWarmFeedback(Strict):
    warmth: Text  # {total} {goal}
    warmth_more: Text
    no_cold: Text  # {warm} {total}
    cold_more: Text  # {cold}
    news: Text  # {noticed} {total}
    spread: Text  # {spread} {weeks}
    spread_more: Text  # {people}


class KeepWarmConfig(Strict):
    kind: Literal["keep_warm"]
    plan_line: Text  # {role} {count} {weeks}: one relationship's rhythm in the take-home plan
    instruction: Text  # {week} {weeks} {energy}
    finished_instruction: Text
    end_summary: Text
    weeks: int = Field(default=6, ge=2, le=12)
    energy_per_week: int = Field(default=3, ge=1, le=10)
    warmth_max: int = Field(default=4, ge=2, le=6)
    warmth_words: list[Text] = Field(min_length=3, max_length=7)  # one per level, 0 to max
    warmth_goal: int = Field(default=3, ge=1, le=6)  # average warmth that earns full points
    cold_at_most: int = Field(default=0, ge=0, le=5)  # a tie at or below this is cold
    cool_after_weeks: int = Field(default=1, ge=1, le=6)  # quiet weeks before a tie cools
    news_bonus: int = Field(default=1, ge=0, le=3)  # extra warmth for answering news
    spread_people: int = Field(default=2, ge=2, le=6)  # people a week's energy should reach
    relationships: list[Relationship] = Field(min_length=3, max_length=6)
    actions: list[UpkeepAction] = Field(min_length=2, max_length=8)
    news: list[News] = Field(min_length=1, max_length=24)
    weights: KeepWarmWeights
    feedback: KeepWarmFeedback

    @model_validator(mode="after")
    def _check(self) -> KeepWarmConfig:
        unique_ids(self.relationships, "relationship")
        unique_ids(self.actions, "action")
        unique_ids(self.news, "news")
        if len(self.warmth_words) != self.warmth_max + 1:
            raise ValueError(
                f"warmth_words has {len(self.warmth_words)} words "
                f"(expected {self.warmth_max + 1}, one for each warmth from 0 to {self.warmth_max})"
            )
        for tie in self.relationships:
            if tie.start_warmth > self.warmth_max:
                raise ValueError(
                    f"relationship {tie.id!r} starts at {tie.start_warmth} "
                    f"(expected at most warmth_max {self.warmth_max})"
                )
        if not self.cold_at_most < self.warmth_goal <= self.warmth_max:
            raise ValueError(
                f"expected cold_at_most < warmth_goal <= warmth_max, got {self.cold_at_most}, "
                f"{self.warmth_goal}, {self.warmth_max}"
            )
        if self.spread_people > len(self.relationships):
            raise ValueError(
                f"spread_people is {self.spread_people} but there are "
                f"{len(self.relationships)} relationships"
            )
        for action in self.actions:
            if action.energy > self.energy_per_week:
                raise ValueError(
                    f"action {action.id!r} costs {action.energy} energy "
                    f"(expected at most energy_per_week {self.energy_per_week})"
                )
        if all(action.needs_news for action in self.actions):
            raise ValueError("every action needs news (expected some that fit any week)")
        tie_ids = [tie.id for tie in self.relationships]
        action_ids = [action.id for action in self.actions]
        for item in self.news:
            check_reference(item.relationship, tie_ids, "relationship")
            for fit in item.fits:
                check_reference(fit, action_ids, "action")
            if item.week > self.weeks:
                raise ValueError(
                    f"news {item.id!r} is in week {item.week} (expected 1 to {self.weeks})"
                )
        for index, item in enumerate(self.news):
            for other in self.news[index + 1 :]:
                if (item.week, item.relationship) == (other.week, other.relationship) and (
                    not item.fields or not other.fields or set(item.fields) & set(other.fields)
                ):
                    raise ValueError(
                        f"news {item.id!r} and {other.id!r} are both for {item.relationship!r} "
                        f"in week {item.week} (expected one news per person per week)"
                    )
        if not any(not item.fields for item in self.news):
            raise ValueError("every news item is for some fields only (expected one for everyone)")
        for action in self.actions:
            if action.needs_news and not any(action.id in item.fits for item in self.news):
                raise ValueError(
                    f"action {action.id!r} needs news but no news fits it "
                    "(expected its id in some news item's fits)"
                )
        return self


@dataclass(frozen=True)
class WeekRecord:
    """What one finished week did to the ties."""

    before: dict[str, int]
    after: dict[str, int]
    contacted: tuple[str, ...]
    cooled: tuple[str, ...]
    noticed: tuple[str, ...]  # news ids


class KeepWarmModel(TaskModel[KeepWarmConfig]):
    kind = "keep_warm"

    def plan_entries(self, choices: Mapping[str, Any]) -> list[PlanEntry]:
        """The upkeep rhythm: for each relationship, in how many of the weeks it was tended."""
        rhythm = choices.get("rhythm", {})
        entries = []
        for relationship in self.config.relationships:
            weeks = rhythm.get(relationship.id)
            if not isinstance(weeks, list):
                continue
            count = sum(1 for action in weeks if action)
            text = fill_text(
                self.config.plan_line, role=relationship.role, count=count, weeks=len(weeks)
            )
            entries.append(PlanEntry("upkeep", text))
        return entries

    def initial_state(self) -> dict[str, Any]:
        # plans[w] maps a relationship id to the action chosen for it in week w (counted from 0);
        # "week" is the week being planned, or `weeks` when every week is done.
        return {"week": 0, "plans": [{} for _ in range(self.config.weeks)]}

    def check_state(self, state: dict[str, Any]) -> None:
        week, plans = state["week"], state["plans"]
        weeks = self.config.weeks
        if type(week) is not int or not 0 <= week <= weeks:
            raise ValueError("saved week is not a week of this task")
        if not isinstance(plans, list) or len(plans) != weeks:
            raise ValueError("saved plans do not have one entry per week")
        for index, plan in enumerate(plans):
            if not isinstance(plan, dict):
                raise ValueError("a saved week plan is not a table")
            if index > week and plan:
                raise ValueError("a saved plan names a week that has not come yet")
            for tie_id, action_id in plan.items():
                if tie_id not in self._ties or action_id not in self._actions:
                    raise ValueError("a saved plan names a person or action this level lacks")
                if self._actions[action_id] not in self.offered(tie_id, index):
                    raise ValueError("a saved plan uses an action that was not offered")
            if self.energy_used(index, plan) > self.config.energy_per_week:
                raise ValueError("a saved plan spends more energy than a week has")

    # -- reading ---------------------------------------------------------------------------
    @property
    def _ties(self) -> dict[str, Relationship]:
        return {tie.id: tie for tie in self.config.relationships}

    @property
    def _actions(self) -> dict[str, UpkeepAction]:
        return {action.id: action for action in self.config.actions}

    @property
    def relationships(self) -> list[Relationship]:
        return list(self.config.relationships)

    def relationship(self, tie_id: str) -> Relationship:
        return self._ties[tie_id]

    def action(self, action_id: str) -> UpkeepAction:
        return self._actions[action_id]

    @property
    def week(self) -> int:
        """The week being planned, counted from 0 (equals `weeks` when all are done)."""
        return self.state["week"]

    @property
    def finished(self) -> bool:
        return self.week >= self.config.weeks

    @property
    def news_items(self) -> list[News]:
        """The news this player meets: for everyone, plus their field's."""
        return for_field(self.config.news, self.field_id)

    def news_for(self, tie_id: str, week: int | None = None) -> News | None:
        week = self.week if week is None else week
        return next(
            (n for n in self.news_items if n.relationship == tie_id and n.week == week + 1), None
        )

    def offered(self, tie_id: str, week: int | None = None) -> list[UpkeepAction]:
        """The actions on offer for a person in a week: the everyday ones, plus the ones that
        answer this person's news (a congratulation needs something to congratulate on)."""
        news = self.news_for(tie_id, week)
        return [
            action
            for action in self.config.actions
            if not action.needs_news or (news is not None and action.id in news.fits)
        ]

    def plan(self, week: int | None = None) -> dict[str, str]:
        week = self.week if week is None else week
        if week >= self.config.weeks:
            return {}
        return self.state["plans"][week]

    def chosen(self, tie_id: str) -> UpkeepAction | None:
        action_id = self.plan().get(tie_id)
        return None if action_id is None else self._actions[action_id]

    def energy_used(self, week: int | None = None, plan: dict[str, str] | None = None) -> int:
        plan = self.plan(week) if plan is None else plan
        return sum(self._actions[a].energy for a in plan.values())

    @property
    def energy_left(self) -> int:
        if self.finished:
            return 0
        return self.config.energy_per_week - self.energy_used()

    def can_choose(self, tie_id: str, action_id: str) -> bool:
        if self.finished or tie_id not in self._ties or action_id not in self._actions:
            return False
        action = self._actions[action_id]
        if action not in self.offered(tie_id):
            return False
        current = self.chosen(tie_id)
        refund = current.energy if current is not None else 0
        return action.energy <= self.energy_left + refund

    def records(self, upto: int | None = None) -> list[WeekRecord]:
        """The first `upto` weeks (default: the finished ones) replayed from the start; warmth
        is never stored, only the plans."""
        cfg = self.config
        upto = self.week if upto is None else min(upto, cfg.weeks)
        warmth = {tie.id: tie.start_warmth for tie in cfg.relationships}
        quiet = {tie.id: 0 for tie in cfg.relationships}
        records = []
        for week in range(upto):
            before = dict(warmth)
            plan = self.state["plans"][week]
            contacted, cooled, noticed = [], [], []
            for tie in cfg.relationships:
                action_id = plan.get(tie.id)
                if action_id is not None:
                    gain = self._actions[action_id].warmth
                    news = self.news_for(tie.id, week)
                    if news is not None and action_id in news.fits:
                        gain += cfg.news_bonus
                        noticed.append(news.id)
                    warmth[tie.id] = min(cfg.warmth_max, warmth[tie.id] + gain)
                    quiet[tie.id] = 0
                    contacted.append(tie.id)
                else:
                    quiet[tie.id] += 1
                    if quiet[tie.id] >= cfg.cool_after_weeks and warmth[tie.id] > 0:
                        warmth[tie.id] -= 1
                        cooled.append(tie.id)
            records.append(
                WeekRecord(before, dict(warmth), tuple(contacted), tuple(cooled), tuple(noticed))
            )
        return records

    def warmth(self) -> dict[str, int]:
        """Each person's warmth now (after the finished weeks)."""
        records = self.records()
        if records:
            return dict(records[-1].after)
        return {tie.id: tie.start_warmth for tie in self.config.relationships}

    def preview(self, tie_id: str) -> int:
        """A person's warmth at the end of this week if the plan stays as it is."""
        if self.finished:
            return self.warmth()[tie_id]
        return self.records(self.week + 1)[-1].after[tie_id]

    def noticed_now(self, tie_id: str) -> bool:
        """Whether this week's plan answers this person's news."""
        news = self.news_for(tie_id)
        return news is not None and self.plan().get(tie_id) in news.fits

    def word(self, warmth: int) -> Text:
        return self.config.warmth_words[warmth]

    # -- acting ----------------------------------------------------------------------------
    def choose(self, tie_id: str, action_id: str) -> None:
        """Plan an action for a person this week (replacing their earlier one); a second press
        on the chosen action takes it back."""
        if self.plan().get(tie_id) == action_id:
            self.clear(tie_id)
        elif self.can_choose(tie_id, action_id):
            self.plan()[tie_id] = action_id

    def clear(self, tie_id: str) -> None:
        if not self.finished:
            self.plan().pop(tie_id, None)

    def next_week(self) -> None:
        if not self.finished:
            self.state["week"] += 1

    # -- ending ----------------------------------------------------------------------------
    def is_complete(self) -> bool:
        return self.finished

    def rhythm(self) -> dict[str, list[str | None]]:
        return {
            tie.id: [self.state["plans"][w].get(tie.id) for w in range(self.config.weeks)]
            for tie in self.config.relationships
        }

    def result(self) -> TaskResult:
        cfg = self.config
        weights = cfg.weights
        records = self.records()
        final = self.warmth()
        count = len(cfg.relationships)

        total = sum(final.values())
        goal = cfg.warmth_goal * count
        warmth_points = weights.warmth * min(1.0, total / goal)
        warm = sum(1 for value in final.values() if value > cfg.cold_at_most)
        cold_points = weights.no_cold * warm / count
        noticed = [news_id for record in records for news_id in record.noticed]
        news_total = len(self.news_items)
        news_points = weights.news * len(noticed) / news_total
        spread = sum(1 for record in records if len(record.contacted) >= cfg.spread_people)
        spread_points = weights.spread * spread / cfg.weeks

        fb = cfg.feedback
        reasons = [
            Reason(fb.warmth, round(warmth_points), True, {"total": total, "goal": goal}),
            Reason(fb.no_cold, round(cold_points), True, {"warm": warm, "total": count}),
            Reason(
                fb.news, round(news_points), True, {"noticed": len(noticed), "total": news_total}
            ),
            Reason(fb.spread, round(spread_points), True, {"spread": spread, "weeks": cfg.weeks}),
        ]
        if total < goal:
            reasons.append(Reason(fb.warmth_more, 0, False))
        if warm < count:
            reasons.append(Reason(fb.cold_more, 0, False, {"cold": count - warm}))
        for item in sorted(self.news_items, key=lambda n: n.week):
            if item.id not in noticed:
                reasons.append(Reason(item.missed, 0, False))
        if spread < cfg.weeks:
            reasons.append(Reason(fb.spread_more, 0, False, {"people": cfg.spread_people}))

        return TaskResult(
            score=scaled(warmth_points + cold_points + news_points + spread_points, 100),
            reasons=tuple(reasons),
            choices={
                "rhythm": self.rhythm(),
                "final_warmth": final,
                "noticed_news": noticed,
            },
        )
