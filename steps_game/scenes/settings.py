"""Settings that are remembered between runs."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import menu, overlay_panel
from steps_game.ui import palette


class SettingsScene(Scene):
    overlay = True

    def build(self) -> None:
        tr = self.tr
        panel = overlay_panel(self.ui, 260, 560)
        self.ui.text(
            tr("settings.heading"),
            pygame.Rect(panel.x, panel.y + 24, panel.width, 44),
            size=30,
            bold=True,
            center=True,
            color=palette.ACCENT_DARK,
        )
        fullscreen = (
            tr("settings.fullscreen_on") if self.app.fullscreen else tr("settings.fullscreen_off")
        )
        menu(
            self.ui,
            [
                ("fullscreen", fullscreen, self.toggle_fullscreen),
                ("back", tr("settings.back"), self.app.pop),
            ],
            panel.y + 100,
        )

    def toggle_fullscreen(self) -> None:
        self.app.toggle_fullscreen()
        self.rebuild()

    def on_back(self) -> bool:
        self.app.pop()
        return True
