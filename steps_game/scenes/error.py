"""A level folder that cannot be played: the same lines as `steps-game validate`, no traceback."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y, header
from steps_game.ui import palette

SHOWN_LINES = 12


class ContentErrorScene(Scene):
    def __init__(self, app, problems: tuple[str, ...], on_bundled) -> None:
        super().__init__(app)
        self.problems = problems
        self.on_bundled = on_bundled

    def build(self) -> None:
        tr = self.tr
        header(self.ui, tr("game.name"), tr("error.heading"))
        self.ui.text(
            tr("error.explain"), pygame.Rect(MARGIN, 112, SCREEN_W - 2 * MARGIN, 60), size=22
        )
        lines = list(self.problems[:SHOWN_LINES])
        if len(self.problems) > SHOWN_LINES:
            lines.append(tr("error.more", count=len(self.problems) - SHOWN_LINES))
        self.ui.panel(pygame.Rect(MARGIN, 180, SCREEN_W - 2 * MARGIN, 450))
        self.ui.text(
            "\n".join(lines),
            pygame.Rect(MARGIN + 20, 196, SCREEN_W - 2 * MARGIN - 40, 420),
            size=17,
            color=palette.INK,
        )
        self.ui.button_row(
            [
                ("play-bundled", tr("error.play_bundled"), self.on_bundled),
                ("quit", tr("error.quit"), self.app.quit, {"secondary": True}),
            ],
            footer_y(),
        )

    def on_back(self) -> bool:
        return True
