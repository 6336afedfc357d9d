"""The words after a count, read as each language's grammar asks (issue 17's plural forms).

The plural rules (tests/test_language_rules.py) pick a form for each number; these tests read
what the forms say. Estonian puts the partitive singular after a number above one ("2 tundi",
"3 inimest") and the nominative after one ("1 asi"); Somali counts a feminine noun with "-ood"
after two or more ("3 qaybood") and in the plain singular after one ("1 qayb"); Persian keeps the
noun singular after any number, and a text for one thing does not speak of "each" or "them".
"""

from __future__ import annotations

import re

import pytest

from steps_game.i18n import COUNT_KEY
from steps_game.language_rules import is_plural
from tests.test_language_rules import every_text


def plural_texts(code: str) -> list[tuple[str, dict]]:
    """(where, forms) of every text in `code` written with plural forms."""
    return [(where, text[code]) for where, text in every_text() if is_plural(text.get(code))]


def words_after_the_count(forms: dict, form: str) -> list[str]:
    """The words that follow the counted number in `form` (its placeholder, then a space)."""
    number = "{" + forms[COUNT_KEY] + "}"
    return re.findall(re.escape(number) + r" (\w+)", forms.get(form, ""))


# Estonian partitive singulars that follow a number above one, with the nominative one takes
PARTITIVES = {
    "asja": "asi",
    "inimest": "inimene",
    "märki": "märk",
    "kaarti": "kaart",
    "nädalat": "nädal",
    "tundi": "tund",
    "rühma": "rühm",
    "kätt": "käsi",
    "energiapunkti": "energiapunkt",
    "tegevust": "tegevus",
}


def test_estonian_says_one_thing_in_the_nominative_and_more_in_the_partitive():
    texts = plural_texts("et")
    assert texts
    wrong = [
        (where, word)
        for where, forms in texts
        for word in words_after_the_count(forms, "one")
        if word in PARTITIVES
    ]
    assert wrong == []
    # and the finder sees the words it reads: the hands of the tally say "1 käsi", "2 kätt"
    counted = {w for _, forms in texts for w in words_after_the_count(forms, "other")}
    assert {"kätt", "inimest"} <= counted


def test_somali_counts_one_thing_without_the_plural_ending():
    texts = plural_texts("so")
    wrong = [
        (where, word)
        for where, forms in texts
        for word in words_after_the_count(forms, "one")
        if word.endswith("ood")
    ]
    assert wrong == []
    counted = {w for _, forms in texts for w in words_after_the_count(forms, "other")}
    assert {"gacmood", "kooxood"} <= counted  # the finder reads the plural endings it looks for


# a noun with the Persian plural suffix (joined by a zero-width non-joiner or not)
PERSIAN_PLURAL = r"\w+\u200c?(?:ها|های)\b"


def test_persian_keeps_the_noun_singular_after_a_number():
    assert re.fullmatch(PERSIAN_PLURAL, "هفته\u200cها")  # the finder finds what it looks for
    wrong = [
        (where, forms[form])
        for where, forms in plural_texts("fa")
        for form in forms
        if form != COUNT_KEY
        and re.search(re.escape("{" + forms[COUNT_KEY] + "}") + " " + PERSIAN_PLURAL, forms[form])
    ]
    assert wrong == []


# Words that speak of several things: wrong in a text for one ("each of them", "them", "all")
FOR_SEVERAL = {
    "fa": ("هر کدام", "آن‌ها را"),
    "so": ("mid kastaa", "oo dhan"),
    "et": ("iga neist",),
}


@pytest.mark.parametrize("code", sorted(FOR_SEVERAL))
def test_a_text_for_one_thing_does_not_speak_of_several(code):
    wrong = [
        (where, forms["one"])
        for where, forms in plural_texts(code)
        if any(words in forms["one"] for words in FOR_SEVERAL[code])
    ]
    assert wrong == []
