"""Step 4 at large text: a chosen action's why says "Now choose a week" only on a page of the
weeks or before them. Where the why does not fit above each week it stands after them, over the
toolbar, and there it is the why alone: the tenth Arabic keyboard play-test read "... and now:
choose the week" on page 3, the weeks on the pages before it."""

from __future__ import annotations

import pygame
import pytest

from tests.test_keyboard_rules import open_step


def pages_of(driver) -> list[list[str]]:
    """Each page of the planner's board: its texts and its controls' ids."""
    view = driver.scene.view
    pager = view.plan_pages.pager
    pager.page = 0  # from the first page on
    driver.scene.rebuild()
    driver.settle()
    found = []
    for _ in range(pager.pages):
        found.append([*driver.texts(), *(c.id for c in driver.ring.focusable)])
        pager.turn(1)
        driver.scene.rebuild()
        driver.settle()
    return found


@pytest.mark.parametrize("language", ["ar", "en", "so"])
def test_now_choose_a_week_stands_only_where_a_week_can_be_chosen(make_driver, language):
    driver = open_step(make_driver, 4, language, 200)
    driver.key(pygame.K_TAB)
    driver.press(control_id="start-planning")
    view, tr = driver.scene.view, driver.app.tr
    model = view.model
    now = tr("task.week_planner.selected", why="").strip()
    seen_after = 0
    for action in model.offered():
        view.act(lambda a=action.id: model.select(a))
        driver.settle()
        why = tr.pick(action.why)
        pages = pages_of(driver)
        with_weeks = [i for i, page in enumerate(pages) if any(x.startswith("week:") for x in page)]
        for index, page in enumerate(pages):
            said = [text for text in page if why in text]
            if any(now in text for text in said):  # on a week's page, or before them
                assert index <= max(with_weeks), (action.id, index, with_weeks, said)
            seen_after += bool(said) and index > max(with_weeks)
        view.act(lambda a=action.id: model.select(a))  # unselected again
        driver.settle()
    if language == "ar":
        assert seen_after  # (the layout this is about: some why after the weeks)
