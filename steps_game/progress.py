"""The player's run and settings as saved data, validated when read back.

Save versions. `progress.json` says which `version` of the format it is. On reading, the
migrations in MIGRATIONS turn it, one version at a time (N to N+1, on the plain JSON data),
into the current version before it is validated, so a save of an older game keeps working:

- version 0, the first format (before a save named its levels): `outcomes` was a list of outcome
  tables in step order, and there was no `levels`. Level folders were always the bundled ones
  then, so the migration takes the save to belong to the levels the game plays now when each
  outcome names the level of its step; otherwise it names the levels its outcomes name, and such
  a save is not continued (as any save of other levels).
- version 1: `outcomes` is a table by step number, and `levels` lists the level ids.
- version 2, now: the run also keeps the player's notebook (`steps_game/notebook.py`), what each
  step hands on to the later ones and to the plan. The migration reads it from the choices the
  version 1 outcomes kept, so a continued run keeps its goals, map, weeks and people.

A save of a version this game does not know (a newer game wrote it) is never loaded, changed or
deleted: it is moved aside as `progress.newer-<time>.json` and the player is told so in one
sentence. A save that cannot be read at all (cut short, not JSON, wrong types, wrong shape, too
large) is moved aside as `progress.broken-<time>.json` in the same way. Either way the game goes
on from the backup made before it, or from the start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from steps_game.notebook import Notebook, pages_from_choices
from steps_game.outcome import Outcome
from steps_game.saved_run import PROGRESS_FILE, SAVE_VERSION, RunSummary, summarize
from steps_game.storage import Storage


class Progress(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[2] = SAVE_VERSION
    levels: list[str] = Field(default_factory=list)  # level ids in step order: the save's content
    field: str | None = None
    # the player asked for the short way at the start: fewer choices in a step (short_way.py)
    short: bool = False
    outcomes: dict[str, dict[str, Any]] = Field(default_factory=dict)  # step number -> outcome
    current_step: int = Field(default=1, ge=1, le=8)
    task_snapshot: dict[str, Any] | None = None
    notebook: dict[str, Any] = Field(default_factory=dict)  # see steps_game/notebook.py

    @field_validator("notebook")
    @classmethod
    def _readable_notebook(cls, value: dict[str, Any]) -> dict[str, Any]:
        return Notebook.from_dict(value).to_dict()  # cleaned; ValueError when damaged

    def outcome(self, step: int) -> Outcome | None:
        data = self.outcomes.get(str(step))
        return Outcome.from_dict(data) if data else None

    def all_outcomes(self) -> list[Outcome]:
        return [
            Outcome.from_dict(data)
            for _, data in sorted(self.outcomes.items(), key=lambda kv: int(kv[0]))
        ]

    def record(self, outcome: Outcome) -> None:
        self.outcomes[str(outcome.step)] = outcome.to_dict()
        self.task_snapshot = None

    @property
    def summary(self) -> RunSummary:
        return summarize(
            levels=len(self.levels),
            outcomes=len(self.outcomes),
            current_step=self.current_step,
            task_begun=self.task_snapshot is not None,
            field_chosen=self.field is not None,
        )

    @property
    def finished(self) -> bool:
        return self.summary.finished

    @property
    def started(self) -> bool:
        return self.summary.started


class NewerSave(Exception):
    """A save of a version this game does not know: kept, never read."""


def _from_0(data: dict[str, Any], level_ids: list[str]) -> dict[str, Any]:
    """Version 0 to 1: outcomes by step number instead of a list, and the save names its levels."""
    outcomes = data.get("outcomes", [])
    if not isinstance(outcomes, list) or not all(isinstance(o, dict) for o in outcomes):
        raise ValueError("version 0 outcomes are not a list of tables")
    by_step = {str(o.get("step")): o for o in outcomes}
    named = {o.get("step"): o.get("level_id") for o in outcomes}
    fits = all(
        type(step) is int and 1 <= step <= len(level_ids) and level_ids[step - 1] == level_id
        for step, level_id in named.items()
    )
    levels = list(level_ids) if fits else [str(named[step]) for step in sorted(named, key=str)]
    return {**data, "version": 1, "outcomes": by_step, "levels": levels}


def _from_1(data: dict[str, Any], level_ids: list[str]) -> dict[str, Any]:
    """Version 1 to 2: the notebook, read from what the finished steps chose."""
    outcomes = data.get("outcomes", {})
    if not isinstance(outcomes, dict):
        raise ValueError("version 1 outcomes are not a table")
    return {**data, "version": 2, "notebook": pages_from_choices(outcomes)}


#: version N -> the function that turns a save of version N into version N + 1
MIGRATIONS: dict[int, Callable[[dict[str, Any], list[str]], dict[str, Any]]] = {
    0: _from_0,
    1: _from_1,
}


def migrate(data: Any, level_ids: list[str]) -> Any:
    """A save's data in the current version. Raises NewerSave for a version from the future and
    ValueError for a save without a sensible version."""
    if not isinstance(data, dict):
        raise ValueError("a save is a table")
    version = data.get("version")
    if type(version) is not int or version < 0:
        raise ValueError("a save has a version number")
    if version > SAVE_VERSION:
        raise NewerSave(version)
    while version < SAVE_VERSION:
        data = MIGRATIONS[version](data, level_ids)
        version += 1
        if data.get("version") != version:
            raise ValueError(f"migration to version {version} did not say so")
    return data


@dataclass(frozen=True)
class KeptSave:
    """A save the game could not use, moved aside (never deleted) to `path`."""

    path: Path
    newer: bool = False  # written by a newer version of the game, rather than broken
    from_backup: bool = False  # the game goes on from the backup made before it


def load_progress(
    storage: Storage, level_ids: list[str]
) -> tuple[Progress | None, KeptSave | None]:
    """The saved run, or None; and, when a save could not be used, where it was kept.

    A save made with other levels (a different folder) is not continued: it would point at steps
    that do not exist.
    """
    storage.clean_interrupted()
    for name in (PROGRESS_FILE, PROGRESS_FILE + ".bak"):
        data, problem = storage.read_json(name)
        if data is None and problem is None and not storage.path(name).exists():
            continue
        newer = False
        try:
            if problem is not None:
                raise ValueError(problem)
            progress = Progress.model_validate(migrate(data, level_ids))
            for outcome in progress.all_outcomes():
                _ = outcome.score
        except NewerSave:
            newer = True
        except (ValidationError, ValueError, KeyError, TypeError, AttributeError):
            pass
        else:
            if progress.levels != level_ids:
                return None, None
            return progress, None
        kept = storage.move_aside(name, "newer" if newer else "broken")
        fallback = load_progress(storage, level_ids)[0] if name == PROGRESS_FILE else None
        if kept is None:  # it vanished meanwhile: nothing to tell
            return fallback, None
        return fallback, KeptSave(kept, newer=newer, from_backup=fallback is not None)
    return None, None


def save_progress(storage: Storage, progress: Progress) -> None:
    storage.write_json(PROGRESS_FILE, progress.model_dump(mode="json"))
