"""Step 7, keeping it alive: keep several ties warm over simulated weeks with limited energy.

The people are the player's own: the new contacts of the step 6 event and the people of the step 3
map (those with the player's own words first). The level's example relationships are the places
they take, in order (a place keeps its news: "{name} asks for help with a CV"); examples fill in
only up to `min_people` when the player brought fewer.

Each week the player spends a small energy budget on upkeep actions (one action per person per
week). A contacted tie warms up by the action's gain; a tie left quiet cools down. Some weeks a
person has news; answering it with a fitting action (noticing, giving back) earns a bonus. The
weeks advance only when the player says so, and everything is deterministic: the same plan always
gives the same warmth and the same score.

`result().choices` (ids of places, never the player's words):
- "rhythm": {relationship id: [action id or None for each week]}, the upkeep rhythm played;
- "final_warmth": {relationship id: warmth at the end};
- "noticed_news": [news ids answered with a fitting action].
`pages["upkeep"]` names the person in each place and how often they were in touch; the plan
turns it into a rhythm for the coming weeks (`rhythms`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from steps_game.schema import Strict, Text, checked_copy
from steps_game.tasks.base import (
    Person,
    TaskModel,
    fill_text,
    for_field,
)
from steps_game.tasks.keep_warm.checks import check_config
from steps_game.tasks.keep_warm.outcome import NAME, KeepWarmOutcome
from steps_game.tasks.keep_warm.parts import (
    KeepWarmFeedback,
    KeepWarmWeights,
    News,
    Relationship,
    Rhythm,
    UpkeepAction,
)
from steps_game.tasks.keep_warm.start import cast_places, start_warmth

RECORDS_KEPT = 4  # replays kept at once (records)


class KeepWarmConfig(Strict):
    # the short way may keep only some of the places (short_way.py; `playing`)
    played_list: ClassVar[str] = "relationships"

    kind: Literal["keep_warm"]
    instruction: Text  # {week} {weeks} {energy}
    map_context: Text  # {sector} {ring}: what is said of someone from the player's map
    event_context: Text  # what is said of a new contact from the event
    someone: Text  # someone the player added, in reasons (the player's words stay out of them)
    own_warm: Text | None = None  # {warm} {total}: the player's own people kept warm
    rhythms: list[Rhythm] = Field(min_length=1, max_length=6)
    min_people: int = Field(default=3, ge=2, le=6)
    finished_instruction: Text
    end_summary: Text
    weeks: int = Field(default=6, ge=2, le=12)
    energy_per_week: int = Field(default=3, ge=1, le=10)
    warmth_max: int = Field(default=4, ge=2, le=6)
    warmth_words: list[Text] = Field(min_length=3, max_length=7)  # one per level, 0 to max
    # the average warmth that earns full points (a fraction: 2.8 of five ties is 14)
    warmth_goal: float = Field(default=3, gt=0, le=6)
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
        check_config(self)
        return self

    def playing(self, ids) -> KeepWarmConfig:
        """Only the places `ids` names, in the level's order, with only their news, checked
        again as the level is (ValueError where what is left cannot be played): the short
        way's (short_way.py)."""
        places = [tie for tie in self.relationships if tie.id in ids]
        kept = {tie.id for tie in places}
        news = [item for item in self.news if item.relationship in kept]
        fewer = min(self.min_people, len(places))  # (examples fill them all)
        return checked_copy(self, relationships=places, min_people=fewer, news=news)


@dataclass(frozen=True)
class WeekRecord:
    """What one finished week did to the ties."""

    before: dict[str, int]
    after: dict[str, int]
    contacted: tuple[str, ...]
    cooled: tuple[str, ...]
    noticed: tuple[str, ...]  # news ids


@dataclass(frozen=True)
class Tie:
    """Someone kept warm: the player's own person in one of the level's places, or the level's
    example in it. `role` is how they are shown (the player's words where there are some)."""

    id: str  # the place: a relationship id of the level
    role: Mapping[str, str]
    context: Mapping[str, str]
    start_warmth: int
    in_finland: bool = True
    person: Person | None = None  # None for the level's example
    plain_role: Mapping[str, str] = field(default_factory=dict)  # without the player's words
    name: Mapping[str, str] = field(default_factory=dict)  # in news: "Olena" of "Olena, Kone"
    term: str | None = None  # the glossary term of the role shown (none for the player's words)


