"""Step 1, tuning in: sort statements into myths and facts, then pick what I can offer others."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from steps_game.outcome import Reason, scaled
from steps_game.schema import Id, Strict, Text, unique_ids
from steps_game.tasks.base import TaskModel, TaskResult, by_ids


class Statement(Strict):
    id: Id
    text: Text
    is_fact: bool
    explanation: Text
    source: Text | None = None  # who found it and when, in the player's language

    @model_validator(mode="after")
    def _facts_have_sources(self) -> Statement:
        if self.is_fact and not self.source:
            raise ValueError(
                'a fact needs a source (expected source = { fi = "who, year", en = "who, year" })'
            )
        return self


class Offer(Strict):
    id: Id
    label: Text  # the card's short title
    text: Text


class MythOrFactFeedback(Strict):
    sorted: Text  # {right} {total}
    offers: Text  # {count}
    more_offers: Text  # {pick}


class MythOrFactConfig(Strict):
    # a workshop set may play only some statements, and show only some offers
    # (workshop_sets.played_config)
    played_list: ClassVar[str] = "statements"
    shown_list: ClassVar[str] = "offers"

    kind: Literal["myth_or_fact"]
    sort_instruction: Text
    offer_instruction: Text
    statements: list[Statement] = Field(min_length=4, max_length=12)
    offers: list[Offer] = Field(min_length=3, max_length=12)
    offer_pick: int = Field(default=3, ge=1, le=6)
    sort_weight: int = Field(default=70, ge=0, le=100)
    offer_weight: int = Field(default=30, ge=0, le=100)
    feedback: MythOrFactFeedback

    @model_validator(mode="after")
    def _check(self) -> MythOrFactConfig:
        unique_ids(self.statements, "statement")
        unique_ids(self.offers, "offer")
        if self.sort_weight + self.offer_weight != 100:
            total = self.sort_weight + self.offer_weight
            raise ValueError(f"sort_weight + offer_weight is {total} (expected 100)")
        if self.offer_pick > len(self.offers):
            raise ValueError(
                f"offer_pick is {self.offer_pick} but there are {len(self.offers)} offers"
            )
        return self

    def showing(self, ids) -> MythOrFactConfig:
        """Only the offers `ids` names, in its order (a workshop set's); ValueError where too
        few to pick. None at all (`shows = []`): the step is its statements alone, scored on
        them (the 15-minute set: reading out offers and choosing among them took a room two
        minutes it did not have, thirteenth facilitator run)."""
        offers = by_ids(self.offers, ids)
        if not offers:
            return self.model_copy(update={"offers": [], "sort_weight": 100, "offer_weight": 0})
        if len(offers) <= self.offer_pick:  # (a choice among them, not all of them)
            raise ValueError(f"{len(offers)} offers shown, {self.offer_pick} to pick: show more")
        return self.model_copy(update={"offers": offers})


class MythOrFactModel(TaskModel[MythOrFactConfig]):
    kind = "myth_or_fact"

    def initial_state(self) -> dict[str, Any]:
        return {"answers": {}, "revealed": None, "offers": []}

    def restore(self, state: dict[str, Any]) -> None:
        """A saved state back; answers to statements the level no longer has (a game saved
        before step 1 went from eight statements to six) are let go, the others kept."""
        if isinstance(state, dict) and isinstance(state.get("answers"), dict):
            ids = {s.id for s in self.config.statements}
            answers = {key: value for key, value in state["answers"].items() if key in ids}
            revealed = state.get("revealed")
            state = {**state, "answers": answers, "revealed": revealed if revealed in ids else None}
        super().restore(state)

    def check_state(self, state: dict[str, Any]) -> None:
        ids = {s.id for s in self.config.statements}
        answers, revealed, offers = state["answers"], state["revealed"], state["offers"]
        if not isinstance(answers, dict) or not isinstance(offers, list):
            raise ValueError("saved answers or offers have the wrong shape")
        if not set(answers) <= ids or not set(offers) <= {o.id for o in self.config.offers}:
            raise ValueError("saved answers name statements this level does not have")
        if not all(type(value) is bool for value in answers.values()):
            raise ValueError("saved answers are not myth or fact")
        if len(set(offers)) != len(offers) or len(offers) > self.config.offer_pick:
            raise ValueError("saved offers are repeated or too many")
        if revealed is not None and revealed not in answers:  # the one just answered, if any
            raise ValueError("saved statement on the table was not answered")

    # -- reading ---------------------------------------------------------------------------
    @property
    def phase(self) -> str:
        if self.state["revealed"] is not None:
            return "reveal"
        return "sort" if self.current() is not None else "offer"

    def current(self) -> Statement | None:
        """The statement on the table: the one just answered, else the first unanswered."""
        if self.state["revealed"] is not None:
            return self.statement(self.state["revealed"])
        return next((s for s in self.config.statements if s.id not in self.state["answers"]), None)

    def statement(self, statement_id: str) -> Statement:
        return next(s for s in self.config.statements if s.id == statement_id)

    def answered_right(self, statement_id: str) -> bool:
        return self.state["answers"][statement_id] == self.statement(statement_id).is_fact

    @property
    def position(self) -> tuple[int, int]:
        """Which statement of how many is on the table, counted from 1."""
        done = len(self.state["answers"])
        on_table = done if self.state["revealed"] is not None else done + 1
        return min(on_table, len(self.config.statements)), len(self.config.statements)

    def choice_point(self, myth: Text, fact: Text):
        """The statement waiting for an answer as the room's choice (steps_game/tally.py): myth
        or fact, the right one and why; None once it is answered (its verdict is on show) and
        once the statements are sorted. `myth` and `fact` are the options' words (the view's
        button texts)."""
        from steps_game.tally import ChoicePoint

        current = self.current()
        if current is None or self.phase != "sort":
            return None
        return ChoicePoint(
            key=current.id,
            question=current.text,
            options=(myth, fact),
            best=1 if current.is_fact else 0,
            reason=current.explanation,
            order=self.position[0] - 1,
        )

    def play_choice(self, option: int) -> None:
        """The room's answer at the choice point: option 0 is myth, 1 is fact."""
        self.answer(option == 1)

    # -- acting ----------------------------------------------------------------------------
    def answer(self, says_fact: bool) -> None:
        current = self.current()
        if current is None or self.state["revealed"] is not None:
            return
        self.state["answers"][current.id] = says_fact
        self.state["revealed"] = current.id

    def next(self) -> None:
        self.state["revealed"] = None

    def toggle_offer(self, offer_id: str) -> None:
        chosen: list[str] = self.state["offers"]
        if offer_id in chosen:
            chosen.remove(offer_id)
        elif len(chosen) < self.config.offer_pick:
            chosen.append(offer_id)

    # -- ending ----------------------------------------------------------------------------
    def is_complete(self) -> bool:
        if not self.config.offers:  # (statements alone: done once the last one is answered)
            return len(self.state["answers"]) == len(self.config.statements)
        return self.phase == "offer" and len(self.state["offers"]) >= 1

    def result(self) -> TaskResult:
        cfg = self.config
        total = len(cfg.statements)
        right = sum(
            1 for s in cfg.statements if s.id in self.state["answers"] and self.answered_right(s.id)
        )
        count = len(self.state["offers"])
        sort_points = cfg.sort_weight * right / total
        offer_points = cfg.offer_weight * min(count, cfg.offer_pick) / cfg.offer_pick
        reasons = [
            Reason(cfg.feedback.sorted, round(sort_points), True, {"right": right, "total": total})
        ]
        if cfg.offers:
            reasons.append(Reason(cfg.feedback.offers, round(offer_points), True, {"count": count}))
        for statement in cfg.statements:
            if statement.id in self.state["answers"] and not self.answered_right(statement.id):
                reasons.append(Reason(statement.explanation, 0, False, said=True))
        if cfg.offers and count < cfg.offer_pick:
            reasons.append(Reason(cfg.feedback.more_offers, 0, False, {"pick": cfg.offer_pick}))
        return TaskResult(
            score=scaled(sort_points + offer_points, 100),
            reasons=tuple(reasons),
            choices={
                "answers": dict(self.state["answers"]),
                "right": right,
                "offers": list(self.state["offers"]),
            },
        )
