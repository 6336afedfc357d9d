"""Step 7's words for a keyboard player at large text (third Arabic 200 % play-test): the energy
before it is spent, whose ways are open, what answering the news costs, the costs of the ways in
words, the news again on a later page of ways, "Choose someone else", the sentence that the
week's energy is used beside "Next week", and a step opened by --step showing its focus."""

from __future__ import annotations

import pygame
import pytest

from steps_game.i18n import language_codes
from steps_game.launch import opened_by_keys
from tests.test_keyboard_rules import open_step

CASES = [("ar", 200), ("fi", 200), ("en", 100)]


def words(driver, key: str, **params) -> str:
    return driver.app.tr(f"task.keep_warm.{key}", **params)


def shown(driver) -> list[str]:
    return driver.texts() + driver.labels()


def open_news_person(driver) -> None:
    """Enter on the person the week opens on (the one with news), past their news card."""
    driver.key(pygame.K_RETURN)
    if driver.ring.focused_id.startswith("head:"):
        driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id.startswith("action:")


@pytest.mark.parametrize("language", language_codes())
def test_the_instruction_says_the_energy_and_is_short_from_week_2(make_driver, language):
    driver = open_step(make_driver, 7, language, 100)
    model, view = driver.scene.model, driver.scene.view
    first = view.instruction()
    assert first.endswith(words(driver, "energy_now", left=3, total=3))
    open_news_person(driver)
    driver.key(pygame.K_RETURN)
    assert view.instruction().endswith(words(driver, "energy_now", left=1, total=3))
    view._next_week()
    later = view.instruction()
    week = words(driver, "week_short", week=2, weeks=model.config.weeks)
    assert later == f"{week} {words(driver, 'energy_now', left=3, total=3)}"
    assert len(later) < len(first)


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("fi", 200), ("en", 200)])
def test_the_card_names_whose_ways_and_what_answering_costs(make_driver, language, size):
    """On a stacked board, where the person's own card may be pages away, in week 2: the page
    of the answering way names the person and shows their news, and the way spells its cost.
    (It asked for "Ways to keep in touch with: ..." and "Answering the news costs ...": the
    fourth Arabic play-test read both again on every card, the cost said by the way under
    it; the card now names the person in their card's words.)"""
    driver = open_step(make_driver, 7, language, size)
    model, view, tr = driver.scene.model, driver.scene.view, driver.app.tr
    view._next_week()
    driver.frames()
    tie = model.relationship(view.selected)
    driver.key(pygame.K_RETURN)
    news = model.news_for(tie.id)
    said = words(driver, "news", text=tr.pick(model.news_text(news)))
    answer = model.action(driver.ring.focused_id.removeprefix("action:"))
    assert answer.id in news.fits
    assert any(said in text for text in shown(driver))
    assert any(tr.pick(tie.role) in text for text in shown(driver))
    spelled = words(driver, "action_energy", label=tr.pick(answer.label), energy=answer.energy)
    assert spelled in driver.ring.focused.label


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("fi", 200), ("so", 200)])
def test_at_large_text_the_ways_say_their_cost_in_words(make_driver, language, size):
    driver = open_step(make_driver, 7, language, size)
    model, tr = driver.scene.model, driver.app.tr
    open_news_person(driver)
    tie = driver.scene.view.selected
    ways = [
        c for c in driver.ring.focusable if c.id.startswith("action:") and c.id != "action:none"
    ]
    assert ways
    for way in ways:
        action = model.action(way.id.removeprefix("action:"))
        spelled = words(driver, "action_energy", label=tr.pick(action.label), energy=action.energy)
        assert way.label.startswith(spelled), (tie, way.label)


