"""Step 7 at 200 % text: what a way did to a person is said in one size, over the next
person's card and on the page where the week's energy is used alike."""

from __future__ import annotations

import pygame
import pytest

from steps_game.ui import text_record
from tests.test_keyboard_rules import open_step


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_result_line_of_step_7_stands_in_one_size(make_driver, language):
    """Twenty-fourth Arabic 200 % play-test (s7_112, s7_123): "X: warmer after this week,
    2 of 4" was smaller on the "energy used" page than over the next person's card."""
    driver = open_step(make_driver, 7, language, 200)
    model, view = driver.scene.model, driver.scene.view
    sizes: dict[int, str] = {}
    places = set()
    for _ in range(80):
        if model.finished:
            break
        said = {view.warmer_words(tie.id) for tie in model.relationships} - {""}
        with text_record.recording() as drawn:
            driver.app.draw()
        for item in drawn:
            words = item.words or item.text
            if any(words.startswith(line) for line in said):
                sizes[item.size] = words
                places.add(model.energy_left == 0)
        driver.key(pygame.K_RETURN)
    assert places == {True, False}  # (seen on both kinds of page)
    assert len(sizes) == 1, sizes
