"""The player's notebook: what each finished step hands on to the later steps and to the plan.

Each step writes its page when it is done (the goals and the one made concrete, the people on the
map, the weeks and the first step, the person written to, the new contacts, the upkeep rhythm), and
the plan screen writes the people the player puts first. Pages hold ids of the level's items plus
the player's own words; the words are the player's alone: kept with the save on this computer,
never in a crash report, and in an export only when the player ticks that they may be.

Pure data with pydantic validation, no pygame. `clean_words` is the one gate every typed text
passes through: whatever is pasted or typed (10,000 characters, control characters, bidi
overrides, emoji) comes out as one short, printable line.
"""

from __future__ import annotations

import unicodedata
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

# A label of one's own for a person: initials, a role, a company.
MAX_LABEL = 40
# A few words of one's own for the concrete goal or the first step.
MAX_NOTE = 60
MAX_PEOPLE = 40
MAX_PICKS = 3

# Persian spelling needs the zero-width (non-)joiners; every other format character (bidi
# overrides and isolates among them) could turn the line round or hide what it says.
KEPT_FORMAT = {"\u200c", "\u200d"}
DROPPED_CATEGORIES = {"Cc", "Cs", "Co", "Cn", "Zl", "Zp"}


def clean_words(text: object, limit: int = MAX_LABEL) -> str:
    """Typed or pasted words as one short printable line: NFC, whitespace runs as one space,
    control, format (but the joiners), surrogate, private and unassigned characters dropped,
    cut to `limit` characters. Anything that is not a string gives ""."""
    if not isinstance(text, str):
        return ""
    # A long paste is cut before the work per character, with room for what cleaning removes.
    text = unicodedata.normalize("NFC", text[: limit * 8])
    kept = []
    for char in text:
        if char.isspace():
            kept.append(" ")
            continue
        category = unicodedata.category(char)
        if category in DROPPED_CATEGORIES or (category == "Cf" and char not in KEPT_FORMAT):
            continue
        kept.append(char)
    words = " ".join("".join(kept).split())
    words = words[:limit].rstrip()
    # A joiner or a combining mark left hanging at the cut has nothing to join or mark.
    while words and (words[-1] in KEPT_FORMAT or unicodedata.combining(words[-1])):
        words = words[:-1].rstrip()
    while words and (words[0] in KEPT_FORMAT or unicodedata.combining(words[0])):
        words = words[1:].lstrip()
    return words


Label = Annotated[str, AfterValidator(lambda value: clean_words(value, MAX_LABEL))]
Note = Annotated[str, AfterValidator(lambda value: clean_words(value, MAX_NOTE))]
Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
# Who a page means: "map:<id>" (a person on the step 3 map), "event:<id>" (a new contact from
# step 6) or "stock:<id>" (one of a level's own example people, where the player's are missing).
PersonRef = Annotated[str, Field(pattern=r"^(map|event|stock):[a-z0-9][a-z0-9_-]{0,39}$")]
Week = Annotated[int, Field(ge=1, le=12)]


