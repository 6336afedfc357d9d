"""Choosing the language: every text on every open screen changes at once."""

from __future__ import annotations

import pygame

from steps_game.i18n import languages
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import BUTTON_GAP, overlay_panel
from steps_game.ui import palette
from steps_game.ui.builder import BUTTON_HEIGHT


class LanguageScene(Scene):
    overlay = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.preferred_focus = f"lang:{app.tr.language}"

    def enter(self) -> None:
        super().enter()
        # While the player reads the list, the other languages' files are read, so that the
        # one chosen switches at once.
        self.app.read_languages_ahead()

    def build(self) -> None:
        tr = self.tr
        shipped = languages()
        panel = overlay_panel(self.ui, 150 + (len(shipped) + 1) * (BUTTON_HEIGHT + BUTTON_GAP), 520)
        self.ui.text(
            tr("language.heading"),
            pygame.Rect(panel.x, panel.y + 24, panel.width, 44),
            size=30,
            bold=True,
            center=True,
            color=palette.ACCENT_DARK,
        )
        y = panel.y + 90
        for language in shipped:
            current = language.code == tr.language
            rect = pygame.Rect(panel.x + 80, y, panel.width - 160, BUTTON_HEIGHT)
            self.ui.button(
                f"lang:{language.code}",
                language.name,
                rect,
                lambda code=language.code: self.app.set_language(code),
                secondary=not current,
                selected=current,
            )
            y += BUTTON_HEIGHT + BUTTON_GAP
        self.ui.button(
            "back",
            tr("language.back"),
            pygame.Rect(panel.x + 80, y + 10, panel.width - 160, BUTTON_HEIGHT),
            self.app.pop,
            secondary=True,
        )

    def on_back(self) -> bool:
        self.app.pop()
        return True
