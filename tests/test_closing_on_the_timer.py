"""What our group thought is a part of the set's plan with its own minute (`closing_minutes`), and
the timer and F1 follow the room there too: on the group screen the timer counts that minute
down, and F1 marks the row, says "Now: what our group thought" with the minutes left and how far
behind the plan the whole run is. The facilitator's fourth run of the 15-minute set found the
group screen with no timer and F1 with no line saying where the room was."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from steps_game.scenes.group import GroupScene
from steps_game.scenes.help import HelpScene
from tests.test_group_play import _timed_short_set


def to_the_group_screen(driver, clock, short, over: int = 0) -> None:
    """Through the set's steps by F3, each on its minutes (the last `over` seconds over)."""
    steps = list(short.step_numbers)
    for step in steps:
        assert driver.scene.step == step
        clock.now += 60 * short.minutes_for(step) + (over if step == steps[-1] else 0)
        driver.frames(1)
        driver.key(pygame.K_F3)
    assert isinstance(driver.scene, GroupScene)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_timer_and_f1_follow_the_room_to_what_our_group_thought(make_driver, language):
    driver, clock, short = _timed_short_set(make_driver, language)
    app, tr = driver.app, driver.app.tr
    closing = short.closing_minutes
    assert closing >= 1
    driver.key(pygame.K_F6)  # the timer on
    to_the_group_screen(driver, clock, short)
    driver.frames(1)
    assert app.workshop.timer.label() == f"{closing}:00"  # the closing minutes, counted afresh
    assert app.workshop.wake_ms() is not None  # it runs, so the loop wakes to show it
    clock.now += 20
    driver.frames(1)
    assert app.workshop.timer.label() == f"{closing - 1}:40"
    assert not measure(app, "group screen with the timer").problems
    driver.key(pygame.K_F1)
    assert isinstance(driver.scene, HelpScene)
    texts = driver.texts()
    assert tr("workshop_sets.plan_now_closing", left=closing) in texts
    assert not any(tr("workshop_sets.plan_behind", minutes=m) in texts for m in (1, 2))
    assert not measure(app, "F1 on the group screen").problems


def test_f1_on_the_group_screen_says_how_far_behind_the_run_is(make_driver):
    driver, clock, short = _timed_short_set(make_driver, "en")
    tr = driver.app.tr
    driver.key(pygame.K_F6)
    to_the_group_screen(driver, clock, short, over=130)  # the last step 2:10 over
    driver.key(pygame.K_F1)
    assert tr("workshop_sets.plan_behind", minutes=2) in driver.texts()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_closing_minute_goes_on_over_the_group_s_profile_and_plan(make_driver, language):
    """Eleventh facilitator run: the timer stood on what our group thought only; the group's
    profile and plan, part of the same closing, had none. It goes on counting the same
    minute there, in view and clear of the headings."""
    from steps_game.scenes.plan import PlanScene
    from steps_game.scenes.profile import ProfileScene

    driver, clock, short = _timed_short_set(make_driver, language)
    app = driver.app
    driver.key(pygame.K_F6)
    to_the_group_screen(driver, clock, short)
    driver.frames(1)
    clock.now += 20
    driver.press(control_id="profile")
    driver.frames(1)
    assert isinstance(driver.scene, ProfileScene)
    closing = short.closing_minutes
    assert app.workshop.timed_part() is not None
    assert app.workshop.timer.label() == f"{closing - 1}:40"
    assert not measure(app, "the group's profile with the timer").problems
    clock.now += 10
    driver.press(control_id="plan")
    driver.frames(1)
    assert isinstance(driver.scene, PlanScene)
    assert app.workshop.timer.label() == f"{closing - 1}:30"
    assert not measure(app, "the group's plan with the timer").problems
