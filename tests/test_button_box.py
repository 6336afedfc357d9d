"""ui/measure.button_box: a button is as wide as its words need, a selected one with room for its
tick at each side of them too, at every text size."""

from __future__ import annotations

import pygame
import pytest

from steps_game.ui.builder import BUTTON_TEXT_SIZE, TICK_ROOM, button_height
from steps_game.ui.measure import button_box
from steps_game.ui.text import role_size, set_text_scale, set_writing, text_size


@pytest.fixture(autouse=True)
def fonts():
    pygame.font.init()


@pytest.mark.parametrize(
    ("words", "writing"), [("متى", ("arabic", True, "ar")), ("When", ("latin", False, "en"))]
)
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_selected_button_has_room_for_its_words_beside_its_tick(words, writing, scale) -> None:
    # (Arabic step 4 at 200 %: a chosen one-word option's words had less room than they are
    # wide in a button of the smallest width, and were measured 10 000 px tall)
    set_writing(*writing)
    set_text_scale(scale)
    width, height = button_box(words, 1000, selected=True)
    drawn_w = text_size(words, role_size(BUTTON_TEXT_SIZE, "option"))[0]
    assert width - 2 * TICK_ROOM >= drawn_w
    assert height == button_height()  # one line, as when it was not chosen
    assert width >= button_box(words, 1000)[0]


def test_a_selected_button_is_never_wider_than_its_room() -> None:
    set_text_scale(2.0)
    assert button_box("Tomorrow", 150, selected=True)[0] == 150
    assert button_box("Tomorrow", 1000, selected=True)[0] > 150
