"""A first start asks for the language, the computer's own picked; a Menu button on every screen
opens the pause menu; what would clear a player's work asks first, and Esc keeps everything."""

from __future__ import annotations

import json

import pygame
import pytest

from steps_game.first_start import computer_language
from steps_game.i18n import languages
from steps_game.scenes.base import MENU_ID
from steps_game.scenes.confirm import ConfirmScene
from steps_game.scenes.intro import IntroScene
from steps_game.scenes.language import LanguageScene
from steps_game.scenes.layout import footer_y, track_rect
from steps_game.scenes.pause import PauseScene
from steps_game.scenes.profile import ProfileScene
from steps_game.scenes.task_host import TaskHostScene
from steps_game.scenes.title import TitleScene
from steps_game.settings import Settings
from steps_game.ui.builder import button_label_size
from steps_game.ui.icons import icon_room
from steps_game.ui.text import text_size
from tests.test_playthrough import Player
from tests.test_scenes import LOGICAL_SCREEN, all_scenes, fake_outcome

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
PAUSE_ENTRIES = {"resume", "glossary", "language", "settings", "to-title", "quit"}


def no_locale() -> tuple[None, None]:
    return (None, None)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "uk_UA.UTF-8"}, "uk"),
        ({"LANGUAGE": "de:ar", "LANG": "de_DE.UTF-8"}, "ar"),  # the first the game has
        ({"LC_ALL": "C", "LANG": "sv_FI.UTF-8"}, "sv"),  # "C" names no language
        ({"LC_MESSAGES": "fa_IR"}, "fa"),
        ({"LANG": "so_SO.UTF-8@euro"}, "so"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language the game lacks: English
        ({"LANG": "C.UTF-8"}, "fi"),  # no language at all: the game's own
        ({}, "fi"),
    ],
)
def test_the_computers_language_is_read_as_gettext_reads_it(environ, expected):
    assert computer_language(environ, no_locale) == expected


def test_a_windows_locale_name_is_understood():
    assert computer_language({}, lambda: ("Finnish_Finland", "1252")) == "fi"
    assert computer_language({}, lambda: ("ru_RU", "UTF-8")) == "ru"


def computer_speaks(monkeypatch, lang: str) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)


def test_the_first_start_shows_the_language_list_with_the_computers_language(
    make_driver, monkeypatch, tmp_path
):
    computer_speaks(monkeypatch, "uk_UA.UTF-8")
    data = tmp_path / "data"
    driver = make_driver(data_dir=data)
    scene = driver.scene
    assert isinstance(scene, LanguageScene) and scene.first_start
    assert [type(s) for s in driver.app.scenes] == [TitleScene, LanguageScene]
    # each language named in itself, the computer's picked and focused, and no Back: the
    # languages are the way on
    assert driver.labels() == [language.name for language in languages()]
    assert driver.app.tr.language == "uk"
    assert driver.ring.focused_id == "lang:uk"
    assert driver.ring.visible  # (shown before any key: the keys work from the first screen)
    assert driver.control(control_id="lang:uk").data["selected"]
    driver.click(label="English")
    assert not driver.ring.visible  # (a mouse press hides it, as anywhere)
    assert isinstance(driver.scene, TitleScene)
    assert driver.app.tr.language == "en" and "Start" in driver.labels()
    saved = json.loads((data / "settings.json").read_text("utf-8"))
    assert saved["language"] == "en" and saved["language_chosen"] is True
    driver.close()

    # remembered: the next start opens on the title in the chosen language, whatever the computer
    again = make_driver(data_dir=data)
    assert isinstance(again.scene, TitleScene) and again.app.tr.language == "en"


def test_esc_on_the_first_list_keeps_the_language_picked_and_remembers_it(
    make_driver, monkeypatch, tmp_path
):
    computer_speaks(monkeypatch, "ar_SA.UTF-8")
    data = tmp_path / "data"
    driver = make_driver(data_dir=data)
    assert isinstance(driver.scene, LanguageScene)
    driver.key(pygame.K_ESCAPE)
    assert isinstance(driver.scene, TitleScene) and driver.app.tr.language == "ar"
    assert driver.app.settings.language_chosen
    driver.close()
    assert isinstance(make_driver(data_dir=data).scene, TitleScene)


def test_a_language_on_the_command_line_skips_the_question(make_driver, monkeypatch, tmp_path):
    computer_speaks(monkeypatch, "ru_RU.UTF-8")
    driver = make_driver(language="so", data_dir=tmp_path / "data")
    assert isinstance(driver.scene, TitleScene) and driver.app.tr.language == "so"
    # it is not the player's own choice: nothing is remembered for it
    assert not (tmp_path / "data" / "settings.json").exists()


