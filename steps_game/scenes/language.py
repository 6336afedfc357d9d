"""Choosing the language: every text on every open screen changes at once.

At a first start (launch.asks_language) the list is the first screen, the computer's language
picked already: choosing one, or Esc for the one picked, goes on to the title in it. In workshop
mode choosing one closes the list too."""

from __future__ import annotations

import pygame

from steps_game.i18n import languages
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_H, SCREEN_W
from steps_game.scenes.sizing import (
    EDGE,
    GAP,
    PAD,
    centered_panel,
    heading_height,
    option_height,
    panel_heading,
    place_grid,
    plan_grid,
)

HEADING_SIZE = 30
PANEL_WIDTH = 720


class LanguageScene(Scene):
    overlay = True

    def __init__(self, app, *, first_start: bool = False) -> None:
        super().__init__(app)
        self.first_start = first_start
        self.preferred_focus = f"lang:{app.tr.language}"
        if first_start:
            # the focus shown on the language picked before any key: the first screen says
            # that the keys work, and where Enter goes (it was hidden until a first key, and
            # the picked language looked only chosen); a mouse press hides it as anywhere
            app.keyboard_mode = True

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
        # At a first start the title follows; in a workshop the facilitator picks once for the
        # room and goes on, back on the button that opened the list (a list left open took the
        # next Up and Enter as another language). A player elsewhere sees every text change
        # and goes back when ready.
        if self.first_start or self.app.workshop is not None:
            self.app.pop()

    def build(self) -> None:
        tr = self.tr
        shipped = languages()
        items = [
            (
                f"lang:{language.code}",
                language.name,
                lambda code=language.code: self.choose(code),
                {
                    "secondary": language.code != tr.language,
                    "selected": language.code == tr.language,
                },
            )
            for language in shipped
        ]
        # Sized from the words: columns read down the first and then the next (ten languages
        # in one column stood taller than the screen), each row as tall as its words.
        heading = tr("language.heading")
        back = tr("language.back")
        width = SCREEN_W - 2 * EDGE - 2 * PAD
        heading_h = heading_height(heading, HEADING_SIZE, width)
        # at a first start the languages themselves are the way on: no Back to go back to
        with_back = not self.first_start
        back_h = option_height(back, width) if with_back else -GAP
        room = SCREEN_H - 2 * EDGE - 2 * PAD - heading_h - back_h - 2 * GAP
        grid = plan_grid(items, width, room, most_columns=3, least_width=300)
        if with_back:
            back_h = option_height(back, grid.outer_width)
        height = 2 * PAD + heading_h + GAP + grid.height + GAP + back_h
        panel = centered_panel(self.ui, max(PANEL_WIDTH, grid.outer_width + 2 * PAD), height)
        inner = panel.inflate(-2 * PAD, -2 * PAD)
        panel_heading(self.ui, heading, inner, heading_h, HEADING_SIZE)
        bottom = place_grid(self.ui, items, grid, inner.y + heading_h + GAP, secondary_after=None)
        if not with_back:
            return
        self.ui.button(
            "back",
            back,
            pygame.Rect(
                inner.centerx - grid.outer_width // 2, bottom + GAP, grid.outer_width, back_h
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
