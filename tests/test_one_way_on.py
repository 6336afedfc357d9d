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


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_step_2s_two_page_turners_have_names_that_tell_them_apart(make_driver, language):
    """At 200 % the goal board and the why beside it were each turned by a "Next page (1/3)":
    two buttons of one name on one screen. The why's says what it turns, on every page."""
    from steps_game.tasks.goal_cards.why import why_turn_label

    driver = open_step(make_driver, 2, language, 200)
    tr = driver.app.tr
    driver.key(pygame.K_TAB)
    driver.press(control_id="goal:work-trial")  # its why beside the cards: a long one
    why = driver.ring.by_id("more-why")
    assert why is not None, driver.ids()  # (paged at 200 %: else this test shows nothing)
    pages = driver.scene.view.why.pager.pages
    for page in range(1, pages + 1):
        labels = driver.labels()
        assert len(labels) == len(set(labels)), labels
        assert driver.ring.by_id("more-why").label == why_turn_label(tr, page, pages)
        driver.press(control_id="more-why")
    assert driver.scene.view.why.pager.page == 0  # round to where its last words said


# -- keys typed while a task opens -------------------------------------------------------------


def _press(key: int) -> list:
    return [
        pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0),
        pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0),
    ]


@pytest.mark.parametrize("batch", [True, False], ids=["one-batch", "frame-by-frame"])
def test_keys_typed_while_the_task_opens_reach_the_task(make_driver, batch):
    """A fast player's Enter on "Start task" and the keys right after it (Left, Enter: the
    first statement answered) all reach the task, whether they come in the frame that builds
    it or in the next ones; none is dropped while it is built (Arabic play-test, item 08)."""
    from steps_game.scenes.intro import IntroScene

    driver = make_driver(language="ar")
    driver.app.change_setting("text_size", 200)
    driver.app.session.new("health")
    driver.app.reset_to(IntroScene(driver.app, 1))
    driver.frames()
    driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == "start-task"
    events = _press(pygame.K_RETURN) + _press(pygame.K_LEFT) + _press(pygame.K_RETURN)
    if batch:
        driver.app.frame(events)
    else:
        for start in range(0, len(events), 2):
            driver.app.frame(events[start : start + 2])
    driver.frames(2)
    model = driver.scene.model
    first = model.config.statements[0].id
    assert list(model.state["answers"]) == [first]  # answered, and only the first
