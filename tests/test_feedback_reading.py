"""The feedback card after a step, read by keys at large text: its "why" pages come before the
way on (third Arabic keyboard play-test at 200 %: the focus stood on Next step while pages 2
and 3 of "Why you got these points" were unread, so Enter skipped them)."""

from __future__ import annotations

import pygame
import pytest

from steps_game.scenes.feedback import FeedbackScene
from tests.test_scenes import fake_outcome


def _feedback(make_driver, language: str, size: int):
    driver = make_driver(language=language)
    app = driver.app
    app.change_setting("text_size", size)
    app.change_setting("high_contrast", True)
    app.session.new("health")
    level = app.content.level(5)
    app.keyboard_mode = False  # (reached by a key or the mouse: the first Tab shows the focus)
    app.reset_to(FeedbackScene(app, level.step, fake_outcome(level, 30)))
    driver.frames(2)
    return driver


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_first_tab_lands_on_the_page_turner_while_pages_are_unread(make_driver, language):
    driver = _feedback(make_driver, language, 200)
    scene = driver.scene
    assert scene.pager.pages > 1  # (at 200 % the why is pages)
    driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == "more"
    seen = {scene.pager.page}
    for _ in range(scene.pager.pages - 1):
        assert driver.ring.focused_id == "more"
        driver.key(pygame.K_RETURN)  # reads on
        seen.add(scene.pager.page)
    assert seen == set(range(scene.pager.pages))  # every page read, the last one shown
    assert scene.pager.page == scene.pager.pages - 1
    assert driver.ring.focused_id == "next"  # all read: on to the next step
    driver.app.keyboard_mode = False
    scene.rebuild()
    driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == "next"  # (and it stays so)


def test_one_page_of_why_keeps_the_focus_on_the_way_on(make_driver):
    driver = _feedback(make_driver, "en", 100)
    assert driver.scene.pager.pages == 1
    driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == "next"


def test_no_heading_of_points_earned_when_no_reason_earned_any(make_driver):
    """Step 5 with weak parts at 200 % (Arabic): "Why you got these points" stood alone on
    the first page, nothing under it, one more Enter to read nothing."""
    from steps_game.outcome import Outcome, Reason

    driver = make_driver(language="ar")
    app = driver.app
    app.change_setting("text_size", 200)
    app.session.new("health")
    level = app.content.level(5)
    missed = (Reason(level.discussion[0], 0, False), Reason(level.discussion[1], 0, False))
    outcome = Outcome(level.step, level.id, level.dimension, 30, missed, {})
    app.reset_to(FeedbackScene(app, level.step, outcome))
    driver.frames(2)
    scene, tr = driver.scene, app.tr
    seen = []
    for _ in range(scene.pager.pages):
        seen += driver.texts()
        scene.turn(1)
    assert tr("feedback.earned") not in seen
    assert tr("feedback.more") in seen


def test_in_a_workshop_enter_on_the_feedback_goes_on_to_the_talk(make_driver):
    """The facilitator's second real-time run: on step 6's two-page feedback the focus stood on
    "Next page", so the facilitator's Enter turned the page instead of opening the discussion
    card (0:38 of the step's overrun). In a workshop the way on keeps the focus."""
    driver = make_driver(language="fi", workshop=True, window=(1920, 1080))
    app = driver.app
    level = app.content.level(6)
    app.reset_to(FeedbackScene(app, level.step, fake_outcome(level, 30)))
    driver.frames(2)
    assert driver.scene.pager.pages > 1  # (the why is pages)
    driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == "next"


def test_a_score_with_no_points_earned_reads_across_the_screen(make_driver):
    """Thirteenth facilitator run: at 50 / 100 with nothing earned, "What would earn more" stood
    in the left column and its last words, "works better.", alone in the right one. One group
    takes the whole width; its words are never split between columns."""
    from steps_game.outcome import Outcome, Reason

    driver = make_driver(language="en", workshop=True, window=(1920, 1080))
    app = driver.app
    level = app.content.level(5)
    long_reason = {"en": " ".join([app.tr.pick(level.intro)] * 2)}
    reasons = (Reason(long_reason, 0, False),)
    app.reset_to(FeedbackScene(app, 5, Outcome(5, level.id, level.dimension, 50, reasons, {})))
    driver.frames(2)
    scene = driver.scene
    words = app.tr.pick(level.intro)
    pieces = [t for t in scene.ui.texts if t.text.strip("• ") and t.text.strip("• ")[:20] in words]
    assert pieces  # (the reason on screen, or nothing to test)
    assert len({t.rect.left for t in pieces}) == 1, [(t.text, t.rect) for t in pieces]
