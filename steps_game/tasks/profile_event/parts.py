"""The building blocks of step 6's level table: the profile's cards, the field's events, the
event's moments and their options, the contacts they open and the feedback. Pure: no pygame."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from steps_game.schema import FieldRef, Id, Strict, Text


class ProfileItem(Strict):
    id: Id
    label: Text  # the card text, about 60 characters at most
    points: int = Field(ge=-5, le=5)  # > 0: recruiters look for it; <= 0: weak or misleading
    reason: Text
    picture: Literal["portrait", "group"] | None = None  # drawn as the profile's photo
    fields: list[FieldRef] = Field(default_factory=list)
    source: str | None = Field(default=None, min_length=3)


class FieldEvent(Strict):
    id: Id
    name: Text  # the event's theme, shown as {event}
    pitch: Text  # a short self-introduction for this field, shown as {pitch}
    question: Text  # a question for the speaker, shown as {question}
    fields: list[FieldRef] = Field(default_factory=list)


class EventOption(Strict):
    id: Id
    label: Text
    chat: Text | None = None  # what the player writes, shown in the event's chat
    points: int = Field(ge=0, le=10)
    reason: Text
    contact: Id | None = None  # a new contact this action opens
    fields: list[FieldRef] = Field(default_factory=list)
    source: str | None = Field(default=None, min_length=3)


class Moment(Strict):
    id: Id
    scene: Text  # what is happening now; may use {event}
    options: list[EventOption] = Field(min_length=2, max_length=12)


class Contact(Strict):
    id: Id
    label: Text  # a role, never a name; may use {event}
    short: Text | None = None  # the same in a few words, where space is short (step 7's list)


class ProfileEventFeedback(Strict):
    profile: Text  # {good} {total}
    event: Text  # {active} {total}
