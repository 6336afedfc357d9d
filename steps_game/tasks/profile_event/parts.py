"""Step 6's parts as the level file gives them: profile cards, events, moments and their options,
contacts; and which cards a field's player sees. Pure: no pygame."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from pydantic import Field

from steps_game.i18n import text_placeholders
from steps_game.schema import FieldRef, Id, Strict, TermRef, Text
from steps_game.tasks.base import fill_text, for_field

# Placeholders an event text may use: filled from the event the player's field attends.
EVENT_PLACEHOLDERS = frozenset({"event", "pitch", "question"})
MAX_PROFILE_CARDS = 15  # what the card grid has room for, per field
MAX_OPTIONS = 4  # per moment, per field


class ProfileItem(Strict):
    id: Id
    label: Text  # the card text, about 60 characters at most
    points: int = Field(ge=-5, le=5)  # > 0: helps people find and trust you; <= 0: weak
    reason: Text
    picture: Literal["portrait", "group"] | None = None  # drawn as the profile's photo
    fields: list[FieldRef] = Field(default_factory=list)
    # fields whose players do not see it: "looking for work" is not for someone running a business
    except_fields: list[FieldRef] = Field(default_factory=list)
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
    # Whether the player says or writes something to someone here; a silent follow or a quiet
    # moment is not active, whatever points it earns.
    active: bool
    reason: Text
    contact: Id | None = None  # a new contact this action opens
    fields: list[FieldRef] = Field(default_factory=list)
    source: str | None = Field(default=None, min_length=3)
    term: TermRef | None = None  # the glossary word the option names (its Finnish shown beside)


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
    # {item}: said before a profile item's reason where the player left a good item out or
    # chose a weak one. The reason alone ("A title alone says little") read as blame for a
    # choice not made, on a score card that says one reason (thirty-eighth run)
    left_out: Text | None = None
    chosen_weak: Text | None = None


def named_reason(template: Text | None, card: ProfileItem) -> dict[str, str]:
    """A profile item's reason with the item named before it by `template` ({item}), in each
    language both have; the reason alone where the level gives no template."""
    if template is None:
        return dict(card.reason)
    head = fill_text(template, item=card.label)
    return {
        code: f"{head[code]} {words}" if code in head else words
        for code, words in card.reason.items()
    }


def profile_cards(items: list[ProfileItem], field_id: str | None) -> list[ProfileItem]:
    """The profile items a player of this field sees: for everyone and their field's, less those
    not meant for their field."""
    return [c for c in for_field(items, field_id) if field_id not in c.except_fields]


def asked(scene: Mapping[str, str], question: Mapping[str, str] | None) -> dict[str, str]:
    """A moment's scene with the question the room answers after it ("The event is over. ...
    What does Sara do?"), in each language that has both: the show of hands and what our group
    thought read the scene alone as a question (the facilitator's real-time run)."""
    if question is None:
        return dict(scene)
    return {
        code: f"{words} {question[code]}" if question.get(code) else words
        for code, words in scene.items()
    }


def check_placeholders(text: Text, what: str, allowed: Iterable[str]) -> None:
    allowed = set(allowed)
    unknown = set().union(*(text_placeholders(words) for words in text.values())) - allowed
    if unknown:
        expected = ", ".join(sorted("{" + p + "}" for p in allowed)) or "no placeholders"
        raise ValueError(
            f"{what} uses {', '.join(sorted('{' + p + '}' for p in unknown))} (expected {expected})"
        )


def check_field(config, field_id: str | None) -> None:
    """What a field's player sees of the step (`config`, its task table) is playable: one
    event at most, enough profile items for the profile (`profile_min`), one of them worth
    points, and 2 to 4 options at each moment, one of them worth points; ValueError if not."""
    who = f"field {field_id!r}" if field_id else "a player with no field"
    events = [e for e in config.events if field_id in e.fields]
    if len(events) > 1:
        raise ValueError(f"{who} has {len(events)} events (expected at most one)")
    cards = profile_cards(config.profile_items, field_id)
    if len(cards) > MAX_PROFILE_CARDS:
        raise ValueError(
            f"{who} sees {len(cards)} profile items (expected at most {MAX_PROFILE_CARDS})"
        )
    if not any(card.points > 0 for card in cards):
        raise ValueError(f"{who} sees no profile item with points above 0")
    if config.profile_min > len(cards):
        raise ValueError(f"profile_min is {config.profile_min} but {who} sees {len(cards)} items")
    for moment in config.moments:
        options = for_field(moment.options, field_id)
        if not 2 <= len(options) <= MAX_OPTIONS:
            raise ValueError(
                f"moment {moment.id!r}: {who} sees {len(options)} options (expected 2 to 4)"
            )
        if max(o.points for o in options) <= 0:
            raise ValueError(f"moment {moment.id!r}: {who} sees no option with points above 0")
