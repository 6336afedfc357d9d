"""A room's counts are said with their digits in every language: in a room of mixed languages
the digits are what everyone reads (Persian's own digits for Persian, as on its bars). Arabic
said one and two hands in words only ("يدان"), the other counts in digits (sixth facilitator
play-test)."""

from __future__ import annotations

import pytest

from steps_game.i18n import Translator
from steps_game.language_rules import SHIPPED_RULES

COUNTED = ("tally.hands", "tally.counted")
SAID = ("group.said", "group.said_own_quotes")


@pytest.mark.parametrize("language", sorted(SHIPPED_RULES))
def test_hands_and_people_are_counted_in_digits(language):
    tr = Translator(language)
    for count in range(1, 13):
        digits = tr("tally.number", number=count)  # in the language's own digits (Persian's)
        assert digits.strip("\u200e\u200f\u2066\u2067\u2068\u2069") != ""
        for key in COUNTED:
            assert digits in tr(key, count=count), (language, key, count)
        for key in SAID:
            assert digits in tr(key, count=count, option="X"), (language, key, count)
