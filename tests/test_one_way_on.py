"""One way on (issue 14): each screen has one primary button to go on, and buttons on one screen
have names that tell them apart (keyboard play-test in Arabic at 200 %)."""

from __future__ import annotations

import pygame
import pytest

from steps_game.scenes.feedback import FeedbackScene
from tests.test_keyboard_rules import open_step


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 100)])
def test_step_6_after_the_last_moment_shows_one_way_on(make_driver, language, size):
    """After the last act the moment's box said "Go on" (to what the event gave) and Done
    beside it ended the step: two ways on, Done focused. Now "Go on" is the one way on, and on
    the page of what the event gave Done is, with the focus."""
    driver = open_step(make_driver, 6, language, size)
    scene, model = driver.scene, driver.scene.model
    for card in model.cards[: model.config.profile_min]:
        scene.act(lambda card=card: model.toggle(card.id))
    scene.act(model.go_to_event)
    for moment in model.moments[:-1]:
        scene.act(lambda moment=moment: model.answer(model.options(moment)[0].id))
        scene.act(model.next)
    driver.key(pygame.K_TAB)
    driver.press(control_id=driver.find_id("option:"))  # the last moment's first act
    assert model.phase == "reveal" and model.is_complete()
    ids = driver.ids()
    assert driver.ring.focused_id == "next"
    assert "done" not in ids, ids  # (greyed: not a second way on)
    driver.key(pygame.K_RETURN)  # on to what the event gave
    assert model.phase == "done"
    assert driver.ring.focused_id == "done" and "next" not in driver.ids()
    driver.key(pygame.K_RETURN)
    assert isinstance(driver.scene, FeedbackScene)