def test_settings_of_an_earlier_game_count_as_chosen(make_driver, monkeypatch, tmp_path):
    computer_speaks(monkeypatch, "ru_RU.UTF-8")
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"version": 1, "language": "sv"}', "utf-8")
    driver = make_driver(data_dir=data)
    assert isinstance(driver.scene, TitleScene) and driver.app.tr.language == "sv"
    assert Settings.from_saved({"version": 1}).language_chosen is False


def test_a_workshop_starts_on_its_title_in_the_computers_language(make_driver, monkeypatch):
    computer_speaks(monkeypatch, "et_EE.UTF-8")
    driver = make_driver(workshop=True)
    assert isinstance(driver.scene, TitleScene) and driver.app.tr.language == "et"
    assert "language" in driver.ids()  # the facilitator may pick another one there


@pytest.mark.parametrize("language", ["fi", "ar"])
def test_the_titles_language_button_has_a_globe_and_the_english_word(make_driver, language):
    driver = make_driver(language=language)
    button = driver.control(control_id="language")
    assert "Language" in button.label
    assert button.data["icon"] == "globe"
    # the words stay centred with the globe's room free at both ends
    words = text_size(button.label, button_label_size())[0]
    assert words + 2 * icon_room(driver.app.text_scale) <= button.rect.width
    driver.frames(1)  # drawn without trouble


# -- the Menu button -------------------------------------------------------------------------------


def open_menu_from(driver, scene) -> None:
    app = driver.app
    app.push(scene)
    driver.frames(2)
    driver.click(control_id=MENU_ID)
    assert isinstance(driver.scene, PauseScene)
    assert set(driver.ids()) == PAUSE_ENTRIES
    driver.key(pygame.K_ESCAPE)  # resume: back where the player was
    assert driver.scene is scene


def test_the_menu_button_opens_the_pause_menu_from_a_task_an_intro_and_the_profile(make_driver):
    driver = make_driver(language="en", start_step=2)
    host = driver.scene
    Player(driver, mouse=True, best=True).use(driver.ids_starting("goal:")[0])
    state = host.model.snapshot()
    driver.click(control_id=MENU_ID)
    assert isinstance(driver.scene, PauseScene)
    assert set(driver.ids()) == PAUSE_ENTRIES
    driver.click(control_id="resume")
    assert driver.scene is host and host.model.snapshot() == state
    app = driver.app
    open_menu_from(driver, IntroScene(app, 3))
    for level in app.content.levels:
        app.session.record(fake_outcome(level, 50))
    open_menu_from(driver, ProfileScene(app))


def overlaps(scene, menu) -> list[str]:
    """What the Menu button would cover: another control, a text's box, the step track."""
    found = [c.id for c in scene.ring.controls if c is not menu and c.rect.colliderect(menu.rect)]
    found += [item.text[:30] for item in scene.ui.texts if item.rect.colliderect(menu.rect)]
    if getattr(scene, "step", None):  # a step's screen shows the step track
        track = track_rect(len(scene.app.content.levels), scene.track_room())
        if track.colliderect(menu.rect):
            found.append("step track")
    return found


@pytest.mark.parametrize(
    ("language", "text_size_setting", "workshop"),
    [("en", 100, False), ("fi", 200, False), ("ar", 200, False), ("ru", 100, True)],
)
def test_the_menu_button_is_on_every_screen_and_covers_nothing(
    make_driver, language, text_size_setting, workshop
):
    driver = make_driver(language=language, workshop=workshop)
    app = driver.app
    if text_size_setting != 100:
        app.change_setting("text_size", text_size_setting)
    app.session.new("health")
    for level in app.content.levels[:-1]:
        app.session.record(fake_outcome(level, 10 * level.step))
    if workshop:
        app.workshop.toggle_timer()  # the timer stands beside the Menu button
    with_menu = 0
    for scene in all_scenes(app):
        app.push(scene)
        driver.frames(2)
        menu = scene.ring.by_id(MENU_ID)
        full_screen = not scene.overlay and not isinstance(scene, TitleScene)
        name = type(scene).__name__
        if full_screen and name != "ContentErrorScene":
            assert menu is not None, name
            with_menu += 1
            assert LOGICAL_SCREEN.contains(menu.rect)
            assert overlaps(scene, menu) == [], name
            # where reading starts: top right, or top left in a right-to-left language
            assert (menu.rect.centerx < 640) == (language == "ar"), name
            if workshop and getattr(scene, "step", None):
                timer = app.workshop.timer_rect()
                assert not timer.colliderect(menu.rect)
                assert not timer.colliderect(track_rect(7, scene.track_room()))
                assert not [t.text for t in scene.ui.texts if t.rect.colliderect(timer)], name
        else:
            assert menu is None, name
        app.pop()
    # field and way; each step's intro, task, feedback; profile, plan
    assert with_menu == 2 + 7 * 3 + 2


