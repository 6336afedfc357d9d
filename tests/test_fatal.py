"""An error before the game's window can show it: a crash report, one line, a message window."""

from __future__ import annotations

import json

import pytest

from steps_game import fatal
from steps_game.cli import main
from steps_game.i18n import language_codes
from steps_game.storage import Storage


def crash_reports(folder):
    return sorted(folder.glob("crash-*.txt"))


def test_an_error_at_start_writes_a_report_and_tells_the_player(tmp_path, monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(fatal, "show_message", lambda title, text: shown.append((title, text)))

    def start() -> int:
        raise RuntimeError("the display cannot be opened: Jane's laptop")

    assert fatal.guarded_start(start, Storage(tmp_path)) == 1
    (report,) = crash_reports(tmp_path)
    text = report.read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in text
    assert "Jane" not in text  # no message, no values: they can hold personal text
    assert str(report) in capsys.readouterr().err
    ((title, message),) = shown
    assert title.startswith("STEPS")
    assert str(report) in message


def test_the_games_own_words_for_stopping_are_told_too(tmp_path, monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(fatal, "show_message", lambda title, text: shown.append(text))

    def start() -> int:
        raise SystemExit("The game's own levels are broken:\n01-tuning-in.toml: missing")

    assert fatal.guarded_start(start, Storage(tmp_path)) == 1
    assert len(crash_reports(tmp_path)) == 1
    assert "01-tuning-in.toml: missing" in capsys.readouterr().err
    assert len(shown) == 1


@pytest.mark.parametrize("code", [None, 0, 2])
def test_a_plain_exit_code_passes_through(tmp_path, code):
    def start() -> int:
        raise SystemExit(code)

    with pytest.raises(SystemExit) as stopped:
        fatal.guarded_start(start, Storage(tmp_path))
    assert stopped.value.code == code
    assert not crash_reports(tmp_path)


def test_a_workshop_writes_no_report_but_still_tells(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(fatal, "show_message", lambda title, text: shown.append(text))
    storage = fatal.data_storage(tmp_path, workshop=True)

    assert fatal.guarded_start(lambda: 1 / 0, storage) == 1
    assert not tmp_path.exists() or not crash_reports(tmp_path)
    assert shown and "crash-" not in shown[0]


def test_a_real_start_that_cannot_read_the_games_levels(tmp_path, monkeypatch, capsys):
    """The whole path from the command line: the bundled levels missing, as in a broken bundle."""
    monkeypatch.setattr("steps_game.paths.bundled_levels_dir", lambda: tmp_path / "no-levels")
    monkeypatch.setattr(fatal, "show_message", lambda title, text: True)
    data = tmp_path / "data"

    assert main(["--data-dir", str(data), "--lang", "en", "--step", "1"]) == 1
    assert len(crash_reports(data)) == 1
    assert "could not start" in capsys.readouterr().err


@pytest.mark.parametrize("code", language_codes())
def test_the_message_is_in_the_players_language(tmp_path, code):
    report = tmp_path / "crash-1.txt"
    for key in ("crash.start_failed", "crash.stopped"):
        title, english = fatal.crash_words("en", key, report)
        title_there, text = fatal.crash_words(code, key, report)
        assert str(report) in text
        assert title_there.startswith("STEPS: ")
        if code != "en":
            assert text != english and title_there != title


def test_the_language_is_the_players_choice_and_a_broken_file_stays(tmp_path, monkeypatch):
    storage = Storage(tmp_path)
    (tmp_path / "settings.json").write_text(
        json.dumps({"version": 1, "language": "sv", "language_chosen": True}), encoding="utf-8"
    )
    assert fatal.player_language(storage) == "sv"

    monkeypatch.setenv("LANGUAGE", "uk")
    (tmp_path / "settings.json").write_text("{broken", encoding="utf-8")
    assert fatal.player_language(storage) == "uk"  # the computer's, as a first start would
    assert (tmp_path / "settings.json").read_text(encoding="utf-8") == "{broken"


def test_a_way_of_telling_that_fails_hands_over_to_the_next(monkeypatch):
    monkeypatch.setenv("SDL_VIDEODRIVER", "x11")
    told = []

    def broken(title, text):
        raise RuntimeError("no display")

    monkeypatch.setattr(fatal, "_native_message", broken)
    monkeypatch.setattr(fatal, "_sdl_message", lambda title, text: told.append(text) or True)
    assert fatal.show_message("STEPS", "words") is True
    assert told == ["words"]


def test_headless_nothing_waits_for_a_click(monkeypatch):
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    for way in ("_native_message", "_sdl_message", "_xmessage"):
        monkeypatch.setattr(fatal, way, lambda title, text: pytest.fail("shown headless"))
    assert fatal.show_message("STEPS", "words") is False


def test_a_game_that_gives_up_after_errors_in_a_row_says_so(make_driver, monkeypatch, capsys):
    """launch.run_guarded: when even the crash screen cannot be shown, the window may be gone;
    the message window tells what happened and where the report is."""
    from steps_game.launch import run_guarded
    from steps_game.scenes import crash as crash_scene

    shown = []
    monkeypatch.setattr(fatal, "show_message", lambda title, text: shown.append(text))
    driver = make_driver(language="en")
    app = driver.app

    def broken_run() -> None:
        raise RuntimeError("broken loop")

    def broken_screen(*args) -> None:
        raise RuntimeError("broken crash screen")

    monkeypatch.setattr(app, "run", broken_run)
    monkeypatch.setattr(crash_scene.CrashScene, "__init__", broken_screen)
    assert run_guarded(app) == 1
    (report,) = crash_reports(app.storage.folder)
    assert "stopped after an unexpected error" in capsys.readouterr().err
    assert len(shown) == 1 and str(report) in shown[0] and "stopped" in shown[0]
