"""Workshop mode speaks to the room (facilitator play-test items 9 and 11): step 1's offer cards
are said of Sara, and at a choice for the room the keys hint names the keys that count hands."""

from __future__ import annotations

import pygame
import pytest

from steps_game import group_texts
from steps_game.content import load_content
from steps_game.i18n import catalog, language_codes
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
        assert card.text["en"].startswith("Sara ") and card.text["fi"].startswith(
            ("Sara ", "Saralla")
        )


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
    assert cards and all(words.startswith("Sara ") for words in cards), cards
    assert "Sara speaks languages that others may need at work or in daily life." in cards
    driver.press(control_id=driver.ids_starting("offer:")[0])
    driver.press(control_id="done")
    assert isinstance(driver.scene, FeedbackScene)
    words = " ".join(driver.texts())
    played = len(driver.app.workshop.plan.plays_for(1))  # the short set's statements
    statements = "statement" if played == 1 else "statements"
    assert (
        f"With the room's help, Sara sorted {played} of {played} {statements} correctly." in words
    )
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


def test_at_a_choice_the_keys_hint_names_the_keys_that_count_hands(make_driver):
    driver = workshop(make_driver, "en")
    start_step_one(driver)
    tr = driver.app.tr
    # Myth and Fact: "1–2" (it said 1–9 over two answers: thirteenth facilitator run)
    keys = tr("workshop.task_keys", last=2)
    driver.key(pygame.K_RIGHT)  # the keyboard is in use: the keys are said
    assert keys in driver.texts() and "1–2" in keys
    assert "F7" in keys and tr("host.keys") != keys
    driver.key(pygame.K_RETURN)  # answered: no choice on the table, no count to open
    assert driver.scene.model.phase == "reveal"
    driver.frames(1)
    assert tr("host.keys") in driver.texts() and keys not in driver.texts()


def test_outside_a_workshop_the_keys_hint_is_the_usual_one(make_driver):
    driver = make_driver(language="en", start_step=1)
    driver.key(pygame.K_RIGHT)
    texts = driver.texts()
    assert driver.app.tr("host.keys") in texts
    assert driver.app.tr("workshop.task_keys", last=2) not in texts


def test_every_language_says_the_count_keys_in_its_own_words_on_one_line():
    from steps_game.scenes.layout import MARGIN, SCREEN_W
    from steps_game.tasks.view import KEYS_SIZE
    from steps_game.ui import text as text_module
    from steps_game.workshop import TEXT_SCALE

    english = catalog("en").get("workshop.task_keys")
    text_module.set_text_scale(TEXT_SCALE)
    width = SCREEN_W - 2 * MARGIN  # the task's instruction's width (task_host.py)
    for code in language_codes():
        words = catalog(code).get("workshop.task_keys")
        assert words and "F7" in words and "Tab" in words and "Enter" in words, code
        assert code == "en" or words != english, code
        # no taller than the usual keys line: the room's options keep their room on the board
        usual = text_module.text_height(
            catalog(code).get("host.keys"), KEYS_SIZE, width, role="hint"
        )
        assert text_module.text_height(words, KEYS_SIZE, width, role="hint") <= usual, code
