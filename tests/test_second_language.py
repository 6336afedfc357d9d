"""Workshop mode's second language (issue 15): the facilitator adds a language shown under the
first for headings, statements, options and questions to talk about, right to left and left to
right together; it lives in memory only and F12 forgets it."""

from __future__ import annotations

import pygame
import pytest

from steps_game.i18n import Translator, catalog, language_codes
from steps_game.scenes.tally import TallyScene
from steps_game.ui import text as text_module
from steps_game.ui import text_render
from steps_game.ui.reading_order import has_rtl
from tests.test_workshop import files_in, start_full_set, workshop

KEYS = ("heading", "only_one", "button", "none")


def drawn_texts(app) -> list:
    app.draw()
    with text_module.recording() as drawn:
        app.draw()
    return drawn


def start_with_second(driver, code: str) -> None:
    """The workshop's Start, the second language picked on the set picker, then the full set."""
    driver.press(control_id="start")
    driver.press(control_id="second")
    driver.press(control_id=f"second:{code}")
    driver.press(control_id="set-full")


def statement_on_screen(driver):
    """Step 1's task, at its first statement, from its intro."""
    driver.press(control_id="start-task")
    return driver.scene.view.model.current()


# -- picking a text in the second language ----------------------------------------------------


def test_the_second_language_picks_its_own_words_and_nothing_without_them():
    tr = Translator("ar")
    text = {"fi": "Hei", "en": "Hello", "ar": "مرحبا"}
    assert tr.second_pick(text) == ""  # no second language: nothing under the first
    tr.set_second("fi")
    assert tr.pick(text) == "مرحبا" and tr.second_pick(text) == "Hei"
    assert tr.pick_in("sv", text) == "[English] Hello"  # the fallback chain, tagged
    # a text the second language has no words for shows nothing under the first (its
    # fallback would only repeat words already on screen)
    assert tr.second_pick({"en": "Hello", "ar": "مرحبا"}) == ""
    assert tr.second_say("task.myth_or_fact.myth") == catalog("fi")["task.myth_or_fact.myth"]
    tr.set_second("ar")  # the first language again is no second one
    assert tr.second is None
    tr.set_second("en")
    tr.set_language("en")
    assert tr.second is None


def test_every_language_names_the_second_language_choice():
    for code in language_codes():
        words = catalog(code)
        for key in KEYS:
            assert words.get(f"second_language.{key}"), (code, key)
        assert "{name}" in words["second_language.button"]


# -- on screen ----------------------------------------------------------------------------------


def test_step_one_shows_the_statement_in_both_languages_the_arabic_right_to_left(
    make_driver, tmp_path, monkeypatch
):
    data = tmp_path / "data"
    driver = workshop(make_driver, "fi", data_dir=data)
    app = driver.app
    driver.press(control_id="start")
    assert "Toinen kieli: ei käytössä" in driver.labels()
    driver.press(control_id="second")
    # the ten languages named in themselves, the one on screen left out
    assert "العربية" in driver.labels() and "Suomi" not in driver.labels()
    driver.press(control_id="second:ar")
    assert "Toinen kieli: العربية" in driver.labels()
    driver.press(control_id="set-full")
    level = app.content.level(1)
    title = [t for t in driver.scene.ui.texts if t.language == "ar"]
    assert [t.text for t in title] == [level.title["ar"]]  # the step's title under the first
    statement = statement_on_screen(driver)
    card = driver.ring.by_id("statement").rect
    drawn = drawn_texts(app)
    finnish = next(d for d in drawn if d.text == statement.text["fi"][:60])
    arabic = next(d for d in drawn if d.text == statement.text["ar"][:60])
    assert finnish.rect.bottom <= arabic.rect.top  # the second language under the first
    assert arabic.role == "secondary" and arabic.size >= text_module.floor_size("secondary")
    assert arabic.size < finnish.size
    # each line in its own direction: the Finnish from the card's left, the Arabic from its
    # right, on a screen laid out left to right
    assert finnish.rect.left - card.left < 24 < arabic.rect.left - card.left
    assert card.right - arabic.rect.right < 24
    # and laid out right to left, word by word in the Arabic script, on this Finnish screen
    laid_out = []
    real = text_render._render_words

    def spy(text, size, color, bold, width, center, script, rtl):
        laid_out.append((text, script, rtl))
        return real(text, size, color, bold, width, center, script, rtl)

    monkeypatch.setattr(text_render, "_render_words", spy)
    text_module.clear_caches()
    drawn_texts(app)
    assert (statement.text["ar"], "arabic", True) in laid_out
    assert not text_module.is_rtl()  # the screen itself still reads left to right
    # Myth and Fact in Arabic under their buttons
    words = {d.text for d in drawn}
    assert {
        catalog("ar")["task.myth_or_fact.myth"],
        catalog("ar")["task.myth_or_fact.fact"],
    } <= words
    assert files_in(data) == []  # workshop mode writes nothing, the second language neither


