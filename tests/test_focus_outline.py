"""The focus outline grows with the text: at 200 % the player with weak eyes finds the focused
control by a line twice as thick as at 100 %, drawn on the real screen."""

from __future__ import annotations

import pygame
import pytest

from steps_game.ui import palette
from tests.test_keyboard_rules import open_step


def _outline_thickness(driver) -> int:
    """How many pixels of the focus colour stand across the outline, on the screen as drawn, on
    a line through the middle of the focused control's top edge."""
    driver.app.draw()
    canvas = driver.app.screen.canvas
    rect = driver.ring.focused.rect
    x = rect.centerx
    colour = tuple(palette.FOCUS)
    column = [tuple(canvas.get_at((x, y)))[:3] for y in range(max(0, rect.top - 12), rect.top + 12)]
    return sum(1 for pixel in column if pixel == colour)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_focus_outline_is_twice_as_thick_at_200_percent(make_driver, language):
    thickness = {}
    for size in (100, 200):
        driver = open_step(make_driver, 1, language, size)
        driver.key(pygame.K_TAB)  # the focus shown
        assert driver.ring.visible and driver.ring.focused is not None
        thickness[size] = _outline_thickness(driver)
        driver.close()
    assert thickness[100] >= 4
    assert thickness[200] >= 2 * thickness[100], thickness
