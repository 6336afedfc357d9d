"""Step 4's weekly times say which is less than the goal from step 2 takes. Twenty-eighth and
thirty-fourth Arabic 200 % play-tests: "1 h a week, a light start for a busy life" was chosen,
and the goal's informational interview (1.5 h), in week 1 from the start, put that week over
before anything was done; nothing said why until the plan was checked, and moving the goal
could not mend it."""

from __future__ import annotations

import pygame
import pytest

from steps_game.scenes.task_host import TaskHostScene
from tests.test_keyboard_rules import open_step
from tests.test_playthrough import Player


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 100), ("fi", 150)])
def test_a_weekly_time_under_the_goal_says_so_on_its_card(make_driver, language, size):
    driver = open_step(make_driver, 2, language, size)
    Player(driver, mouse=False, best=True).goal_cards()
    driver.press(control_id="done")
    driver.app.reset_to(TaskHostScene(driver.app, 4))
    driver.frames()
    view, model, tr = driver.scene.view, driver.scene.model, driver.scene.tr
    goal = model.goal_action()
    assert goal is not None and goal.hours == 1.5  # the informational interview
    takes = view._t("duration", hours=view.hours(goal.hours))
    under = tr("task.week_planner.budget_under_goal", duration=takes)
    for budget in model.config.budgets:
        card = driver.control(control_id=f"budget:{budget.id}")  # (turning the page to it)
        says = under in card.label
        assert says == (budget.hours < goal.hours), (budget.id, card.label)
        if not says:
            assert tr.pick(budget.note) in card.label


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 100)])
def test_a_goal_longer_than_the_week_offers_more_time_not_the_weeks(make_driver, language, size):
    """Thirty-ninth run: with "1 h a week" and the 1.5 h goal in week 1, the question before
    going on said "move a step, or more time", focused "Back to the weeks", and no move could
    mend it (12 keys looking). It now says that no week can hold the goal, and its focused
    answer goes to the weekly times, on the least that holds it."""
    from steps_game.scenes.confirm import ConfirmScene

    driver = open_step(make_driver, 2, language, size)
    Player(driver, mouse=False, best=True).goal_cards()
    driver.press(control_id="done")
    driver.app.reset_to(TaskHostScene(driver.app, 4))
    driver.frames()
    model, tr = driver.scene.model, driver.app.tr
    driver.press(control_id="budget:1h")
    driver.press(control_id="start-planning")
    assert model.goal_action().hours > model.budget().hours
    driver.press(control_id="to-first")
    assert isinstance(driver.scene, ConfirmScene)
    said = " ".join(driver.texts())
    assert tr.pick(model.goal_action().short) in said
    assert tr("task.week_planner.back_to_weeks") not in driver.labels()
    assert driver.ring.focused.label == tr("task.week_planner.more_time")
    driver.key(pygame.K_RETURN)
    assert isinstance(driver.scene, TaskHostScene) and model.state["phase"] == "budget"
    assert driver.ring.focused_id == "budget:2h"
    driver.key(pygame.K_RETURN)  # 2 h: the goal fits its week, nothing is over
    assert model.budget().id == "2h" and model.over_weeks() == []
