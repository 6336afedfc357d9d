"""Step 7 in fewer screens, from the fourth Arabic 200 % keyboard play-test (5.0-5.5 minutes by
Enter alone): a person's news and the way that answers it on one page, the way focused."""

from __future__ import annotations

import pygame
import pytest

from tests.test_keep_warm_keys import news_person
from tests.test_keyboard_rules import open_step

CASES = [("ar", 200), ("en", 200), ("en", 100)]


def shown(driver) -> list[str]:
    from steps_game.ui import text_record

    with text_record.recording() as found:
        driver.app.draw()
    return [item.words or item.text for item in found]


@pytest.mark.parametrize(("language", "size"), CASES)
def test_step_7_enter_on_the_person_with_news_lands_on_the_answer_beside_the_news(
    make_driver, language, size
):
    """The week opens on the person with news; one Enter shows their news with the way that
    answers it, focused (the news box took an Enter of its own to turn to that way)."""
    driver = open_step(make_driver, 7, language, size)
    model = driver.scene.model
    person = news_person(model)
    driver.key(pygame.K_RETURN)
    news = model.news_for(person)
    focused = driver.ring.focused_id
    assert focused in {f"action:{way}" for way in news.fits}, focused
    news_words = driver.scene.tr.pick(model.news_text(news))
    assert any(news_words in text for text in shown(driver))
