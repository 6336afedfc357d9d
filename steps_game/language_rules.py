"""Each language's rules for counts, numbers and dates, from CLDR through Babel.

A text that names a count of things is written with one form per CLDR plural category of its
language, and names the placeholder that picks the form:

    cold_more = { count = "cold", one = "{cold} tie went cold.", other = "{cold} ties went cold." }

Arabic has six categories (zero, one, two, few, many, other), Russian and Ukrainian four (one,
few, many, other: "other" is for fractions), Finnish, English and most others two. A form may
leave the number out where the language says it in words ("ساعتان", two hours).

Babel is imported only when a count or a large number is first written: the title's first frame
needs neither (python -m steps_game.bench).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from functools import cache

CATEGORIES = ("zero", "one", "two", "few", "many", "other")
COUNT_KEY = "count"

# Babel's locale for each of the game's languages (plain Finnish follows Finnish's rules; English
# dates are written the British way, as in Finland).
LOCALES = {"fi-selko": "fi", "en": "en_GB"}
PLURAL_LANGUAGES = {"fi-selko": "fi"}

# Digits each language writes its numbers in. Persian text writes Persian digits (۱۲۳, CLDR's
# default numbering for fa, in Iran and Afghanistan alike), so every number the game writes in
# Persian, its own texts' and the counts, takes them. Arabic keeps the digits 0-9 (CLDR's "latn",
# which much of the Arab world uses and which every Finnish timetable, form and calendar the player
# meets shows): the Arabic-Indic digits of CLDR's default would differ from every number the player
# sees around the game. The other languages write 0-9.
DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹"}
# Persian numbers take the separators of its own digits (٬ and ٫, CLDR's "arabext" system); the
# others the separators CLDR gives them with the digits 0-9.
NUMBERING = {"fa": "default"}
_LATIN_DIGITS = "0123456789"


def babel_locale(code: str) -> str:
    return LOCALES.get(code, code)


def is_plural(value: object) -> bool:
    """A text written as plural forms: a table of strings, `count` and CLDR categories only."""
    return (
        isinstance(value, Mapping)
        and COUNT_KEY in value
        and "other" in value
        and all(key == COUNT_KEY or key in CATEGORIES for key in value)
        and all(isinstance(form, str) for form in value.values())
    )


# The plural categories each shipped language's texts need, as CLDR names them. Checking the
# levels at start reads these rather than Babel's data: loading three languages' CLDR data took
# the level check from about 70 to 250 ms (python -m steps_game.bench's "levels"). The numbers
# are put into categories by Babel's rules alone; tests/test_language_rules.py keeps this table
# equal to the categories of those rules.
SHIPPED_CATEGORIES = {
    "fi": ("one", "other"),
    "fi-selko": ("one", "other"),
    "en": ("one", "other"),
    "sv": ("one", "other"),
    "et": ("one", "other"),
    "ru": ("one", "few", "many", "other"),
    "uk": ("one", "few", "many", "other"),
    "ar": ("zero", "one", "two", "few", "many", "other"),
    "fa": ("one", "other"),
    "so": ("one", "other"),
}


# The shipped languages' plural rules as CLDR writes them (from Babel 2.19's data), read by
# Babel's own rule engine (babel.plural.PluralRule): a count needs no locale's CLDR data. Reading
# a rule through Babel's Locale loaded a whole locale's data, 5.8 MB that a playthrough in English
# kept to its end; a playthrough peaked at 100 MB resident (python -m steps_game.bench.child
# play). tests/test_shipped_rules.py keeps each equal to the rule Babel reads from CLDR; a
# language not listed reads its rule from Babel's data.
_ONE_IF_1 = {"one": "i in 1 and v in 0"}
_EAST_SLAVIC = {
    "one": "v in 0 and i mod 10 in 1 and i mod 100 not in 11",
    "few": "v in 0 and i mod 10 in 2..4 and i mod 100 not in 12..14",
    "many": (
        "v in 0 and i mod 10 in 0 or v in 0 and i mod 10 in 5..9 or v in 0 and i mod 100 in 11..14"
    ),
}
SHIPPED_RULES: dict[str, Mapping[str, str]] = {
    **dict.fromkeys(("fi", "fi-selko", "en", "sv", "et"), _ONE_IF_1),
    "ru": _EAST_SLAVIC,
    "uk": _EAST_SLAVIC,
    "ar": {
        "zero": "n in 0",
        "one": "n in 1",
        "two": "n in 2",
        "few": "n mod 100 in 3..10",
        "many": "n mod 100 in 11..99",
    },
    "fa": {"one": "i in 0 or n in 1"},
    "so": {"one": "n in 1"},
}


def categories(code: str) -> tuple[str, ...]:
    """The plural categories a language's texts need, in CLDR's order."""
    return SHIPPED_CATEGORIES.get(code) or cldr_categories(code)


@cache
def cldr_categories(code: str) -> tuple[str, ...]:
    """The categories of the language's plural rule in Babel's CLDR data."""
    tags = _plural_rule(code).tags | {"other"}
    return tuple(category for category in CATEGORIES if category in tags)


@cache
def _plural_rule(code: str):
    """The language's CLDR plural rule: the shipped languages' from SHIPPED_RULES, any other's
    from Babel's CLDR data."""
    from babel.plural import PluralRule

    if code in SHIPPED_RULES:
        return PluralRule(SHIPPED_RULES[code])
    from babel import Locale

    return Locale.parse(PLURAL_LANGUAGES.get(code, code)).plural_form


