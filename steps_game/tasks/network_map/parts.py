"""The building blocks of step 3's level table: life areas, rings, contact cards, feedback lines,
and the checks of their lengths. Pure: no pygame."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from steps_game.i18n import text_placeholders
from steps_game.schema import FieldRef, Id, Strict, TermRef, Text, check_reference, unique_ids
from steps_game.tasks.base import for_field

if TYPE_CHECKING:
    from steps_game.tasks.network_map.model import NetworkMapConfig

# The tray shows the contacts in a grid of 3 x 5; a longer label or name would not fit its place.
MAX_TRAY = 15
MAX_LABEL = 50
MAX_SECTOR_NAME = 16
MAX_RING_NAME = 16
MAX_ADDED = 10  # people of the player's own beside the level's cards
ADDED_PREFIX = "own-"


class Sector(Strict):
    id: Id
    name: Text  # short: it is written around the map


class Ring(Strict):
    id: Id
    name: Text  # short: it is written on the map
    hint: Text  # what this closeness means, shown while placing
    weak: bool = False  # a weak tie: met now and then or rarely


class Token(Strict):
    id: Id
    label: Text  # a role, never a name: "a former classmate"
    sector: Id | None = None  # where a keyboard placement starts; the player decides
    ring: Id | None = None
    location: Literal["finland", "abroad", "either"] = "either"  # the first mark when placed
    fields: list[FieldRef] = Field(default_factory=list)
    # the glossary word the role names (its Finnish shown beside; carried to step 7 with them)
    term: TermRef | None = None


class FeedbackLine(Strict):
    text: Text
    source: str | None = Field(default=None, min_length=3)


class NetworkMapFeedback(Strict):
    breadth: FeedbackLine  # {used} {total}
    more_breadth: FeedbackLine  # {target}
    weak: FeedbackLine  # {weak}
    more_weak: FeedbackLine  # {target}
    places: FeedbackLine  # {finland} {abroad}
    more_abroad: FeedbackLine
    more_finland: FeedbackLine
    count: FeedbackLine  # {count}
    more_count: FeedbackLine  # {target}
    own: FeedbackLine | None = None  # {count}: people the player named or added themselves


FEEDBACK_PARAMS = {
    "breadth": {"used", "total"},
    "more_breadth": {"target"},
    "weak": {"weak"},
    "more_weak": {"target"},
    "places": {"finland", "abroad"},
    "more_abroad": set(),
    "more_finland": set(),
    "count": {"count"},
    "more_count": {"target"},
    "own": {"count"},
}


def check_lengths(config: NetworkMapConfig) -> None:
    groups = (
        ("token", config.tokens, "label", MAX_LABEL, "its chip"),
        ("sector", config.sectors, "name", MAX_SECTOR_NAME, "its place around the map"),
        ("ring", config.rings, "name", MAX_RING_NAME, "its ring"),
    )
    for what, items, key, limit, place in groups:
        for item in items:
            for code, words in getattr(item, key).items():
                if len(words) > limit:
                    raise ValueError(
                        f"{what} {item.id!r} {key} in {code!r} is {len(words)} characters "
                        f"(expected at most {limit} to fit {place})"
                    )


def check_config(config: NetworkMapConfig) -> None:
    """The checks that span the level table's parts; each problem one ValueError."""
    unique_ids(config.sectors, "sector")
    unique_ids(config.rings, "ring")
    unique_ids(config.tokens, "token")
    sector_ids = [s.id for s in config.sectors]
    ring_ids = [r.id for r in config.rings]
    for token in config.tokens:
        if token.sector is not None:
            check_reference(token.sector, sector_ids, "sector")
        if token.ring is not None:
            check_reference(token.ring, ring_ids, "ring")
    check_lengths(config)
    total = config.breadth_weight + config.weak_weight + config.places_weight + config.count_weight
    if total != 100:
        raise ValueError(
            f"breadth_weight + weak_weight + places_weight + count_weight is {total} (expected 100)"
        )
    if not any(ring.weak for ring in config.rings):
        raise ValueError("no ring has weak = true (expected the outer rings to be weak ties)")
    if config.breadth_target > len(config.sectors):
        raise ValueError(
            f"breadth_target is {config.breadth_target} but there are {len(config.sectors)} sectors"
        )
    need = max(config.min_contacts, config.count_target, config.weak_target, 2)
    named = sorted({f for token in config.tokens for f in token.fields})
    for field_id in [None, *named]:
        shown = len(for_field(config.tokens, field_id))
        who = f"the field {field_id!r}" if field_id else "a player without a field"
        if shown < need:
            raise ValueError(
                f"{who} gets {shown} tokens (expected at least {need}, so that every target "
                "can be reached)"
            )
        if shown > MAX_TRAY:
            raise ValueError(
                f"{who} gets {shown} tokens (expected at most {MAX_TRAY}: the tray has room "
                f"for {MAX_TRAY})"
            )
    for name, allowed in FEEDBACK_PARAMS.items():
        line: FeedbackLine | None = getattr(config.feedback, name)
        if line is None:
            continue
        used = text_placeholders(next(iter(line.text.values())))
        if not used <= allowed:
            raise ValueError(
                f"feedback.{name} uses {', '.join(sorted(used - allowed))} (expected only "
                f"{', '.join('{' + p + '}' for p in sorted(allowed)) or 'no placeholders'})"
            )


def find(items, item_id: str, what: str):
    found = next((item for item in items if item.id == item_id), None)
    if found is None:
        raise KeyError(f"no {what} {item_id!r} here")
    return found


@dataclass(frozen=True)
class Tally:
    count: int
    sectors_used: int
    weak: int
    in_finland: int
    abroad: int


@dataclass(frozen=True)
class MapContact:
    """Someone who can go on the map: one of the level's cards, or someone the player added
    (no `label` of the level's then, only the player's `words`)."""

    id: str
    label: Text | None
    words: str = ""
    location: str = "either"
    sector: str | None = None  # where a keyboard placement starts
    ring: str | None = None
    term: str | None = None  # the glossary term the level's role names

    @classmethod
    def of_card(cls, token: Token, words: dict[str, str]) -> MapContact:
        """One of the level's cards, in the player's own words if they gave some."""
        return cls(
            token.id,
            token.label,
            words.get(token.id, ""),
            token.location,
            token.sector,
            token.ring,
            token.term,
        )

    @property
    def added(self) -> bool:
        return self.label is None


def is_added_id(value: Any) -> bool:
    return (
        isinstance(value, str)
        and value.startswith(ADDED_PREFIX)
        and value[len(ADDED_PREFIX) :].isdigit()
        and len(value) <= 10
    )
