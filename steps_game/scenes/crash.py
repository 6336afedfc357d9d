"""Shown after an unexpected error instead of vanishing: what happened, where the report is."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y, header


class CrashScene(Scene):
    def __init__(self, app, report_path) -> None:
        super().__init__(app)
        self.report_path = report_path

    def build(self) -> None:
        tr = self.tr
        header(self.ui, tr("game.name"), tr("crash.heading"))
        text = tr("crash.explain")
        if self.report_path is not None:
            text += "\n\n" + tr("crash.report", path=str(self.report_path))
        self.ui.text(text, pygame.Rect(MARGIN, 130, SCREEN_W - 2 * MARGIN, 400), size=24)
        self.ui.button_row(
            [
                ("to-title", tr("crash.to_title"), self.to_title),
                ("quit", tr("crash.quit"), self.app.quit, {"secondary": True}),
            ],
            footer_y(),
        )

    def to_title(self) -> None:
        from steps_game.scenes.title import TitleScene

        self.app.session.load()  # what was saved last, not what was in memory when it broke
        self.app.reset_to(TitleScene(self.app))

    def on_back(self) -> bool:
        return True
