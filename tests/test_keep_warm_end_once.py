"""Step 7's end at 200 % text says each thing once: what the score says one key later is not
on the end's pages too."""

from __future__ import annotations

import pygame
import pytest

from steps_game.scenes.feedback import FeedbackScene
from tests.test_keyboard_rules import open_step


def _end_pages(driver) -> list[str]:
    """Every text on the end's pages, turned through by Enter up to Done."""
    model, view = driver.scene.model, driver.scene.view
    while not model.finished:
        driver.key(pygame.K_RETURN)
    texts = []
    for _ in range(view.sheet.pages + 1):
        texts += driver.texts()
        if driver.ring.focused_id == "done":
            break
        driver.key(pygame.K_RETURN)
    return texts


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_news_noticed_are_said_by_the_score_not_again_on_the_end_at_200(make_driver, language):
    """Twentieth Arabic 200 % play-test: "News you noticed: 4 of 4" on the end's page, and "You
    noticed and answered 4 of 4 pieces of news" on the score right after it."""
    driver = open_step(make_driver, 7, language, 200)
    model = driver.scene.model
    news = driver.scene.view._t("news_noticed", noticed=0, total=len(model.news_items))
    head = news.split("0")[0]  # ("News you noticed: " in the player's language)
    texts = _end_pages(driver)
    assert not [words for words in texts if words.startswith(head)], texts
    assert driver.ring.focused_id == "done"
    driver.key(pygame.K_RETURN)
    assert isinstance(driver.scene, FeedbackScene)
    noticed = len(model.result().choices["noticed_news"])
    said = driver.app.tr.pick(
        model.config.feedback.news, noticed=noticed, total=len(model.news_items)
    )
    pages = []
    for _ in range(4):
        pages += driver.texts()
        driver.key(pygame.K_PAGEDOWN)
    assert any(said in words for words in pages), pages


def test_the_end_at_100_still_counts_the_news_over_the_grid(make_driver):
    """At 100 % the end stands beside the board with its heading: the news noticed are its
    own line there, as the score is a screen away."""
    driver = open_step(make_driver, 7, "en", 100)
    model = driver.scene.model
    while not model.finished:  # (Enter alone: the weeks played to their end)
        driver.key(pygame.K_RETURN)
    assert any(words.startswith("News you noticed") for words in driver.texts())
