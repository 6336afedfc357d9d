"""Every number a Persian player sees is in Persian digits (issue 17): not only the level texts'
and the counts put into them (tests/test_language_rules.py), but the numbers the screens put
together themselves. The chosen person's heading on the network map once read "7 یک همکار سابق"
beside the map's "۷", and the profile's and the why screens' scores "100 / 100".

The walk is the layout audit's tour (every screen, every page of its paged boards turned), every
text drawn. A Latin digit is allowed only inside a Latin word: a key's name ("F7"), a file's
name, a Latin source name with its year is written in the level text and so converted."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import pytest

# a run of Latin digits not joined to a Latin letter, "_", "." or "/" (F7, 02_goals.toml, a path)
# a number's own full stop ("1. کدام…", a numbered question) does not hide it; a file's does
LONE_LATIN_NUMBER = re.compile(r"(?<![A-Za-z_./\\0-9])[0-9]+(?![A-Za-z_/\\0-9]|\.\w)")
# screens that show a file's diagnostics or a path in English by design
SKIPPED = ("level file", "crash")


def drawn_texts(code: str, workshop: bool) -> dict[str, list[str]]:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    from steps_game.audit.run import every_page
    from steps_game.audit.tour import tour
    from steps_game.launch import create_app
    from steps_game.ui import text as text_module

    screens: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="steps-digits-") as folder:
        settings = {"version": 1, "language": code}
        Path(folder, "settings.json").write_text(json.dumps(settings), encoding="utf-8")
        app = create_app(data_dir=Path(folder), language=code, workshop=workshop)
        app.screen.present = lambda: None
        try:
            while not app.start_finished:
                app.step()

            def keep(name: str) -> None:
                if any(word in name for word in SKIPPED):
                    return
                with text_module.recording() as drawn:
                    app.draw()
                screens.setdefault(name, []).extend(item.words for item in drawn)

            for name in tour(app):
                keep(name)
                every_page(app, name, lambda report: keep(report.name))
        finally:
            app.quit()
    return screens


def test_the_finder_finds_a_lone_latin_number_and_leaves_latin_words():
    assert LONE_LATIN_NUMBER.findall("7 یک همکار سابق · 100 / 100") == ["7", "100", "100"]
    assert LONE_LATIN_NUMBER.findall("1. کدام باور · v1.2 · 3.5") == ["1"]
    assert LONE_LATIN_NUMBER.findall("F7 · F2 / Esc · 02_goals.toml · ۷ یک همکار") == []


@pytest.mark.parametrize("workshop", [False, True], ids=["solo", "workshop"])
def test_every_number_on_a_persian_screen_is_in_persian_digits(workshop):
    screens = drawn_texts("fa", workshop)
    assert any(name.startswith("step 3") for name in screens)
    found = {
        name: hits
        for name, texts in screens.items()
        if (hits := [t for t in texts if LONE_LATIN_NUMBER.search(t)])
    }
    assert found == {}
