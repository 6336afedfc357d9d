"""Step 2's goal cards at 200 % text, played by keys (third Arabic keyboard play-test, high
contrast): one Down a goal, the page turner where it was, and the why of the goal in focus."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from tests.test_keyboard_rules import open_step


def _goals(make_driver, language: str):
    driver = open_step(make_driver, 2, language, 200)
    driver.app.change_setting("high_contrast", True)
    driver.key(pygame.K_TAB)  # the keyboard in use, the focus on the first goal
    return driver


@pytest.mark.parametrize("language", ["ar", "en"])
def test_one_down_goes_from_goal_to_goal_and_the_why_follows_the_focus(make_driver, language):
    """Before: Down from a goal landed on "Next page" first, and the why beside the cards
    still told of the goal chosen before. (Its words are under its card now, whole: the
    card names the goal.)"""
    driver = _goals(make_driver, language)
    model, tr = driver.scene.model, driver.app.tr
    goals = model.offered_goals()
    assert driver.ring.focused_id == f"goal:{goals[0].id}"
    driver.key(pygame.K_RETURN)  # the first goal chosen
    for goal in goals[1:4]:
        driver.key(pygame.K_DOWN)
        assert driver.ring.focused_id == f"goal:{goal.id}"
        driver.frames()  # (the why is built again for the goal in focus)
        assert tr.pick(goal.why) in driver.texts(), goal.id
        assert not measure(driver.app, goal.id).problems
    driver.key(pygame.K_UP)
    assert driver.ring.focused_id == f"goal:{goals[2].id}"


def test_the_page_turner_stays_where_it_was_when_a_goal_is_chosen(make_driver):
    """Before: the cards' "Next page" stood in the footer until a goal was chosen, then the
    way on came ("Next: one concrete goal") and it jumped over the footer."""
    driver = _goals(make_driver, "ar")
    before = driver.ring.by_id("more").rect.copy()
    driver.key(pygame.K_RETURN)
    driver.frames()
    assert driver.ring.by_id("to-concrete") is not None
    assert driver.ring.by_id("more").rect == before


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_last_goal_there_is_room_for_sends_the_focus_to_the_way_on(make_driver, language):
    """Fourth Arabic play-test: after the third goal the focus stayed on it, and going on took
    four Tabs through the page turner, Undo and Start over. A goal chosen while more may be
    chosen keeps the focus on the cards."""
    driver = _goals(make_driver, language)
    model = driver.scene.model
    most = model.config.most_goals
    for number in range(1, most + 1):
        driver.key(pygame.K_RETURN)
        assert len(model.state["goals"]) == number
        if number < most:
            assert driver.ring.focused_id.startswith("goal:")
            driver.key(pygame.K_DOWN)
    assert driver.ring.focused_id == "to-concrete"
    assert not measure(driver.app, "step 2").problems
    driver.key(pygame.K_RETURN)
    assert model.phase == "concrete"


@pytest.mark.parametrize("language", ["ar", "so", "ru", "fi"])
def test_each_goal_is_read_with_its_whole_why_one_down_a_goal(make_driver, language):
    """Eighth Arabic play-test (200 %): the why stood in a panel beside the card with room for
    one line, paged a line at a time behind "More about this goal (1/3)", which the arrows did
    not reach and Tab reached after Start over (8 keys to read one goal's 13 words), and it
    told of the last goal chosen, not the one on the page. Now each goal's whole why stands
    under its card, on its page: Down from goal to goal reads every goal and its why."""
    driver = _goals(make_driver, language)
    model, tr = driver.scene.model, driver.app.tr
    goals = model.offered_goals()
    driver.key(pygame.K_RETURN)  # the first goal chosen: the others still show their own why
    for number, goal in enumerate(goals):
        if number:
            driver.key(pygame.K_DOWN)
        card = driver.ring.focused
        assert card.id == f"goal:{goal.id}", number
        whys = [t for t in driver.scene.ui.texts if t.text == tr.pick(goal.why)]
        assert len(whys) == 1, (goal.id, driver.texts())  # whole, in one piece
        assert whys[0].rect.top >= card.rect.bottom and whys[0].rect.width > card.rect.width // 2
        assert driver.scene.area.contains(whys[0].rect), goal.id
        shown = {g.id for g in goals if tr.pick(g.why) in driver.texts()}
        assert shown == {g.id for g in goals if driver.ring.by_id(f"goal:{g.id}")}, goal.id
        assert not [i for i in driver.ids() if i.startswith("more-")], driver.ids()
        assert not measure(driver.app, goal.id).problems
