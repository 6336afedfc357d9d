"""What every mini-task model offers the task host. Pure Python: no pygame here."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from steps_game.outcome import Reason

ConfigT = TypeVar("ConfigT")


@dataclass(frozen=True)
class TaskResult:
    """A finished task on its own terms; the host adds the level's step and dimension."""

    score: int  # 0-100
    reasons: tuple[Reason, ...]
    choices: dict[str, Any] = field(default_factory=dict)


PLAN_SECTIONS = ("goals", "actions", "contacts", "upkeep")


@dataclass(frozen=True)
class PlanEntry:
    """One line of the take-home plan, in every language (a level text plus its parameters).

    section: goals (step 2), actions (step 4, with their week), contacts to approach (steps 3, 5
    and 6, as roles), upkeep (step 7). `first` puts an entry at the top of its section (the goal
    that was made concrete).
    """

    section: str
    text: Mapping[str, str]
    params: Mapping[str, Any] = field(default_factory=dict)
    week: int | None = None
    first: bool = False


class TaskModel(Generic[ConfigT]):
    """Rules and state of one mini-task.

    State lives in `self.state`, a dict of plain JSON data, so that the host can snapshot it for
    undo and for the save file, and restore it later.
    """

    kind: ClassVar[str]

    def __init__(self, config: ConfigT, field_id: str | None) -> None:
        self.config = config
        self.field_id = field_id
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

    def plan_entries(self, choices: Mapping[str, Any]) -> list[PlanEntry]:
        """What a finished task adds to the take-home plan, from its saved `choices`.

        Built from the choices (not the live state) so that a plan can be drawn from a save."""
        return []

    # -- shared ----------------------------------------------------------------------------
    def reset(self) -> None:
        self.state = self.initial_state()

    def snapshot(self) -> dict[str, Any]:
        return copy.deepcopy(self.state)

    def restore(self, state: dict[str, Any]) -> None:
        if not isinstance(state, dict) or set(state) != set(self.initial_state()):
            raise ValueError("saved task state does not match this task")
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


def for_field(items, field_id: str | None):
    """The items meant for everyone plus those meant for the player's field."""
    return [item for item in items if not item.fields or field_id in item.fields]
