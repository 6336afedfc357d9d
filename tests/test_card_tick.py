"""A chosen card's tick grows with the text: at 200 % a 20 px tick beside 40 px words was missed
by a low-vision player (fifth Arabic keyboard play-test: "ticks ~21x14 px, thin")."""

from __future__ import annotations

import pygame
import pytest

from steps_game.ui import palette, text
from steps_game.ui.cards import draw_card


def tick_box(scale: float, rtl: bool) -> pygame.Rect:
    """The box around the tick's pixels on a chosen card drawn at text scale `scale`."""
    pygame.init()
    text.set_text_scale(scale)
    text.set_writing("arabic" if rtl else "latin", rtl)
    surface = pygame.Surface((400, 160))
    surface.fill((255, 255, 255))
    card = pygame.Rect(0, 0, 400, 160)
    draw_card(surface, card, "", selected=True)
    corner = pygame.Rect(0, 0, 60, 50) if rtl else pygame.Rect(340, 0, 60, 50)
    mask = pygame.mask.from_threshold(
        surface.subsurface(corner), palette.ACCENT_DARK, (1, 1, 1, 255)
    )
    found = mask.get_bounding_rects()
    assert found, "no tick drawn"
    return found[0].unionall(found[1:]).move(corner.topleft)


@pytest.mark.parametrize("rtl", [False, True])
def test_the_tick_grows_with_the_text(rtl):
    small, large = tick_box(1.0, rtl), tick_box(2.0, rtl)
    assert small.width >= 18
    assert large.width >= 25 and large.height >= 18
    assert large.width > small.width
