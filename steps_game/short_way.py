"""The short way: fewer choices in a step, for a player who asks for it at the start of a run.

A new player reading at the largest text size, or in a language still being learnt, took six to
twelve minutes a step (the Arabic 200 % runs, docs/playtests/). A level may say in an optional
`[short]` table which of its choices the short way plays (`plays`: step 1's statements, step 3's
people, step 4's actions, step 5's parts, step 6's moments, step 7's places, by id), which cards
it chooses among (`shows`: step 1's offers, step 5's example contacts, step 6's profile items),
as a workshop set does (workshop_sets.played_config), how many weeks it plays (`weeks`: steps
4 and 7) and how many of the player's own people it offers (`people`: step 5's whom to write to).
The run keeps its way from its first step to its plan (Progress.short), so the task, the thread
the later steps read and the saved state all see the same choices. A step without the table is
played whole either way; its score card says one reason on the short way either way
(scenes/feedback.py). No pygame.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, ValidationError

from steps_game.schema import Id, Strict, check_reference, checked_copy
from steps_game.workshop_sets import playable, played_config, shown


class ShortWay(Strict):
    """A level's optional `[short]` table."""

    # the ids of the step's choices the short way plays, in the level's order; all when not given
    plays: list[Id] | None = Field(default=None, min_length=1)
    # the ids of the cards it chooses among, in the order they are shown; all when not given
    shows: list[Id] | None = Field(default=None, min_length=1)
    # fewer weeks to play than the task's own `weeks` (steps 4 and 7), step 7's news of later
    # weeks left out with them
    weeks: int | None = Field(default=None, ge=1)
    # fewer of the player's own people to choose among than the task's own `map_people` (step
    # 5's whom to write to: at 200 % one a page, and a new player went round them twice,
    # thirty-eighth run)
    people: int | None = Field(default=None, ge=1)


def check_short_way(short: ShortWay, task: Any) -> None:
    """Raise where the table names a choice or a card the step does not have, names one twice,
    or leaves too few to choose among (the task table's own `showing` says why)."""
    for name, known in (("plays", playable(task)), ("shows", shown(task))):
        ids = getattr(short, name)
        if ids is None:
            continue
        if not known:
            raise ValueError(f"short.{name}: this step's task has no choices to pick by id")
        if len(set(ids)) != len(ids):
            raise ValueError(f"short.{name} names a choice twice ({list(ids)})")
        for ref in ids:
            check_reference(ref, known, f"choice in short.{name}")
    for name, field, none in (
        ("people", "map_people", "offers none of the player's people"),
        ("weeks", "weeks", "has no weeks"),
    ):
        fewer, whole = getattr(short, name), getattr(task, field, None)
        if fewer is None:
            continue
        if whole is None:
            raise ValueError(f"short.{name}: this step's task {none}")
        if fewer >= whole:
            raise ValueError(f"short.{name} is {fewer}: expected fewer than the step's {whole}")
    try:
        short_config(task, short)
    except ValidationError as error:  # what is left cannot be played: said of the short table
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ValueError(
            f"short: the task as the short way plays it is not whole: {where}: {first['msg']}"
        ) from None


def short_config(task: Any, short: ShortWay | None) -> Any:
    """The task table as the short way plays it (the whole table without a `[short]` table)."""
    if short is None:
        return task
    task = played_config(task, short.plays, short.shows)
    if short.people is not None:
        task = task.model_copy(update={"map_people": short.people})
    return task if short.weeks is None else _in_weeks(task, short.weeks)


def _in_weeks(task: Any, weeks: int) -> Any:
    """The task table over its first `weeks` weeks, checked again as the level is: what a
    later week held (step 7's news) goes with it, and a plan's least number of actions
    (step 4's `plan_min`) shrinks with its weeks. (Four actions asked of three weeks took
    points from a player who did what the instruction asks, something in every week:
    forty-third run, 95.)"""
    fields = type(task).model_fields
    update: dict[str, Any] = {"weeks": weeks}
    if "news" in fields:
        update["news"] = [n for n in task.news if n.week <= weeks]
    if "plan_min" in fields:
        update["plan_min"] = max(1, round(task.plan_min * weeks / task.weeks))
    return checked_copy(task, **update)
