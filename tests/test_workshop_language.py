"""Workshop mode's language list on the title (facilitator play-test item 13): choosing a language
closes it, with the focus back on the button that opened it."""

from __future__ import annotations

import pygame

from steps_game.scenes.title import TitleScene
from tests.test_workshop import workshop


def test_in_a_workshop_choosing_a_language_closes_the_list_on_its_button(make_driver):
    driver = workshop(make_driver, "en")
    driver.key(pygame.K_TAB)  # the keyboard is in use
    driver.press(control_id="language")
    driver.key(pygame.K_DOWN)
    focused = driver.ring.focused_id
    assert focused.startswith("lang:") and focused != "lang:en"
    driver.key(pygame.K_RETURN)
    assert isinstance(driver.scene, TitleScene)  # the list is closed, in the language chosen
    assert driver.app.tr.language == focused.removeprefix("lang:")
    assert driver.ring.focused_id == "language"  # back on the button that opened it
    driver.key(pygame.K_UP)
    driver.key(pygame.K_RETURN)  # the next keys act on the title, not on another language
    assert driver.app.tr.language == focused.removeprefix("lang:")
