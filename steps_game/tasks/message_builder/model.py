"""Step 5, strengthening existing ties: build a message to an old contact part by part, then send.

The player may first pick whom to write to (one of a few dormant contacts), then chooses one
option for each part of the message (opening, news, the ask, an offer, thanks). Each option has a
quality 0-2 and a reason in the level file; each part has a weight. The score is the weighted
quality; how the message lands (a warm reply, a short polite one, or no reply yet) follows from
the score, through the thresholds in the level file.

`choices` for the take-home plan: `{"contact": contact id, "parts": {part id: option id},
"landing": landing id}`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import Field, model_validator

from steps_game.i18n import placeholders
from steps_game.outcome import Reason, scaled
from steps_game.schema import FieldRef, Id, Strict, Text, check_reference, unique_ids
from steps_game.tasks.base import PlanEntry, TaskModel, TaskResult, for_field

MAX_QUALITY = 2
# The one placeholder level texts may use: the contact's initial ("R."), written where Finnish
# keeps it in the nominative ("Hei {name}!", "{name} vastaa").
NAME = "name"


class Contact(Strict):
    id: Id
    initial: str = Field(pattern=r"^[A-ZÅÄÖ]\.$", description="one capital letter and a dot")
    role: Text  # short: shown on the card and on the letter's "To" line
    story: Text  # one or two sentences: how you know each other
    fields: list[FieldRef] = Field(default_factory=list)


class Part(Strict):
    id: Id
    name: Text
    weight: int = Field(ge=0, le=100)


class Option(Strict):
    id: Id
    part: Id
    quality: int = Field(ge=0, le=MAX_QUALITY)
    text: Text
    reason: Text
    in_letter: bool = True  # false for "leave this part out": the letter shows nothing for it
    source: str | None = Field(default=None, min_length=3)
    fields: list[FieldRef] = Field(default_factory=list)


class Landing(Strict):
    id: Id
    min_score: int = Field(ge=0, le=100)
    heading: Text
    reply: Text
    advice: Text
    follow_up: Text | None = None  # an example of one friendly follow-up message


class MessageBuilderConfig(Strict):
    kind: Literal["message_builder"]
    contact_instruction: Text
    build_instruction: Text
    sent_instruction: Text
    contact_note: Text | None = None  # why an old, distant tie is worth waking
    contact_note_source: str | None = Field(default=None, min_length=3)
    contacts: list[Contact] = Field(min_length=1, max_length=3)
    parts: list[Part] = Field(min_length=2, max_length=6)
    options: list[Option] = Field(min_length=4, max_length=30)
    landings: list[Landing] = Field(min_length=1, max_length=4)

    @model_validator(mode="after")
    def _check(self) -> MessageBuilderConfig:
        unique_ids(self.contacts, "contact")
        unique_ids(self.parts, "part")
        unique_ids(self.options, "option")
        unique_ids(self.landings, "landing")
        part_ids = [p.id for p in self.parts]
        for option in self.options:
            check_reference(option.part, part_ids, "part")
        total = sum(p.weight for p in self.parts)
        if total != 100:
            raise ValueError(f"the part weights add up to {total} (expected 100)")
        # Every player sees what the level offers them: check each field named in the level and
        # a player whose field none of them names.
        named = {f for item in [*self.contacts, *self.options] for f in item.fields}
        for field_id in [None, *sorted(named)]:
            who = f"for field {field_id!r}" if field_id else "for every field"
            if not for_field(self.contacts, field_id):
                raise ValueError(f"no contact {who} (expected at least one)")
            for part in self.parts:
                shown = [o for o in for_field(self.options, field_id) if o.part == part.id]
                if not 2 <= len(shown) <= 4:
                    raise ValueError(
                        f"part {part.id!r} has {len(shown)} options {who} (expected 2 to 4)"
                    )
                if max(o.quality for o in shown) != MAX_QUALITY:
                    raise ValueError(
                        f"part {part.id!r} has no option of quality {MAX_QUALITY} {who} "
                        "(expected one, so that a fully good message is possible)"
                    )
        scores = [landing.min_score for landing in self.landings]
        if len(set(scores)) != len(scores) or 0 not in scores:
            raise ValueError(
                "landing min_score values must differ and one must be 0 "
                f"(got {', '.join(map(str, scores))})"
            )
        for text in _texts(self):
            extra = placeholders(next(iter(text.values()))) - {NAME}
            if extra:
                raise ValueError(
                    f"unknown placeholder {{{sorted(extra)[0]}}} in {next(iter(text.values()))!r}"
                    f" (expected only {{{NAME}}}, the contact's initial)"
                )
        return self


def _texts(config: MessageBuilderConfig) -> list[Text]:
    found: list[Text] = [
        config.contact_instruction,
        config.build_instruction,
        config.sent_instruction,
    ]
    if config.contact_note is not None:
        found.append(config.contact_note)
    for contact in config.contacts:
        found += [contact.role, contact.story]
    for part in config.parts:
        found.append(part.name)
    for option in config.options:
        found += [option.text, option.reason]
    for landing in config.landings:
        found += [landing.heading, landing.reply, landing.advice]
        if landing.follow_up is not None:
            found.append(landing.follow_up)
    return found


class MessageBuilderModel(TaskModel[MessageBuilderConfig]):
    """State: `contact` (id or None), `picking` (the contact list is open), `current` (the part
    being chosen), `parts` ({part id: option id}) and `sent`."""

    kind = "message_builder"

    def plan_entries(self, choices: Mapping[str, Any]) -> list[PlanEntry]:
        """The old contact the message was written to, as someone to approach."""
        contact = next((c for c in self.config.contacts if c.id == choices.get("contact")), None)
        return [PlanEntry("contacts", contact.role)] if contact else []

    def initial_state(self) -> dict[str, Any]:
        contacts = self.contacts()
        only = contacts[0].id if len(contacts) == 1 else None
        return {
            "contact": only,
            "picking": only is None,
            "current": self.config.parts[0].id,
            "parts": {},
            "sent": False,
        }

    def check_state(self, state: dict[str, Any]) -> None:
        contact, picking, current, parts, sent = (
            state["contact"],
            state["picking"],
            state["current"],
            state["parts"],
            state["sent"],
        )
        if contact is not None and contact not in {c.id for c in self.contacts()}:
            raise ValueError(f"saved contact {contact!r} is not in this level")
        if not isinstance(picking, bool) or not isinstance(sent, bool):
            raise ValueError("saved flags are not true or false")
        if current not in {p.id for p in self.config.parts}:
            raise ValueError(f"saved part {current!r} is not in this level")
        if not isinstance(parts, dict):
            raise ValueError("saved message parts are not a table")
        for part_id, option_id in parts.items():
            if not isinstance(option_id, str) or option_id not in {
                o.id for o in self.options(part_id)
            }:
                raise ValueError(f"saved option {option_id!r} does not fit part {part_id!r}")
        if sent and (contact is None or len(parts) != len(self.config.parts)):
            raise ValueError("a saved message was sent before it was finished")

    # -- reading ---------------------------------------------------------------------------
    def contacts(self) -> list[Contact]:
        return for_field(self.config.contacts, self.field_id)

    def options(self, part_id: str) -> list[Option]:
        return [o for o in for_field(self.config.options, self.field_id) if o.part == part_id]

    @property
    def phase(self) -> str:
        """ "contact" (choosing whom to write to), "build" or "sent"."""
        if self.state["sent"]:
            return "sent"
        if self.state["picking"] or self.state["contact"] is None:
            return "contact"
        return "build"

    def contact(self) -> Contact | None:
        return next((c for c in self.config.contacts if c.id == self.state["contact"]), None)

    def part(self, part_id: str) -> Part:
        return next(p for p in self.config.parts if p.id == part_id)

    def option(self, option_id: str) -> Option:
        return next(o for o in self.config.options if o.id == option_id)

    def chosen(self, part_id: str) -> Option | None:
        option_id = self.state["parts"].get(part_id)
        return self.option(option_id) if option_id is not None else None

    @property
    def position(self) -> tuple[int, int]:
        """Which part is being chosen, of how many, counted from 1."""
        ids = [p.id for p in self.config.parts]
        return ids.index(self.state["current"]) + 1, len(ids)

    @property
    def ready(self) -> bool:
        """Every part has an option: the message can be sent."""
        return self.contact() is not None and len(self.state["parts"]) == len(self.config.parts)

    def points(self) -> float:
        return sum(
            part.weight * option.quality / MAX_QUALITY
            for part in self.config.parts
            if (option := self.chosen(part.id)) is not None
        )

    def score(self) -> int:
        return scaled(self.points(), 100)

    def landing(self) -> Landing:
        """How the message lands: the landing with the highest threshold the score reaches."""
        score = self.score()
        reached = [landing for landing in self.config.landings if score >= landing.min_score]
        return max(reached, key=lambda landing: landing.min_score)

    # -- acting ----------------------------------------------------------------------------
    def pick_contact(self, contact_id: str) -> None:
        if self.state["sent"] or contact_id not in {c.id for c in self.contacts()}:
            return
        self.state["contact"] = contact_id
        self.state["picking"] = False

    def change_contact(self) -> None:
        """Open the contact list again; the message written so far stays."""
        if not self.state["sent"] and len(self.contacts()) > 1:
            self.state["picking"] = True

    def go_to(self, part_id: str) -> None:
        if self.phase == "build" and part_id in {p.id for p in self.config.parts}:
            self.state["current"] = part_id

    def choose(self, option_id: str) -> None:
        """Put an option into the current part, then move on to the next empty part, if any."""
        if self.phase != "build":
            return
        current = self.state["current"]
        if option_id not in {o.id for o in self.options(current)}:
            return
        self.state["parts"][current] = option_id
        ids = [p.id for p in self.config.parts]
        start = ids.index(current)
        for part_id in ids[start + 1 :] + ids[:start]:
            if part_id not in self.state["parts"]:
                self.state["current"] = part_id
                return

    def send(self) -> None:
        if self.phase == "build" and self.ready:
            self.state["sent"] = True

    def edit(self) -> None:
        """Take the message back to change it (before the task is done)."""
        self.state["sent"] = False

    # -- ending ----------------------------------------------------------------------------
    def is_complete(self) -> bool:
        return self.state["sent"]

    def result(self) -> TaskResult:
        """One reason per part: why the chosen option works, or what would work better.

        Heaviest parts first, so that a short list still shows what matters most (the ask)."""
        contact = self.contact()
        name = contact.initial if contact else ""
        reasons = []
        for part in sorted(self.config.parts, key=lambda p: -p.weight):
            option = self.chosen(part.id)
            if option is None:
                continue
            best = max(o.quality for o in self.options(part.id))
            text = {code: f"{part.name[code]}: {words}" for code, words in option.reason.items()}
            reasons.append(
                Reason(
                    text,
                    round(part.weight * option.quality / MAX_QUALITY),
                    option.quality >= best,
                    {NAME: name},
                )
            )
        return TaskResult(
            score=self.score(),
            reasons=tuple(reasons),
            choices={
                "contact": self.state["contact"],
                "parts": dict(self.state["parts"]),
                "landing": self.landing().id if self.state["sent"] else None,
            },
        )
