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
    assert "Text size: 200%" in driver.labels()
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


def button_word_sizes(driver) -> set[int]:
    """The sizes the buttons' words are drawn at on screen (the game draws them itself)."""
    from steps_game.ui import text as text_module

    labels = {c.label for c in driver.ring.controls if c.element is not None}
    with text_module.recording() as drawn:
        driver.app.draw()
    return {item.size for item in drawn if item.role == "option" and item.text in labels}


def test_larger_text_makes_the_buttons_words_larger_too(make_driver):
    driver = make_driver(language="fi")
    assert button_word_sizes(driver) == {22}
    driver.app.change_setting("text_size", 200)
    driver.frames(1)
    assert button_word_sizes(driver) == {44}  # twice as large, every button alike


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


@pytest.mark.parametrize("language", ["fi", "so", "ar"])
def test_the_settings_at_200_percent_stay_inside_their_panel_and_the_screen(make_driver, language):
    from steps_game.scenes.settings import SettingsScene

    driver = make_driver(language=language)
    app = driver.app
    app.change_setting("text_size", 200)
    app.settings.voice = True  # with the note that no voice reads this language
    app.speaker = FakeSpeaker(voices=())
    app.push(SettingsScene(app))
    driver.frames(2)
    panel = driver.scene.ui.panels[0][0]
    assert pygame.Rect(0, 0, 1280, 720).contains(panel)
    outside = [c.id for c in driver.ring.controls if not panel.contains(c.rect)]
    assert outside == []
    assert len(driver.ring.controls) == 8
    assert any(text.text == app.tr("settings.no_voice") for text in driver.scene.ui.texts)
    assert text_module.overflows == []


def finish_the_run(app) -> None:
    from steps_game.outcome import Outcome

    app.session.new("it")
    for level in app.content.levels:
        app.session.record(Outcome(level.step, level.id, level.dimension, 80, ()))


@pytest.mark.parametrize("screen", ["feedback", "profile"])
def test_a_result_grows_into_place_once_unless_motion_is_reduced(make_driver, screen):
    from steps_game.scenes.feedback import FeedbackScene
    from steps_game.scenes.profile import ProfileScene

    driver = make_driver(language="en")
    app = driver.app
    finish_the_run(app)

    def show():
        if screen == "feedback":
            app.push(FeedbackScene(app, 3, app.session.outcomes()[2]))
        else:
            app.push(ProfileScene(app))
        return driver.scene

    moving = show()
    assert moving.animating and moving.reveal.share < 1
    for _ in range(10):
        moving.update(0.1)
    assert not moving.animating and moving.reveal.share == 1  # it settles within a second
    app.pop()

    open_settings_from(driver)
    driver.press(label="Animations: on")
    assert "Animations: off" in driver.labels()
    assert app.settings.reduced_motion
    still = show()
    assert not still.animating and still.reveal.share == 1  # whole at once
    saved = json.loads((app.storage.folder / "settings.json").read_text(encoding="utf-8"))
    assert saved["reduced_motion"] is True


def open_settings_from(driver) -> None:
    from steps_game.scenes.settings import SettingsScene

    driver.app.push(SettingsScene(driver.app))
    driver.frames(1)


def drawn_texts(driver):
    from steps_game.ui import text as text_module

    with text_module.recording() as drawn:
        driver.app.draw()
    return drawn


def test_a_rebuilt_screen_takes_back_its_unchanged_buttons_and_removes_the_rest(make_driver):
    from steps_game.scenes.settings import SettingsScene

    driver = make_driver(language="en")
    app = driver.app
    app.push(SettingsScene(app))
    driver.frames(1)
    before = {c.id: c.element for c in driver.ring.controls}
    driver.press(label="Animations: on")
    after = {c.id: c.element for c in driver.ring.controls}
    assert after.keys() == before.keys()
    changed = [key for key in after if after[key] is not before[key]]
    # every button is taken back: their words are drawn by the game, not made into the button
    assert changed == []
    assert driver.control(control_id="motion").label == "Animations: off"
    assert "Animations: off" in {item.text for item in drawn_texts(driver)}
    assert all(element.visible for element in after.values())

    app.push(SettingsScene(app))  # a screen above: the one below hides its buttons, and keeps
    driver.frames(1)  # them hidden through a rebuild (a language switch rebuilds covered screens)
    app.scenes[-2].rebuild()
    assert not any(c.element.visible for c in app.scenes[-2].ring.controls)
    app.pop()
    assert all(c.element.visible for c in driver.ring.controls)


