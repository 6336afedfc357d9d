"""Step 6, building new ties: build a professional profile, then act at an online event.

Part 1: the player chooses which cards go into a profile (like LinkedIn). Cards carry points: what
helps people find and trust someone (what recruiters in Finland look for, and for an entrepreneur
what clients need to know) earns them, weak or misleading cards cost them.
Part 2: an online event for the player's field, in a few moments; at each the player picks one
action. Activity (a pitch, a question, a comment) and following up afterwards earn the most; the
feedback counts the moments where the player was active (wrote or said something to someone).

`result().choices` (plain ids), and `pages["event"]` for the notebook:
    profile:  chosen profile item ids, in the level's order
    event:    {moment_id: option_id}
    event_id: the id of the event the player attended (varies by field)
    contacts: contact ids (level `contacts`) that the chosen actions opened, in moment order:
              "new contacts to approach", e.g. the speaker you followed up with
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from steps_game.notebook import Notebook
from steps_game.outcome import Reason, scaled
from steps_game.schema import Strict, Text, check_reference, unique_ids
from steps_game.tasks.base import Person, TaskModel, TaskResult, by_ids, fill_text, for_field
from steps_game.tasks.profile_event.parts import (
    EVENT_PLACEHOLDERS,
    MAX_PROFILE_CARDS,
    Contact,
    EventOption,
    FieldEvent,
    Moment,
    ProfileEventFeedback,
    ProfileItem,
    asked,
    check_field,
    check_placeholders,
    named_reason,
    profile_cards,
)


class ProfileEventConfig(Strict):
    # a workshop set may play only some moments of the event, and show only some profile
    # items (workshop_sets.played_config)
    played_list: ClassVar[str] = "moments"
    shown_list: ClassVar[str] = "profile_items"

    kind: Literal["profile_event"]
    profile_instruction: Text
    event_instruction: Text
    profile_min: int = Field(default=3, ge=1, le=MAX_PROFILE_CARDS)
    profile_weight: int = Field(default=50, ge=0, le=100)
    event_weight: int = Field(default=50, ge=0, le=100)
    profile_items: list[ProfileItem] = Field(min_length=4, max_length=40)
    events: list[FieldEvent] = Field(min_length=1, max_length=12)
    moments: list[Moment] = Field(min_length=1, max_length=5)
    moment_question: Text | None = None  # after each scene ("What does Sara do?"): parts.asked
    contacts: list[Contact] = Field(default_factory=list, max_length=8)
    feedback: ProfileEventFeedback

    @model_validator(mode="after")
    def _check(self) -> ProfileEventConfig:
        unique_ids(self.profile_items, "profile item")
        unique_ids(self.events, "event")
        unique_ids(self.moments, "moment")
        unique_ids(self.contacts, "contact")
        if self.profile_weight + self.event_weight != 100:
            total = self.profile_weight + self.event_weight
            raise ValueError(f"profile_weight + event_weight is {total} (expected 100)")
        if sum(1 for e in self.events if not e.fields) != 1:
            raise ValueError(
                "events need exactly one event with no 'fields' (the one for everyone)"
            )
        contact_ids = [c.id for c in self.contacts]
        check_placeholders(self.feedback.profile, "feedback.profile", {"good", "total"})
        check_placeholders(self.feedback.event, "feedback.event", {"active", "total"})
        for item in self.profile_items:
            check_placeholders(item.reason, f"profile item {item.id!r} reason", set())
        for contact in self.contacts:
            check_placeholders(contact.label, f"contact {contact.id!r} label", {"event"})
        for moment in self.moments:
            unique_ids(moment.options, f"option in moment {moment.id!r}")
            check_placeholders(moment.scene, f"moment {moment.id!r} scene", EVENT_PLACEHOLDERS)
            for option in moment.options:
                what = f"option {option.id!r}"
                if option.contact is not None:
                    check_reference(option.contact, contact_ids, "contact")
                check_placeholders(option.label, f"{what} label", EVENT_PLACEHOLDERS)
                if option.chat is not None:
                    check_placeholders(option.chat, f"{what} chat", EVENT_PLACEHOLDERS)
                check_placeholders(option.reason, f"{what} reason", set())
        for field_id in self._field_ids():
            check_field(self, field_id)
        return self

    def _field_ids(self) -> list[str | None]:
        named = {f for group in self._all_items() for f in group.fields}
        named |= {f for card in self.profile_items for f in card.except_fields}
        return [None, *sorted(named)]

    def _all_items(self):
        yield from self.profile_items
        yield from self.events
        for moment in self.moments:
            yield from moment.options

    def showing(self, ids) -> ProfileEventConfig:
        """Only the profile items `ids` names, in its order (a workshop set's: its weak items
        on the first page, to talk about, not behind a page turn, eighth facilitator run);
        ValueError where a field's player could not make a profile of them (parts.check_field)."""
        shown = self.model_copy(update={"profile_items": by_ids(self.profile_items, ids)})
        for field_id in shown._field_ids():
            check_field(shown, field_id)
        return shown


