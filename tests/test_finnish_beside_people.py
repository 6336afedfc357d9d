"""Finnish beside my language on the people of steps 3 and 7: a contact card of the map whose
role names a key term ("A member of my association": yhdistys, "A career counsellor": uraohjaaja)
and a person kept warm ("A mentor": mentori) show its Finnish word with their words: on step 3's
chips, on the chip carried over the map, and on step 7's cards, where someone from the map comes
back with the word their card had.

The level files name the term by its glossary id (`term = "yhdistys"`), checked when read; the
cards are made as tall as the word needs, so nothing overlaps at 100 % or 200 %.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from steps_game.audit import measure
from steps_game.content import load_content
from steps_game.paths import bundled_levels_dir
from steps_game.tasks.base import EMPTY_THREAD
from steps_game.tasks.keep_warm.model import KeepWarmModel
from steps_game.tasks.network_map.model import NetworkMapModel
from tests.test_finnish_beside import WORDS, drawn, misspelt_term, termed
from tests.test_task_network_map import mouse

LEVELS = Path(bundled_levels_dir())
CONTENT = load_content(LEVELS)
MAP = CONTENT.level(3).task
KEEP = CONTENT.level(7).task
LANGUAGES = ["en", "ar", "uk"]

# step 3's association member on the map, met now and then: step 7 casts them first among the
# map's people (after the event's, of whom this notebook has none)
ON_THE_MAP = {
    "id": "association-member",
    "token": "association-member",
    "ring": "distant",
    "sector": "hobbies",
    "in_finland": True,
}


# -- the level data ----------------------------------------------------------------------------


def test_the_map_s_cards_and_the_kept_people_name_their_key_terms():
    assert termed(MAP.tokens).items() >= {
        ("association-member", "yhdistys"),
        ("career-counsellor", "uraohjaaja"),
    }
    assert {r.id: r.term for r in KEEP.relationships if r.term} == {"mentor": "mentori"}
    assert {t.term for t in MAP.tokens if t.term} <= set(WORDS)


@pytest.mark.parametrize("language", [c for c in CONTENT.languages if c not in ("fi", "fi-selko")])
def test_no_role_types_in_the_finnish_word_its_term_already_shows(language):
    roles = [(t.id, t.term, t.label) for t in MAP.tokens]
    roles += [(r.id, r.term, r.role) for r in KEEP.relationships]
    doubled = [
        (item, words[language])
        for item, term, words in roles
        if term and WORDS[term].lower() in words.get(language, "").lower()
    ]
    assert doubled == []


# The three helpers a newcomer meets: a mentor (mentori), a volunteer work buddy (työkummi) and a
# career counsellor (uraohjaaja). Arabic once called all three "مرشد" and Persian two of them
# "منتور": a reader could not tell them apart, even with the Finnish word beside.
HELPERS = ("mentori", "tyokummi", "uraohjaaja")
ARTICLES = {"یک"}  # Persian "a", which any role may carry


def helper_names(language: str) -> dict[str, set[str]]:
    """term -> the names the cards of steps 2, 3 and 7 give that helper in `language`."""
    cards = [(g.term, g.label) for g in CONTENT.level(2).task.goals]
    cards += [(t.term, t.label) for t in MAP.tokens]
    cards += [(r.term, r.role) for r in KEEP.relationships]
    names: dict[str, set[str]] = {term: set() for term in HELPERS}
    for term, words in cards:
        if term in names:
            kept = [w for w in words[language].split() if w not in ARTICLES]
            names[term].add(" ".join(kept))
    return names


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_the_mentor_the_work_buddy_and_the_counsellor_have_a_name_each(language):
    names = helper_names(language)
    assert all(len(found) == 1 for found in names.values()), names  # one name per helper
    words = {term: set(" ".join(found).split()) for term, found in names.items()}
    shared = [(a, b, words[a] & words[b]) for a in HELPERS for b in HELPERS if a < b]
    assert [(a, b, common) for a, b, common in shared if common] == []
    meanings = {term.id: term.meaning[language] for term in CONTENT.glossary.terms}
    for term, (name,) in names.items():  # the glossary says which word of the cards it explains
        assert meanings[term].startswith(f"{name}:"), (term, meanings[term])


def test_an_unknown_term_on_a_map_card_is_a_clear_problem(tmp_path):
    lines = [str(p) for p in misspelt_term(tmp_path, "03-network-map.toml", "yhdistys", "yhdistis")]
    assert lines[0].startswith("03-network-map.toml: task.tokens[")
    assert "did you mean 'yhdistys'?" in lines[0]


# -- the thread: the term goes with the person from step 3 to step 7 ---------------------------


def cast_from_the_map(words: str = "") -> KeepWarmModel:
    from steps_game.notebook import Notebook

    notebook = Notebook()
    notebook.write("people", {"people": [{**ON_THE_MAP, "words": words}]})
    found = NetworkMapModel(MAP, None, EMPTY_THREAD).resolve(notebook)
    (person,) = found["people"]
    assert person.term == "yhdistys"
    return KeepWarmModel(KEEP, None, replace(EMPTY_THREAD, people=found["people"]))


def test_someone_from_the_map_keeps_their_term_in_step_7_unless_named_in_own_words():
    ties = cast_from_the_map().relationships
    assert ties[0].person is not None and ties[0].term == "yhdistys"
    assert {tie.id: tie.term for tie in ties[1:]} == {
        "mentor": "mentori",
        "event-contact": None,
        "course-friend": None,
        "boss-abroad": None,
    }
    # the player's own words stand where the role was: no Finnish word of the role beside them
    assert cast_from_the_map("Olena").relationships[0].term is None


# -- on screen ---------------------------------------------------------------------------------


def open_step(make_driver, step: int, language: str, text_size: int = 100, *, on=True):
    from steps_game.scenes.task_host import TaskHostScene

    driver = make_driver(levels=LEVELS, language=language, start_step=step)
    driver.app.settings.finnish_beside = on
    driver.app.change_setting("text_size", text_size)
    driver.app.session.new("health")
    if step == 7:
        driver.app.session.write_page("people", {"people": [ON_THE_MAP]})
    driver.app.reset_to(TaskHostScene(driver.app, step))
    driver.frames()
    return driver


def turner(driver) -> str | None:
    """The control that turns the board's pages (a list's own card, or a column's button)."""
    return next((c.id for c in driver.ring.focusable if c.id.startswith("more")), None)


