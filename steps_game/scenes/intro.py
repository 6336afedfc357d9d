"""A step's intro: what the step is and why it matters, before its mini-task."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import (
    FOOTER_Y,
    MARGIN,
    SCREEN_H,
    SCREEN_W,
    header,
    step_overline,
    step_track,
)
from steps_game.ui import palette
from steps_game.ui.builder import button_height
from steps_game.ui.flow import Group, Pager, Para, draw_page, flow
from steps_game.ui.intents import Act, Intent

TOP = 160
TOP_WORKSHOP = 150
PANEL_H = 330  # the panel's height when its words need no more (at 100 % text)


class IntroScene(Scene):
    def __init__(self, app, step: int) -> None:
        super().__init__(app)
        self.step = step
        self.level = app.content.level(step)
        self.pager = Pager()

    def build(self) -> None:
        tr = self.tr
        total = len(self.app.content.levels)
        header(self.ui, step_overline(self.app, self.level, total), tr.pick(self.level.title))
        top = TOP if self.app.workshop is None else TOP_WORKSHOP
        # the button's row on the footer's line, kept on screen when the buttons are taller
        row_y = min(FOOTER_Y, SCREEN_H - 6 - button_height())
        room = pygame.Rect(MARGIN, top, SCREEN_W - 2 * MARGIN, row_y - 18 - top)
        # The words at their full size when they fit the screen, smaller down to their floor
        # when that keeps them on one page, else page by page (ui/flow.py).
        pages = flow([Group((Para(tr.pick(self.level.intro), 30),))], room.inflate(-80, -60))
        page = pages[self.pager.settle(len(pages))]
        used = max(piece.rect.bottom for piece in page.pieces) + 30 - top
        panel = pygame.Rect(room.x, top, room.width, min(room.height, max(PANEL_H, used)))
        self.ui.panel(panel, palette.PANEL)
        draw_page(self.ui, page)
        self.ui.button_row([("start-task", tr("intro.start_task"), self.start_task)], row_y)
        if self.pager.pages > 1:
            self.ui.button_row(
                [("more", self.pager.label(tr), self.turn, {"secondary": True})],
                row_y,
                align="left",
                left=MARGIN,
            )

    def turn(self, by: int = 1) -> bool:
        if self.pager.turn(by):
            self.rebuild()
            return True
        return False

    def handle(self, intent: Intent) -> bool:
        if intent.act is Act.SCROLL:  # the wheel, Page Up and Page Down turn the pages
            return self.turn(1 if intent.dy > 0 else -1)
        return False

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        step_track(
            surface, len(self.app.session.outcomes()), self.step, len(self.app.content.levels)
        )

    def start_task(self) -> None:
        from steps_game.scenes.task_host import TaskHostScene

        self.app.replace(TaskHostScene(self.app, self.step))
