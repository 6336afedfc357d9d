"""Workshop mode: the facilitator picks a second language, shown under the first for the steps'
headings, step 1's statements and answers, the tally's question and options, the discussion
card's questions and the group screen's questions (ui/second_line.py).

The choice lives in memory only (`Translator.second`), like the rest of a workshop run: nothing is
written, and F12 forgets it with the run (Workshop.reset). Opened from the set picker."""

from __future__ import annotations

import pygame

from steps_game.i18n import language, languages
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
from steps_game.scenes.timer_corner import KeepsTimerCorner, heading_rect, heading_room, tall_enough

HEADING_SIZE = 30
PANEL_WIDTH = 720
NONE_ID = "second:none"


def second_label(tr) -> str:
    """ "Second language: Suomi", or "... none": the set picker's button."""
    name = language(tr.second).name if tr.second else tr("second_language.none")
    return tr("second_language.button", name=name)


def choose_second(app, code: str | None) -> None:
    """Show `code` under the first language from now on (None: one language only). Its level
    texts are read first when the game has not read them yet."""
    if code is not None:
        from steps_game.content import finish, loading_language

        finish(app.ahead.take(code) or loading_language(app.content, code))
    app.tr.set_second(code)
    app.rebuild_shown()


class SecondLanguageScene(KeepsTimerCorner, Scene):
    overlay = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.preferred_focus = f"second:{app.tr.second}" if app.tr.second else NONE_ID

    def choose(self, code: str | None) -> None:
        self.app.pop()
        choose_second(self.app, code)

    def build(self) -> None:
        tr = self.tr
        chosen = tr.second
        items = [
            (
                NONE_ID,
                tr("second_language.only_one"),
                lambda: self.choose(None),
                {"secondary": chosen is not None, "selected": chosen is None},
            )
        ]
        # the other languages named in themselves (the room may not read the first one)
        items += [
            (
                f"second:{one.code}",
                one.name,
                lambda code=one.code: self.choose(code),
                {"secondary": one.code != chosen, "selected": one.code == chosen},
            )
            for one in languages()
            if one.code != tr.language
        ]
        heading = tr("second_language.heading")
        back = tr("workshop.back")
        width = SCREEN_W - 2 * EDGE - 2 * PAD
        heading_h = heading_height(heading, HEADING_SIZE, width)
        back_h = option_height(back, width)
        room = SCREEN_H - 2 * EDGE - 2 * PAD - heading_h - back_h - 2 * GAP
        grid = plan_grid(items, width, room, most_columns=3, least_width=300)
        back_h = option_height(back, grid.outer_width)
        panel_w = max(PANEL_WIDTH, grid.outer_width + 2 * PAD)
        # the heading wraps in the panel's own width, narrower than the screen's
        # and beside the facilitator's timer (F6) while it is on
        beside = heading_room(self.app, center=True)
        heading_h = heading_height(heading, HEADING_SIZE, panel_w - 2 * PAD - beside)
        heading_h = tall_enough(self.app, heading_h)
        height = 2 * PAD + heading_h + GAP + grid.height + GAP + back_h
        panel = centered_panel(self.ui, panel_w, height)
        inner = panel.inflate(-2 * PAD, -2 * PAD)
        self.timer_inner = inner  # the timer (F6) in its top corner
        box = heading_rect(self.app, inner, heading_h, center=True)
        panel_heading(self.ui, heading, box, heading_h, HEADING_SIZE)
        bottom = place_grid(self.ui, items, grid, inner.y + heading_h + GAP, secondary_after=None)
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
        self.app.pop()
        return True
