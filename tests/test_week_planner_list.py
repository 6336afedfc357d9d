"""Step 4's actions at 200 % text, read by the keyboard (eighth Arabic keyboard play-test: the
12 actions stood one a page, a nurse's two came last, and the list opened at "(4/15)")."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from tests.test_keyboard_rules import open_step


def open_plan(make_driver, language: str):
    driver = open_step(make_driver, 4, language, 200)
    driver.press(control_id="start-planning")
    return driver


def test_the_list_opens_on_its_first_page_with_the_field_first_and_several_a_page(
    make_driver,
) -> None:
    driver = open_plan(make_driver, "ar")
    model, pager = driver.scene.model, driver.scene.view.plan_pages.pager
    offered = [f"action:{a.id}" for a in model.offered()]
    assert offered[0] == "action:health-ask-workday" and offered[1] == "action:health-work-trial"
    # where the player starts reading: the first page, the first action focused
    assert pager.page == 0 and driver.ring.focused_id == offered[0]
    assert "(1/" in driver.ring.by_id("more-actions").label
    # Down reads the whole list, every action once, in its order, over few pages
    seen, pages = [driver.ring.focused_id], {pager.page}
    for _ in range(len(offered) - 1):
        driver.key(pygame.K_DOWN)
        seen.append(driver.ring.focused_id)
        pages.add(pager.page)
        assert measure(driver.app, "step 4").problems == []
    assert seen == offered
    assert len(pages) <= len(offered) // 2, "at least two actions a page on average"
    driver.key(pygame.K_RETURN)  # the last one chosen: on to the first empty week
    empty = next(week for week in model.weeks if not model.in_week(week))
    assert driver.ring.focused_id == f"week:{empty}"


@pytest.mark.parametrize("language", ["en", "so", "ru"])
def test_every_action_is_reached_by_down_and_the_screen_is_sound(make_driver, language) -> None:
    driver = open_plan(make_driver, language)
    offered = [f"action:{a.id}" for a in driver.scene.model.offered()]
    assert driver.ring.focused_id == offered[0]
    assert driver.scene.view.plan_pages.pager.page == 0
    seen = [driver.ring.focused_id]
    for _ in range(len(offered) - 1):
        driver.key(pygame.K_DOWN)
        seen.append(driver.ring.focused_id)
        assert measure(driver.app, "step 4").problems == []
    assert seen == offered


def test_the_weeks_open_on_their_first_page_when_an_action_is_chosen(make_driver) -> None:
    """The eighth play-test's weeks opened at "(2/16)": the action's why alone on page 1,
    never seen, the focus on week 1 on page 2. (The why now follows the weeks, over the
    toolbar, where it does not fit above each week.)"""
    driver = open_plan(make_driver, "ar")
    pager = driver.scene.view.plan_pages.pager
    driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == "week:1"
    assert pager.page == 0 and "(1/" in driver.ring.by_id("more-actions").label
    assert measure(driver.app, "step 4").problems == []
