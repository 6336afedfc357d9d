"""A yes-or-cancel question over the current screen, so nothing is lost by one wrong press."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_W
from steps_game.scenes.sizing import EDGE, GAP, PAD, centered_panel, place_row, row_height
from steps_game.ui.text import text_height, text_scale

PANEL_W = 720
QUESTION_SIZE = 24


class ConfirmScene(Scene):
    overlay = True

    def __init__(
        self,
        app,
        question_key: str,
        yes_key: str,
        on_yes: Callable[[], None],
        *,
        enter_says_yes: bool = False,
        words: str | None = None,
        cancel_key: str = "title.cancel",
        on_cancel: Callable[[], None] | None = None,
        **params: object,
    ) -> None:
        super().__init__(app)
        self.question_key = question_key
        self.words = words  # the question in a level's own words, instead of question_key's
        self.cancel_key = cancel_key
        self.on_cancel = on_cancel  # after the question is closed (Cancel, or Esc)
        self.params = params
        self.yes_key = yes_key
        self.on_yes = on_yes
        # Enter answers the focused button: Cancel, so that one press too many loses nothing;
        # Yes where the question follows a key pressed on purpose (the facilitator's F12).
        self.preferred_focus = "yes" if enter_says_yes else "cancel"

    def build(self) -> None:
        question = self.words or self.tr(self.question_key, **self.params)
        buttons = self.buttons()
        # As tall as the question's words at the text size, and wider when they are large
        width = PANEL_W if text_scale() <= 1 else SCREEN_W - 2 * EDGE
        inner_w = width - 2 * PAD
        question_h = text_height(question, QUESTION_SIZE, inner_w)
        buttons_h = row_height(buttons, inner_w)
        panel = centered_panel(self.ui, width, 2 * PAD + question_h + 2 * GAP + buttons_h)
        inner = panel.inflate(-2 * PAD, -2 * PAD)
        self.ui.text(
            question, pygame.Rect(inner.x, inner.y, inner.width, question_h), size=QUESTION_SIZE
        )
        place_row(self.ui, buttons, inner.bottom - buttons_h, inner.x, inner.right)

    def buttons(self) -> list:
        return [
            ("yes", self.tr(self.yes_key), self.on_yes, {}),
            ("cancel", self.tr(self.cancel_key), self.cancel, {"secondary": True}),
        ]

    def cancel(self) -> None:
        self.app.pop()
        if self.on_cancel is not None:
            self.on_cancel()

    def on_back(self) -> bool:
        self.cancel()
        return True


class NoticeScene(ConfirmScene):
    """A short note over the screen with one button, Close (Enter or Esc): why a key pressed
    there did nothing (F7 where the room has no choice to count)."""

    def __init__(self, app, note_key: str, **params: object) -> None:
        super().__init__(app, note_key, "workshop.close", app.pop, enter_says_yes=True, **params)

    def buttons(self) -> list:
        return [("yes", self.tr(self.yes_key), self.on_yes, {})]
