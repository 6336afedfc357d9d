"""A chosen card's tick grows with the text: at 200 % a 20 px tick beside 40 px words was missed
by a low-vision player (fifth Arabic keyboard play-test: "ticks ~21x14 px, thin"), and a 26 px
one still was (thirteenth: "small, thin"): it is twice as large at 200 % as at 100 %."""

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
    corner = pygame.Rect(0, 0, 70, 60) if rtl else pygame.Rect(330, 0, 70, 60)
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
    assert large.width >= 36 and large.height >= 26
    assert large.width >= 1.8 * small.width


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_the_tick_stays_clear_of_the_words(rtl, scale):
    """Seventh Arabic play-test (s2_10): at 200 % the tick's stroke touched the last letter of
    the words beside it. It stays at least 3 px clear of the room the words have (the card's
    inset and the width kept for the tick, cards.tick_room)."""
    from steps_game.ui.cards import tick_room

    box = tick_box(scale, rtl)
    room = tick_room()  # (at the scale tick_box set)
    inset = 12  # the words' inset from the card's side (draw_card: rect.inflate(-24, -20))
    if rtl:
        assert box.right <= inset + room - 3, box
    else:
        assert box.left >= 400 - inset - room + 3, box
    assert box.left >= 4 and box.right <= 396  # (inside the 4 px border of a chosen card)
    assert box.top >= 4