class KeepWarmModel(KeepWarmOutcome, TaskModel[KeepWarmConfig]):
    """State: "week" (the week being planned, counted from 0, or `weeks` when all are done),
    "plans" (per week, {place id: action id}) and "cast" ({place id: the person's ref, or None
    for the level's example}, in the level's order: who is kept warm)."""

    kind = "keep_warm"
    later_keys = frozenset({"cast"})  # added with the notebook (save version 2)

    def initial_state(self) -> dict[str, Any]:
        return {
            "week": 0,
            "plans": [{} for _ in range(self.config.weeks)],
            "cast": self._cast(),
        }

    def _cast(self) -> dict[str, str | None]:
        return cast_places(self.config.relationships, self.config.min_people, self.thread)

    def check_state(self, state: dict[str, Any]) -> None:
        week, plans, cast = state["week"], state["plans"], state["cast"]
        weeks = self.config.weeks
        places = [tie.id for tie in self.config.relationships]
        if (
            not isinstance(cast, dict)
            or len(cast) < min(self.config.min_people, len(places))
            or list(cast) != places[: len(cast)]
            or not all(ref is None or isinstance(ref, str) for ref in cast.values())
        ):
            raise ValueError("saved people kept warm do not fit this level's places")
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
                if tie_id not in cast or action_id not in self._actions:
                    raise ValueError("a saved plan names a person or action this level lacks")
                if self._actions[action_id] not in self.offered(tie_id, index):
                    raise ValueError("a saved plan uses an action that was not offered")
            if self.energy_used(index, plan) > self.config.energy_per_week:
                raise ValueError("a saved plan spends more energy than a week has")

    # -- reading ---------------------------------------------------------------------------
    @property
    def _ties(self) -> dict[str, Tie]:
        return {tie.id: tie for tie in self.relationships}

    @property
    def _actions(self) -> dict[str, UpkeepAction]:
        return {action.id: action for action in self.config.actions}

    @property
    def relationships(self) -> list[Tie]:
        """The people kept warm, each in the level's place they take. Made again only when the
        cast changes (a restore): a step 7 screen asks for them hundreds of times a build."""
        key = tuple(self.state["cast"].items())
        made = self.__dict__.get("_ties_made")
        if made is None or made[0] != key:
            places = {place.id: place for place in self.config.relationships}
            made = (key, [self._tie(places[pid], ref) for pid, ref in key])
            self._ties_made = made
        return list(made[1])

    def _tie(self, place: Relationship, ref: str | None) -> Tie:
        person = self.thread.person(ref) if ref else None
        if person is None:
            return Tie(
                place.id,
                place.role,
                place.context,
                place.start_warmth,
                place.in_finland,
                plain_role=place.role,
                term=place.term,
            )
        cfg = self.config
        plain = person.short or person.role or cfg.someone  # a list with little room
        shown = {code: person.words for code in plain} if person.words else plain
        if person.origin == "event":
            context = cfg.event_context
        else:
            context = fill_text(cfg.map_context, sector=person.sector, ring=person.ring)
        start = start_warmth(person, self.thread, cfg.warmth_max)
        name = {code: person.address for code in plain} if person.words else plain
        return Tie(
            place.id,
            shown,
            context,
            start,
            person.in_finland,
            person=person,
            plain_role=plain,
            name=name,
            term=None if person.words or not person.role else person.term,
        )

    def relationship(self, tie_id: str) -> Tie:
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
        """The news this player meets: for everyone, plus their field's, of the places kept."""
        kept = self.state["cast"]
        return [n for n in for_field(self.config.news, self.field_id) if n.relationship in kept]

    def news_text(self, news: News) -> Mapping[str, str]:
        """A news item with the person in its place named (the player's words where given)."""
        tie = self.relationship(news.relationship)
        return fill_text(news.text, **{NAME: tie.name or tie.role})

    def news_for(self, tie_id: str, week: int | None = None) -> News | None:
        week = self.week if week is None else week
        return next(
            (n for n in self.news_items if n.relationship == tie_id and n.week == week + 1), None
        )

    def offered(self, tie_id: str, week: int | None = None) -> list[UpkeepAction]:
        """The actions on offer for a person in a week: the everyday ones, plus the ones that
        answer this person's news (a congratulation needs something to congratulate on)."""
        news = self.news_for(tie_id, week)
        abroad = not self._ties[tie_id].in_finland
        return [
            action
            for action in self.config.actions
            if (not action.needs_news or (news is not None and action.id in news.fits))
            and not (action.face and abroad)
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
        # The same replay is asked for by every person's row of a screen: kept until a plan,
        # the week or the cast changes. A row asks for two in turn (the weeks done, for the
        # warmth now, and one more, for the preview): a few are kept, so they do not push each
        # other out (three replays in four were made again).
        key = (
            upto,
            tuple(tuple(plan.items()) for plan in self.state["plans"][:upto]),
            tuple(self.state["cast"].items()),
        )
        made = self.__dict__.setdefault("_records_made", {})
        records = made.get(key)
        if records is None:
            if len(made) >= RECORDS_KEPT:
                made.clear()
            records = made[key] = self._replay(upto)
        return list(records)

    def _replay(self, upto: int) -> list[WeekRecord]:
        cfg = self.config
        ties = self.relationships
        warmth = {tie.id: tie.start_warmth for tie in ties}
        quiet = {tie.id: 0 for tie in ties}
        records = []
        for week in range(upto):
            before = dict(warmth)
            plan = self.state["plans"][week]
            contacted, cooled, noticed = [], [], []
            for tie in ties:
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
        return {tie.id: tie.start_warmth for tie in self.relationships}

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
        """Plan an action for a person this week (replacing their earlier one); the chosen one
        again keeps it ("No contact this week", `clear`, takes it back): a player who opened
        the person again to check pressed Enter for "yes, this one", and it was gone
        (fourteenth Arabic keyboard play-test)."""
        if self.plan().get(tie_id) != action_id and self.can_choose(tie_id, action_id):
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
            for tie in self.relationships
        }
