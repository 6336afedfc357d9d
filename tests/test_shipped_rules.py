"""The shipped languages' plural rules (CLDR's, read by Babel's rule engine) and decimal signs,
kept in language_rules so that counts and fractions load no locale's CLDR data: each kept equal
to what Babel reads from that data."""

from __future__ import annotations

import subprocess
import sys

import pytest
from babel import Locale
from babel.numbers import format_decimal

from steps_game import language_rules
from steps_game.i18n import language_codes

WHOLE = [*range(0, 1250), 10_011, 123_456, -1, -2, -3, -11, -21, -104]
FRACTIONS = [0.5, 1.5, 0.25, 2.75, 1.1, 11.5, 21.25, 100.5, 0.001, 1e-05, 1e20, -0.5, -1.5]
WHOLE_FLOATS = [0.0, 1.0, 2.0, 3.0, 11.0, 21.0, 101.0, 103.0, -1.0]


def babel_rule(code: str):
    return Locale.parse(language_rules.PLURAL_LANGUAGES.get(code, code)).plural_form


@pytest.mark.parametrize("code", language_codes())
def test_each_shipped_rule_is_babel_s(code):
    assert code in language_rules.SHIPPED_RULES
    rule = babel_rule(code)
    assert set(language_rules.SHIPPED_RULES[code]) == set(rule.rules)  # the same categories
    for number in [*WHOLE, *FRACTIONS, *WHOLE_FLOATS]:
        assert language_rules.category(code, number) == rule(number), number


@pytest.mark.parametrize("code", language_codes())
def test_short_decimals_are_written_as_babel_writes_them(code):
    assert code in language_rules.DECIMAL_SIGNS
    system = language_rules.NUMBERING.get(code, "latn")
    for value in (0.5, 1.5, 2.0, 0.0, 0.25, 12.125, 999.5, 0.001, 7.0):
        babel = format_decimal(
            value, locale=language_rules.babel_locale(code), numbering_system=system
        )
        assert language_rules.number(code, value) == language_rules.digits(code, babel), value


def test_longer_or_negative_fractions_are_still_babel_s():
    """Rounded to three decimals, grouped, or signed: as Babel writes them."""
    for value in (12.3456, 1234.5, -1.5, 1e-05, 0.0005):
        babel = format_decimal(value, locale="fi", numbering_system="latn")
        assert language_rules.number("fi", value) == babel.replace("\u00a0", " "), value
    assert language_rules.number("fi", 12.3456) == "12,346"


def test_counts_and_fractions_in_a_shipped_language_load_no_cldr_locale_data():
    """One locale's CLDR data, read for a plural rule, was 5.8 MB of a playthrough's peak: a
    count and an hour and a half, and the warm-up ahead of the first count, read none."""
    code = (
        "import babel.localedata as data\n"
        "loaded, load = [], data.load\n"
        "data.load = lambda name, *args, **kw: loaded.append(name) or load(name, *args, **kw)\n"
        "from steps_game import language_rules as rules\n"
        "for lang in ('en', 'ar', 'ru', 'fa', 'fi-selko'):\n"
        "    rules.warm_up(lang)\n"
        "    [rules.category(lang, n) for n in (0, 1, 2, 3, 11, 1.5, 2.0)]\n"
        "    rules.number(lang, 1.5)\n"
        "print(loaded)\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"
