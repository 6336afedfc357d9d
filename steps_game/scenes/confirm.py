"""A yes-or-cancel question over the current screen, so nothing is lost by one wrong press."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import overlay_panel


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
        **params: object,
    ) -> None:
        super().__init__(app)
        self.question_key = question_key
        self.params = params
        self.yes_key = yes_key
        self.on_yes = on_yes
        # Enter answers the focused button: Cancel, so that one press too many loses nothing;
        # Yes where the question follows a key pressed on purpose (the facilitator's F12).
        self.preferred_focus = "yes" if enter_says_yes else "cancel"

    def build(self) -> None:
        panel = overlay_panel(self.ui, 300, 720)
        self.ui.text(
            self.tr(self.question_key, **self.params),
            pygame.Rect(panel.x + 40, panel.y + 32, panel.width - 80, 160),
            size=24,
        )
        self.ui.button_row(
            [
                ("yes", self.tr(self.yes_key), self.on_yes, {}),
                ("cancel", self.tr("title.cancel"), self.app.pop, {"secondary": True}),
            ],
            panel.bottom - 84,
            left=panel.x + 40,
            right=panel.right - 40,
        )

    def on_back(self) -> bool:
        self.app.pop()
        return True
