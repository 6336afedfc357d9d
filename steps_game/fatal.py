"""The last guard of a game being started: an error that nothing else caught.

launch.run_guarded catches what breaks while the game runs and shows it in the game's own window.
What breaks before that window exists (the display cannot be opened, the game's own files are
broken, a bundle misses a module) would otherwise end as a traceback in a terminal, and a player
who started the bundled game by double-click has no terminal. Here such an error writes a crash
report (steps_game/crash.py: no personal text) and is told in the system's own message window, in
the player's language, with one line on standard error for whoever started it from a terminal.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from steps_game.crash import write_crash_report
from steps_game.i18n import FALLBACK_LANGUAGE, Translator
from steps_game.storage import Storage

WINDOW_TITLE = "STEPS"


def guarded_start(start: Callable[[], int], storage: Storage) -> int:
    """Run `start`; an unexpected error becomes a report, a message window and exit code 1.
    A SystemExit with words (the game's own "cannot go on" with its reason) is told the same way;
    a plain exit code passes through."""
    try:
        return start()
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            raise
        return tell_failed_start(stop, storage, detail=str(stop.code))
    except Exception as exc:
        return tell_failed_start(exc, storage)


def tell_failed_start(exc: BaseException, storage: Storage, detail: str = "") -> int:
    report = write_crash_report(storage.folder, exc) if storage.enabled else None
    title, message = crash_words(player_language(storage), "crash.start_failed", report)
    if sys.stderr is not None:  # None in a windowed bundle on Windows, as under pythonw
        where = f" (report: {report})" if report else ""
        print(f"steps-game: the game could not start{where}", file=sys.stderr)
        if detail:
            print(detail, file=sys.stderr)
    show_message(title, message)
    return 1


def tell_stopped(storage: Storage, report: Path | None) -> None:
    """The game gave up after errors in a row (launch.run_guarded), its window maybe gone."""
    title, message = crash_words(player_language(storage), "crash.stopped", report)
    if sys.stderr is not None:
        print("steps-game: stopped after an unexpected error", file=sys.stderr)
    show_message(title, message)


# Only for a game whose own texts cannot be read (its assets folder is missing or broken).
UNREADABLE_TEXTS = {
    "crash.heading": "Something went wrong",
    "crash.start_failed": "The game could not start because of an error it did not expect. "
    "Your saved progress is kept.",
    "crash.stopped": "The game stopped after an error it did not expect. Your progress up to the "
    "last finished step is saved.",
}


def crash_words(language: str, key: str, report: Path | None) -> tuple[str, str]:
    """The message window's title and text: what happened (`key`), and where the report is."""
    try:
        tr = Translator(language)
        heading, text = tr("crash.heading"), tr(key)
        where = tr("crash.report", path=str(report)) if report is not None else ""
    except Exception:
        heading, text = UNREADABLE_TEXTS["crash.heading"], UNREADABLE_TEXTS[key]
        where = f"{report}" if report is not None else ""
    return f"{WINDOW_TITLE}: {heading}", "\n\n".join(part for part in (text, where) if part)


def player_language(storage: Storage) -> str:
    """The language the player chose, else the computer's; English if even that fails. Read
    without the settings' own repair (moving a broken file aside): a guard changes nothing."""
    try:
        from steps_game.first_start import computer_language
        from steps_game.settings import SETTINGS_FILE, Settings

        data, _problem = storage.read_json(SETTINGS_FILE) if storage.enabled else (None, None)
        if data is not None:
            settings = Settings.from_saved(data)
            if settings.language_chosen:
                return settings.language
        return computer_language()
    except Exception:
        return FALLBACK_LANGUAGE


def show_message(title: str, text: str) -> bool:
    """The system's message window, waiting for OK; False when none could be shown. Headless
    (SDL's dummy video, as in the tests and CI) there is nobody to show it to."""
    if os.environ.get("SDL_VIDEODRIVER") == "dummy":
        return False
    # The system's own dialog first: its fonts, and a screen reader knows it. SDL's box (plain,
    # but always there with pygame) next; xmessage last, for a Linux without a desktop's tools.
    for way in (_native_message, _sdl_message, _xmessage):
        try:
            if way(title, text):
                return True
        except Exception:  # a broken way to tell is no reason to hide the error: try the next
            continue
    return False


def _sdl_message(title: str, text: str) -> bool:
    """SDL's own message box: pygame may be the very thing that failed, so it is only tried."""
    import pygame

    pygame.display.message_box(title, text, message_type="error")
    return True


def _native_message(title: str, text: str) -> bool:
    """Windows' MessageBox, macOS's dialog, or a Linux desktop's dialog tool."""
    if sys.platform == "win32":
        import ctypes

        error_icon = 0x10
        ctypes.windll.user32.MessageBoxW(None, text, title, error_icon)
        return True
    if sys.platform == "darwin":
        script = (
            "on run argv\n"
            "display dialog (item 2 of argv) with title (item 1 of argv) "
            'buttons {"OK"} default button 1 with icon stop\n'
            "end run"
        )
        return _ran(["osascript", "-e", script, title, text])
    if shutil.which("zenity"):
        return _ran(["zenity", "--error", "--no-markup", "--title", title, "--text", text])
    if shutil.which("kdialog"):
        return _ran(["kdialog", "--title", title, "--error", text])
    return False


def _xmessage(title: str, text: str) -> bool:
    return bool(shutil.which("xmessage")) and _ran(["xmessage", "-center", f"{title}\n\n{text}"])


def _ran(command: list[str]) -> bool:
    """The dialog tool ran and the player closed it (an hour at most: never wait forever)."""
    return subprocess.run(command, check=False, timeout=3600).returncode in (0, 1)


def data_storage(data_dir: Path | None, *, workshop: bool) -> Storage:
    """The folder the game would use: a workshop writes nothing, not even a crash report."""
    return Storage(data_dir, enabled=not workshop)
