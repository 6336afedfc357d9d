"""Every task kind the game knows, found from the packages under steps_game/tasks/.

A kind is a package `steps_game/tasks/<kind>/` with `model.py` (a pydantic config class whose
`kind` is `Literal["<kind>"]`, and a TaskModel subclass; both pure) and `view.py` (a TaskView
subclass). Adding a package adds a kind: level files can name it and the loader checks it.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import typing
from dataclasses import dataclass
from typing import Annotated, Union

from pydantic import BaseModel, Field

import steps_game.tasks as tasks_package
from steps_game.tasks.base import TaskModel


@dataclass(frozen=True)
class TaskKind:
    name: str
    config: type[BaseModel]
    model: type[TaskModel]

    def view_class(self):
        """The view, imported only when a window needs it (models stay free of pygame)."""
        module = importlib.import_module(f"steps_game.tasks.{self.name}.view")
        from steps_game.tasks.view import TaskView

        found = [
            obj
            for _, obj in inspect.getmembers(module, inspect.isclass)
            if issubclass(obj, TaskView)
            and obj is not TaskView
            and obj.__module__ == module.__name__
        ]
        if len(found) != 1:
            raise LookupError(f"steps_game.tasks.{self.name}.view must define one TaskView")
        return found[0]


def _discover() -> dict[str, TaskKind]:
    kinds: dict[str, TaskKind] = {}
    for info in sorted(pkgutil.iter_modules(tasks_package.__path__), key=lambda i: i.name):
        # a folder without model.py is not a task kind (yet). Asked of the import system, not
        # the disk: a bundled game (packaging/) has model.pyc only, or an archive of modules.
        name = f"{tasks_package.__name__}.{info.name}.model"
        if not info.ispkg or importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        models = [
            obj
            for _, obj in inspect.getmembers(module, inspect.isclass)
            if issubclass(obj, TaskModel)
            and obj is not TaskModel
            and obj.__module__ == module.__name__
        ]
        configs = [
            obj
            for _, obj in inspect.getmembers(module, inspect.isclass)
            if issubclass(obj, BaseModel)
            and obj.__module__ == module.__name__
            and "kind" in obj.model_fields
            and typing.get_args(obj.model_fields["kind"].annotation) == (info.name,)
        ]
        if len(models) != 1 or len(configs) != 1:
            raise LookupError(
                f"steps_game.tasks.{info.name}.model must define one TaskModel and one config "
                f"with kind = Literal[{info.name!r}]"
            )
        kinds[info.name] = TaskKind(info.name, configs[0], models[0])
    return kinds


TASK_KINDS = _discover()

TaskConfig = Annotated[
    Union[tuple(kind.config for kind in TASK_KINDS.values())],  # noqa: UP007 - built at run time
    Field(discriminator="kind"),
]
