"""The focus outline, drawn around the focused control and around a token being carried: as
thick as the text is large, so that at 200 % (or on a projector) it is found as easily as the
words in it. At 100 % 4 px on the 1280x720 logical screen, at 200 % 8 px."""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.text_roles import text_scale

FOCUS_WIDTH = 4  # at 100 % text
SHADE_WIDTH = 2  # the dark line around it, which keeps it seen on any background


def focus_width() -> int:
    """How thick the focus outline is drawn at the current text size."""
    return round(FOCUS_WIDTH * max(1.0, text_scale()))


def draw_focus_outline(surface: pygame.Surface, rect: pygame.Rect, margin: int = 6) -> None:
    """The outline around `rect`, `margin` outside it, growing inwards as the text grows (over
    the control's own border, not onto its neighbours, 8 px or more away)."""
    outer = rect.inflate(2 * margin, 2 * margin)
    width = focus_width()
    pygame.draw.rect(
        surface, palette.SHADE, outer.inflate(4, 4), width=SHADE_WIDTH, border_radius=12
    )
    pygame.draw.rect(surface, palette.FOCUS, outer, width=width, border_radius=10)
