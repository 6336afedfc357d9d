"""Choosing one's field at the start: some steps adapt their cards and advice to it."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import FOOTER_Y, MARGIN, SCREEN_W, header


class FieldScene(Scene):
    menu_button = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.chosen: str | None = None

    def build(self) -> None:
        tr = self.tr
        header(self.ui, tr("game.name"), tr("field.heading"), right=self.header_right)
        self.ui.text(
            tr("field.explain"), pygame.Rect(MARGIN, 120, SCREEN_W - 2 * MARGIN, 64), size=22
        )
        fields = self.app.content.profile.fields
        width, height, gap = 540, 64, 20
        for index, choice in enumerate(fields):
            column, row = index % 2, index // 2
            rect = pygame.Rect(
                MARGIN + 40 + column * (width + gap), 210 + row * (height + gap), width, height
            )
            self.ui.button(
                f"field:{choice.id}",
                tr.pick(choice.name),
                rect,
                lambda fid=choice.id: self.choose(fid),
                secondary=choice.id != self.chosen,
                selected=choice.id == self.chosen,
            )
        self.ui.button_row(
            [("continue", tr("field.continue"), self.go_on, {"enabled": self.chosen is not None})],
            FOOTER_Y,
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
