"""Why a chosen goal can matter, shown with step 2's cards: under them across the board (at
large text each goal's own why stands under its card instead, column.py)."""

from __future__ import annotations

from steps_game.ui import palette
from steps_game.ui.flow import Group, Para


def why_group(tr, goal) -> Group:
    """A goal's name and why in a panel; the hint to choose one when none is chosen."""
    if goal is None:
        return Group((Para(tr("task.goal_cards.why_hint"), 20, color=palette.MUTED),))
    return Group(
        (Para(tr.pick(goal.label), 20, bold=True, heading=True), Para(tr.pick(goal.why), 19)),
        fill=palette.PANEL,
    )