def on_view(driver, control_id: str):
    """The control, the board's pages turned until it is on view (at 200 % a page of step 3's
    column may hold one person)."""
    for _ in range(30):
        found = driver.ring.by_id(control_id)
        if found is not None or turner(driver) is None:
            break
        driver.turn_page(turner(driver))
    assert found is not None, f"{control_id} is on no page"
    return found


def assert_drawn_whole(driver, word: str, box) -> None:
    """The word drawn once, as a secondary line at or above its floor, whole, inside `box`."""
    from steps_game.ui.text import floor_size

    found = [item for item in drawn(driver) if item.text == word]
    assert len(found) == 1, [item.text for item in drawn(driver)]
    assert found[0].role == "secondary" and found[0].size >= floor_size("secondary")
    assert not found[0].cut and box.contains(found[0].rect), (found[0].rect, box)


@pytest.mark.parametrize("text_size", [100, 200])
@pytest.mark.parametrize("language", LANGUAGES)
def test_step_3_s_chip_shows_the_finnish_word_in_the_list_and_carried(
    make_driver, language, text_size
):
    driver = open_step(make_driver, 3, language, text_size)
    chip = on_view(driver, "token:association-member")
    assert chip.data["finnish"] == "yhdistys"
    assert_drawn_whole(driver, "yhdistys", chip.rect)
    assert measure(driver.app, "step 3").problems == []
    others = [c for c in driver.ring.controls if c.id.startswith("token:") and c is not chip]
    terms = termed(MAP.tokens)  # a card with no term shows no word
    assert all(c.data["finnish"] == WORDS.get(terms.get(c.id[6:], ""), "") for c in others)
    assert others or text_size == 200  # (at 200 % a page of the column may hold one person)
    # carried over the map: the chip under the pointer shows the word too
    mouse(driver, "down", chip.rect.center)
    over_the_map = driver.scene.view.geometry.center
    mouse(driver, "move", (chip.rect.centerx - 40, chip.rect.centery))
    mouse(driver, "move", (round(over_the_map[0]), round(over_the_map[1])))
    assert driver.scene.view.drag.held == "token:association-member"
    found = [item for item in drawn(driver) if item.text == "yhdistys"]
    assert len(found) == 1 and not chip.rect.colliderect(found[0].rect)


@pytest.mark.parametrize("text_size", [100, 200])
@pytest.mark.parametrize("language", LANGUAGES)
def test_step_7_s_cards_show_the_finnish_words_of_the_map_and_the_mentor(
    make_driver, language, text_size
):
    driver = open_step(make_driver, 7, language, text_size)
    seen = {}
    for _ in range(30):  # every page of people
        for control in driver.ring.controls:
            if control.id.startswith("tie:") and control.id not in seen:
                seen[control.id] = control.data["finnish"]
                if control.data["finnish"]:
                    assert_drawn_whole(driver, control.data["finnish"], control.rect)
        assert measure(driver.app, "step 7").problems == []
        if turner(driver) is None or len(seen) == len(driver.scene.model.relationships):
            break
        driver.turn_page(turner(driver))
    ties = driver.scene.model.relationships
    assert ties[0].person is not None  # the association member from the map, in the first place
    assert seen == {
        f"tie:{tie.id}": {"yhdistys": "yhdistys", "mentori": "mentori"}.get(tie.term or "", "")
        for tie in ties
    }
    assert set(seen.values()) == {"", "yhdistys", "mentori"}


@pytest.mark.parametrize("language", ["en", "fi"])
def test_off_or_in_finnish_the_people_show_no_finnish_word(make_driver, language):
    on = language == "fi"  # Finnish needs no Finnish beside it, whatever the setting
    driver = open_step(make_driver, 7, language, on=on)
    assert {c.data["finnish"] for c in driver.ring.controls if c.id.startswith("tie:")} == {""}
    driver = open_step(make_driver, 3, language, on=on)
    assert on_view(driver, "token:association-member").data["finnish"] == ""
    assert not {item.text for item in drawn(driver)} & {"yhdistys", "mentori"}
