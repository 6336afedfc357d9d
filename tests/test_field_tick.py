"""The field screen's chosen card carries a tick (selection is never shown by colour alone):
at 200 % text it was the same 20 px mark as at 100 %, about 12 px of ink, too small to see
(play-test in Arabic at 200 % with high contrast). It grows with the text size, within the
room the button keeps for it."""

from __future__ import annotations

import pygame
import pytest

from steps_game.scenes.field import FieldScene
from steps_game.ui import builder


def tick_drawn(make_driver, monkeypatch, size: int) -> tuple[int, pygame.Rect, pygame.Rect]:
    """The size of the tick on the chosen field card, the card, and the tick's ink box."""
    driver = make_driver(language="ar")
    driver.app.change_setting("text_size", size)
    driver.app.reset_to(FieldScene(driver.app))
    driver.frames()
    driver.press(control_id=driver.ids_starting("field:")[0])
    chosen = next(c for c in driver.ring.controls if c.data.get("selected"))
    drawn = []

    def record(surface, center, tick, color) -> None:
        drawn.append((center, tick))

    monkeypatch.setattr(builder, "draw_check", record)
    driver.app.draw()
    (x, y), tick = drawn[0]
    ink = pygame.Rect(x - tick // 2, y - tick // 3, tick, 2 * tick // 3)
    return tick, pygame.Rect(chosen.rect), ink


@pytest.mark.parametrize("size", [100, 200])
def test_the_chosen_fields_tick_grows_with_the_text(make_driver, monkeypatch, size) -> None:
    tick, card, ink = tick_drawn(make_driver, monkeypatch, size)
    assert tick >= 20 * size // 100 * 0.8  # (200 %: 32 px, as large as its room holds)
    assert card.contains(ink)
    # in the room kept at the side of the words (right to left: the right side)
    assert ink.left >= card.right - builder.TICK_ROOM
