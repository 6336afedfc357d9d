"""Workshop mode's first question: which set the room plays (levels/workshop/sets.toml).

One full-width button per set, its name and minutes in words, stacked so a long name wraps inside
its button instead of squeezing beside another. Under them the second language the room sees
under the first (scenes/second_language.py); Back returns to the workshop title."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_W
from steps_game.scenes.second_language import second_label
from steps_game.scenes.sizing import (
    EDGE,
    GAP,
    PAD,
    centered_panel,
    heading_height,
    panel_heading,
    place_row,
    row_height,
)

HEADING_SIZE = 30


class SetPickerScene(Scene):
    overlay = True

    def __init__(self, app) -> None:
        super().__init__(app)
        workshop = app.workshop
        self.preferred_focus = f"set-{workshop.sets.sets[0].id}"

    def build(self) -> None:
        workshop = self.app.workshop
        width = SCREEN_W - 2 * EDGE
        inner_w = width - 2 * PAD
        heading = self.tr("workshop_sets.choose_heading")
        heading_h = heading_height(heading, HEADING_SIZE, inner_w)
        rows = [
            [(f"set-{one.id}", workshop.set_label(one), lambda one=one: workshop.choose_set(one))]
            for one in workshop.sets.sets
        ]
        second = [("second", second_label(self.tr), self.choose_second, {"secondary": True})]
        rows.append(second)
        rows.append([("back", self.tr("workshop.back"), self.app.pop, {"secondary": True})])
        heights = [row_height(row, inner_w) for row in rows]
        total = 2 * PAD + heading_h + GAP + sum(heights) + GAP * len(rows)
        panel = centered_panel(self.ui, width, total)
        inner = panel.inflate(-2 * PAD, -2 * PAD)
        panel_heading(self.ui, heading, inner, heading_h, HEADING_SIZE)
        y = inner.y + heading_h + 2 * GAP
        for row, height in zip(rows[:-1], heights, strict=False):
            # the sets as one column of full-width buttons, so the choice reads as a list
            set_id, label, action, *options = row[0]
            rect = pygame.Rect(inner.x, y, inner.width, height)
            self.ui.button(set_id, label, rect, action, **(options[0] if options else {}))
            y += height + GAP
        place_row(self.ui, rows[-1], y, inner.x, inner.right)

    def choose_second(self) -> None:
        from steps_game.scenes.second_language import SecondLanguageScene

        self.app.push(SecondLanguageScene(self.app))

    def on_back(self) -> bool:
        self.app.pop()
        return True