@pytest.mark.parametrize(("language", "size"), CASES)
def test_used_energy_is_said_beside_next_week_with_the_focus_on_it(make_driver, language, size):
    driver = open_step(make_driver, 7, language, size)
    model = driver.scene.model
    for _ in range(12):
        if driver.ring.focused_id == "next-week":
            break
        driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == "next-week" and model.energy_left == 0
    assert "next-week" in driver.ids()  # on the page in view
    assert words(driver, "energy_out") in driver.texts()


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("fi", 200), ("so", 200)])
def test_choose_someone_else_goes_back_to_the_people(make_driver, language, size):
    driver = open_step(make_driver, 7, language, size)
    model = driver.scene.model
    person = driver.ring.focused_id
    open_news_person(driver)
    for _ in range(12):  # down the ways to the button after them
        if driver.ring.focused_id == "back-to-people":
            break
        driver.key(pygame.K_DOWN)
    assert driver.ring.focused_id == "back-to-people"
    driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == person and person in driver.ids()
    assert model.plan() == {}


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("fa", 200)])
def test_the_news_stands_again_on_a_later_page_of_ways(make_driver, language, size):
    """From week 2 on (a shorter instruction, a taller page) the way that answers the news is
    on a page with the news: the card's, or the news again over the ways where the card
    stands on a page before them. (It asked for the news again at least once; the answering
    way now comes first, on the card's page, since the fourth Arabic play-test.)"""
    driver = open_step(make_driver, 7, language, size)
    model, view, tr = driver.scene.model, driver.scene.view, driver.app.tr
    view._next_week()
    driver.frames()
    while not model.finished:
        week = model.week
        tie = view.selected
        news = model.news_for(tie)
        said = words(driver, "news", text=tr.pick(model.news_text(news)))
        open_news_person(driver)
        assert any(said in text for text in shown(driver)), week
        assert driver.ring.focused_id.removeprefix("action:") in news.fits, week
        while model.week == week:
            driver.key(pygame.K_RETURN)


def test_a_step_opened_by_its_number_shows_its_focus_and_keys(make_driver):
    driver = make_driver(language="ar", start_step=7)
    opened_by_keys(driver.app)
    driver.frames()
    assert driver.ring.visible and driver.ring.focused_id.startswith("tie:")
    assert driver.scene.keys_text


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("fi", 200), ("so", 200)])
def test_the_end_grid_starts_on_the_page_of_its_weeks_numbers(make_driver, language, size):
    """Third Arabic play-test: the grid's first row stood alone on the page before the others,
    away from the weeks' numbers; where a page holds the whole grid, it is on one page."""
    driver = open_step(make_driver, 7, language, size)
    model, view, tr = driver.scene.model, driver.scene.view, driver.app.tr
    while not model.finished:
        driver.key(pygame.K_RETURN)
    roles = [tr.pick(tie.role) for tie in model.relationships]
    weeks = [str(week + 1) for week in range(model.config.weeks)]
    pages = []
    for page in range(view.sheet.pages):
        view.sheet.page = page
        driver.scene.rebuild()
        pages.append(driver.texts())
    numbers = next(texts for texts in pages if all(week in texts for week in weeks))
    assert roles[0] in numbers
    if language == "ar":  # (a page holds the whole grid there)
        assert all(role in numbers for role in roles)


@pytest.mark.parametrize("language", ["ar", "so", "en"])
def test_at_large_text_week_1_has_the_short_instruction_too(make_driver, language):
    """Its long instruction took two lines from every page of the stacked board; the short one
    is in numbers there ("Week 1/6 · Energy 3/3": the fourth Arabic play-test read "Week 1 of
    6. Energy: 3 of 3." about 25 times a step), shorter than the sentence it was."""
    driver = open_step(make_driver, 7, language, 200)
    weeks = driver.scene.model.config.weeks
    week = words(driver, "week_short", week=1, weeks=weeks)
    energy = words(driver, "energy_now", left=3, total=3)
    short = words(driver, "week_energy", week=1, weeks=weeks, left=3, total=3)
    assert driver.scene.view.instruction() == short
    assert len(short.split()) < len(f"{week} {energy}".split())


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("fi", 200)])
def test_step_7_the_energy_used_page_says_whose_warmth_the_last_way_changed(
    make_driver, language, size
):
    """Fifth Arabic play-test (s7_03, s7_29): on the "energy used" page the line on what the
    last way did had no name (the card's heading stood pages before) or was on another page.
    It names the person and their warmth, on the page with "Next week"."""
    from tests.test_keep_warm_fewer_screens import shown

    driver = open_step(make_driver, 7, language, size)
    model, view = driver.scene.model, driver.scene.view
    while model.energy_left > 0:
        driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == "next-week"
    tie = model.relationship(view.selected)
    effect = view.tr.pick(model.chosen(tie.id).effect)
    lines = " ".join(shown(driver))
    assert effect.split()[0] in lines
    line = next(text for text in shown(driver) if effect.split()[0] in text)
    assert view.tr.pick(tie.role) in line, line
