"""A step's intro: what the step is and why it matters, before its mini-task."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import FOOTER_Y, MARGIN, SCREEN_W, header, step_overline, step_track
from steps_game.ui import palette


class IntroScene(Scene):
    menu_button = True

    def __init__(self, app, step: int) -> None:
        super().__init__(app)
        self.step = step
        self.level = app.content.level(step)

    def build(self) -> None:
        tr = self.tr
        total = len(self.app.content.levels)
        header(
            self.ui,
            step_overline(self.app, self.level, total),
            tr.pick(self.level.title),
            right=self.header_right,
        )
        panel = pygame.Rect(MARGIN, 160, SCREEN_W - 2 * MARGIN, 330)
        if self.app.workshop is not None:  # larger words for a projector: a taller panel
            panel = pygame.Rect(MARGIN, 150, SCREEN_W - 2 * MARGIN, 470)
        self.ui.panel(panel, palette.PANEL)
        self.ui.text(tr.pick(self.level.intro), panel.inflate(-80, -60), size=30)
        self.ui.button_row([("start-task", tr("intro.start_task"), self.start_task)], FOOTER_Y)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        step_track(
            surface, len(self.app.session.outcomes()), self.step, len(self.app.content.levels)
        )

    def start_task(self) -> None:
        from steps_game.scenes.task_host import TaskHostScene

        self.app.replace(TaskHostScene(self.app, self.step))
