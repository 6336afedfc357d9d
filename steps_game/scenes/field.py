"""Choosing one's field at the start: some steps adapt their cards and advice to it."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y, header
from steps_game.ui.builder import TICK_ROOM, button_height
from steps_game.ui.text import text_height


class FieldScene(Scene):
    menu_button = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.chosen: str | None = None

    def build(self) -> None:
        tr = self.tr
        top = header(self.ui, tr("game.name"), tr("field.heading"), right=self.header_right)
        explain = tr("field.explain")
        width = SCREEN_W - 2 * MARGIN
        explain_h = text_height(explain, 22, width)
        self.ui.text(explain, pygame.Rect(MARGIN, top + 8, width, explain_h), size=22)
        fields = self.app.content.profile.fields
        names = [tr.pick(choice.name) for choice in fields]
        top += explain_h + 24
        room = footer_y() - 16 - top
        # two columns when the names fit them, else three narrower ones with names on two lines
        gap = 20
        for columns in (2, 3):
            width = (SCREEN_W - 2 * MARGIN - 80 - gap * (columns - 1)) // columns
            height = max(
                button_height(),
                max(text_height(name, 22, width - 2 * TICK_ROOM, role="option") for name in names)
                + 16,
            )
            rows = (len(fields) + columns - 1) // columns
            if rows * (height + gap) - gap <= room:
                break
        for index, choice in enumerate(fields):
            column, row = index % columns, index // columns
            rect = pygame.Rect(
                MARGIN + 40 + column * (width + gap), top + row * (height + gap), width, height
            )
            self.ui.button(
                f"field:{choice.id}",
                names[index],
                rect,
                lambda fid=choice.id: self.choose(fid),
                secondary=choice.id != self.chosen,
                selected=choice.id == self.chosen,
            )
        self.ui.button_row(
            [("continue", tr("field.continue"), self.go_on, {"enabled": self.chosen is not None})],
            footer_y(),
        )

    def choose(self, field_id: str) -> None:
        self.chosen = field_id
        self.rebuild()
        self.ring.focus("continue")  # the next thing a keyboard player wants

    def go_on(self) -> None:
        from steps_game.scenes.intro import IntroScene

        self.app.session.new(self.chosen)
        self.app.replace(IntroScene(self.app, 1))

    def on_back(self) -> bool:
        self.app.pop()
        return True
