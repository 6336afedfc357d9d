"""Workshop mode speaks to the room (facilitator play-test item 11): step 1's offer cards are
said of Sara, and its feedback tells how the room helped her."""

from __future__ import annotations

import pytest

from steps_game import group_texts
from steps_game.content import load_content
from steps_game.i18n import language_codes
from steps_game.paths import bundled_levels_dir
from steps_game.scenes.feedback import FeedbackScene
from tests.test_workshop import workshop


@pytest.fixture(scope="module")
def content():
    return load_content(bundled_levels_dir())


def test_every_offer_card_has_her_words_in_every_language(content):
    level = content.level(1)
    cards = group_texts.task_config(level, workshop=True).offers
    assert [card.id for card in cards] == [offer.id for offer in level.task.offers]
    for card, own in zip(cards, level.task.offers, strict=True):
        for code in language_codes():
            assert card.text[code] and card.text[code] != own.text[code], (card.id, code)
        assert card.text["en"].startswith("She ") and card.text["fi"].startswith("Hän")


def card_words(driver) -> list[str]:
    """The words on the offer cards shown."""
    return [driver.control(control_id=i).data["text"] for i in driver.ids_starting("offer:")]


def start_step_one(driver) -> None:
    driver.press(control_id="start")
    driver.press(control_id="set-short")
    driver.press(control_id="start-task")


def test_the_room_picks_what_sara_can_offer_and_hears_how_she_did(make_driver, content):
    driver = workshop(make_driver, "en")
    start_step_one(driver)
    model = driver.scene.model
    while model.phase != "offer":
        statement = model.current()
        driver.press(control_id="answer:fact" if statement.is_fact else "answer:myth")
        driver.press(control_id="next")
    assert "What can Sara offer others? Pick the cards that fit her." in driver.texts()
    cards = card_words(driver)
    assert cards and all(words.startswith(("She ", "Sara ")) for words in cards), cards
    assert "She speaks languages that others may need at work or in daily life." in cards
    driver.press(control_id=driver.ids_starting("offer:")[0])
    driver.press(control_id="done")
    assert isinstance(driver.scene, FeedbackScene)
    words = " ".join(driver.texts())
    assert "With the room's help, Sara sorted 3 of 3 statements correctly." in words
    assert "The room named 1 thing Sara can offer others." in words
    assert "You sorted" not in words and "You named" not in words


def test_normal_play_keeps_the_players_own_cards(make_driver):
    driver = make_driver(language="en", start_step=1)
    model = driver.scene.model
    while model.phase != "offer":
        driver.scene.act(lambda: model.answer(True))
        driver.scene.act(model.next)
    driver.frames(1)
    assert driver.scene.model.phase == "offer"
    assert "I speak languages that others may need at work or in daily life." in card_words(driver)
