"""What every mini-task model offers the task host. Pure Python: no pygame here."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from steps_game.outcome import Reason

if TYPE_CHECKING:
    from steps_game.notebook import Notebook

ConfigT = TypeVar("ConfigT")


@dataclass(frozen=True)
class TaskResult:
    """A finished task on its own terms; the host adds the level's step and dimension.

    `choices` are ids for the profile's "why" and the exports; `pages` is what the step writes
    into the player's notebook (steps_game/notebook.py), words of the player's own included."""

    score: int  # 0-100
    reasons: tuple[Reason, ...]
    choices: dict[str, Any] = field(default_factory=dict)
    pages: dict[str, dict[str, Any]] = field(default_factory=dict)


# -- what earlier steps hand on, resolved to texts (built by steps_game/thread.py) ---------------


@dataclass(frozen=True)
class Chosen:
    """A level item the player chose, by id, with its words in every language."""

    id: str
    label: Mapping[str, str]
    term: str | None = None  # the glossary word it names: the plan says its Finnish beside it


@dataclass(frozen=True)
class Person:
    """Someone a later step can name: a person on the player's map, a new contact from the
    event, or one of a level's example people where the player's own are missing.

    `role` is the level's words for them (none for someone the player added), `words` the
    player's own label; `ring` and `sector` where they stand on the map."""

    ref: str  # "map:<id>", "event:<id>" or "stock:<id>" (see steps_game/notebook.py)
    role: Mapping[str, str] = field(default_factory=dict)
    words: str = ""
    weak: bool = False  # met now and then or rarely
    in_finland: bool = True
    ring: Mapping[str, str] = field(default_factory=dict)
    sector: Mapping[str, str] = field(default_factory=dict)
    area: str = ""  # the id of the map's sector they stand in ("work"), "" off the map
    closeness: int = 0  # the ring counted from the middle (0 = close)
    short: Mapping[str, str] = field(default_factory=dict)  # the role in a few words, if longer
    term: str | None = None  # the glossary term `role` names (its Finnish shown beside it)

    @property
    def origin(self) -> str:
        return self.ref.partition(":")[0]

    @property
    def address(self) -> str:
        """How a greeting or a piece of news names them by the player's words: the part before
        a comma ("Olena" of "Olena, Kone"), the rest being where they work or who they are."""
        return address(self.words)


def address(words: str) -> str:
    for comma in (",", "،"):  # the Latin comma, the Arabic one
        words = words.split(comma)[0].strip() or words
    return words


@dataclass(frozen=True)
class GoalThread:
    """Step 2: the goal made concrete, with what, with whom and by when, and the other goals."""

    goal: Chosen
    action: Chosen
    who: Chosen
    when: Chosen
    text: Mapping[str, str]  # the level's plan line, filled in
    words: str = ""
    others: tuple[Chosen, ...] = ()
    named: bool = False  # `who` asked to be named, and the player's words name it (step 2)
    who_known: bool | None = None  # `who` is someone the player already knows (None: not said)


@dataclass(frozen=True)
class FirstStepThread:
    """Step 4: the first action with its week, when, where and one if-then plan."""

    action: Chosen
    week: int
    when: Chosen | None = None
    where: Chosen | None = None
    if_then: Chosen | None = None
    words: str = ""


@dataclass(frozen=True)
class MessageThread:
    """Step 5: whom the player wrote to, what they asked, and how it landed."""

    person: Person
    ask: Chosen | None = None
    landing: Chosen | None = None
    answered: bool = False  # a reply came (the plan thanks for it, not "have you read it?")


@dataclass(frozen=True)
class UpkeepThread:
    """Step 7: someone to keep warm from now on, and how often."""

    person: Person
    every: Chosen
    contacts: int = 0
    weeks: int = 0


@dataclass(frozen=True)
class Thread:
    """What the finished steps handed on, for the later steps and the plan."""

    goal: GoalThread | None = None
    people: tuple[Person, ...] = ()
    first_step: FirstStepThread | None = None
    week_actions: tuple[tuple[Chosen, int], ...] = ()
    message: MessageThread | None = None
    new_contacts: tuple[Person, ...] = ()
    upkeep: tuple[UpkeepThread, ...] = ()

    def person(self, ref: str) -> Person | None:
        """Anyone the thread knows by `ref`."""
        known = [*self.people, *self.new_contacts, *(u.person for u in self.upkeep)]
        if self.message is not None:
            known.append(self.message.person)
        return next((p for p in known if p.ref == ref), None)


EMPTY_THREAD = Thread()


class TaskModel(Generic[ConfigT]):
    """Rules and state of one mini-task.

    State lives in `self.state`, a dict of plain JSON data, so that the host can snapshot it for
    undo and for the save file, and restore it later.
    """

    kind: ClassVar[str]
    # Parts of the state that a newer game added: a task in progress saved before them gets them
    # as they start (any other part missing means the saved state is damaged).
    later_keys: ClassVar[frozenset[str]] = frozenset()

    def __init__(
        self, config: ConfigT, field_id: str | None, thread: Thread = EMPTY_THREAD
    ) -> None:
        self.config = config
        self.field_id = field_id
        # What the earlier steps handed on; a step played on its own (--step N, a test) gets
        # the empty thread and plays with the level's own example people.
        self.thread = thread
        self.state: dict[str, Any] = self.initial_state()

    # -- to be written per task ------------------------------------------------------------
    def initial_state(self) -> dict[str, Any]:
        raise NotImplementedError

    def is_complete(self) -> bool:
        raise NotImplementedError

    def result(self) -> TaskResult:
        raise NotImplementedError

    def check_state(self, state: dict[str, Any]) -> None:
        """Raise ValueError when a restored state does not fit this task's content."""

    def resolve(self, notebook: Notebook) -> dict[str, Any]:
        """What this task's page of the notebook means, in the level's words: the fields of
        `Thread` it fills in. Built from the notebook (not the live state), so that the later
        steps and the plan can be drawn from a save. Raises KeyError, ValueError or
        StopIteration for a page that no longer fits the level (steps_game/thread.py skips it)."""
        return {}

    # -- shared ----------------------------------------------------------------------------
    def reset(self) -> None:
        self.state = self.initial_state()

    def snapshot(self) -> dict[str, Any]:
        return copy.deepcopy(self.state)

    def restore(self, state: dict[str, Any]) -> None:
        """A saved state back; one saved before a part of it existed gets that part as it starts
        (a task in progress from an older game goes on where it was)."""
        fresh = self.initial_state()
        if not isinstance(state, dict) or not set(fresh) - self.later_keys <= set(state) <= set(
            fresh
        ):
            raise ValueError("saved task state does not match this task")
        state = {**fresh, **state}
        self.check_state(state)
        self.state = copy.deepcopy(state)


def fill_text(template: Mapping[str, str], **params: Any) -> dict[str, str]:
    """A level text template filled in every language; a parameter that is itself a text
    (language -> words) gives each language its own words."""
    return {
        code: words.format(
            **{
                key: value[code] if isinstance(value, Mapping) else value
                for key, value in params.items()
            }
        )
        for code, words in template.items()
    }


def by_ids(items, ids) -> list:
    """The items `ids` names, in the order of `ids` (a workshop set's cards shown: its own
    order, the weak ones first), ids the table does not have left out."""
    by_id = {item.id: item for item in items}
    return [by_id[item_id] for item_id in ids if item_id in by_id]


def for_field(items, field_id: str | None):
    """The items meant for everyone plus those meant for the player's field."""
    return [item for item in items if not item.fields or field_id in item.fields]
