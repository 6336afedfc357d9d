"""Step 6 names a profile's items with one word in each language: the count over the profile,
the line that says every item counts, and the feedback's "3 of the 9 ..." (the facilitator's
room chose "items" and was scored on "things"; Finnish said kohta and asia, Estonian kaart and
punkt, Ukrainian пункт and річ, Arabic عنصر and شيء, Persian مورد and چیز). Solo and group."""

from __future__ import annotations

import pytest

from steps_game import group_texts
from steps_game.content import load_content
from steps_game.i18n import Translator, language_codes
from steps_game.paths import bundled_levels_dir

# the word for a profile's item in each language (its stems and plural forms)
ITEM = {
    "fi": ("kohta", "kohtaa", "kohtia"),
    "fi-selko": ("asia", "asiaa", "asioita"),
    "en": ("item",),
    "sv": ("sak",),
    "et": ("kaart",),
    "ru": ("пункт",),
    "uk": ("пункт",),
    "ar": ("عنصر", "عناصر"),
    "fa": ("مورد", "موارد"),
    "so": ("shay", "waxyaabaha"),
}


@pytest.fixture(scope="module")
def content():
    return load_content(bundled_levels_dir(), tuple(language_codes()))


@pytest.mark.parametrize("code", language_codes())
@pytest.mark.parametrize("workshop", [False, True])
def test_a_profile_s_items_have_one_name(content, code, workshop):
    tr = Translator(code)
    tr.group = workshop
    feedback = group_texts.task_config(content.level(6), workshop).feedback.profile[code]
    said = {
        "count": tr("task.profile_event.profile_count", count=5),
        "ready": tr("task.profile_event.ready"),
        "feedback": str(feedback),
    }
    for where, words in said.items():
        assert any(word in words.casefold() for word in ITEM[code]), f"{code} {where}: {words}"
