"""Settings change every open screen at once and are remembered: text size, contrast, reading
aloud (checked against a fake speech engine), Finnish beside another language."""

from __future__ import annotations

import json

import pygame
import pytest

from steps_game.scenes.intro import IntroScene
from steps_game.ui import palette
from steps_game.ui import text as text_module


class FakeSpeaker:
    available = True

    def __init__(self, voices=("fi", "en")) -> None:
        self.voices = voices
        self.said: list[tuple[str, str]] = []

    def has_voice(self, language: str) -> bool:
        return language in self.voices

    def say(self, text: str, language: str) -> None:
        self.said.append((text, language))

    def close(self) -> None:
        pass


def open_settings(driver) -> None:
    driver.press(label="Settings")


def test_text_size_grows_every_screen_and_is_remembered(make_driver, tmp_path):
    driver = make_driver(language="en", data_dir=tmp_path / "data")
    open_settings(driver)
    for expected in (125, 150, 175, 200):
        driver.press(control_id="text-size")
        assert driver.app.settings.text_size == expected
        assert text_module.text_scale() == expected / 100
    assert "Text size: 200 %" in driver.labels()
    saved = json.loads((tmp_path / "data" / "settings.json").read_text(encoding="utf-8"))
    assert saved["text_size"] == 200
    driver.press(control_id="text-size")  # and round to the start
    assert driver.app.settings.text_size == 100


@pytest.mark.parametrize("language", ["fi", "so"])
def test_screens_at_200_percent_keep_text_in_its_boxes(make_driver, language):
    text_module.overflows.clear()
    driver = make_driver(language=language)
    app = driver.app
    app.settings.text_size = 200
    app.apply_look()
    app.session.new("it")
    for step in (1, 4, 7):
        app.push(IntroScene(app, step))
        driver.frames(2)
        app.pop()
    driver.frames(2)
    assert text_module.text_scale() == 2.0
    assert text_module.overflows == []


@pytest.mark.parametrize("language", ["fi", "so"])
def test_the_profile_at_200_percent_keeps_every_control_on_screen(make_driver, language):
    from steps_game.outcome import Outcome
    from steps_game.scenes.profile import ProfileScene

    driver = make_driver(language=language)
    app = driver.app
    app.change_setting("text_size", 200)
    app.session.new("it")
    for level in app.content.levels:
        app.session.record(Outcome(level.step, level.id, level.dimension, 60, ()))
    app.push(ProfileScene(app))
    driver.frames(2)
    screen = pygame.Rect(0, 0, 1280, 720)
    outside = [c.id for c in driver.ring.controls if not screen.contains(c.rect)]
    assert outside == []
    assert text_module.overflows == []


def button_point_sizes(driver) -> set[int]:
    return {c.element.font.point_size for c in driver.ring.controls if c.element is not None}


def test_larger_text_makes_the_buttons_words_larger_too(make_driver):
    driver = make_driver(language="fi")
    assert button_point_sizes(driver) == {22}
    driver.app.change_setting("text_size", 200)
    driver.frames(1)
    sizes = button_point_sizes(driver)
    # the theme has a font for each size a button may ask for (else pygame_gui keeps 22)
    assert min(sizes) > 22 and max(sizes) >= 30, sizes


def test_high_contrast_changes_the_colours_at_once(make_driver):
    driver = make_driver(language="en")
    normal_ink = palette.INK
    open_settings(driver)
    driver.press(control_id="contrast")
    assert driver.app.settings.high_contrast
    assert normal_ink != palette.INK or palette.PANEL_OUTLINE
    assert "High contrast: on" in driver.labels()
    driver.press(control_id="contrast")
    assert normal_ink == palette.INK


def test_read_aloud_speaks_the_focused_item_and_new_screens(make_driver):
    driver = make_driver(language="en")
    app = driver.app
    app.settings.voice = True
    app.speaker = FakeSpeaker()
    driver.key(pygame.K_TAB)
    assert app.speaker.said[-1] == (driver.ring.focused.label, "en")
    driver.press(label="Start")
    heard = " ".join(text for text, _ in app.speaker.said)
    assert "What is your field?" in heard
    # a step's introduction is read, not only its heading
    from steps_game.scenes.intro import IntroScene

    app.session.new("it")
    app.push(IntroScene(app, 1))
    intro = app.tr.pick(app.content.levels[0].intro)
    assert intro.split(".")[0] in app.speaker.said[-1][0]


def test_read_aloud_says_when_no_voice_exists(make_driver):
    driver = make_driver(language="so")
    app = driver.app
    app.settings.voice = True
    app.speaker = FakeSpeaker(voices=("fi",))
    assert app.voice_missing
    driver.press(control_id="settings")
    assert app.tr("settings.no_voice") in driver.texts()


def test_finnish_beside_another_language_on_step_screens(make_driver):
    driver = make_driver(language="en")
    app = driver.app
    app.session.new("it")
    app.push(IntroScene(app, 2))
    driver.frames(1)
    assert "Step 2 of 7 · Tavoitteet" in driver.texts()
    app.settings.finnish_beside = False
    driver.scene.rebuild()
    assert "Step 2 of 7" in driver.texts()
