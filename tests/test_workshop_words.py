"""Workshop mode's words say where a button goes and where files are written (the facilitator's
play-test, item 12): the discussion card after a set's last step leads to what our group thought,
and F1's note names both places with "Save as files"."""

from __future__ import annotations

import pygame
import pytest

from steps_game.i18n import Translator, language_codes
from steps_game.scenes.discussion import DiscussionScene
from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.group import GroupScene
from steps_game.scenes.help import HelpScene
from steps_game.scenes.intro import IntroScene
from steps_game.ui import text as text_module
from tests.test_workshop import play_task, workshop


@pytest.mark.parametrize("set_id", ["short", "full"])
def test_the_card_after_the_sets_last_step_says_it_goes_to_what_our_group_thought(
    make_driver, set_id
):
    driver = workshop(make_driver, "en")
    app = driver.app
    driver.press(control_id="start")
    driver.press(control_id=f"set-{set_id}")
    steps = app.workshop.sets.by_id(set_id).step_numbers
    for _ in steps[:-1]:
        driver.key(pygame.K_F3)
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == steps[-1]
    driver.press(control_id="start-task")
    play_task(driver)
    assert isinstance(driver.scene, FeedbackScene)
    if app.workshop.plan.discussion_cards:  # (the short set goes on from its feedback)
        driver.press(control_id="next")
        assert isinstance(driver.scene, DiscussionScene)
    label = driver.control(control_id="next").label
    assert label == "See what our group thought"
    assert text_module.overflows == []
    driver.press(control_id="next")
    assert isinstance(driver.scene, GroupScene)  # where the button said it goes


def test_the_card_before_the_sets_last_step_still_says_next_step(make_driver):
    driver = workshop(make_driver, "en")
    driver.press(control_id="start")
    driver.press(control_id="set-full")
    driver.press(control_id="start-task")  # step 1, not the set's last
    play_task(driver)
    driver.press(control_id="next")
    assert isinstance(driver.scene, DiscussionScene)
    assert driver.control(control_id="next").label == driver.app.tr("feedback.next")
    driver.press(control_id="next")
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 2


def test_f1_says_the_group_screen_saves_files_too(make_driver):
    driver = workshop(make_driver, "en")
    driver.key(pygame.K_F1)
    assert isinstance(driver.scene, HelpScene)
    note = driver.app.tr("workshop.privacy")
    assert note in driver.texts()
    tr = driver.app.tr
    for place in (tr("export.button"), tr("group.heading"), "the group's profile"):
        assert place in note, place


@pytest.mark.parametrize("code", language_codes())
def test_every_language_names_the_button_and_both_places(code):
    tr = Translator(code)
    note = tr("workshop.privacy")
    assert tr("export.button") in note and tr("group.heading") in note
    assert tr("workshop.to_group")
