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
    surface.fill(palette.BACKGROUND)  # (not white: the tick is white on a chosen card)
    card = pygame.Rect(0, 0, 400, 160)
    draw_card(surface, card, "", selected=True)
    corner = pygame.Rect(0, 0, 70, 60) if rtl else pygame.Rect(330, 0, 70, 60)
    mask = pygame.mask.from_threshold(surface.subsurface(corner), palette.WHITE, (1, 1, 1, 255))
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


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_chosen_card_stands_apart_from_the_others(high_contrast):
    """Thirteenth Arabic play-test: a chosen card's pale fill was 1.12:1 against a card not
    chosen, and at high contrast she could not tell which offers she had chosen. A chosen card
    is now dark (as a chosen button is) with light words: at least 3:1 against the others'
    fill, its words and tick at least 7:1 on it."""
    from tests.test_second_language_legible import contrast

    pygame.init()
    text.set_text_scale(1.0)
    text.set_writing("latin", False)
    palette.use(high_contrast=high_contrast)
    try:
        surfaces = {}
        for chosen in (False, True):
            surface = pygame.Surface((400, 160))
            surface.fill(palette.BACKGROUND)
            draw_card(surface, pygame.Rect(0, 0, 400, 160), "Languages", selected=chosen)
            surfaces[chosen] = surface
        fill = {chosen: tuple(s.get_at((200, 150)))[:3] for chosen, s in surfaces.items()}
        assert contrast(fill[True], fill[False]) >= 3, fill
        words = pygame.mask.from_threshold(surfaces[True], palette.WHITE, (1, 1, 1, 255))
        assert words.count() > 200  # the words and the tick drawn in white
        assert contrast(palette.WHITE, fill[True]) >= 7
    finally:
        palette.use(high_contrast=False)


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_a_card_is_measured_with_the_tick_s_room_it_is_drawn_with(scale):
    """Somali at 200 %, step 7: "No contact this week", chosen, wrapped to two lines in a row
    measured for one (its words cut off): step 7's cards were measured with the tick's room
    of 100 % text, 26 px, drawn with 40 at 200 %. Each way of measuring a card keeps the room
    draw_card keeps."""
    from steps_game.ui import cards, measure

    pygame.init()
    text.set_text_scale(scale)
    text.set_writing("latin", False)
    words = "Xiriir ma jiro toddobaadkan"
    for width in range(260, 620, 20):
        assert cards.card_height(words, width) == measure.card_height(words, width), width
