"""The run's second question, after the field: the short way or the whole way (short_way.py).

Asked only where the levels have a short way. Each way is one full-width button, the short way
first and focused: a new player reading at a large text size or in a language still being learnt
took six minutes and more a step, and the short way is the one made for a first try. Choosing
starts the run; Back returns to the field."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.field import option_height
from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y, header
from steps_game.ui.text import text_height

GAP = 20  # between the ways' buttons
WAYS = (("short", True), ("whole", False))  # (catalog key, short), in the order shown


def has_short_way(content) -> bool:
    """Whether any level of the folder plays fewer choices on the short way."""
    return any(level.short is not None for level in content.levels)


class WayScene(Scene):
    menu_button = True

    def __init__(self, app, field_id: str | None) -> None:
        super().__init__(app)
        self.field_id = field_id
        self.preferred_focus = "way:short"

    def build(self) -> None:
        tr = self.tr
        top = header(self.ui, tr("game.name"), tr("way.heading"), right=self.header_right)
        width = SCREEN_W - 2 * MARGIN
        explain = tr("way.explain")
        explain_h = text_height(explain, 22, width)
        self.ui.text(explain, pygame.Rect(MARGIN, top + 8, width, explain_h), size=22)
        y = top + explain_h + 32
        for key, short in WAYS:
            label = tr(f"way.{key}")
            height = option_height(label, width)
            rect = pygame.Rect(MARGIN, y, width, height)
            self.ui.button(f"way:{key}", label, rect, lambda short=short: self.choose(short))
            y += height + GAP
        # Back at the footer's other end: where the field's Continue was, a double click went
        # back to the field (thirty-sixth run)
        back = [("back", tr("way.back"), self.on_back, {"secondary": True})]
        self.ui.button_row(back, footer_y(), align="left", left=MARGIN)

    def choose(self, short: bool) -> None:
        from steps_game.scenes.intro import IntroScene

        self.app.session.new(self.field_id, short=short)
        self.app.pop()  # this question, then the field's in place of the first step
        self.app.replace(IntroScene(self.app, 1))

    def on_back(self) -> bool:
        self.app.pop()
        return True