def test_the_tally_shows_the_question_and_options_in_both_languages(make_driver):
    driver = workshop(make_driver, "ar")
    start_with_second(driver, "fi")
    statement = statement_on_screen(driver)
    driver.key(pygame.K_F7)
    assert isinstance(driver.scene, TallyScene)
    texts = {(t.text, t.language) for t in driver.scene.ui.texts}
    assert (statement.text["ar"], None) in texts and (statement.text["fi"], "fi") in texts
    for key in ("myth", "fact"):
        assert (catalog("fi")[f"task.myth_or_fact.{key}"], "fi") in texts
    driver.key(pygame.K_r)  # after the reveal too: the statement, and under each bar's count
    texts = {(t.text, t.language) for t in driver.scene.ui.texts}
    assert (statement.text["fi"], "fi") in texts
    for key in ("myth", "fact"):
        assert (catalog("fi")[f"task.myth_or_fact.{key}"], "fi") in texts


def test_the_discussion_card_asks_each_question_in_both_languages(make_driver):
    driver = workshop(make_driver, "fi-selko")
    start_with_second(driver, "en")
    driver.key(pygame.K_F5)
    level = driver.app.content.level(1)
    texts = {(t.text, t.language, t.role) for t in driver.scene.ui.texts}
    first = level.discussion[0]
    assert (first["en"], "en", "secondary") in texts
    assert any(text.endswith(first["fi-selko"]) for text, _, _ in texts)


def test_the_group_screen_asks_its_questions_in_both_languages(make_driver):
    from steps_game.audit.room import room_of_twelve
    from steps_game.scenes.group import GroupScene

    driver = workshop(make_driver, "ar")
    start_with_second(driver, "fi")
    app = driver.app
    room = room_of_twelve(app.content)
    app.push(GroupScene(app, room=room))
    driver.frames(1)
    first = room.answers[0].point.question
    texts = {(t.text, t.language) for t in driver.scene.ui.texts}
    assert (first["ar"], None) in texts and (first["fi"], "fi") in texts


def test_the_audit_takes_a_second_language_only_in_workshop_mode(capsys):
    from steps_game.audit.__main__ import main

    for args in (["--second-language", "fi"], ["--workshop", "--second-language", "xx"]):
        with pytest.raises(SystemExit) as stopped:
            main(args)
        assert stopped.value.code == 2
    said = capsys.readouterr().err
    assert "add --workshop" in said and "unknown language 'xx'" in said


def test_without_a_second_language_nothing_changes(make_driver):
    driver = workshop(make_driver, "fi")
    driver.press(control_id="start")
    driver.press(control_id="set-full")
    statement_on_screen(driver)
    assert all(t.language is None for t in driver.scene.ui.texts)
    drawn = {d.text for d in drawn_texts(driver.app)}
    assert not any(has_rtl(words) for words in drawn)


def test_the_pause_menu_changes_it_mid_run_and_f12_forgets_it(make_driver):
    driver = workshop(make_driver, "ar")
    start_with_second(driver, "fi")
    app = driver.app
    assert app.tr.second == "fi"
    driver.key(pygame.K_F2)  # the pause menu: the second language can change during a run
    assert "Suomi" in driver.ring.by_id("second").label
    driver.press(control_id="second")
    driver.press(control_id="second:en")
    assert app.tr.second == "en" and "English" in driver.ring.by_id("second").label
    driver.key(pygame.K_F2)
    driver.key(pygame.K_F12)
    driver.key(pygame.K_RETURN)
    assert app.tr.second is None
    driver.press(control_id="start")
    assert catalog("ar")["second_language.none"] in driver.ring.by_id("second").label


# -- the layout audit in two languages ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "second", "size"),
    [("ar", "fi", (1920, 1080)), ("fi-selko", "en", (1280, 720))],
)
def test_two_language_mode_passes_the_layout_audit(language, second, size):
    from steps_game.audit.run import run_audit

    reports = run_audit(language, workshop=True, size=size, second=second)
    assert [(r.name, r.problems) for r in reports if r.problems] == []
    names = {r.name for r in reports}
    assert {"workshop second language", "step 1 tally reveal", "step 1 discussion card"} <= names


@pytest.mark.parametrize(("language", "second"), [("so", "fi"), ("ar", "fi"), ("en", None)])
def test_step_one_says_why_beside_its_card_on_one_page_when_that_fits(
    make_driver, language, second
):
    """On the projector the verdict and why of step 1's first statement do not fit under its
    card (in two languages, or at the workshop's text size), so they stand beside it, whole,
    with no page to turn (the room read half the reason, then waited for the rest)."""
    driver = workshop(make_driver, language, window=(1920, 1080))
    if second is None:
        start_full_set(driver)
    else:
        start_with_second(driver, second)
    statement = statement_on_screen(driver)
    tr = driver.app.tr
    driver.press(control_id="answer:fact" if statement.is_fact else "answer:myth")
    assert "more" not in driver.ids() and driver.scene.view.pager.pages == 1
    card = driver.ring.by_id("statement").rect
    drawn = driver.scene.ui.texts
    verdict = next(d for d in drawn if d.text == tr("task.myth_or_fact.right"))
    shown = " ".join(d.text for d in drawn)
    source = tr("task.myth_or_fact.source", source=tr.pick(statement.source))
    assert source in shown  # the explanation's last line too
    assert verdict.rect.top < card.bottom  # beside the card, not under it
    assert not (verdict.rect.left < card.right and card.left < verdict.rect.right)
    assert text_module.overflows == []
