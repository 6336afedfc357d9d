"""Every number a Persian player sees is in Persian digits (issue 17): not only the level texts'
and the counts put into them (tests/test_language_rules.py), but the numbers the screens put
together themselves. The chosen person's heading on the network map once read "7 یک همکار سابق"
beside the map's "۷", and the profile's and the why screens' scores "100 / 100".

The walk is the layout audit's tour (every screen, every page of its paged boards turned), every
text drawn. A Latin digit is allowed only inside a Latin word: a key's name ("F7"), a file's
name, a Latin source name with its year is written in the level text and so converted."""

from __future__ import annotations

import re

import pytest

from tests.walked_screens import shared_walk, walked_screens

# a run of Latin digits not joined to a Latin letter, "_", "." or "/" (F7, 02_goals.toml, a path)
# a number's own full stop ("1. کدام…", a numbered question) does not hide it; a file's does
LONE_LATIN_NUMBER = re.compile(r"(?<![A-Za-z_./\\0-9])[0-9]+(?![A-Za-z_/\\0-9]|\.\w)")
# screens that show a file's diagnostics or a path in English by design
SKIPPED = ("level file", "crash")


def drawn_texts(code: str, workshop: bool) -> dict[str, list[str]]:
    """The words drawn on each screen of the walk, but those that show a file or a path."""
    screens: dict[str, list[str]] = {}
    for name, words, _ in walked_screens(code, workshop):
        if not any(word in name for word in SKIPPED):
            screens.setdefault(name, []).extend(words)
    return screens


def test_the_finder_finds_a_lone_latin_number_and_leaves_latin_words():
    assert LONE_LATIN_NUMBER.findall("7 یک همکار سابق · 100 / 100") == ["7", "100", "100"]
    assert LONE_LATIN_NUMBER.findall("1. کدام باور · v1.2 · 3.5") == ["1"]
    assert LONE_LATIN_NUMBER.findall("F7 · F2 / Esc · 02_goals.toml · ۷ یک همکار") == []


@pytest.mark.parametrize(
    "workshop",
    [
        pytest.param(False, id="solo"),
        pytest.param(True, id="workshop", marks=shared_walk("fa", True)),
    ],
)
def test_every_number_on_a_persian_screen_is_in_persian_digits(workshop):
    screens = drawn_texts("fa", workshop)
    assert any(name.startswith("step 3") for name in screens)
    found = {
        name: hits
        for name, texts in screens.items()
        if (hits := [t for t in texts if LONE_LATIN_NUMBER.search(t)])
    }
    assert found == {}
