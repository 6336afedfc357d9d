"""Workshop sets: which steps a facilitator runs with a room and how many minutes each takes.

The sets live in `levels/workshop/sets.toml` (data, not code) and are checked here with pydantic:
known step numbers, each step once and in order, minutes that add up to the set's total (with
the minutes for what our group thought at the end, `closing_minutes`). A levels
folder without the file still has one set, every step with its own level's `[workshop]` minutes.
A set's step may name which of the step's choices the room plays (`plays`: step 1's statements,
step 5's parts, step 6's moments, by id) and which cards it chooses among without counting hands
(`shows`: step 1's offers, step 6's profile items), so that a short set fits its minutes; the
task then shows, plays and scores only those (`played_config`), and normal play and other sets
are unchanged.
This module has no pygame: the workshop's keys and the plan on F1 ask it where the room goes next.
"""

from __future__ import annotations

import sys
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

FILE_NAME = "workshop/sets.toml"
FALLBACK_ID = "full"
FIELD = "other"  # nothing personal is asked: the group plays with the general field


class SetStep(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    step: int = Field(ge=1)
    minutes: int = Field(ge=1, le=60)
    # the ids of the step's choices the room plays, in the level's order; all when not given
    plays: tuple[str, ...] | None = Field(default=None, min_length=1)
    # the ids of the cards the room chooses among without counting hands (step 1's offers,
    # step 6's profile items), in the order they are shown; all when not given; none (an empty
    # list) where the task can do without them (step 1: its statements alone)
    shows: tuple[str, ...] | None = None

    @model_validator(mode="after")
    def _once_each(self) -> SetStep:
        for name in ("plays", "shows"):
            ids = getattr(self, name)
            if ids is not None and len(set(ids)) != len(ids):
                raise ValueError(f"step {self.step}: {name} names a choice twice ({list(ids)})")
        return self


class WorkshopSet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    total_minutes: int = Field(ge=1)
    steps: tuple[SetStep, ...] = Field(min_length=1)
    # the minutes the room spends on what our group thought, after the last step (read out,
    # saved as files); counted in the total so that the plan is honest about the end too
    closing_minutes: int = Field(default=0, ge=0, le=15)
    # false: a step ends on its feedback, with the step's tip, and goes on from there; the
    # reveal's question was the room's talk (F5 still opens the discussion card)
    discussion_cards: bool = True

    @model_validator(mode="after")
    def _honest(self) -> WorkshopSet:
        numbers = [part.step for part in self.steps]
        if numbers != sorted(set(numbers)):
            raise ValueError(f"set {self.id!r}: each step once, in order (got {numbers})")
        added = sum(part.minutes for part in self.steps) + self.closing_minutes
        if added != self.total_minutes:
            closing = " with closing_minutes" if self.closing_minutes else ""
            raise ValueError(
                f"set {self.id!r}: the steps' minutes{closing} add up to {added}, "
                f"not total_minutes = {self.total_minutes}"
            )
        return self

    # -- where the room goes ---------------------------------------------------------------
    @property
    def step_numbers(self) -> tuple[int, ...]:
        return tuple(part.step for part in self.steps)

    @property
    def first(self) -> int:
        return self.steps[0].step

    def shows_for(self, step: int) -> tuple[str, ...] | None:
        """The ids of the cards the room chooses among at `step`, or None for all of them."""
        return next((part.shows for part in self.steps if part.step == step), None)

    def plays_for(self, step: int) -> tuple[str, ...] | None:
        """The ids of the choices the room plays at `step`, or None for all of them."""
        return next((part.plays for part in self.steps if part.step == step), None)

    def minutes_for(self, step: int) -> int | None:
        for part in self.steps:
            if part.step == step:
                return part.minutes
        return None

    def after(self, step: int) -> int | None:
        """The set's next step after `step` (which need not be in the set), or None at its end."""
        return next((number for number in self.step_numbers if number > step), None)

    def before(self, step: int) -> int:
        """The set's step before `step`, or its first step when there is none before."""
        earlier = [number for number in self.step_numbers if number < step]
        return earlier[-1] if earlier else self.first

    def minutes_before(self, step: int) -> int:
        """How many of the set's minutes the steps before `step` take: where the room should be."""
        return sum(part.minutes for part in self.steps if part.step < step)


class WorkshopSets(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sets: tuple[WorkshopSet, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> WorkshopSets:
        ids = [one.id for one in self.sets]
        if len(ids) != len(set(ids)):
            raise ValueError(f"set ids must differ (got {ids})")
        return self

    def by_id(self, set_id: str) -> WorkshopSet:
        for one in self.sets:
            if one.id == set_id:
                return one
        raise KeyError(set_id)


class WorkshopSetsError(ValueError):
    """The sets file cannot be used; the message names the file and what is wrong."""


def fallback_sets(level_minutes: dict[int, int]) -> WorkshopSets:
    """Every step once with its level's own minutes: the set a folder without the file gets."""
    steps = tuple(
        SetStep(step=step, minutes=minutes) for step, minutes in sorted(level_minutes.items())
    )
    total = sum(part.minutes for part in steps)
    return WorkshopSets(sets=(WorkshopSet(id=FALLBACK_ID, total_minutes=total, steps=steps),))


def _ids(config: Any, kind: str) -> tuple[str, ...]:
    """The ids in the list a task table names by its class attribute `kind`, or none."""
    name = getattr(type(config), kind, None)
    return tuple(item.id for item in getattr(config, name)) if name else ()


def playable(config: Any) -> tuple[str, ...]:
    """The ids of the choices a set may pick from in a step whose task table is `config` (its
    `played_list`: step 1's statements, ...), or none for a task without such a list."""
    return _ids(config, "played_list")


def shown(config: Any) -> tuple[str, ...]:
    """The ids of the cards a set may show (the task table's `shown_list`: step 1's offers, step
    6's profile items), or none for a task without such a list."""
    return _ids(config, "shown_list")


def played_config(
    config: Any, plays: Collection[str] | None, shows: Collection[str] | None = None
) -> Any:
    """The task table with only the choices `plays` names, in the level's order, and the cards
    `shows` names, in its order (the whole table when both are None). The task counts and
    scores what is left, so step 1 says "2 of 3"; the table itself limits what it asks of the
    cards shown (`showing`, which says why it cannot)."""
    name = getattr(type(config), "played_list", None)
    if plays is not None and name:
        if hasattr(config, "playing"):  # a table whose other parts name these (step 7's news)
            config = config.playing(plays)
        else:
            kept = [item for item in getattr(config, name) if item.id in plays]
            config = config.model_copy(update={name: kept})
    if shows is not None and getattr(type(config), "shown_list", None):
        config = config.showing(shows)
    return config


def load_sets(
    folder: Path,
    level_minutes: dict[int, int],
    choices: Mapping[int, tuple[str, ...]] | None = None,
    tasks: Mapping[int, Any] | None = None,
) -> WorkshopSets:
    """The sets of the levels folder `folder`; `level_minutes` maps each step that exists to its
    level's minutes (a set naming any other step is an error), `choices` each step to the ids
    of the choices a set may pick with `plays` (see `playable`; None leaves `plays` unchecked)
    and `tasks` each step to its task table, against which `shows` is checked (None: not)."""
    path = folder / FILE_NAME
    if not path.is_file():
        return fallback_sets(level_minutes)
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
        sets = WorkshopSets.model_validate(data)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise WorkshopSetsError(f"{path}: cannot be read: {error}") from error
    except ValidationError as error:
        lines = [f"{'.'.join(map(str, e['loc'])) or 'file'}: {e['msg']}" for e in error.errors()]
        raise WorkshopSetsError(f"{path}:\n  " + "\n  ".join(lines)) from error
    for one in sets.sets:
        unknown = [number for number in one.step_numbers if number not in level_minutes]
        if unknown:
            raise WorkshopSetsError(f"{path}: set {one.id!r} names steps with no level: {unknown}")
        for part in one.steps:
            where = f"{path}: set {one.id!r}, step {part.step}:"
            if part.plays is not None and choices is not None:
                _known(where, "plays names choices", part.plays, choices.get(part.step, ()))
            if part.shows is not None and tasks is not None:
                task = tasks[part.step]
                _known(where, "shows names cards", part.shows, shown(task))
                try:
                    task.showing(part.shows)
                except ValueError as error:
                    raise WorkshopSetsError(f"{where} shows: {error}") from error
    return sets


def _known(where: str, what: str, ids: tuple[str, ...], known: tuple[str, ...]) -> None:
    wrong = [key for key in ids if key not in known]
    if wrong:
        raise WorkshopSetsError(
            f"{where} {what} the step does not have: {wrong} (expected some of {list(known)})"
        )
