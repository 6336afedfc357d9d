"""A step's intro: what the step is and why it matters, before its mini-task."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y
from steps_game.ui import palette


class IntroScene(Scene):
    menu_button = True

    def __init__(self, app, step: int) -> None:
        super().__init__(app)
        self.step = step
        self.level = app.content.level(step)

    def build(self) -> None:
        tr = self.tr
        top = self.step_header(self.level) + 12
        panel = pygame.Rect(MARGIN, top, SCREEN_W - 2 * MARGIN, footer_y() - 20 - top)
        self.ui.panel(panel, palette.PANEL)
        self.ui.text(tr.pick(self.level.intro), panel.inflate(-80, -60), size=30)
        self.ui.button_row([("start-task", tr("intro.start_task"), self.start_task)], footer_y())

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.draw_step_track(surface, self.step)

    def start_task(self) -> None:
        from steps_game.scenes.task_host import TaskHostScene

        self.app.replace(TaskHostScene(self.app, self.step))
