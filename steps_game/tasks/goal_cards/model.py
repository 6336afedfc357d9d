"""Step 2, setting goals: pick a few goal cards, then make one of them concrete.

Phase "pick": the player chooses goal cards (the general ones plus those of their field), up to
`most_goals`: the few goals the instruction asks for, and every number of them the game lets the
player choose earns the same focus points (a choice the game allows is never a mistake).
Phase "concrete": for one of the chosen goals the player picks a first action, a person (a role)
and a time, each from the level's lists; a few words of the player's own may be added, never needed.

Score (weights in the level file, together 100):
- focus: `focus_weight` for choosing goals (1 to `most_goals`);
- concreteness: each of action, who and when earns `<slot>_weight * concrete / 2` (concrete 0-2;
  a choice that asks to be named counts as 2 once the player's own words are written);
- fit: `fit_weight` when the action is one of the goal's `fits`; a goal without `fits` is not
  judged on fit, and the score is then scaled over the points it could earn.

`choices` (ids only):
    {"goals": [goal ids, the concrete goal first],
     "concrete": {"goal": id, "action": id, "who": id, "when": id}}
`pages["goals"]` is the same for the notebook, with the player's own words; step 4 makes the
concrete goal its first action, and the plan begins with it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from steps_game.notebook import MAX_NOTE, Notebook, clean_words
from steps_game.outcome import Reason, scaled
from steps_game.schema import FieldRef, Id, Strict, TermRef, Text, check_reference, unique_ids
from steps_game.tasks.base import Chosen, GoalThread, TaskModel, TaskResult, fill_text, for_field
from steps_game.tasks.goal_cards.saved_state import OPTION_SLOTS, SLOTS, check_saved_state

MOST_CONCRETE = 2
MAX_GOAL_CARDS = 12  # what fits on the card table (4 x 3)
MAX_OPTIONS = 8  # what fits beside the plan (2 x 4)


class Goal(Strict):
    id: Id
    label: Text
    why: Text
    source: str | None = Field(default=None, min_length=3)
    fields: list[FieldRef] = Field(default_factory=list)
    fits: list[Id] = Field(default_factory=list)  # actions that lead straight to this goal
    fit_hint: Text | None = None  # shown when the chosen action is not one of `fits`
    term: TermRef | None = None  # the glossary word the card names (its Finnish shown beside)

    @model_validator(mode="after")
    def _hint_with_fits(self) -> Goal:
        if self.fits and self.fit_hint is None:
            raise ValueError(
                'a goal with fits needs a fit_hint (expected fit_hint = { fi = "...", en = "..." })'
            )
        return self


class Option(Strict):
    """One choice for a slot of the concrete goal: an action, a person or a time."""

    id: Id
    label: Text
    note: Text  # why this choice is (or is not yet) concrete; shown at once and in the reasons
    concrete: int = Field(ge=0, le=MOST_CONCRETE)  # 0 vague, 1 partly concrete, 2 concrete
    named: Text | None = None  # asks to be named: concrete by the player's words (`judged`)
    fields: list[FieldRef] = Field(default_factory=list)
    term: TermRef | None = None  # the glossary word the choice names (its Finnish shown beside)
    # a person (`who`) the player already knows, or not: step 4 counts the goal's action as
    # with an old or a new tie by it (not given: by the action's kind)
    known: bool | None = None


class GoalCardsFeedback(Strict):
    focus_good: Text  # {count}
    fit_good: Text
    unfinished: Text


class GoalCardsConfig(Strict):
    kind: Literal["goal_cards"]
    pick_instruction: Text
    concrete_instruction: Text
    plan_template: Text  # {goal} {action} {who} {when}
    goals: list[Goal] = Field(min_length=2, max_length=40)
    actions: list[Option] = Field(min_length=2, max_length=30)
    who: list[Option] = Field(min_length=2, max_length=30)
    when: list[Option] = Field(min_length=2, max_length=30)
    # The most goals a player can choose; pick_instruction names the same number.
    most_goals: int = Field(ge=1, le=8)
    focus_weight: int = Field(ge=0, le=100)  # for choosing 1 to most_goals goals
    action_weight: int = Field(ge=0, le=100)
    who_weight: int = Field(ge=0, le=100)
    when_weight: int = Field(ge=0, le=100)
    fit_weight: int = Field(ge=0, le=100)
    feedback: GoalCardsFeedback

    @model_validator(mode="after")
    def _check(self) -> GoalCardsConfig:
        unique_ids(self.goals, "goal")
        for slot in OPTION_SLOTS:
            unique_ids(self.options(slot), slot)
        action_ids = [a.id for a in self.actions]
        for goal in self.goals:
            for ref in goal.fits:
                check_reference(ref, action_ids, f"action (in fits of goal {goal.id!r})")
        total = (
            self.focus_weight
            + self.action_weight
            + self.who_weight
            + self.when_weight
            + self.fit_weight
        )
        if total != 100:
            raise ValueError(
                "focus_weight + action_weight + who_weight + when_weight + fit_weight is "
                f"{total} (expected 100)"
            )
        for field_id in self.field_ids():
            offered = len(for_field(self.goals, field_id))
            if offered > MAX_GOAL_CARDS:
                raise ValueError(
                    f"field {field_id!r} is offered {offered} goals "
                    f"(expected at most {MAX_GOAL_CARDS})"
                )
            for slot in OPTION_SLOTS:
                count = len(for_field(self.options(slot), field_id))
                if not 2 <= count <= MAX_OPTIONS:
                    raise ValueError(
                        f"field {field_id!r} is offered {count} {slot} options "
                        f"(expected 2 to {MAX_OPTIONS})"
                    )
        return self

    def options(self, slot: str) -> list[Option]:
        return {"action": self.actions, "who": self.who, "when": self.when}[slot]

    def field_ids(self) -> list[str | None]:
        """None (no field chosen) and every field some item is meant for."""
        found: list[str | None] = [None]
        for item in [*self.goals, *self.actions, *self.who, *self.when]:
            found += [f for f in item.fields if f not in found]
        return found


class GoalCardsModel(TaskModel[GoalCardsConfig]):
    kind = "goal_cards"
    later_keys = frozenset({"words"})  # added with the notebook (save version 2)

    def initial_state(self) -> dict[str, Any]:
        return {
            "phase": "pick",
            "goals": [],  # chosen goal ids, in the order chosen
            "last": None,  # the goal card touched last: its "why" is shown
            "concrete": {slot: None for slot in SLOTS},
            "slot": "goal",  # which part of the concrete goal is being chosen
            "noted": None,  # the part whose choice is explained on screen (the latest one)
            "words": "",  # the player's own words for the concrete goal (optional)
        }

    def check_state(self, state: dict[str, Any]) -> None:
        try:
            check_saved_state(self, state)
        except (TypeError, KeyError, AttributeError) as exc:  # wrong types in a corrupt save
            raise ValueError(f"saved task state is damaged ({exc})") from exc

    # -- reading ---------------------------------------------------------------------------
    @property
    def phase(self) -> str:
        return self.state["phase"]

    @property
    def slot(self) -> str:
        return self.state["slot"]

    def offered_goals(self) -> list[Goal]:
        return for_field(self.config.goals, self.field_id)

    def offered(self, slot: str) -> list[Option]:
        return for_field(self.config.options(slot), self.field_id)

    # An unknown id raises KeyError, never StopIteration: a lookup inside a generator (a damaged
    # save's notebook page read by resolve) would turn that into a RuntimeError nobody catches.
    def goal(self, goal_id: str) -> Goal:
        for goal in self.config.goals:
            if goal.id == goal_id:
                return goal
        raise KeyError(goal_id)

    def option(self, slot: str, option_id: str) -> Option:
        for option in self.config.options(slot):
            if option.id == option_id:
                return option
        raise KeyError(option_id)

    def chosen_goals(self) -> list[Goal]:
        return [self.goal(g) for g in self.state["goals"]]

    def is_chosen(self, goal_id: str) -> bool:
        return goal_id in self.state["goals"]

    def can_choose_more(self) -> bool:
        return len(self.state["goals"]) < self.config.most_goals

    def chosen(self, slot: str) -> str | None:
        return self.state["concrete"][slot]

    def judged(self, option: Option) -> tuple[int, Text]:
        """How concrete a choice is and why: one that asks to be named is, once named in the
        player's own words."""
        if option.named is not None and self.state["words"]:
            return MOST_CONCRETE, option.named
        return option.concrete, option.note

    def chosen_option(self, slot: str) -> Option | None:
        value = self.chosen(slot)
        return None if value is None else self.option(slot, value)

    def noted(self) -> tuple[str, str] | None:
        """The part whose choice is explained on screen, and the chosen id."""
        slot = self.state["noted"]
        if slot is None or self.chosen(slot) is None:
            return None
        return slot, self.chosen(slot)

    def last_goal(self) -> Goal | None:
        last = self.state["last"]
        return None if last is None else self.goal(last)

    # -- acting ----------------------------------------------------------------------------
    def toggle_goal(self, goal_id: str) -> None:
        if self.phase != "pick" or goal_id not in {g.id for g in self.offered_goals()}:
            return
        chosen: list[str] = self.state["goals"]
        if goal_id in chosen:
            chosen.remove(goal_id)
            if self.state["concrete"]["goal"] == goal_id:
                self.state["concrete"]["goal"] = None
        elif self.can_choose_more():
            chosen.append(goal_id)
        else:
            return
        self.state["last"] = goal_id

    def make_concrete(self) -> None:
        """Go on from the cards to making one chosen goal concrete."""
        goals = self.state["goals"]
        if self.phase != "pick" or not goals:
            return
        self.state["phase"] = "concrete"
        concrete = self.state["concrete"]
        if concrete["goal"] is None and len(goals) == 1:
            concrete["goal"] = goals[0]
        self.state["slot"] = self._next_open_slot() or "goal"

    def back_to_cards(self) -> None:
        if self.phase == "concrete":
            self.state["phase"] = "pick"

    def open_slot(self, slot: str) -> None:
        if self.phase == "concrete" and slot in SLOTS:
            self.state["slot"] = slot
            if self.chosen(slot) is not None:
                self.state["noted"] = slot

    def choose(self, slot: str, value: str) -> None:
        """Fill one part of the concrete goal, then move on to the next part still open."""
        if self.phase != "concrete" or slot not in SLOTS:
            return
        goals = self.state["goals"]
        allowed = goals if slot == "goal" else [o.id for o in self.offered(slot)]
        if value not in allowed:
            return
        self.state["concrete"][slot] = value
        self.state["noted"] = slot
        self.state["slot"] = self._next_open_slot(after=slot) or slot

    def set_words(self, words: str) -> None:
        """A few words of the player's own for the concrete goal; none takes them away."""
        self.state["words"] = clean_words(words, MAX_NOTE)

    def _next_open_slot(self, after: str | None = None) -> str | None:
        start = SLOTS.index(after) + 1 if after else 0
        order = SLOTS[start:] + SLOTS[:start]
        return next((s for s in order if self.state["concrete"][s] is None), None)

    # -- ending ----------------------------------------------------------------------------
    def is_complete(self) -> bool:
        parts = self.state["concrete"].values()
        return self.phase == "concrete" and all(v is not None for v in parts)

    def result(self) -> TaskResult:
        cfg = self.config
        feedback = cfg.feedback
        reasons: list[Reason] = []
        # Each part gives one reason: earned when it got all its points (`points` is what it got).
        count = len(self.state["goals"])
        focus = cfg.focus_weight if count else 0
        if count:
            reasons.append(Reason(feedback.focus_good, focus, True, {"count": count}))
        total = float(focus)
        possible = float(cfg.focus_weight)

        weights = {"action": cfg.action_weight, "who": cfg.who_weight, "when": cfg.when_weight}
        missing = False
        for slot in OPTION_SLOTS:
            possible += weights[slot]
            option = self.chosen_option(slot)
            if option is None:
                missing = True
                continue
            concrete, note = self.judged(option)
            points = weights[slot] * concrete / MOST_CONCRETE
            total += points
            reasons.append(Reason(note, round(points), concrete == MOST_CONCRETE))

        goal_id = self.chosen("goal")
        goal = self.goal(goal_id) if goal_id else None
        action = self.chosen("action")
        if goal is None:
            missing = True
            possible += cfg.fit_weight
        elif goal.fits:
            possible += cfg.fit_weight
            if action in goal.fits:
                total += cfg.fit_weight
                reasons.append(Reason(feedback.fit_good, cfg.fit_weight, True))
            elif goal.fit_hint is not None:
                reasons.append(Reason(goal.fit_hint, 0, False))
        if missing:
            reasons.append(Reason(feedback.unfinished, 0, False))

        goals = list(self.state["goals"])
        if goal_id in goals:
            goals.remove(goal_id)
            goals.insert(0, goal_id)
        concrete = dict(self.state["concrete"])
        whole = all(value is not None for value in concrete.values())
        return TaskResult(
            score=scaled(total, possible),
            reasons=tuple(reasons),
            choices={"goals": goals, "concrete": concrete},
            pages={
                "goals": {
                    "goals": goals,
                    "concrete": concrete if whole else None,
                    "words": self.state["words"],
                }
            },
        )

    # -- what it hands on --------------------------------------------------------------------
    def resolve(self, notebook: Notebook) -> dict[str, Any]:
        """The goal made concrete, in the level's words: step 4's first action and the plan's
        first line."""
        page = notebook.goals
        if page is None or page.concrete is None:
            return {}
        cfg = self.config
        concrete = page.concrete
        goal = self.goal(concrete.goal)
        parts = {slot: self.option(slot, getattr(concrete, slot)) for slot in OPTION_SLOTS}
        text = fill_text(
            cfg.plan_template, goal=goal.label, **{slot: o.label for slot, o in parts.items()}
        )
        others = tuple(Chosen(g, self.goal(g).label) for g in page.goals if g != concrete.goal)
        return {
            "goal": GoalThread(
                goal=Chosen(goal.id, goal.label, goal.term),
                action=Chosen(parts["action"].id, parts["action"].label, parts["action"].term),
                who=Chosen(parts["who"].id, parts["who"].label),
                when=Chosen(parts["when"].id, parts["when"].label),
                text=text,
                words=page.words,
                others=others,
                named=parts["who"].named is not None and bool(page.words),
                who_known=parts["who"].known,
            )
        }