def test_a_new_screen_takes_the_buttons_a_closed_one_left_and_the_frame_drops_the_rest(
    make_driver,
):
    from steps_game.scenes.settings import SettingsScene

    driver = make_driver(language="en")
    app = driver.app
    app.push(SettingsScene(app))
    driver.frames(1)
    before = {c.id: c.element for c in driver.ring.controls}
    title_buttons = [c.element for c in app.scenes[0].ring.controls if c.element is not None]
    app.pop()  # back to the title: its buttons come back, the settings' wait to be taken
    app.push(SettingsScene(app))  # the same screen again, before the frame ends
    after = {c.id: c.element for c in driver.ring.controls}
    assert all(after[key] is before[key] for key in before)
    assert all(element.visible for element in after.values())
    app.pop()
    driver.frames(1)  # nothing took the settings' buttons this time: the frame removes them
    assert not any(element.alive() for element in before.values())
    assert all(element.alive() for element in title_buttons)


@pytest.mark.parametrize(("language", "text_size"), [("en", 100), ("en", 200), ("ar", 200)])
def test_the_language_list_stays_on_screen_and_names_every_language_in_its_own_letters(
    make_driver, language, text_size
):
    from steps_game.i18n import language_codes
    from steps_game.scenes.language import LanguageScene
    from steps_game.ui.glyphs import missing_glyphs
    from steps_game.ui.text import _writing_of, font_path

    driver = make_driver(language=language)
    app = driver.app
    app.change_setting("text_size", text_size)
    app.push(LanguageScene(app))
    driver.frames(2)
    panel = driver.scene.ui.panels[0][0]
    assert pygame.Rect(0, 0, 1280, 720).contains(panel)
    assert [c.id for c in driver.ring.controls if not panel.contains(c.rect)] == []
    assert len(driver.ring.controls) == len(language_codes()) + 1
    assert text_module.overflows == []
    for control in driver.ring.controls:
        if control.id in ("lang:ar", "lang:fa"):
            # Noto Sans has no Arabic letters: pygame_gui would draw boxes, so the game draws
            # these names itself, in the Arabic script's font
            assert control.data["own_label"] == control.label
            assert missing_glyphs(font_path(False), control.label)
            assert _writing_of(control.label, ("latin", False))[0] == "arabic"


@pytest.mark.parametrize(
    ("language", "shown"),
    [("fi", "Tekstin koko: 200 %"), ("en", "Text size: 200%"), ("fa", "اندازهٔ متن: ۲۰۰٪")],
)
def test_the_text_size_is_written_as_the_language_writes_a_percentage(make_driver, language, shown):
    """The button once put " %" after the number in every language: "200 %" in English, a Latin
    "%" after Persian digits. Now CLDR's percent format (language_rules.percent)."""
    from steps_game.scenes.settings import SettingsScene

    driver = make_driver(language=language)
    driver.app.change_setting("text_size", 200)
    driver.app.push(SettingsScene(driver.app))
    driver.frames(1)
    assert driver.control(control_id="text-size").label == shown


def test_every_setting_looks_alike_and_back_is_the_way_on(make_driver):
    """Fourteenth Arabic play-test: "Full screen: off", the first button, stood out dark as the
    main one, and read as a setting turned on beside a white "High contrast: on". Every
    setting looks alike; Back, the one way on, is the main button."""
    from steps_game.scenes.settings import SettingsScene

    driver = make_driver(language="en")
    driver.app.push(SettingsScene(driver.app))
    driver.frames(1)
    looks = {c.id: c.element.object_ids[-1] for c in driver.ring.controls if c.element}
    assert looks.pop("back") == "#primary"
    assert set(looks.values()) == {"#secondary"}, looks