class Page(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ConcreteGoal(Page):
    goal: Id
    action: Id
    who: Id
    when: Id


class GoalsPage(Page):
    """Step 2: the goals chosen (the concrete one first) and the one made concrete."""

    goals: list[Id] = Field(default_factory=list, max_length=12)
    concrete: ConcreteGoal | None = None
    words: Note = ""


class MapPerson(Page):
    """Step 3: someone on the map. `token` is the level's contact card, None for someone the
    player added; `words` the player's own label."""

    id: Id
    token: Id | None = None
    words: Label = ""
    ring: Id
    sector: Id
    in_finland: bool = True


class PeoplePage(Page):
    people: list[MapPerson] = Field(default_factory=list, max_length=MAX_PEOPLE)


class WeekAction(Page):
    action: Id
    week: Week


class FirstStep(Page):
    """Step 4: the first action (the step 2 goal made an action) with its week, when, where and
    one if-then plan."""

    action: Id
    week: Week
    when: Id | None = None
    where: Id | None = None
    if_then: Id | None = None
    words: Note = ""


class WeeksPage(Page):
    budget: Id | None = None
    actions: list[WeekAction] = Field(default_factory=list, max_length=40)
    first: FirstStep | None = None


class MessagePage(Page):
    """Step 5: whom the player wrote to and what each part of the message was."""

    person: PersonRef
    parts: dict[str, Id] = Field(default_factory=dict, max_length=12)
    landing: Id | None = None


class EventPage(Page):
    """Step 6: the event attended and the new contacts it opened."""

    event: Id
    contacts: list[Id] = Field(default_factory=list, max_length=12)


class Upkeep(Page):
    """Step 7: one person kept warm, and in how many of the played weeks."""

    person: PersonRef
    contacts: int = Field(ge=0, le=20)
    weeks: int = Field(ge=1, le=20)


class UpkeepPage(Page):
    people: list[Upkeep] = Field(default_factory=list, max_length=12)


class Pick(Page):
    """The plan: one of the people the player puts first, with one action and a week."""

    person: PersonRef
    action: Id
    week: Week


class PlanPage(Page):
    picks: list[Pick] = Field(default_factory=list, max_length=MAX_PICKS)


PAGES: dict[str, type[Page]] = {
    "goals": GoalsPage,
    "people": PeoplePage,
    "weeks": WeeksPage,
    "message": MessagePage,
    "event": EventPage,
    "upkeep": UpkeepPage,
    "plan": PlanPage,
}


class Notebook:
    """The pages written so far, by name (see PAGES). A page is replaced whole when its step is
    done again."""

    def __init__(self, pages: dict[str, Page] | None = None) -> None:
        self.pages: dict[str, Page] = dict(pages or {})

    def write(self, name: str, page: Page | dict[str, Any]) -> None:
        model = PAGES[name]
        self.pages[name] = page if isinstance(page, model) else model.model_validate(page)

    @property
    def goals(self) -> GoalsPage | None:
        return self.pages.get("goals")  # type: ignore[return-value]

    @property
    def people(self) -> PeoplePage | None:
        return self.pages.get("people")  # type: ignore[return-value]

    @property
    def weeks(self) -> WeeksPage | None:
        return self.pages.get("weeks")  # type: ignore[return-value]

    @property
    def message(self) -> MessagePage | None:
        return self.pages.get("message")  # type: ignore[return-value]

    @property
    def event(self) -> EventPage | None:
        return self.pages.get("event")  # type: ignore[return-value]

    @property
    def upkeep(self) -> UpkeepPage | None:
        return self.pages.get("upkeep")  # type: ignore[return-value]

    @property
    def plan(self) -> PlanPage | None:
        return self.pages.get("plan")  # type: ignore[return-value]

    # -- saved form --------------------------------------------------------------------------
    def to_dict(self, *, with_words: bool = True) -> dict[str, Any]:
        """Plain JSON data; without the player's own words when `with_words` is False (an export
        the player did not tick them for): every `words` becomes ""."""
        data = {name: page.model_dump(mode="json") for name, page in sorted(self.pages.items())}
        return data if with_words else _without_words(data)

    @classmethod
    def from_dict(cls, data: Any) -> Notebook:
        """Pages read back from a save; ValueError for anything that is not a notebook."""
        if not isinstance(data, dict):
            raise ValueError("a notebook is a table of pages")
        notebook = cls()
        for name, page in data.items():
            if name not in PAGES:
                raise ValueError(f"a notebook has no page {name!r}")
            try:
                notebook.write(name, page)
            except ValidationError as exc:
                raise ValueError(f"notebook page {name!r} is damaged") from exc
        return notebook

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Notebook) and self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def has_words(self) -> bool:
        """Whether the player typed anything of their own into any page."""
        return self.to_dict() != self.to_dict(with_words=False)


def _without_words(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: "" if key == "words" else _without_words(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_words(item) for item in value]
    return value


def pages_from_choices(outcomes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A notebook for a save of the first format (version 1), read from the choices its outcomes
    kept: the same ids, no words of the player's own (that format had no place for any). An
    outcome whose choices do not look as the game wrote them adds nothing."""
    pages: dict[str, Any] = {}
    for outcome in outcomes.values():
        choices = outcome.get("choices") if isinstance(outcome, dict) else None
        if not isinstance(choices, dict):
            continue
        for name, read in _FROM_CHOICES:
            try:
                page = read(choices)
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
            if page is not None:
                pages[name] = PAGES[name].model_validate(page).model_dump(mode="json")
                break
    return pages


def _goals(choices: dict[str, Any]) -> dict[str, Any] | None:
    if "concrete" not in choices:
        return None
    concrete = choices["concrete"]
    whole = isinstance(concrete, dict) and all(concrete.get(k) for k in ConcreteGoal.model_fields)
    return {"goals": list(choices["goals"]), "concrete": concrete if whole else None}


def _people(choices: dict[str, Any]) -> dict[str, Any] | None:
    if "empty_sectors" not in choices:
        return None
    return {
        "people": [
            {
                "id": c["role"],
                "token": c["role"],
                "ring": c["ring"],
                "sector": c["sector"],
                "in_finland": c["in_finland"],
            }
            for c in choices["contacts"]
        ]
    }


def _weeks(choices: dict[str, Any]) -> dict[str, Any] | None:
    if "budget" not in choices:
        return None
    return {"budget": choices["budget"], "actions": list(choices["actions"])}


def _message(choices: dict[str, Any]) -> dict[str, Any] | None:
    if "parts" not in choices or not choices.get("contact"):
        return None
    return {
        "person": f"stock:{choices['contact']}",
        "parts": dict(choices["parts"]),
        "landing": choices.get("landing"),
    }


def _event(choices: dict[str, Any]) -> dict[str, Any] | None:
    if "event_id" not in choices:
        return None
    return {"event": choices["event_id"], "contacts": list(choices["contacts"])}


def _upkeep(choices: dict[str, Any]) -> dict[str, Any] | None:
    if "rhythm" not in choices:
        return None
    return {
        "people": [
            {
                "person": f"stock:{tie}",
                "contacts": sum(1 for action in weeks if action),
                "weeks": len(weeks),
            }
            for tie, weeks in choices["rhythm"].items()
        ]
    }


_FROM_CHOICES = (
    ("goals", _goals),
    ("people", _people),
    ("weeks", _weeks),
    ("message", _message),
    ("event", _event),
    ("upkeep", _upkeep),
)