# -- one way on ------------------------------------------------------------------------------------


def footer_primaries(scene) -> list[str]:
    return [
        c.id
        for c in scene.ring.controls
        if c.element is not None
        and c.rect.top >= footer_y() - 10
        and "#primary" in c.element.object_ids
    ]


def test_each_screen_has_one_primary_way_on(make_driver):
    driver = make_driver(language="en")
    app = driver.app
    app.session.new("it")
    for level in app.content.levels[:-1]:
        app.session.record(fake_outcome(level, 50))
    for scene in all_scenes(app):
        if scene.overlay:
            app.push(scene)
            app.pop()
            continue
        app.push(scene)
        driver.frames(1)
        assert len(footer_primaries(scene)) <= 1, (type(scene).__name__, footer_primaries(scene))
        app.pop()


# -- asking before clearing --------------------------------------------------------------------


def test_start_over_asks_and_esc_keeps_the_task(make_driver):
    driver = make_driver(language="en", start_step=1)
    host = driver.scene
    # nothing done yet: nothing to clear, nothing asked
    driver.click(control_id="start-over")
    assert driver.scene is host
    driver.press(control_id="answer:fact")
    state = host.model.snapshot()
    driver.press(control_id="start-over")
    assert isinstance(driver.scene, ConfirmScene)
    assert driver.ring.focused_id == "cancel"  # Enter by mistake loses nothing
    driver.key(pygame.K_ESCAPE)
    assert driver.scene is host and host.model.snapshot() == state
    driver.press(control_id="start-over")
    driver.key(pygame.K_RETURN)  # Cancel
    assert driver.scene is host and host.model.snapshot() == state
    driver.click(control_id="start-over")
    driver.click(control_id="yes")
    assert driver.scene is host and host.model.snapshot() != state
    driver.click(control_id="undo")  # and it can still be undone
    assert host.model.snapshot() == state


def test_quit_during_a_task_asks_and_esc_keeps_the_game(make_driver):
    driver = make_driver(language="en", start_step=1)
    host = driver.scene
    driver.press(control_id="answer:fact")
    driver.key(pygame.K_ESCAPE)
    driver.press(control_id="quit")
    assert isinstance(driver.scene, ConfirmScene) and driver.app.running
    driver.key(pygame.K_ESCAPE)
    assert isinstance(driver.scene, PauseScene) and driver.app.running
    driver.key(pygame.K_ESCAPE)
    assert driver.scene is host
    driver.key(pygame.K_ESCAPE)
    driver.press(control_id="quit")
    driver.click(control_id="yes")
    assert not driver.app.running
    assert driver.app.session.progress.task_snapshot is not None  # the task was kept


def test_quit_outside_a_task_closes_at_once(make_driver):
    driver = make_driver(language="en")
    app = driver.app
    app.session.new("it")
    app.push(IntroScene(app, 1))
    driver.key(pygame.K_ESCAPE)
    driver.press(control_id="quit")
    assert not app.running


def test_f12_asks_in_a_workshop_and_esc_keeps_the_run(make_driver):
    driver = make_driver(language="en", workshop=True)
    app = driver.app
    driver.key(pygame.K_F12)  # on the workshop's title there is no run to lose: at once
    assert [type(s) for s in app.scenes] == [TitleScene]
    driver.press(control_id="start")
    driver.press(control_id="set-full")  # the facilitator picks the set, then its first step
    driver.press(control_id="start-task")
    host = driver.scene
    assert isinstance(host, TaskHostScene)
    driver.press(control_id="answer:fact")
    state = host.model.snapshot()
    driver.key(pygame.K_F12)
    assert isinstance(driver.scene, ConfirmScene) and driver.ring.focused_id == "yes"
    driver.key(pygame.K_F12)  # a second press does not ask twice
    assert sum(isinstance(scene, ConfirmScene) for scene in app.scenes) == 1
    driver.key(pygame.K_ESCAPE)
    assert driver.scene is host and host.model.snapshot() == state
    assert app.session.progress is not None
    # and in the pause menu, Quit asks too: nothing of a workshop is saved
    driver.key(pygame.K_ESCAPE)
    driver.press(control_id="quit")
    assert isinstance(driver.scene, ConfirmScene) and app.running
    driver.key(pygame.K_ESCAPE)
    assert isinstance(driver.scene, PauseScene)
