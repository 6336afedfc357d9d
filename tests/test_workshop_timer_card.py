"""The facilitator's timer (F6) over the discussion card (F5) stands inside the card's top corner,
clear of its border and its words (facilitator play-test item 12), left to right and right to
left; on the step's own screens it stays beside the Menu button."""

from __future__ import annotations

import pygame
import pytest

from steps_game.scenes.discussion import PANEL, DiscussionScene
from tests.test_workshop import workshop


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_timer_stands_inside_the_discussion_card(make_driver, language):
    driver = workshop(make_driver, language)
    driver.press(control_id="start")
    driver.press(control_id="set-short")
    workshop_ = driver.app.workshop
    driver.key(pygame.K_F6)
    beside_menu = workshop_.timer_rect()
    driver.key(pygame.K_F5)
    card = driver.scene
    assert isinstance(card, DiscussionScene)
    timer = workshop_.timer_rect()
    assert timer != beside_menu
    assert PANEL.inflate(-8, -8).contains(timer)  # inside, not across the card's border
    assert not [t.text for t in card.ui.texts if t.rect.colliderect(timer)]
    # at the end where the heading ends: the right, or the left right to left
    assert (timer.centerx < PANEL.centerx) == (language == "ar")
    driver.key(pygame.K_F5)  # the card closed: beside the Menu button again
    assert workshop_.timer_rect() == beside_menu
