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
        panel = overlay_panel(self.ui, 326, 560)
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
                ("delete-data", tr("settings.delete"), self.ask_delete),
                ("back", tr("settings.back"), self.app.pop),
            ],
            panel.y + 100,
        )

    def toggle_fullscreen(self) -> None:
        self.app.toggle_fullscreen()
        self.rebuild()

    def ask_delete(self) -> None:
        from steps_game.scenes.confirm import ConfirmScene

        self.app.push(
            ConfirmScene(
                self.app,
                "settings.delete_confirm",
                "settings.delete_yes",
                self.delete_data,
                folder=str(self.app.storage.folder),
            )
        )

    def delete_data(self) -> None:
        """Everything the game stored goes; the game starts afresh at the title."""
        from steps_game.scenes.title import TitleScene

        self.app.storage.delete_all()
        self.app.session.progress = None
        self.app.notice = "settings.deleted"
        self.app.reset_to(TitleScene(self.app))

    def on_back(self) -> bool:
        self.app.pop()
        return True
