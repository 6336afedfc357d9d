"""Choosing the language: every text on every open screen changes at once.

At a first start (launch.asks_language) the list is the first screen, the computer's language
picked already: choosing one, or Esc for the one picked, goes on to the title in it."""

from __future__ import annotations

import pygame

from steps_game.i18n import languages
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import BUTTON_GAP, overlay_panel
from steps_game.ui import palette

HEADING_ROOM = 90  # from the panel's top to the first row of languages
PANEL_WIDTH = 720
SIDE = 40  # between the panel's edges and its buttons
COLUMN_GAP = 20


class LanguageScene(Scene):
    overlay = True

    def __init__(self, app, *, first_start: bool = False) -> None:
        super().__init__(app)
        self.first_start = first_start
        self.preferred_focus = f"lang:{app.tr.language}"

    def enter(self) -> None:
        super().enter()
        # While the player reads the list, the other languages' files are read, so that the
        # one chosen switches at once. At a first start the list comes before the levels are
        # read (App.defer_start): reading ahead waits for them, not the first frame.
        if self.app.start_finished:
            self.app.read_languages_ahead()

    def start_finished(self) -> None:
        self.app.read_languages_ahead()

    def choose(self, code: str) -> None:
        self.app.set_language(code)
        if self.first_start:
            self.app.pop()

    def build(self) -> None:
        tr = self.tr
        shipped = languages()
        # Two columns, read down the first and then the second: ten languages in one column
        # stood taller than the screen.
        rows = (len(shipped) + 1) // 2
        row = self.ui.row_height + BUTTON_GAP
        # at a first start the languages themselves are the way on: no Back to go back to
        footer_rows = 0 if self.first_start else 1
        panel = overlay_panel(self.ui, HEADING_ROOM + (rows + footer_rows) * row + 20, PANEL_WIDTH)
        self.ui.text(
            tr("language.heading"),
            pygame.Rect(panel.x, panel.y + 24, panel.width, 44),
            size=30,
            bold=True,
            center=True,
            color=palette.ACCENT_DARK,
        )
        column_w = (panel.width - 2 * SIDE - COLUMN_GAP) // 2
        for index, language in enumerate(shipped):
            column, line = divmod(index, rows)
            current = language.code == tr.language
            rect = pygame.Rect(
                panel.x + SIDE + column * (column_w + COLUMN_GAP),
                panel.y + HEADING_ROOM + line * row,
                column_w,
                self.ui.row_height,
            )
            self.ui.button(
                f"lang:{language.code}",
                language.name,
                rect,
                lambda code=language.code: self.choose(code),
                secondary=not current,
                selected=current,
            )
        if self.first_start:
            return
        self.ui.button(
            "back",
            tr("language.back"),
            pygame.Rect(
                panel.x + SIDE,
                panel.y + HEADING_ROOM + rows * row + 10,
                panel.width - 2 * SIDE,
                self.ui.row_height,
            ),
            self.app.pop,
            secondary=True,
        )

    def on_back(self) -> bool:
        if self.first_start:  # the language picked for the player is the one they keep
            self.choose(self.tr.language)
        else:
            self.app.pop()
        return True
