"""The game's facts are current and said in the player's language (see the content notes):
the employment services by their name since 2025, the hidden job market without a made-up share,
the LinkedIn study tie for tie, Granovetter with his year, and every source line in every
language."""

from __future__ import annotations

import re
from functools import cache

import pytest

from steps_game.content import GameContent, iter_texts, load_content
from steps_game.i18n import Words, catalog, forms, language_codes
from steps_game.paths import bundled_levels_dir
from steps_game.schema import Text

LANGUAGES = language_codes()
# The TE services' names, which stopped being current on 1 January 2025, in any of the game's
# scripts: "TE-palvelut", "TE-toimisto", "TE services", "ТЕ-центр", "خدمات TE" ...
OLD_NAMES = re.compile(
    r"(?<![\w])(TE|ТЕ)(?![\w])"  # "TE" (Latin or Cyrillic capitals) as a word of its own
    r"|(?i:työvoimapalvelu|työ- ja elinkeino|arbetskraftsservice|arbets- och näringsbyrå)"
)


@cache
def content() -> GameContent:
    return load_content(bundled_levels_dir())


def level(step: int):
    return content().level(step)


def all_level_texts() -> list[Text]:
    found = list(iter_texts(content().profile))
    if content().glossary is not None:
        found += list(iter_texts(content().glossary))
    for item in content().levels:
        found += list(iter_texts(item))
    return found


def every_form(words: Words) -> str:
    """A text in one language as one string: its words, or all its plural forms."""
    return "\n".join(forms(words))


def test_the_old_name_check_finds_the_old_names() -> None:
    for words in (
        "työvoimapalvelut (TE-palvelut)",
        "Kysy TE-toimistosta.",
        "agreed with the TE services",
        "в ТЕ-центре",
        "خدمات TE",
        "Siitä sovitaan työvoimapalvelujen kanssa.",
    ):
        assert OLD_NAMES.search(words), words
    for words in ("työllisyyspalvelut", "the employment services", "TEMPO", "Teams"):
        assert not OLD_NAMES.search(words), words


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_level_text_names_the_te_services_as_current(code: str) -> None:
    wrong = [
        text[code] for text in all_level_texts() if OLD_NAMES.search(every_form(text.get(code, "")))
    ]
    assert not wrong, wrong


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_interface_text_names_the_te_services_as_current(code: str) -> None:
    texts = catalog(code).items()
    wrong = {key: words for key, words in texts if OLD_NAMES.search(every_form(words))}
    assert not wrong, wrong


def test_the_glossary_names_the_employment_services_by_their_current_name() -> None:
    glossary = content().glossary
    assert glossary is not None
    words = [term.finnish for term in glossary.terms]
    assert not [word for word in words if OLD_NAMES.search(word)]
    assert "työllisyyspalvelut" in words
    services = next(t for t in glossary.terms if t.finnish == "työllisyyspalvelut")
    assert "2025" in services.meaning["en"] and "municipal" in services.meaning["en"]
    assert all("2025" in services.meaning[code] for code in LANGUAGES)


# Words a health care professional trained abroad meets first, with the rest of the key words
HEALTH_TERMS = ("Valvira", "laillistaminen", "lähihoitaja", "sairaanhoitaja")


def test_the_glossary_has_twenty_words_each_explained_in_every_language_with_an_example() -> None:
    glossary = content().glossary
    assert glossary is not None
    assert len(glossary.terms) >= 20
    words = {term.finnish for term in glossary.terms}
    assert set(HEALTH_TERMS) <= words
    assert {"ammattiliitto", "Työmarkkinatori", "infohaastattelu", "suosittelija"} <= words
    for term in glossary.terms:
        missing = [code for code in LANGUAGES if not term.meaning.get(code, "").strip()]
        assert not missing, (term.id, missing)
        assert term.example and term.example.strip(), term.id
        # the example is Finnish and uses the word: its first five letters appear in it
        # ("hissipuheeni", "Valviran"), so the player sees the word at work
        assert term.finnish[:5].lower() in term.example.lower(), (term.id, term.example)


def test_valvira_is_told_as_the_licensing_authority_whose_work_moved_in_2026() -> None:
    # Valvira's work moved to Lupa- ja valvontavirasto on 1 January 2026: the glossary says so
    # in every language, and the licence (laillistaminen) is applied for from the new agency.
    glossary = content().glossary
    assert glossary is not None
    by_id = {term.id: term for term in glossary.terms}
    for code in LANGUAGES:
        assert "Lupa- ja valvontavirasto" in by_id["valvira"].meaning[code], code
        assert "2026" in by_id["valvira"].meaning[code], code
        assert "Lupa- ja valvontavirasto" in by_id["laillistaminen"].meaning[code], code
    assert "nurse" in by_id["sairaanhoitaja"].meaning["en"]
    assert "practical nurse" in by_id["lahihoitaja"].meaning["en"]


