"""Step 7 played with Enter alone answers every piece of news (third Arabic 200 % keyboard
play-test: Enter alone answered 0 of 6, and following the news took about 57 keys): the week
opens on the person with news, their card on the way that answers it, and a choice goes on to
the next person to reach. Backspace, or the arrow that reads back, returns from the ways to the
people without spending energy."""

from __future__ import annotations

import pygame
import pytest

from steps_game.i18n import language_codes
from tests.test_keyboard_rules import open_step

CASES = [("ar", 200), ("fi", 200), ("en", 100)]
KEYS_A_WEEK = 8  # open the news, (its card), answer it, two more people, "Next week"


@pytest.mark.parametrize("size", [100, 200])
@pytest.mark.parametrize("language", language_codes())
def test_step_7_enter_alone_answers_every_news_in_a_few_keys_a_week(make_driver, language, size):
    driver = open_step(make_driver, 7, language, size)
    model = driver.scene.model
    keys = 0
    while not model.finished:
        week = model.week
        while model.week == week:
            driver.key(pygame.K_RETURN)
            keys += 1
            assert keys <= KEYS_A_WEEK * model.config.weeks, (week, driver.ring.focused_id)
        assert sum(len(r.noticed) for r in model.records()) == model.week, week
    assert len(model.records()[-1].contacted) >= 2
    contacted = {tie for record in model.records() for tie in record.contacted}
    assert contacted == {tie.id for tie in model.relationships}  # nobody is left out
    # on to Done; on a paged board first to the page turner, the end read from its top (it
    # went to Done at once, on a page without the weeks' grid: fourth Arabic play-test)
    sheet = driver.scene.view.sheet
    paged = sheet.stacked and sheet.pages > 1
    assert driver.ring.focused_id == (sheet.control_id if paged else "done")


@pytest.mark.parametrize(("language", "size"), CASES)
@pytest.mark.parametrize("key", ["backspace", "arrow"])
def test_step_7_back_from_the_ways_to_the_person_spends_nothing(make_driver, language, size, key):
    driver = open_step(make_driver, 7, language, size)
    model = driver.scene.model
    person = driver.ring.focused_id
    driver.key(pygame.K_RETURN)  # the card opens on a way (or on the news before its ways)
    assert not driver.ring.focused_id.startswith("tie:")
    if key == "backspace":
        driver.key(pygame.K_BACKSPACE)
    else:  # the arrow that reads back: Left, or Right in a right-to-left language
        driver.key(pygame.K_RIGHT if language == "ar" else pygame.K_LEFT)
        if driver.ring.focused_id != person:  # (on the second way of a row: to the first)
            driver.key(pygame.K_RIGHT if language == "ar" else pygame.K_LEFT)
    assert driver.ring.focused_id == person
    assert person in driver.ids()
    assert model.plan() == {}


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("fi", 200)])
def test_step_7_tab_from_the_last_page_goes_on_to_the_first_person(make_driver, language, size):
    """Tab past the host's buttons on the last page of the stacked board went round within
    that page, and the people of the first pages were never reached again."""
    driver = open_step(make_driver, 7, language, size)
    model, view = driver.scene.model, driver.scene.view
    last = f"tie:{model.relationships[-1].id}"
    driver.key(pygame.K_TAB)
    for _ in range(60):
        if driver.ring.focused_id == last:
            break
        driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == last and view.sheet.page == view.sheet.pages - 1
    seen = []
    for _ in range(len(driver.ring.focusable) + 1):
        driver.key(pygame.K_TAB)
        seen.append(driver.ring.focused_id)
        if driver.ring.focused_id == f"tie:{model.relationships[0].id}":
            break
    assert seen[-1] == f"tie:{model.relationships[0].id}", seen
    assert view.sheet.page == 0
    assert last not in seen  # not round the last page again


@pytest.mark.parametrize("language", ["en", "ar"])
def test_step_7_a_new_week_opens_the_card_of_the_person_it_opens_on(make_driver, language):
    """Beside the people, the new week's focus was on the person with news while the card
    beside them was still last week's last person's, without the news."""
    driver = open_step(make_driver, 7, language, 100)
    model, view, tr = driver.scene.model, driver.scene.view, driver.app.tr
    while model.week == 0:
        driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == f"tie:{view.selected}"
    news = model.news_for(view.selected)
    words = tr("task.keep_warm.news", text=tr.pick(model.news_text(news)))
    assert any(words in text for text in driver.texts() + driver.labels())


@pytest.mark.parametrize(("language", "size"), CASES)
def test_step_7_after_a_choice_the_coolest_person_to_reach_is_offered(make_driver, language, size):
    """Fifth Arabic play-test (s7_08, s7_43): after a choice the warm 4/4 friend was offered
    while a 1/4 tie went to 0 uncontacted. After each Enter that chooses a way, with the news
    answered, the person offered next is one of the coolest still to reach."""
    driver = open_step(make_driver, 7, language, size)
    model, view = driver.scene.model, driver.scene.view
    checked = 0
    for _ in range(KEYS_A_WEEK * model.config.weeks):
        if model.finished:
            break
        before = dict(model.plan())
        driver.key(pygame.K_RETURN)
        if model.finished or model.plan() == before or model.energy_left <= 0:
            continue
        news = view._news_of()
        if news is not None and view._can_contact(news):
            continue
        left = [tie.id for tie in model.relationships if view._can_contact(tie.id)]
        if not left:
            continue
        coolest = min(model.warmth()[tie] for tie in left)
        focused = driver.ring.focused_id or ""  # beside the people: on them; else their ways
        offered = focused.removeprefix("tie:") if focused.startswith("tie:") else view.selected
        assert model.warmth()[offered] == coolest, (model.week, offered)
        checked += 1
    assert checked >= 3


@pytest.mark.parametrize("language", ["ar", "fi"])
@pytest.mark.parametrize("key", ["down", "onward"])
def test_step_7_arrows_go_through_every_person_across_the_pages(make_driver, language, key):
    """Fifth Arabic play-test (s7_10, s7_24): on the people pages at 200 % Down did nothing
    where the next person stood on the next page, and Left (reading on, right to left) left
    the people. Down, or the arrow that reads on, goes from the first person to the last one
    by one, turning the pages, and from the last round to the first (sixth play-test: alone
    on the last page, the arrows there did nothing); Up, or the arrow that reads back,
    returns."""
    driver = open_step(make_driver, 7, language, 200)
    model = driver.scene.model
    people = [f"tie:{tie.id}" for tie in model.relationships]
    driver.key(pygame.K_RETURN)
    driver.key(pygame.K_BACKSPACE)  # on the person the week opened on
    onward = {
        "down": pygame.K_DOWN,
        "onward": pygame.K_LEFT if language == "ar" else pygame.K_RIGHT,
    }
    back = {"down": pygame.K_UP, "onward": pygame.K_RIGHT if language == "ar" else pygame.K_LEFT}
    assert driver.scene.view.paired  # two people a row: the arrows along it change the person
    for _ in range(people.index(driver.ring.focused_id)):
        driver.key(back[key])
    assert driver.ring.focused_id == people[0]
    seen = [driver.ring.focused_id]
    for _ in people:
        driver.key(onward[key])
        seen.append(driver.ring.focused_id)
    assert seen == [*people, people[0]]
    driver.key(back[key])
    assert driver.ring.focused_id == people[-1]
    assert model.plan() == {}
