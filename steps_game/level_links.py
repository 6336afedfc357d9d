"""What one level names of another, checked when a level folder is read: step 5's
`map_areas_first` names areas (sector ids) of step 3's map. A name that is not there would
quietly order nothing; a counsellor who mistypes it gets a line saying what the map has."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from steps_game.level_problems import Problem
from steps_game.schema import did_you_mean


def link_problems(levels: Sequence[tuple[str, Any]]) -> list[Problem]:
    """The names one level gives of another's ids that the other does not have."""
    tasks = {level.step: (name, level.task) for name, level in levels}
    if 3 not in tasks or 5 not in tasks:
        return []
    areas = [sector.id for sector in getattr(tasks[3][1], "sectors", [])]
    name, task = tasks[5]
    problems = []
    for index, area in enumerate(getattr(task, "map_areas_first", [])):
        if area not in areas:
            problems.append(
                Problem(
                    name,
                    f"task.map_areas_first[{index}]",
                    f"{area!r} is not an area of step 3's map (expected one of "
                    f"{', '.join(areas)}){did_you_mean(area, areas)}",
                )
            )
    return problems
