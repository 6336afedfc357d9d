"""The 15-minute warm-up (issue 15, thirteenth facilitator run: the short set took a talking room
24-29 minutes): two questions the room answers together, step 1's myth or fact and the ask in
Sara's message, and no cards read out and chosen by voice. Step 1 shows no offers there
(`shows = []`): the step is its statement alone, scored on it, and ends on its verdict with Done
under it; normal play and the other sets keep the offers."""

from __future__ import annotations

import pygame

from steps_game.content import load_content
from steps_game.paths import bundled_levels_dir
from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.group import GroupScene
from steps_game.scenes.intro import IntroScene
from steps_game.tasks.registry import TASK_KINDS
from steps_game.workshop_sets import played_config
from tests.test_workshop import workshop


def warm_up_step_one(make_driver, language: str = "en"):
    driver = workshop(make_driver, language, window=(1920, 1080))
    driver.press(control_id="start")
    driver.press(control_id="set-quick")
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 1
    driver.key(pygame.K_RETURN)  # Start the task, by keyboard as a clicker would
    return driver


def test_step_one_alone_is_scored_on_its_statements():
    task = load_content(bundled_levels_dir()).level(1).task
    alone = played_config(task, ("ads-minority",), ())
    assert alone.offers == [] and alone.sort_weight == 100 and alone.offer_weight == 0
    model = TASK_KINDS["myth_or_fact"].model(alone, "other")
    assert not model.is_complete()
    model.answer(says_fact=False)  # wrong: it is a fact
    assert model.is_complete()  # answered, with its verdict on show
    result = model.result()
    assert result.score == 0 and result.choices["offers"] == []
    # the reasons say the statement and why, and nothing of offers not asked for
    texts = [reason.text for reason in result.reasons]
    assert task.feedback.offers not in texts and task.feedback.more_offers not in texts
    model.restore(model.initial_state())
    model.answer(says_fact=True)
    assert model.result().score == 100
    # normal play keeps them: the statements done, the offers still to choose
    whole = TASK_KINDS["myth_or_fact"].model(played_config(task, ("ads-minority",)), "other")
    whole.answer(says_fact=True)
    whole.next()
    assert whole.phase == "offer" and not whole.is_complete()


def test_the_warm_ups_step_one_ends_on_its_verdict_with_done_focused(make_driver):
    driver = warm_up_step_one(make_driver)
    assert not driver.scene.model.config.offers
    driver.press(control_id="answer:fact")
    ids = driver.ids()
    # the verdict stays on the board with the way on under it: no "On to the offers"
    assert "next" not in ids and not any(i.startswith("offer:") for i in ids)
    assert driver.ring.focused_id == "done"
    driver.key(pygame.K_RETURN)
    assert isinstance(driver.scene, FeedbackScene)
    assert driver.scene.outcome.score == 100
    words = " ".join(driver.texts())
    offers = driver.app.tr.pick(driver.app.content.level(1).task.feedback.offers, count=0)
    assert offers not in words
    driver.key(pygame.K_RETURN)  # Next step: the set's second, step 5
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 5


def test_the_warm_up_ends_on_what_our_group_thought_of_its_two_questions(make_driver):
    driver = warm_up_step_one(make_driver)
    driver.key(pygame.K_F3)  # on past step 1
    driver.key(pygame.K_F3)  # and past step 5: the end
    assert isinstance(driver.scene, GroupScene)
    assert driver.app.workshop.chosen_set.id == "quick"
