"""The pause menu over any screen: resume, settings, language, back to title, quit."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import menu, overlay_panel
from steps_game.ui import palette


class PauseScene(Scene):
    overlay = True

    def build(self) -> None:
        tr = self.tr
        big = self.app.workshop is not None  # larger words in workshop mode
        glossary = self.app.content is not None and self.app.content.glossary is not None
        extra = 66 if glossary else 0
        panel = overlay_panel(self.ui, (500 if big else 470) + extra, 520)
        self.ui.text(
            tr("pause.heading"),
            pygame.Rect(panel.x, panel.y + 16, panel.width, 68)
            if big
            else pygame.Rect(panel.x, panel.y + 24, panel.width, 44),
            size=32,
            bold=True,
            center=True,
            color=palette.ACCENT_DARK,
        )
        items = [
            ("resume", tr("pause.resume"), self.app.pop),
            ("settings", tr("pause.settings"), self.open_settings),
            ("language", tr("pause.language"), self.choose_language),
            *([("glossary", tr("pause.glossary"), self.open_glossary)] if glossary else []),
            ("to-title", tr("pause.to_title"), self.to_title),
            ("quit", tr("pause.quit"), self.ask_quit),
        ]
        if self.app.workshop is not None:  # nothing to set or delete: the keys instead
            items[1] = ("help", tr("workshop.help"), self.app.workshop.toggle_help)
        menu(self.ui, items, panel.y + (100 if big else 90))

    def on_back(self) -> bool:
        self.app.pop()
        return True

    def ask_quit(self) -> None:
        """Quitting during a task, or anywhere in a workshop (where nothing is kept), asks
        first; elsewhere nothing is lost and the game closes at once."""
        from steps_game.scenes.confirm import ConfirmScene
        from steps_game.scenes.task_host import TaskHostScene

        if self.app.workshop is not None:
            question = "workshop.quit_confirm"
        elif any(isinstance(scene, TaskHostScene) for scene in self.app.scenes):
            question = "pause.quit_confirm"
        else:
            self.app.quit()
            return
        self.app.push(ConfirmScene(self.app, question, "pause.quit_yes", self.app.quit))

    def open_settings(self) -> None:
        from steps_game.scenes.settings import SettingsScene

        self.app.push(SettingsScene(self.app))

    def open_glossary(self) -> None:
        from steps_game.scenes.glossary import GlossaryScene

        self.app.push(GlossaryScene(self.app))

    def choose_language(self) -> None:
        from steps_game.scenes.language import LanguageScene

        self.app.push(LanguageScene(self.app))

    def to_title(self) -> None:
        from steps_game.scenes.title import TitleScene

        for scene in self.app.scenes:
            scene.on_quit()  # keep a task in progress, as quitting would
        self.app.reset_to(TitleScene(self.app))
