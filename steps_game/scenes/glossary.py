"""The networking words of the game in Finnish, each with a plain meaning in the player's language:
Finnish beside one's own language, reached from the pause menu."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import overlay_panel
from steps_game.ui import palette

COLUMNS = 2
ENTRY_H = 74


class GlossaryScene(Scene):
    overlay = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.preferred_focus = "back"

    def build(self) -> None:
        tr = self.tr
        terms = self.app.content.glossary.terms if self.app.content.glossary else []
        rows = (len(terms) + COLUMNS - 1) // COLUMNS
        panel = overlay_panel(self.ui, 150 + rows * ENTRY_H, 1160)
        inner = panel.inflate(-56, -40)
        self.ui.text(
            tr("glossary.heading"),
            pygame.Rect(inner.x, inner.y, inner.width, 40),
            size=28,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        width = (inner.width - 32) // COLUMNS
        for index, term in enumerate(terms):
            column, row = index % COLUMNS, index // COLUMNS
            box = pygame.Rect(
                inner.x + column * (width + 32), inner.y + 52 + row * ENTRY_H, width, ENTRY_H - 8
            )
            self.ui.text(term.finnish, pygame.Rect(box.x, box.y, box.width, 26), size=19, bold=True)
            self.ui.text(
                tr.pick(term.meaning),
                pygame.Rect(box.x, box.y + 26, box.width, 42),
                size=16,
                color=palette.INK,
            )
        self.ui.button_row(
            [("back", tr("glossary.back"), self.app.pop)], panel.bottom - 72, right=panel.right - 28
        )

    def on_back(self) -> bool:
        self.app.pop()
        return True
