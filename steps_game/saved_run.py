"""What the title offers for a saved run (start, continue at step N, or see the profile), from
the fields of the save alone, so that the title can be drawn before the save is fully read.

The full read (steps_game/progress.py: migrations, validation with pydantic, the save's levels
against the levels being played) waits until the title is on screen: it needs the level files and
pydantic, which took most of start-up. Until then `peek_run` looks at progress.json with the
standard library only. Both answers come from `summarize`, so they agree whenever the save is
sound; when the full read finds otherwise (a broken save, one of other levels), the title is drawn
again from it a moment later.
"""

from __future__ import annotations

from dataclasses import dataclass

from steps_game.storage import Storage

PROGRESS_FILE = "progress.json"
SAVE_VERSION = 2
# Versions whose fields the title reads are the same as now (the notebook of version 2 is not one).
PEEKED_VERSIONS = (1, 2)


@dataclass(frozen=True)
class RunSummary:
    started: bool  # anything chosen yet: a field, a step done, a task begun
    finished: bool  # every step done: the title offers the profile
    current_step: int


def summarize(
    *, levels: int, outcomes: int, current_step: int, task_begun: bool, field_chosen: bool
) -> RunSummary:
    return RunSummary(
        started=outcomes > 0 or task_begun or field_chosen,
        finished=outcomes >= levels > 0 and current_step > levels,
        current_step=current_step,
    )


def peek_run(storage: Storage) -> RunSummary | None:
    """The summary of progress.json as it lies on disk, or None when there is none or it is not
    plainly a save of this version (the full read decides about those)."""
    data, _problem = storage.read_json(PROGRESS_FILE)
    if not isinstance(data, dict):
        return None
    version = data.get("version")
    if type(version) is not int or version not in PEEKED_VERSIONS:
        return None
    levels, outcomes, step = data.get("levels"), data.get("outcomes"), data.get("current_step", 1)
    if not isinstance(levels, list) or not isinstance(outcomes, dict) or type(step) is not int:
        return None
    return summarize(
        levels=len(levels),
        outcomes=len(outcomes),
        current_step=step,
        task_begun=data.get("task_snapshot") is not None,
        field_chosen=data.get("field") is not None,
    )


def offer(summary: RunSummary | None) -> tuple[str, int]:
    """What the title offers for a saved run: ("start", 0), ("continue", step) or ("profile", 0)
    (a run not started is offered as none at all). Both the title's buttons and same_offer come
    from here, so the quick look and the full read can never disagree on what it means."""
    if summary is None or not summary.started:
        return "start", 0
    if summary.finished:
        return "profile", 0
    return "continue", summary.current_step


def same_offer(a: RunSummary | None, b: RunSummary | None) -> bool:
    """Whether the title shows the same buttons for both."""
    return offer(a) == offer(b)