def test_a_work_trial_is_agreed_with_the_employment_services() -> None:
    trial = next(g for g in level(2).task.goals if g.id == "work-trial")
    assert "employment services" in trial.why["en"]
    assert "työllisyyspalvelu" in trial.why["fi"]
    glossary = content().glossary
    assert glossary is not None
    term = next(t for t in glossary.terms if t.finnish == "työkokeilu")
    assert "employment services" in term.meaning["en"]
    assert "työllisyyspalvelu" in term.meaning["fi"]


def test_the_hidden_job_market_has_no_made_up_share() -> None:
    # Sitra's estimate is debated: "many jobs are never advertised", not a share of them.
    job = next(g for g in level(2).task.goals if g.id == "job")
    for code in LANGUAGES:
        assert not re.search(r"\d", job.why[code]), (code, job.why[code])
    assert "never advertised" in job.why["en"]
    assert "one in three" not in job.why["en"] and "joka kolmas" not in job.why["fi"]


def test_the_linkedin_study_is_tie_for_tie() -> None:
    # The study found moderately weak ties the likeliest, tie for tie, to lead to a job move;
    # not that they made the most job moves.
    visible = next(g for g in level(2).task.goals if g.id == "it-visible-online")
    weak = level(3).task.feedback.weak.text
    for text in (visible.why, weak):
        assert "most job moves" not in text["en"], text["en"]
        assert "tie for tie" in text["en"], text["en"]
        assert "eniten" not in text["fi"] and "useimpiin" not in text["fi"], text["fi"]


def test_granovetter_has_his_year_wherever_he_is_named() -> None:
    named = [text for text in all_level_texts() if "Granovetter" in every_form(text["en"])]
    named += [s for s in source_lines() if "Granovetter" in s["en"]]
    assert named
    for text in named:
        for code in LANGUAGES:
            for form in forms(text[code]):  # every plural form says the year
                assert "1974" in form, (code, form)


def source_lines() -> list[Text]:
    """Every source line a player sees: under a myth-or-fact answer and step 5's note."""
    found = [s.source for s in level(1).task.statements if s.source is not None]
    note = level(5).task.contact_note_source
    if note is not None:
        found.append(note)
    return found


def test_every_fact_shows_its_source() -> None:
    facts = [s for s in level(1).task.statements if s.is_fact]
    assert len(facts) >= 3 and all(s.source is not None for s in facts)
    assert len(source_lines()) >= len(facts) + 1  # (and step 5's note)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_source_line_exists_in_every_language(code: str) -> None:
    for source in source_lines():
        assert isinstance(source, Text)
        assert source.get(code, "").strip(), (code, source)


# English words that a source line in another language says in its own words.
ENGLISH_WORDS = re.compile(r"\b(survey|news|and|estimate|study|et al)\b")


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_source_lines_are_in_the_players_language(code: str) -> None:
    for source in source_lines():
        if ENGLISH_WORDS.search(source["en"]):
            assert source[code] != source["en"], (code, source[code])
            assert not ENGLISH_WORDS.search(source[code]), (code, source[code])


# What a self-introduction may not say for the player: how long they have lived in Finland, their
# years of work, a name, a home town, a job title or a project they never had.
PLAYER_FACTS = {
    "en": re.compile(
        r"last year|\byears?\b|I'm [A-Z]\.|Tampere|nurse|teacher|developer|engineer\b|solar"
    ),
    "fi": re.compile(
        r"viime vuonna|vuotta|Olen [A-ZÅÄÖ]\.|Tampere|sairaanhoitaja|opettaja\b|kehittäjä|"
        r"insinööri|aurinko"
    ),
}


def self_introductions() -> list[Text]:
    """What the player says about themselves: step 5's own news and step 6's hellos and pitches."""
    found = [o.text for o in level(5).task.options if o.part == "news" and o.in_letter]
    found += [event.pitch for event in level(6).task.events]
    found += [o.chat for m in level(6).task.moments for o in m.options if o.chat is not None]
    return found


def test_self_introductions_state_no_facts_about_the_player() -> None:
    texts = self_introductions()
    assert len(texts) >= 10
    for text in texts:
        for code, pattern in PLAYER_FACTS.items():
            assert not pattern.search(text[code]), (code, text[code])
        for code in LANGUAGES:
            assert not re.search(r"\d", text[code]), (code, text[code])


# Names for what kind of person someone is; a dimension is named for what its step practises.
TRAIT_NAMES = {
    "en": {"mindset", "attitude", "awareness", "direction", "maintenance", "reciprocity"},
    "fi": {"asenne", "suunta", "suunnitelmallisuus", "vastavuoroisuus", "ylläpito"},
}


def test_dimensions_are_named_for_what_their_step_practises() -> None:
    for dimension in content().profile.dimensions:
        for code, traits in TRAIT_NAMES.items():
            assert dimension.name[code].lower() not in traits, (code, dimension.name[code])
    # step 1 scores sorting myths from facts and naming what one can offer: its dimension says so
    facts = content().dimension(level(1).dimension)
    assert "fact" in facts.name["en"].lower() and "offer" in facts.name["en"].lower()
    assert "myths" in facts.meaning["en"] and "offer" in facts.meaning["en"]
    for band in (facts.low, facts.mid, facts.high):
        assert "attitude" not in band["en"] and "asenne" not in band["fi"].lower()
