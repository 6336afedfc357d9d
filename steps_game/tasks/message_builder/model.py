"""Step 5, strengthening existing ties: build a message to an old contact part by part, then send.

The player first picks whom to write to: one of the people on their own map whom they meet only
now and then or rarely (step 3), or, when the map has none, one of the level's example classmates.
Then they choose one option for each part of the message (opening, news, the ask, an offer,
thanks). Each option has a quality 0-2 and a reason in the level file; each part has a weight. The
score is the weighted quality; how the message lands (a warm reply, a short polite one, or no
reply yet) follows from the score, through the thresholds in the level file.

`choices`: `{"contact": contact id, "parts": {part id: option id}, "landing": landing id}`, where
a person of the map is "map:<id>". `pages["message"]` names the person for the notebook.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from steps_game.notebook import Notebook
from steps_game.outcome import Reason, scaled
from steps_game.schema import Id, Strict, Text, check_reference, unique_ids
from steps_game.tasks.base import (
    Chosen,
    MessageThread,
    Person,
    TaskModel,
    TaskResult,
    by_ids,
    fill_text,
    for_field,
)
from steps_game.tasks.message_builder.parts import (
    MAX_QUALITY,
    Contact,
    Landing,
    Option,
    Part,
    Recipient,
    check_placeholders,
)

# The one placeholder level texts may use: whom the message is to, written where Finnish keeps it
# in the nominative ("{name} vastasi"). It is the player's own words for the person, an example
# contact's initial ("R."), or the person's role ("Entinen työkaveri"), so a text uses it at the
# start of a sentence, or in `greeting`, which is used only with a name.
NAME = "name"
MAX_MAP_PEOPLE = 6  # the map's people offered to write to (two rows of three cards)
MAP = "map:"


class MessageBuilderConfig(Strict):
    # a workshop set may play only some parts (workshop_sets.played_config; score: share())
    played_list: ClassVar[str] = "parts"
    shown_list: ClassVar[str] = "contacts"  # and show only some contacts (showing)

    kind: Literal["message_builder"]
    contact_instruction: Text
    build_instruction: Text
    sent_instruction: Text
    greeting: Text  # {name}: the letter's first line when the person has a name to greet by
    greeting_plain: Text  # the first line otherwise ("Hi,")
    contact_note: Text | None = None  # why an old, distant tie is worth waking
    contact_note_source: Text | None = None  # the note's source, in the player's language
    contacts: list[Contact] = Field(min_length=1, max_length=3)
    # the map's people offered to write to (the short way's `people` offers fewer)
    map_people: int = Field(default=MAX_MAP_PEOPLE, ge=1, le=MAX_MAP_PEOPLE)
    # the map's areas (step 3's sector ids) whose people are offered first, in this order: a
    # nurse's former colleague fell behind a relative abroad, with three offered (forty-fifth
    # run); checked against step 3's map when the folder is read (level_links.py)
    map_areas_first: list[Id] = Field(default_factory=list)
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
        for field_id in self._field_ids():
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
        check_placeholders(self, NAME)
        return self

    def _field_ids(self) -> list[str | None]:
        """Each field the level names, and a player whose field none of them names."""
        named = {f for item in [*self.contacts, *self.options] for f in item.fields}
        return [None, *sorted(named)]

    def showing(self, ids) -> MessageBuilderConfig:
        """Only the example contacts `ids` names, in its order (a workshop set's: with one,
        the room writes to that person and skips whom to write to, a minute the short set
        did not have); ValueError where a field's player would have nobody to write to."""
        shown = self.model_copy(update={"contacts": by_ids(self.contacts, ids)})
        for field_id in self._field_ids():
            if not for_field(shown.contacts, field_id):
                raise ValueError(f"no contact shown for field {field_id!r}: show one more")
        return shown


