"""The facilitator's timer (F6) never covers an overlay's words: over F1's keys and over the show
of hands, while counting and on every page of the reveal, it stands in the panel's top corner
where the heading ends (the left one right to left), and the heading and everything under it
keep clear of it. The facilitator's play-test at 1920x1080 found it drawn over "Keys for the
facilitator", "Hands up: what does our group think?", every reveal's heading and, in Arabic,
the "Best answer" label of the reveal's second column."""

from __future__ import annotations

import pygame
import pytest

from steps_game.scenes.help import HelpScene
from steps_game.scenes.layout import SCREEN_W
from tests.test_tally_count_fits import room_points, tally_for
from tests.test_tally_reveal_fits import ROOM_HANDS


def covered(driver) -> list[str]:
    """The words of the top screen the timer stands over (the timer drawn as the room sees it)."""
    app = driver.app
    timer = app.workshop.timer_rect()
    assert app.workshop.timer.on and app.workshop.current_step() is not None
    assert pygame.Rect(0, 0, SCREEN_W, 720).contains(timer)
    return [item.text for item in driver.scene.ui.texts if item.rect.colliderect(timer)]


def at_the_end(driver, language: str) -> bool:
    """The timer stands at the end of the heading's line: right, or left right to left."""
    return (driver.app.workshop.timer_rect().centerx < SCREEN_W // 2) == (language == "ar")


@pytest.mark.parametrize(
    ("language", "second"),
    [("en", None), ("ar", None), ("ar", "fi"), ("so", None), ("fi-selko", "fi")],
)
def test_the_timer_covers_no_words_of_the_tally_or_the_help(make_driver, language, second):
    driver = make_driver(language=language, workshop=True, start_step=5, window=(1920, 1080))
    app = driver.app
    if second is not None:
        from steps_game.scenes.second_language import choose_second

        choose_second(app, second)
    driver.key(pygame.K_F6)
    driver.key(pygame.K_F1)
    assert isinstance(driver.scene, HelpScene)
    assert not covered(driver) and at_the_end(driver, language)
    driver.key(pygame.K_F1)
    for step, point in room_points(app.content):
        name = f"step {step} {point.key}"
        scene = tally_for(app, step, point, earlier=ROOM_HANDS[len(point.options)])
        app.push(scene)
        driver.settle()
        assert not covered(driver), name  # counting
        assert at_the_end(driver, language), name
        driver.key(pygame.K_r)
        for page in range(scene.pager.pages):  # every page of the reveal
            assert not covered(driver), f"{name} page {page + 1}"
            scene.turn()
            driver.settle()
        app.pop()
        driver.settle()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_timer_covers_no_words_of_the_pause_menu_and_what_it_opens(make_driver, language):
    """F2's pause menu, the second language's choice and the Finnish words keep it a corner too
    (the timer is shown, stopped, while the room pauses)."""
    driver = make_driver(language=language, workshop=True, start_step=5, window=(1920, 1080))
    driver.key(pygame.K_F6)
    driver.key(pygame.K_F2)
    assert not covered(driver) and at_the_end(driver, language), "pause"
    for control in ("help", "second", "glossary"):
        driver.press(control_id=control)
        assert not covered(driver) and at_the_end(driver, language), control
        driver.key(pygame.K_ESCAPE)
        assert type(driver.scene).__name__ == "PauseScene", control
