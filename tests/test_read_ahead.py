"""While the language screen is open the game reads the other languages, in small jobs between the
player's keys, so that the one chosen switches at once."""

from __future__ import annotations

import sys

import pygame

from steps_game import content as content_module
from steps_game import i18n
from steps_game.content import iter_texts
from steps_game.i18n import language_codes
from steps_game.ui.reading_order import has_rtl

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib


def forget_parsed_files() -> None:
    """Other tests in this process may have parsed the files already."""
    content_module._parsed.cache_clear()
    i18n._table.cache_clear()
    i18n.catalog.cache_clear()


def open_language_screen(driver) -> None:
    driver.key(pygame.K_ESCAPE)
    driver.press(label="Language")
    assert type(driver.scene).__name__ == "LanguageScene"


def test_after_reading_ahead_a_switch_parses_no_file(make_driver, monkeypatch):
    forget_parsed_files()
    driver = make_driver(language="en", start_step=7)
    app = driver.app
    open_language_screen(driver)
    jobs = 0
    while app.run_idle_job():
        jobs += 1
    assert jobs > len(language_codes())
    assert set(app.content.languages) == set(language_codes())

    def no_parsing(*args, **kwargs):
        raise AssertionError("a file was parsed at the switch")

    monkeypatch.setattr(tomllib, "loads", no_parsing)
    monkeypatch.setattr(tomllib, "load", no_parsing)
    driver.press(control_id="lang:ar")
    assert app.tr.language == "ar"
    task = app.scenes[0]
    assert any(has_rtl(shown.text) for shown in task.ui.texts)  # the task under the menus too
    assert not app.run_idle_job()  # nothing is read twice


def test_a_language_chosen_before_its_reading_is_done_is_complete(make_driver):
    forget_parsed_files()
    driver = make_driver(language="en", start_step=2)
    app = driver.app
    open_language_screen(driver)
    for _ in range(5):  # a few files of the first languages only
        app.run_idle_job()
    waiting = [code for code in language_codes() if code not in app.content.languages]
    chosen = waiting[0]
    driver.press(control_id=f"lang:{chosen}")
    while app.run_idle_job():
        pass
    assert app.content.languages.count(chosen) == 1
    for level in app.content.levels:
        assert all(chosen in text for text in iter_texts(level)), level.id
    assert sorted(app.content.languages) == sorted(language_codes())


def test_the_loop_runs_work_that_can_wait_only_while_no_key_comes(make_driver):
    driver = make_driver(language="en")
    app = driver.app
    ran: list[str] = []

    def twice() -> bool:
        ran.append("twice")
        return ran.count("twice") < 2  # True: more to do

    app.when_idle([twice, lambda: ran.append("once")])
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_TAB, mod=0, unicode=""))
    assert app._wait_for_events(wake_ms=None)  # a key was waiting: nothing else ran
    assert ran == []
    assert app._wait_for_events(wake_ms=50) == []  # a quiet moment: every job ran
    assert ran == ["twice", "twice", "once"]
    assert not app.run_idle_job()
