"""Every interface text exists in every shipped language, non-empty, with matching placeholders."""

from __future__ import annotations

import pytest

from steps_game.content import iter_texts, load_content
from steps_game.i18n import Translator, forms, language_codes, load_catalogs, text_placeholders
from steps_game.paths import bundled_levels_dir


def test_fi_and_en_are_shipped():
    assert set(language_codes()) >= {"fi", "en"}


@pytest.mark.parametrize("code", language_codes())
def test_catalog_has_every_key_of_every_other(code):
    catalogs = load_catalogs()
    every_key = set().union(*(set(c) for c in catalogs.values()))
    missing = sorted(every_key - set(catalogs[code]))
    assert not missing, f"{code} lacks {missing}"
    empty = sorted(
        key for key, text in catalogs[code].items() if not all(form.strip() for form in forms(text))
    )
    assert not empty, f"{code} has empty texts: {empty}"


def test_placeholders_match_between_languages():
    catalogs = load_catalogs()
    reference = catalogs["en"]
    for code, catalog in catalogs.items():
        for key, text in catalog.items():
            assert text_placeholders(text) == text_placeholders(reference[key]), (code, key)


def test_every_level_text_is_in_every_language():
    content = load_content(bundled_levels_dir())
    count = 0
    assert content.glossary is not None
    for level in (*content.levels, content.profile, content.glossary):
        for text in iter_texts(level):
            count += 1
            for code in language_codes():
                assert all(form.strip() for form in forms(text.get(code, ""))), (
                    getattr(level, "id", "profile"),
                    dict(text),
                )
    assert count > 100


def test_translator_switches_language():
    tr = Translator("fi")
    assert tr("title.quit") == "Lopeta"
    tr.set_language("en")
    assert tr("title.quit") == "Quit"
    assert tr.pick({"fi": "Hei {n}", "en": "Hi {n}"}, n=3) == "Hi 3"
    with pytest.raises(ValueError):
        tr.set_language("xx")
