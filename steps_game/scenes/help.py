"""Workshop mode's help (F1): the facilitator's keys and what is and is not stored.

Each key stands beside what it does, each row as tall as its words; when the rows do not all fit
(large text), the list scrolls row by row (see scenes/scroller.py)."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_H, SCREEN_W
from steps_game.scenes.scroller import BAR_W, Scroller, hint_height, place_hint
from steps_game.scenes.sizing import (
    EDGE,
    GAP,
    PAD,
    centered_panel,
    heading_height,
    place_row,
    row_height,
)
from steps_game.ui import palette
from steps_game.ui.intents import Intent
from steps_game.ui.text import role_size, text_height, text_size

HEADING_SIZE = 30
KEY_SIZE = 20
TEXT_SIZE = 20
PRIVACY_SIZE = 18
ROW_GAP = 6  # rows close: all eight keys and the note fit in workshop mode
KEY_GAP = 24  # between a key's name and what it does


class HelpScene(Scene):
    overlay = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.preferred_focus = "close"
        self.scroller = Scroller()
        self.track = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        from steps_game.workshop import KEYS

        tr, ui = self.tr, self.ui
        width = SCREEN_W - 2 * EDGE - 2 * PAD
        list_w = width - 3 * BAR_W
        size = role_size(KEY_SIZE, "body")
        key_w = max(text_size(name, size, True)[0] for _, name, _ in KEYS) + KEY_GAP
        rows = []  # (key name, what it does or the privacy note, height)
        for _, name, key in KEYS:
            text_h = text_height(tr(key), TEXT_SIZE, list_w - key_w)
            rows.append((name, tr(key), max(text_h, text_height(name, KEY_SIZE, key_w, bold=True))))
        privacy = tr("workshop.privacy")
        rows.append(("", privacy, text_height(privacy, PRIVACY_SIZE, list_w, role="secondary")))
        heading = tr("workshop.help_heading")
        heading_h = heading_height(heading, HEADING_SIZE, width)
        buttons = [("close", tr("workshop.close"), self.app.pop)]
        buttons_h = row_height(buttons, width)
        hint = tr("plan.scroll_hint")
        hint_h = hint_height(hint, buttons, width)
        fixed = 2 * PAD + heading_h + 2 * GAP + buttons_h
        heights = [row[2] for row in rows]
        self.scroller.lay_out(heights, SCREEN_H - 2 * EDGE - fixed, ROW_GAP)
        if self.scroller.scrolls:
            fixed += hint_h
            self.scroller.lay_out(heights, SCREEN_H - 2 * EDGE - fixed, ROW_GAP)
            list_h = self.scroller.room
        else:
            list_h = self.scroller.height()
        panel = centered_panel(ui, SCREEN_W - 2 * EDGE, fixed + list_h)
        inner = panel.inflate(-2 * PAD, -2 * PAD)
        ui.text(
            heading,
            pygame.Rect(inner.x, inner.y, inner.width, heading_h),
            size=HEADING_SIZE,
            bold=True,
            color=palette.ACCENT_DARK,
            center=True,
            role="title",
        )
        top = inner.y + heading_h + GAP
        self.track = ui.place(pygame.Rect(inner.right - BAR_W, top, BAR_W, list_h))
        y = top
        for index in self.scroller.shown():
            name, text, height = rows[index]
            if name:
                ui.text(name, pygame.Rect(inner.x, y, key_w - KEY_GAP, height), bold=True)
                ui.text(text, pygame.Rect(inner.x + key_w, y, list_w - key_w, height))
            else:  # the privacy note, across the whole width
                box = pygame.Rect(inner.x, y, list_w, height)
                ui.text(text, box, size=PRIVACY_SIZE, color=palette.ACCENT_DARK, role="secondary")
            y += height + ROW_GAP
        bottom = inner.bottom - buttons_h
        if self.scroller.scrolls:
            place_hint(ui, hint, buttons, pygame.Rect(inner.x, bottom, inner.width, buttons_h))
        place_row(ui, buttons, bottom, inner.x, inner.right)

    def handle(self, intent: Intent) -> bool:
        return self.scroller.take(intent, self.rebuild)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.scroller.draw_bar(surface, self.track)

    def on_back(self) -> bool:
        self.app.pop()
        return True
