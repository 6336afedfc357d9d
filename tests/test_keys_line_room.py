"""The keys line under a task's instruction shows while the keyboard is in use; once shown, its
room stays when the mouse hides it, so that the board never moves up under the pointer. The
facilitator's fourth run: after the first click the keys line went and the board rose about
50 px, and the same spot then hit another card."""

from __future__ import annotations

import pygame
import pytest


@pytest.mark.parametrize(("step", "prefix"), [(2, "goal:"), (4, "budget:"), (6, "item:")])
def test_the_board_stays_put_when_the_mouse_hides_the_keys(make_driver, step, prefix):
    driver = make_driver(language="en", start_step=step)
    driver.key(pygame.K_TAB)
    driver.settle()
    assert driver.scene.keys_text  # the keyboard in use: the keys under the instruction
    cards = [c for c in driver.ring.focusable if c.id.startswith(prefix)]
    assert len(cards) >= 2, [c.id for c in driver.ring.focusable]
    top, places = driver.scene.area.top, {c.id: c.rect.copy() for c in cards}
    driver.click(control_id=cards[1].id)
    assert not driver.scene.keys_text  # the mouse in use: the keys line hidden
    assert driver.scene.area.top == top
    for control in driver.ring.focusable:
        if control.id in places and control.id != cards[1].id:
            assert control.rect == places[control.id], control.id
