"""Step 5's letter shows the part just chosen (third facilitator run of the 15-minute set,
1920x1080): the room chose the third ask, and the letter beside the options still showed only
"Hi R.," over an empty sheet, the ask scrolled out of sight, while Send had the focus."""

from __future__ import annotations

import pygame
import pytest

from steps_game.ui import text


def drawn(driver) -> list:
    with text.recording() as found:
        driver.app.draw()
    return found


def writing_in_the_room(make_driver, language: str = "en"):
    """The 15-minute set's step 5 on a 1920x1080 projector, at the message to the person
    the set names."""
    driver = make_driver(workshop=True, language=language, window=(1920, 1080))
    driver.press(control_id="start")
    driver.press(control_id="set-short")
    while getattr(driver.scene, "step", None) != 5:
        driver.key(pygame.K_F3)
    driver.press(control_id="start-task")
    assert driver.scene.model.phase == "build"  # (no one to choose: straight to the message)
    return driver


@pytest.mark.parametrize("pick", [0, 2, 3])
def test_the_letter_shows_the_ask_the_room_chose(make_driver, pick):
    driver = writing_in_the_room(make_driver)
    model = driver.scene.model
    option = model.options(model.state["current"])[pick]
    driver.press(control_id=f"option:{option.id}")
    assert model.ready and driver.ring.focused_id == "send"
    words = driver.scene.view.pick(option.text)
    paper = driver.scene.view.letter.scroll.rect  # (the option's card shows the words too)
    in_letter = [
        t for t in drawn(driver) if (t.words or t.text) == words and paper.contains(t.rect)
    ]
    assert in_letter, "the letter does not show the ask just chosen"
    assert driver.ring.by_id("send") in driver.ring.focusable  # on the page shown


def test_the_arrows_reach_every_ask_over_the_pages(make_driver):
    """Fourth facilitator run (1920x1080): the four asks stand over pages beside the letter,
    and Down stopped at ask 2; the room never saw asks 3 and 4 by keys. Down goes on over the
    pages to the last ask, Up back to the first. (The short sets' asks now fit one page in
    every language; the full set's five parts page them.)"""
    from tests.test_message_builder_large_text import full_set_ask

    driver = full_set_ask(make_driver, "so")
    model = driver.scene.model
    asks = [f"option:{option.id}" for option in model.options(model.state["current"])]
    assert driver.scene.view.cards_pager.pages > 1  # (paged beside the letter)
    driver.ring.focus(asks[0])
    seen = [asks[0]]
    for _ in asks[1:]:
        driver.key(pygame.K_DOWN)
        seen.append(driver.ring.focused_id)
    assert seen == asks
    for _ in asks[1:]:
        driver.key(pygame.K_UP)
    assert driver.ring.focused_id == asks[0]
