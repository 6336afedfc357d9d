"""One thread through the seven steps: the notebook read in the levels' words, step by step.

Each level's task model reads its own page of the notebook (`TaskModel.resolve`), given what the
steps before it handed on, so the step 7 model can name the people of the step 3 map and the step 6
event. A later task is started with the thread of the steps before it; the plan is drawn from the
whole thread. Pure: no pygame.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from steps_game import group_texts
from steps_game.content import GameContent
from steps_game.level_models import Level
from steps_game.notebook import Notebook
from steps_game.short_way import short_config
from steps_game.tasks.base import EMPTY_THREAD, Thread
from steps_game.tasks.registry import TASK_KINDS

# A page that no longer fits its level (a save of an older level file, a page from a retried
# step that names people since taken off the map) adds nothing rather than stopping the game.
UNFIT = (KeyError, TypeError, ValueError, StopIteration, AttributeError, IndexError)


def read_thread(
    content: GameContent,
    notebook: Notebook,
    field_id: str | None,
    *,
    before: int | None = None,
    workshop: bool = False,
    short: bool = False,
) -> Thread:
    """The thread of the steps before step `before` (of every step when None). In a workshop
    each step's page is read in its group texts, so that what a later step or the plan names
    (step 6's "a participant in Sara's field", a step 3 card) is said of the model newcomer."""
    thread = EMPTY_THREAD
    for level in content.levels:
        if before is not None and level.step >= before:
            break
        config = step_config(level, workshop=workshop, short=short)
        model = TASK_KINDS[level.task.kind].model(config, field_id, thread)
        try:
            found = model.resolve(notebook)
        except UNFIT:
            found = {}
        if found:
            thread = replace(thread, **found)
    return thread


def step_config(level: Level, *, workshop: bool, short: bool) -> Any:
    """The step's task table as the run plays it: in a workshop with the group texts (the set's
    own choices are the workshop's to pick), on the short way with only the level's `[short]`
    choices."""
    config = group_texts.task_config(level, workshop)
    return short_config(config, level.short) if short and not workshop else config
