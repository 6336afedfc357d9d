"""A board's page turner never lies over the footer's buttons (or anything else): a page whose
one part left no room for the turner under it ran the turner over "Next: my first step" (step 4,
twenty-eighth Arabic 200 % keyboard play-test, s4_67), over Done (step 4's first step in
Russian and plain Finnish at 200 %) and over Start planning (the weekly times in Somali). The
words of two buttons may keep apart while the buttons do not, so the layout audit's text check
did not see it; `audit.controls_overlapping` looks at the controls themselves."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import controls_overlapping
from steps_game.scenes.task_host import TaskHostScene
from tests.test_keyboard_rules import on_to_first_step, open_step
from tests.test_playthrough import Player


def clear(driver) -> list[str]:
    driver.app.draw()
    return controls_overlapping(driver.ring.controls)


def every_page(driver, pages: int) -> list[str]:
    """What overlaps on each page of a board, turned by Page Down (the keyboard in use)."""
    found = []
    for _ in range(pages + 1):
        found += clear(driver)
        driver.key(pygame.K_PAGEDOWN)
    return found


def test_an_overlap_of_two_controls_is_found() -> None:
    """(So that the tests below can fail.)"""
    from steps_game.ui.focus import Control

    near = [
        Control("a", "A", pygame.Rect(0, 0, 100, 80)),
        Control("b", "B", pygame.Rect(0, 70, 100, 80)),
    ]
    apart = [
        Control("a", "A", pygame.Rect(0, 0, 100, 80)),
        Control("b", "B", pygame.Rect(0, 92, 100, 80)),
    ]
    assert controls_overlapping(near) and not controls_overlapping(apart)


@pytest.mark.parametrize("budget", ["1h", "2h"])
def test_step_4_plan_pages_with_the_goal_in_week_1(make_driver, budget) -> None:
    """Arabic at 200 %, the step 2 goal in week 1 over the time chosen: the notice of what the
    weeks need stood alone on a page, too tall for the turner under it."""
    driver = open_step(make_driver, 2, "ar", 200)
    Player(driver, mouse=False, best=True).goal_cards()
    driver.press(control_id="done")
    driver.app.reset_to(TaskHostScene(driver.app, 4))
    driver.frames()
    scene = driver.scene
    scene.act(lambda: scene.model.choose_budget(budget))
    driver.press(control_id="start-planning")
    driver.key(pygame.K_TAB)  # the keyboard in use: the keys line takes its room
    assert scene.view.plan_pages.paged
    assert every_page(driver, scene.view.plan_pages.pager.pages) == []


@pytest.mark.parametrize("language", ["ru", "fi-selko", "ar"])
def test_step_4_first_step_pages(make_driver, language) -> None:
    driver = open_step(make_driver, 4, language, 200)
    driver.press(control_id="start-planning")
    scene = driver.scene
    first = scene.model.offered()[0].id
    scene.act(lambda: scene.model.select(first))
    scene.act(lambda: scene.model.place(1))
    on_to_first_step(driver)
    driver.key(pygame.K_TAB)
    pages = scene.view.first_pages.pager.pages
    assert pages > 1
    assert every_page(driver, pages) == []


@pytest.mark.parametrize("language", ["so", "ar", "en"])
def test_step_4_weekly_times(make_driver, language) -> None:
    driver = open_step(make_driver, 4, language, 200)
    driver.key(pygame.K_TAB)
    pages = driver.scene.view.budget_pages.pager.pages
    assert every_page(driver, pages) == []
