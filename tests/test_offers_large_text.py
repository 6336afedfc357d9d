"""Step 1's offers at 200 % text with long words (Somali) and the keyboard in use: when one card
and its page turner do not fit under the instruction and its keys, the instruction has the first
page and the cards the pages after it; every page is sound and every card is reached."""

from __future__ import annotations

import pygame

from steps_game.audit import measure
from tests.test_keyboard_rules import open_step


def open_offers(make_driver, language: str):
    driver = open_step(make_driver, 1, language=language, size=200)
    model = driver.scene.model
    while model.phase != "offer":
        driver.scene.act(lambda: model.answer(True))
        driver.scene.act(model.next)
    driver.key(pygame.K_TAB)  # the keyboard in use: the keys' line comes under the instruction
    assert driver.app.keyboard_mode
    return driver


def test_every_offer_page_is_sound_and_every_card_is_reached(make_driver) -> None:
    driver = open_offers(make_driver, "so")
    view, model = driver.scene.view, driver.scene.model
    assert view.carrying  # at 100 % the instruction stands over the board (other tests)
    pager = view.pager
    seen: list[str] = []
    for _ in range(pager.pages):
        assert measure(driver.app, "offers").problems == []
        seen += driver.ids_starting("offer:")
        if pager.page == 0:  # the first page: the instruction and its keys, no card
            assert view.instruction() in " ".join(driver.texts())
            assert driver.ids_starting("offer:") == []
        driver.turn_page("more")
    assert pager.page == 0  # round to the first page again
    assert sorted(seen) == sorted(f"offer:{offer.id}" for offer in model.config.offers)


def test_the_offer_pages_turn_through_every_page_with_a_card_chosen(make_driver) -> None:
    # (the turner tried the footer by settling on that layout's fewer pages, which took the
    # player back from a later page: Estonian's pages stopped turning at the fourth)
    driver = open_offers(make_driver, "et")
    view, model = driver.scene.view, driver.scene.model
    pager = view.pager
    chosen = driver.ids_starting("offer:")[0]
    driver.press(control_id=chosen)
    assert chosen[6:] in model.state["offers"]
    visited = [pager.page]
    for _ in range(pager.pages):
        driver.turn_page("more")
        visited.append(pager.page)
    assert visited == [*range(pager.pages), 0]
