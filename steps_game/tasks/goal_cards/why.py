"""Why a chosen goal can matter, shown with step 2's cards: under them across the board, or at
large text beside them, page by page when it is longer than the board."""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.flow import Group, Pager, Para, draw_page, flow
from steps_game.ui.measure import button_box

ROW_GAP = 8  # between the why and its page turner


def why_group(tr, goal) -> Group:
    """A goal's name and why in a panel; the hint to choose one when none is chosen."""
    if goal is None:
        return Group((Para(tr("task.goal_cards.why_hint"), 20, color=palette.MUTED),))
    return Group(
        (Para(tr.pick(goal.label), 20, bold=True, heading=True), Para(tr.pick(goal.why), 19)),
        fill=palette.PANEL,
    )


def why_turn_label(tr, page: int, pages: int) -> str:
    """The why's page turner says what it turns, "More about this goal (1/3)", and on its last
    page where it goes: the goal board beside it has its own "Next page (1/10)", and two
    buttons of one name on one screen left a keyboard player guessing (Arabic play-test)."""
    key = "why_first" if page >= pages else "why_next"
    return tr(f"task.goal_cards.{key}", page=page, pages=pages)


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
            # as tall as its words at their widest ("More about this goal (1/2)" takes two
            # lines at 200 % in Swedish in a narrow column): they are never cut or shrunk
            widest = why_turn_label(tr, len(pages), len(pages))
            row_h = max(button_box(why_turn_label(tr, 1, len(pages)), box.width)[1],
                        button_box(widest, box.width)[1])  # fmt: skip
            box = pygame.Rect(box.x, box.y, box.width, box.height - row_h - ROW_GAP)
            pages = flow([group], box)
            page = self.pager.settle(len(pages))
            label = why_turn_label(tr, page + 1, len(pages))
            width, _ = button_box(label, box.width)
            turner = pygame.Rect(box.x, box.bottom + ROW_GAP, width, row_h)

            def turn() -> None:
                self.pager.turn(1)
                rebuild()

            ui.button("more-why", label, turner, turn, secondary=True)
        else:
            page = self.pager.settle(1)
        draw_page(ui, pages[page])