def category(code: str, number: float) -> str:
    """The CLDR plural category of `number` in a language ("few" for 3 in Russian)."""
    return _plural_rule(code)(number)


def choose_form(code: str, forms: Mapping[str, str], params: Mapping[str, object]) -> str:
    """The form of a plural text its count asks for (a missing count reads as "other")."""
    number = params.get(forms[COUNT_KEY])
    if isinstance(number, (int, float)) and not isinstance(number, bool):
        return forms.get(category(code, number), forms["other"])
    return forms["other"]


# Digits that are part of a Latin name stay as they are: a key (F1, F7), a format (UTF-8).
_NAMED = re.compile(r"(?<![A-Za-z])(?<![A-Za-z]-)[0-9]+")


def digits(code: str, text: str) -> str:
    """`text` with the digits 0-9 written in the language's own digits (see DIGITS), but those
    of a Latin name (F7 stays F7: "F۷" read as "FV" on a Persian screen)."""
    own = DIGITS.get(code)
    if not own:
        return text
    table = str.maketrans(_LATIN_DIGITS, own)
    return _NAMED.sub(lambda found: found.group().translate(table), text)


def number(code: str, value: float) -> str:
    """A number written the language's way: its decimal sign, grouping and digits (CLDR)."""
    if isinstance(value, int) and -1000 < value < 1000:
        # Below a thousand an integer has no separator in any CLDR locale: no need for Babel.
        text = str(value)
    elif (short := _short_decimal(code, value)) is not None:
        text = short
    else:
        from babel.numbers import format_decimal

        text = format_decimal(
            value, locale=babel_locale(code), numbering_system=NUMBERING.get(code, "latn")
        )
        # CLDR's no-break spaces ("1 234") as plain ones, which every font the game has draws
        text = text.replace("\u00a0", " ").replace("\u202f", " ")
    return digits(code, text)


# The decimal sign of each shipped language, as CLDR writes it with the language's digits (see
# NUMBERING): a fraction of an hour (1.5) is written without Babel, whose number formats loaded
# the language's whole CLDR data for a playthrough's "1.5 h" (see SHIPPED_RULES).
# tests/test_shipped_rules.py keeps these equal to Babel's.
DECIMAL_SIGNS = {
    **dict.fromkeys(("fi", "fi-selko", "sv", "et", "ru", "uk"), ","),
    **dict.fromkeys(("en", "ar", "so"), "."),
    "fa": "\u066b",
}


def _short_decimal(code: str, value: float) -> str | None:
    """A positive float below a thousand with at most three decimals (CLDR's default format
    shows three) as CLDR writes it: no grouping, no minus sign, the language's decimal sign.
    None for any other number, or a language not in DECIMAL_SIGNS: Babel writes those."""
    sign = DECIMAL_SIGNS.get(code)
    if sign is None or not isinstance(value, float) or not 0 <= value < 1000:
        return None
    shown = repr(value)
    whole, _, fraction = shown.partition(".")
    if len(fraction) > 3 or "e" in shown or shown.startswith("-"):  # -0.0 too
        return None
    return whole if fraction == "0" else f"{whole}{sign}{fraction}"


def percent(code: str, value: float) -> str:
    """A percentage (`value` 200 for 200 %) written the language's way (CLDR's percent format):
    "200 %" in Finnish, "200%" in English, "۲۰۰٪" with the Persian percent sign in Persian."""
    from babel import Locale
    from babel.numbers import format_percent

    locale = Locale.parse(babel_locale(code))
    system = NUMBERING.get(code, "latn")
    if system == "default":
        system = locale.default_numbering_system
    text = format_percent(value / 100, locale=locale, numbering_system=system)
    # Babel writes "%" for every numbering system; CLDR gives Persian's digits their own "٪".
    # Its direction marks around the sign are left to the bidi algorithm the game draws with.
    sign = locale.number_symbols[system]["percentSign"].strip("\u200e\u200f\u061c")
    text = text.replace("%", sign).replace("\u200e", "").replace("\u200f", "")
    return digits(code, text.replace("\u00a0", " ").replace("\u202f", " "))


def date(code: str, day: _dt.date) -> str:
    """A date in figures as the language writes it (CLDR's yMd: 4.12.2026 in Finnish,
    04/12/2026 in English, 2026-12-04 in Swedish), in the language's digits."""
    from babel.dates import format_skeleton

    return digits(code, format_skeleton("yMd", day, locale=babel_locale(code)))


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def format_params(
    code: str, params: Mapping[str, object], separator: str = ", "
) -> dict[str, object]:
    """Parameters for a text: numbers written the language's way, a list of numbers (weeks
    "3, 4") with the language's `separator` between them ("٣، ٤" in Persian), anything else as
    it is."""

    def written(value: object) -> object:
        if _is_number(value):
            return number(code, value)
        if isinstance(value, (list, tuple)) and all(_is_number(item) for item in value):
            return separator.join(number(code, item) for item in value)
        return value

    return {name: written(value) for name, value in params.items()}


def warm_up(code: str) -> None:
    """Read a language's plural rule now, in a quiet moment ahead of its first count (for a
    language without its rule in SHIPPED_RULES, Babel's CLDR data: 20-40 ms)."""
    _plural_rule(code)
