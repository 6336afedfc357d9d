"""Why a chosen goal can matter, shown with step 2's cards: under them across the board, or at
large text beside them, page by page when it is longer than the board."""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.flow import Group, Pager, Para, draw_page, flow

ROW_GAP = 8  # between the why and its page turner


def why_group(tr, goal) -> Group:
    """A goal's name and why in a panel; the hint to choose one when none is chosen."""
    if goal is None:
        return Group((Para(tr("task.goal_cards.why_hint"), 20, color=palette.MUTED),))
    return Group(
        (Para(tr.pick(goal.label), 20, bold=True, heading=True), Para(tr.pick(goal.why), 19)),
        fill=palette.PANEL,
    )


class WhyPages:
    """The why in a box, page by page with its own page turner under it ("more-why") when it
    is longer than the box; a newly chosen goal's why starts at its first page."""

    def __init__(self) -> None:
        self.pager = Pager()
        self._goal: str | None = None

    def build(self, ui: ViewBuilder, tr, goal, box: pygame.Rect, rebuild) -> None:
        key = goal.id if goal is not None else None
        if key != self._goal:
            self._goal, self.pager.page = key, 0
        group = why_group(tr, goal)
        pages = flow([group], box)
        if len(pages) > 1:
            row_h = button_height()
            box = pygame.Rect(box.x, box.y, box.width, box.height - row_h - ROW_GAP)
            pages = flow([group], box)
            page = self.pager.settle(len(pages))
            turner = pygame.Rect(box.x, box.bottom + ROW_GAP, box.width, row_h)
            turner.width = min(box.width, button_width(self.pager.label(tr)))
            self.pager.button(ui, tr, turner, rebuild, "more-why")
        else:
            page = self.pager.settle(1)
        draw_page(ui, pages[page])
