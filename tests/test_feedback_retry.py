"""Try again on the step's score page asks first (twelfth facilitator run: it sat where Done had
been, so a double click on Done started step 5 over with no question, the room's answers gone)."""

from __future__ import annotations

import pygame

from steps_game.scenes.confirm import ConfirmScene
from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.task_host import TaskHostScene
from tests.test_playthrough import Player


def _done_by_mouse(make_driver, step: int):
    driver = make_driver(language="en", start_step=step)
    player = Player(driver, mouse=True, best=True)
    getattr(player, driver.scene.level.task.kind)()
    assert driver.scene.model.is_complete()
    return driver


def test_a_double_click_on_done_never_starts_the_step_over(make_driver):
    driver = _done_by_mouse(make_driver, 1)
    done = driver.control(control_id="done")
    x, y, _, _ = driver.app.viewport.target
    scale = driver.app.viewport.scale
    pos = (round(x + done.rect.centerx * scale), round(y + done.rect.centery * scale))
    for _ in range(2):  # the two clicks of a double click, at the same place
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
        driver.settle()
    assert isinstance(driver.scene, (FeedbackScene, ConfirmScene)), type(driver.scene).__name__
    assert driver.app.session.progress.outcome(1) is not None  # the step's score is kept


def test_try_again_asks_and_cancel_keeps_the_score_page(make_driver):
    driver = _done_by_mouse(make_driver, 1)
    driver.click(control_id="done")
    assert isinstance(driver.scene, FeedbackScene)
    driver.click(control_id="retry")
    assert isinstance(driver.scene, ConfirmScene)
    assert driver.ring.focused_id == "cancel"  # a stray Enter keeps everything
    assert "Play this step again from the start?" in " ".join(driver.texts())
    driver.key(pygame.K_RETURN)
    assert isinstance(driver.scene, FeedbackScene)
    driver.click(control_id="retry")
    driver.click(control_id="yes")
    assert isinstance(driver.scene, TaskHostScene)
    assert driver.scene.step == 1
    assert driver.scene.model.state["answers"] == {}  # a fresh board
