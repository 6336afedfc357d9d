"""Step 4 at 200 % text: the weeks stand one above the other, a few a page; each says how many
there are."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from tests.test_keyboard_rules import open_step


@pytest.mark.parametrize("language", ["ar", "en", "so", "ru"])
def test_each_stacked_week_says_how_many_weeks_there_are(make_driver, language):
    """Twenty-third Arabic 200 % play-test (e_150-157): weeks 1 and 2 stood on the page, she
    filled them and went on, and learned of weeks 3 and 4 only from the question before the
    first step."""
    driver = open_step(make_driver, 4, language, 200)
    model, tr = driver.scene.model, driver.app.tr
    driver.press(control_id="start-planning")
    driver.key(pygame.K_RETURN)  # an action chosen: on to its weeks
    weeks = driver.ids_starting("week:")
    assert weeks and len(weeks) < len(model.weeks)  # (a few a page)
    total = len(model.weeks)
    for week_id in weeks:
        week = int(week_id.partition(":")[2])
        label = tr("task.week_planner.week_of", n=week, total=total)
        assert driver.control(control_id=week_id).label == label
    assert measure(driver.app, "step 4").problems == []
