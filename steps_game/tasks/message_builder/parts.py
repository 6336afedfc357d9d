"""The building blocks of step 5's level table (whom to write to, the message's parts, their
options and how a message lands) and the recipient a message goes to. Pure: no pygame."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import Field

from steps_game.i18n import text_placeholders
from steps_game.schema import FieldRef, Id, Strict, Text
from steps_game.tasks.base import Person, address

MAX_QUALITY = 2


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
    # what a workshop room is asked at this part's show of hands ("How should the message
    # begin?"); the part's name when the level gives none
    question: Text | None = None


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


@dataclass(frozen=True)
class Recipient:
    """Someone to write to: a person of the player's map, or one of the level's examples."""

    id: str  # "map:<id>" for the map's people, the level's contact id for an example
    role: Mapping[str, str]  # how they are called when the player gave no words of their own
    story: Mapping[str, str] | None = None  # an example's story; the map's people have their place
    words: str = ""
    initial: str = ""
    person: Person | None = None

    @property
    def name(self) -> str | Mapping[str, str]:
        """For {name}: the player's words (the part before a comma), else an example's initial,
        else the role."""
        return address(self.words) or self.initial or self.role

    @property
    def greeted_by_name(self) -> bool:
        return bool(self.words or self.initial)

    @classmethod
    def of_person(cls, person: Person) -> Recipient:
        """A person of the player's map to write to."""
        return cls(person.ref, person.role or {}, words=person.words, person=person)


def config_texts(config) -> list[Text]:
    """Every text of step 5's task table (its placeholders are checked on reading)."""
    found: list[Text] = [
        config.greeting,
        config.greeting_plain,
        config.contact_instruction,
        config.build_instruction,
        config.sent_instruction,
    ]
    if config.contact_note is not None:
        found.append(config.contact_note)
    for contact in config.contacts:
        found += [contact.role, contact.story]
    for part in config.parts:
        found += [part.name, *([part.question] if part.question is not None else [])]
    for option in config.options:
        found += [option.text, option.reason]
    for landing in config.landings:
        found += [landing.heading, landing.reply, landing.advice]
        if landing.follow_up is not None:
            found.append(landing.follow_up)
    return found


def check_placeholders(config, name: str) -> None:
    """Raise where a text of step 5's table uses a placeholder other than `name` (the person
    written to), or an option's reason uses it (a reason is kept with the profile, where the
    person is not named)."""
    for option in config.options:
        if name in text_placeholders(next(iter(option.reason.values()))):
            raise ValueError(
                f"option {option.id!r} reason uses {{{name}}} (expected none: a reason is "
                "kept with the profile, where the person is not named)"
            )
    for text in config_texts(config):
        extra = text_placeholders(next(iter(text.values()))) - {name}
        if extra:
            raise ValueError(
                f"unknown placeholder {{{sorted(extra)[0]}}} in {next(iter(text.values()))!r}"
                f" (expected only {{{name}}}, the contact's initial)"
            )
