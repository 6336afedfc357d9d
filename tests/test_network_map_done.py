"""Step 3's end by keyboard, from the second Arabic 200 % play-test: after the last person in
the list is placed the focus stayed on the column's page turner, and Enter looped through its
pages. With the list empty, the focus goes to Done, the way on (the map stays open: the
player may still move people, by Tab)."""

from __future__ import annotations

import pygame
import pytest

from tests.test_keyboard_rules import open_step


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("fi", 200), ("en", 100)])
def test_step_3_placing_the_last_person_by_keyboard_goes_on_to_done(make_driver, language, size):
    driver = open_step(make_driver, 3, language, size)
    model = driver.scene.model
    assert len(model.unplaced()) > 3
    driver.key(pygame.K_TAB)
    for _ in range(400):  # Enter, Enter a person (picked up, put where suggested), as played
        if not model.unplaced():
            break
        focused = driver.ring.focused_id or ""
        if focused.startswith("token:"):
            driver.key(pygame.K_RETURN)
            driver.key(pygame.K_RETURN)
        elif focused.startswith("more"):  # the column's page turner: on to the people
            driver.key(pygame.K_RETURN)
        else:
            driver.key(pygame.K_TAB)
    assert not model.unplaced()
    assert driver.ring.focused_id == "done"
    assert "done" in driver.ids()