class MessageBuilderModel(TaskModel[MessageBuilderConfig]):
    """State: `contact` (id or None), `picking` (the contact list is open), `current` (the part
    being chosen), `parts` ({part id: option id}) and `sent`."""

    kind = "message_builder"

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
        contact, picking, sent = state["contact"], state["picking"], state["sent"]
        current, parts = state["current"], state["parts"]
        # an example contact stays a valid choice (a task begun before the map had people)
        if contact is not None and contact not in {c.id for c in self._known()}:
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
    def contacts(self) -> list[Recipient]:
        """Whom the player may write to: the map's people met now and then or rarely (those
        with the player's own words first, then those of the areas named first, then the
        least close), else the level's examples."""
        weak = [p for p in self.thread.people if p.weak]
        if weak:
            first = {area: rank for rank, area in enumerate(self.config.map_areas_first)}
            ordered = sorted(
                weak, key=lambda p: (not p.words, first.get(p.area, len(first)), -p.closeness)
            )
            return [Recipient.of_person(p) for p in ordered[: self.config.map_people]]
        return self._examples()

    def _examples(self) -> list[Recipient]:
        return [
            Recipient(c.id, c.role, c.story, initial=c.initial)
            for c in for_field(self.config.contacts, self.field_id)
        ]

    def _known(self) -> list[Recipient]:
        offered = self.contacts()
        ids = {r.id for r in offered}
        return offered + [r for r in self._examples() if r.id not in ids]

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

    def contact(self) -> Recipient | None:
        return next((c for c in self._known() if c.id == self.state["contact"]), None)

    def greeting(self) -> Mapping[str, str]:
        """The letter's first line, in every language, with the person's name where it has one."""
        contact = self.contact()
        if contact is None or not contact.greeted_by_name:
            return self.config.greeting_plain
        return fill_text(self.config.greeting, **{NAME: contact.name})

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

    def share(self, part: Part) -> float:
        """The part's points of 100: its weight among the parts played (a workshop set's few)."""
        return part.weight * 100 / (sum(p.weight for p in self.config.parts) or 1)

    def points(self) -> float:
        return sum(
            self.share(part) * option.quality / MAX_QUALITY
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

    def choice_point(self):
        """The part being chosen, until it has an option, as the room's choice (tally.py), asked
        as the part's question: the best options are those of quality 2; None while choosing
        whom to write to."""
        from steps_game.tally import ChoicePoint

        if self.phase != "build" or self.state["current"] in self.state["parts"]:
            return None
        part, options = self.part(self.state["current"]), self.options(self.state["current"])
        name = self.contact().name
        return ChoicePoint.best_of(
            part.id,
            part.question or part.name,
            [fill_text(option.text, **{NAME: name}) for option in options],
            [option.quality for option in options],
            [option.reason for option in options],
            self.position[0] - 1,
        )

    def play_choice(self, option: int) -> None:
        """The room's option for the part being chosen (its place in `choice_point`)."""
        options = self.options(self.state["current"])
        if 0 <= option < len(options):
            self.choose(options[option].id)

    # -- acting ----------------------------------------------------------------------------
    def pick_contact(self, contact_id: str) -> None:
        if self.state["sent"] or contact_id not in {c.id for c in self._known()}:
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

    def choose_again(self, part_id: str) -> None:
        """A part's choice taken back to be made again (a room's one-part ask: twelfth run)."""
        if self.phase == "build" and part_id in self.state["parts"]:
            del self.state["parts"][part_id]
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
                    round(self.share(part) * option.quality / MAX_QUALITY),
                    option.quality >= best,
                )
            )
        landing = self.landing().id if self.state["sent"] else None
        pages = {}
        if contact is not None:
            ref = contact.id if contact.id.startswith(MAP) else f"stock:{contact.id}"
            pages["message"] = {
                "person": ref,
                "parts": dict(self.state["parts"]),
                "landing": landing,
            }
        return TaskResult(
            score=self.score(),
            reasons=tuple(reasons),
            choices={
                "contact": self.state["contact"],
                "parts": dict(self.state["parts"]),
                "landing": landing,
            },
            pages=pages,
        )

    # -- what it hands on --------------------------------------------------------------------
    def resolve(self, notebook: Notebook) -> dict[str, Any]:
        """Whom the player wrote to, what they asked, and how it landed."""
        page = notebook.message
        if page is None:
            return {}
        kind, _, key = page.person.partition(":")
        if kind == "stock":
            example = next(r for r in self._examples() if r.id == key)
            person = Person(ref=page.person, role=example.role, words="", weak=True)
        else:
            person = self.thread.person(page.person)
            if person is None:
                return {}  # someone since taken off the map
        heaviest = max(self.config.parts, key=lambda part: part.weight)
        ask_id = page.parts.get(heaviest.id)
        ask = None
        if ask_id is not None:
            option = self.option(ask_id)
            ask = Chosen(option.id, option.text)
        landing = next((x for x in self.config.landings if x.id == page.landing), None)
        return {
            "message": MessageThread(
                person=person,
                ask=ask,
                landing=Chosen(landing.id, landing.heading) if landing else None,
                answered=landing is not None and landing.follow_up is None,  # (none waits)
            )
        }
