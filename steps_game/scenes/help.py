"""Workshop mode's help (F1): the facilitator's keys and what is and is not stored."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_W
from steps_game.ui import palette

PANEL = pygame.Rect(60, 16, SCREEN_W - 120, 688)
ROW_H = 50
KEY_W = 210


class HelpScene(Scene):
    overlay = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.preferred_focus = "close"

    def build(self) -> None:
        from steps_game.workshop import KEYS

        tr = self.tr
        self.ui.panel(PANEL, palette.PANEL)
        inner = PANEL.inflate(-64, -48)
        self.ui.text(
            tr("workshop.help_heading"),
            pygame.Rect(inner.x, inner.y, inner.width, 62),
            size=30,
            bold=True,
            color=palette.ACCENT_DARK,
            center=True,
        )
        y = inner.y + 74
        for _, name, key in KEYS:
            self.ui.text(
                name, pygame.Rect(inner.x, y, KEY_W - 16, ROW_H), size=20, bold=True, middle=True
            )
            self.ui.text(
                tr(key),
                pygame.Rect(inner.x + KEY_W, y, inner.width - KEY_W, ROW_H),
                size=20,
                middle=True,
            )
            y += ROW_H
        self.ui.text(
            tr("workshop.privacy"),
            pygame.Rect(inner.x, y + 8, inner.width, 80),
            size=18,
            color=palette.ACCENT_DARK,
        )
        self.ui.button_row(
            [("close", tr("workshop.close"), self.app.pop)],
            inner.bottom - self.ui.row_height,
            right=inner.right,
        )

    def on_back(self) -> bool:
        self.app.pop()
        return True
