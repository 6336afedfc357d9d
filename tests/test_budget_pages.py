"""Step 4's weekly times at large text: as few pages as the footer allows, and one layout
whichever time is chosen. English at 200 % by keyboard took four pages for four times and two
lines of words (one row of cards a page: the page turner kept a row of its own above the footer,
measured for "(99/99)" though it said "(1/4)"), and choosing 3 hours turned the two cards side
by side into one a row, with another page count."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from steps_game.tasks.week_planner.budget_view import MORE_BUDGETS


def budget_screen(make_driver, language: str):
    driver = make_driver(language=language, start_step=4)
    driver.app.change_setting("text_size", 200)
    driver.key(pygame.K_DOWN)  # by keyboard: the keys line stands under the question
    driver.settle()
    return driver


def card_sizes(driver) -> dict[str, tuple[int, int]]:
    """{budget card: its size} over every page of the times."""
    sizes = {}
    for _ in range(driver.scene.view.budget_pages.pager.pages):
        for control in driver.ring.focusable:
            if control.id.startswith("budget:"):
                sizes[control.id] = control.rect.size
        if driver.ring.by_id(MORE_BUDGETS) is not None:  # turned by keyboard, as it is played
            driver.ring.focus(MORE_BUDGETS)
            driver.key(pygame.K_RETURN)
    return sizes


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_times_take_two_pages_with_the_page_turner_in_the_footer(make_driver, language):
    driver = budget_screen(make_driver, language)
    assert driver.scene.view.budget_pages.pager.pages == 2
    footer_top = min(c.rect.top for c in driver.ring.focusable if c.id in ("undo", "start-over"))
    turner = driver.ring.by_id(MORE_BUDGETS).rect
    assert turner.top >= footer_top - 4  # the page turner in the footer's row
    assert not measure(driver.app, "step 4's times").problems


@pytest.mark.parametrize("language", ["en", "fi", "ar"])
def test_the_times_keep_their_layout_when_one_is_chosen(make_driver, language):
    driver = budget_screen(make_driver, language)
    view = driver.scene.view
    pages = view.budget_pages.pager.pages
    before = card_sizes(driver)
    assert len(before) == len(view.model.config.budgets)
    while driver.ring.by_id("budget:3h") is None:  # to its page, by keyboard
        driver.ring.focus(MORE_BUDGETS)
        driver.key(pygame.K_RETURN)
    driver.ring.focus("budget:3h")
    driver.key(pygame.K_RETURN)
    assert view.model.state["budget"] == "3h"
    assert card_sizes(driver) == before
    assert view.budget_pages.pager.pages == pages
