"""One Enter acts once (issue 15, the facilitator's play-test, item 1).

pygame's key repeat comes from a timer on its own thread: when the screen a press opens takes
longer to build than the repeat's delay, copies of the key-down are queued before its key-up, and
nothing marks them as copies. Here they are posted as they come: a key-down, another key-down of the
same key with no key-up between, then the key-up."""

from __future__ import annotations

import pygame
import pytest

from steps_game.ui.held_keys import HeldKeys
from tests.test_keyboard_rules import open_step


def down(key: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)


def up(key: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0)


def answered_first_statement(make_driver):
    """Step 1 with its first statement answered: the reveal is shown and the focus is on its
    way on ("next"), as after the room's answer was given."""
    driver = open_step(make_driver, 1)
    driver.key(pygame.K_TAB)
    driver.key(pygame.K_RETURN)
    model = driver.scene.model
    assert model.phase == "reveal" and driver.ring.focused_id == "next"
    return driver, model


@pytest.mark.parametrize("key", [pygame.K_RETURN, pygame.K_KP_ENTER])
@pytest.mark.parametrize("slow_build", [False, True])
def test_a_held_enter_goes_on_once_and_answers_nothing(make_driver, key, slow_build):
    driver, model = answered_first_statement(make_driver)
    first = model.current()
    pygame.event.post(down(key))
    if slow_build:  # the repeat came while the next statement was being built
        driver.app.step()
    pygame.event.post(down(key))  # pygame's repeat: no key-up between
    driver.settle()
    pygame.event.post(up(key))
    driver.settle()
    assert model.current() is not first  # it went on, to the second statement
    assert model.current() is model.config.statements[1]
    assert model.phase == "sort"  # and no answer was given for it
    assert model.current().id not in model.state["answers"]


def test_a_second_press_after_the_key_up_still_acts(make_driver):
    driver, model = answered_first_statement(make_driver)
    for event in (down(pygame.K_RETURN), up(pygame.K_RETURN), down(pygame.K_RETURN)):
        pygame.event.post(event)
    pygame.event.post(up(pygame.K_RETURN))
    driver.settle()
    assert model.current() is model.config.statements[1]
    assert model.phase == "reveal"  # two presses: on, and then an answer to the second


def test_held_arrows_and_tab_still_repeat():
    held = HeldKeys()
    for key in (pygame.K_DOWN, pygame.K_RIGHT, pygame.K_TAB, pygame.K_BACKSPACE):
        assert not held.is_repeat(down(key))
        assert not held.is_repeat(down(key))  # holding it moves on


def test_enter_space_esc_and_function_keys_count_once_until_let_go():
    held = HeldKeys()
    for key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_F3):
        assert not held.is_repeat(down(key))
        assert held.is_repeat(down(key))
        assert not held.is_repeat(up(key))
        assert not held.is_repeat(down(key))


def test_a_key_let_go_in_another_window_counts_again():
    held = HeldKeys()
    assert not held.is_repeat(down(pygame.K_RETURN))
    held.is_repeat(pygame.event.Event(pygame.WINDOWFOCUSLOST))  # its key-up went elsewhere
    assert not held.is_repeat(down(pygame.K_RETURN))