class ProfileEventModel(TaskModel[ProfileEventConfig]):
    """State: `profile` (chosen item ids, in the level's order), `at_event` (the profile is done),
    `answers` ({moment_id: option_id}) and `revealed` (the moment whose answer is on show)."""

    kind = "profile_event"

    def initial_state(self) -> dict[str, Any]:
        return {"profile": [], "at_event": False, "answers": {}, "revealed": None}

    def check_state(self, state: dict[str, Any]) -> None:
        profile, answers = state["profile"], state["answers"]
        if not isinstance(profile, list) or not isinstance(answers, dict):
            raise ValueError("saved profile or answers have the wrong shape")
        if not isinstance(state["at_event"], bool):
            raise ValueError("saved 'at_event' is not true or false")
        known_cards = {card.id for card in self.cards}
        if len(set(profile)) != len(profile) or not set(profile) <= known_cards:
            raise ValueError("saved profile names items this level does not have")
        for moment_id, option_id in answers.items():
            moment = self._moment_or_none(moment_id)
            if moment is None or option_id not in {o.id for o in self.options(moment)}:
                raise ValueError("saved answers name moments or options this level does not have")
        revealed = state["revealed"]
        if revealed is not None and revealed not in answers:
            raise ValueError("saved state reveals a moment that has no answer")
        if answers and not state["at_event"]:
            raise ValueError("saved state has event answers before the event")

    # -- reading ---------------------------------------------------------------------------
    @property
    def cards(self) -> list[ProfileItem]:
        """The profile items this player sees (for everyone plus their field)."""
        return profile_cards(self.config.profile_items, self.field_id)

    @property
    def event(self) -> FieldEvent:
        """The event for the player's field, else the one for everyone."""
        own = [e for e in self.config.events if self.field_id in e.fields]
        return own[0] if own else next(e for e in self.config.events if not e.fields)

    @property
    def moments(self) -> list[Moment]:
        return list(self.config.moments)

    def options(self, moment: Moment) -> list[EventOption]:
        return for_field(moment.options, self.field_id)

    def _moment_or_none(self, moment_id: str) -> Moment | None:
        return next((m for m in self.config.moments if m.id == moment_id), None)

    def moment(self, moment_id: str) -> Moment:
        return next(m for m in self.config.moments if m.id == moment_id)

    def option(self, moment: Moment, option_id: str) -> EventOption:
        return next(o for o in moment.options if o.id == option_id)

    def chosen(self, moment: Moment) -> EventOption | None:
        option_id = self.state["answers"].get(moment.id)
        return None if option_id is None else self.option(moment, option_id)

    @property
    def phase(self) -> str:
        """profile -> event (a moment waits for an answer) -> reveal (its reason) -> done."""
        if not self.state["at_event"]:
            return "profile"
        if self.state["revealed"] is not None:
            return "reveal"
        return "event" if self.current() is not None else "done"

    def current(self) -> Moment | None:
        """The moment on show: the one just answered, else the first unanswered."""
        if self.state["revealed"] is not None:
            return self.moment(self.state["revealed"])
        return next((m for m in self.config.moments if m.id not in self.state["answers"]), None)

    @property
    def position(self) -> tuple[int, int]:
        """Which moment of how many is on show, counted from 1."""
        total = len(self.config.moments)
        current = self.current()
        return (total if current is None else self.config.moments.index(current) + 1), total

    def in_profile(self, item_id: str) -> bool:
        return item_id in self.state["profile"]

    @property
    def profile_items(self) -> list[ProfileItem]:
        """The chosen items, in the level's order (the order the profile shows them in)."""
        return [card for card in self.cards if card.id in self.state["profile"]]

    @property
    def can_go_to_event(self) -> bool:
        return self.phase == "profile" and len(self.state["profile"]) >= self.config.profile_min

    def text_params(self) -> dict[str, Text]:
        """The event's texts that scene, chat and option texts fill their placeholders from."""
        event = self.event
        return {"event": event.name, "pitch": event.pitch, "question": event.question}

    def choice_point(self):
        """The moment waiting for an action as the room's choice (tally.py): the best options
        are those worth most points; None outside the event's moments and while an answer's
        reason is on show."""
        from steps_game.tally import ChoicePoint

        moment = self.current()
        if self.phase != "event" or moment is None:
            return None
        params, options = self.text_params(), self.options(moment)
        return ChoicePoint.best_of(
            moment.id,
            asked(fill_text(moment.scene, **params), self.config.moment_question),
            [fill_text(option.label, **params) for option in options],
            [option.points for option in options],
            [option.reason for option in options],
            self.position[0] - 1,
        )

    def play_choice(self, option: int) -> None:
        """The room's action at the moment on show (its place in `choice_point`)."""
        moment = self.current()
        if moment is None:
            return
        options = self.options(moment)
        if 0 <= option < len(options):
            self.answer(options[option].id)

    # -- acting ----------------------------------------------------------------------------
    def toggle(self, item_id: str) -> None:
        if self.phase != "profile" or item_id not in {card.id for card in self.cards}:
            return
        chosen = set(self.state["profile"])
        chosen.symmetric_difference_update({item_id})
        self.state["profile"] = [card.id for card in self.cards if card.id in chosen]

    def go_to_event(self) -> None:
        if self.can_go_to_event:
            self.state["at_event"] = True

    def answer(self, option_id: str) -> None:
        if self.phase != "event":
            return
        moment = self.current()
        assert moment is not None
        if option_id not in {o.id for o in self.options(moment)}:
            return
        self.state["answers"][moment.id] = option_id
        self.state["revealed"] = moment.id

    def next(self) -> None:
        self.state["revealed"] = None

    # -- ending ----------------------------------------------------------------------------
    def is_complete(self) -> bool:
        return self.state["at_event"] and len(self.state["answers"]) == len(self.config.moments)

    @property
    def profile_max(self) -> int:
        return sum(card.points for card in self.cards if card.points > 0)

    @property
    def event_max(self) -> int:
        return sum(max(o.points for o in self.options(m)) for m in self.config.moments)

    @property
    def profile_at_best(self) -> bool:
        """Whether the profile earns all its points: no card would add to it."""
        return self.can_go_to_event and self._profile_points() >= self.profile_max

    def _profile_points(self) -> int:
        return max(0, sum(card.points for card in self.profile_items))

    def _event_points(self) -> int:
        return sum(option.points for m in self.config.moments if (option := self.chosen(m)))

    def contacts(self) -> list[str]:
        """New contacts the chosen actions opened, in moment order, each once."""
        found: list[str] = []
        for moment in self.config.moments:
            option = self.chosen(moment)
            if option is not None and option.contact and option.contact not in found:
                found.append(option.contact)
        return found

    def _contact(self, contact_id: str) -> Contact:
        contact = next((c for c in self.config.contacts if c.id == contact_id), None)
        if contact is None:
            raise ValueError(f"no contact {contact_id!r} in this level")
        return contact

    def contact_text(self, contact_id: str, event: FieldEvent | None = None) -> dict[str, str]:
        """A contact's role in every language, with the event's name filled in."""
        contact = self._contact(contact_id)
        event = event or self.event
        return fill_text(contact.label, event=event.name)

    def result(self) -> TaskResult:
        cfg = self.config
        profile_share = cfg.profile_weight / self.profile_max
        event_share = cfg.event_weight / self.event_max
        good_cards = [card for card in self.cards if card.points > 0]
        good_chosen = [card for card in good_cards if self.in_profile(card.id)]
        profile_points = self._profile_points()
        event_points = self._event_points()

        answered = [(m, option) for m in cfg.moments if (option := self.chosen(m))]
        active = sum(1 for _, option in answered if option.active)
        reasons = [
            Reason(
                cfg.feedback.profile,
                round(profile_share * profile_points),
                True,
                {"good": len(good_chosen), "total": len(good_cards)},
            ),
            Reason(
                cfg.feedback.event,
                round(event_share * event_points),
                True,
                {"active": active, "total": len(cfg.moments)},
            ),
        ]
        for moment, option in answered:
            # A best action is in the event's line above, its reason read just after the
            # choice (the why said it again word for word: seventh Arabic play-test, s6_38);
            # any other says how much more was there.
            best = max(o.points for o in self.options(moment))
            if option.points < best:
                missed = round(event_share * (best - option.points))
                reasons.append(Reason(option.reason, missed, False, said=True))
        # The feedback card shows the first few: the costliest cards come first.
        weak_chosen = [c for c in self.cards if c.points <= 0 and self.in_profile(c.id)]
        fb = cfg.feedback
        for card in sorted(weak_chosen, key=lambda c: c.points):
            text = named_reason(fb.chosen_weak, card)
            reasons.append(Reason(text, round(profile_share * -card.points), False))
        good_missed = [c for c in good_cards if not self.in_profile(c.id)]
        for card in sorted(good_missed, key=lambda c: -c.points):
            text = named_reason(fb.left_out, card)
            reasons.append(Reason(text, round(profile_share * card.points), False))

        # Exact fractions, so that a score on a .5 boundary never depends on float noise.
        score = scaled(
            Fraction(cfg.profile_weight * profile_points, self.profile_max)
            + Fraction(cfg.event_weight * event_points, self.event_max),
            100,
        )
        return TaskResult(
            score=score,
            reasons=tuple(reasons),
            choices={
                "profile": list(self.state["profile"]),
                "event": dict(self.state["answers"]),
                "event_id": self.event.id,
                "contacts": self.contacts(),
            },
            pages={"event": {"event": self.event.id, "contacts": self.contacts()}},
        )

    # -- what it hands on --------------------------------------------------------------------
    def resolve(self, notebook: Notebook) -> dict[str, Any]:
        """The new contacts the event opened, as people to keep in touch with and approach."""
        page = notebook.event
        if page is None:
            return {}
        event = next(e for e in self.config.events if e.id == page.event)
        return {
            "new_contacts": tuple(
                Person(
                    ref=f"event:{cid}",
                    role=self.contact_text(cid, event),
                    short=self._contact(cid).short or {},
                    weak=True,
                )
                for cid in page.contacts
            )
        }
