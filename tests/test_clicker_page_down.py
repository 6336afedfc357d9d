"""A facilitator's clicker sends Page Up and Page Down. On a step's intro in a workshop, Page
Down on its last page starts the task, as "next" goes on from a slide: it did nothing there,
and the clicker could not start a task (tenth facilitator run). The mouse wheel never does,
and outside a workshop Page Down only turns pages."""

from __future__ import annotations

import pygame
import pytest

from steps_game.scenes.intro import IntroScene
from steps_game.scenes.task_host import TaskHostScene
from tests.test_workshop import workshop


def intro(driver, step: int = 1) -> IntroScene:
    driver.app.reset_to(IntroScene(driver.app, step))
    driver.settle()
    return driver.scene


@pytest.mark.parametrize("language", ["en", "ar"])
def test_page_down_on_a_workshop_intro_starts_the_task(make_driver, language):
    driver = workshop(make_driver, language, window=(1920, 1080))
    scene = intro(driver, 5)
    for _ in range(scene.pager.pages - 1):  # (an intro on pages turns them first)
        driver.key(pygame.K_PAGEDOWN)
        assert driver.scene is scene
    driver.key(pygame.K_PAGEDOWN)
    assert isinstance(driver.scene, TaskHostScene) and driver.scene.step == 5


def test_the_wheel_and_page_down_outside_a_workshop_stay_on_the_intro(make_driver):
    driver = workshop(make_driver, "en", window=(1920, 1080))
    scene = intro(driver)
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1, flipped=False))
    driver.settle()
    assert driver.scene is scene
    driver = make_driver(language="en")
    scene = intro(driver)
    driver.key(pygame.K_PAGEDOWN)
    assert isinstance(driver.scene, IntroScene)
