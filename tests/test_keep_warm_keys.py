"""Step 7 by keyboard alone, from the second Arabic 200 % play-test: a new week opens on the
first person, a way chosen with energy left goes on to someone who can still be contacted
(never to "Next week"), a person's news stands on the page of their ways, and a way that
cannot be chosen says why."""

from __future__ import annotations

import pygame
import pytest

from steps_game.i18n import language_codes
from tests.test_keyboard_rules import open_step

CASES = [("ar", 200), ("fi", 200), ("en", 100)]


def tab_until(driver, control_id: str) -> None:
    """Tab (across a paged board's pages) until `control_id` has the focus."""
    for _ in range(80):
        if driver.ring.focused_id == control_id:
            return
        driver.key(pygame.K_TAB)
    raise AssertionError(f"Tab never reached {control_id}")


def choose_for_last_person(driver) -> None:
    """Enter on the last person and Enter on their first way, as the play-tester did when a
    week opened on them."""
    model = driver.scene.model
    driver.key(pygame.K_TAB)
    tab_until(driver, f"tie:{model.relationships[-1].id}")
    driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id.startswith("action:")
    driver.key(pygame.K_RETURN)
    assert model.chosen(model.relationships[-1].id) is not None


def news_person(model) -> str:
    return next(tie.id for tie in model.relationships if model.news_for(tie.id) is not None)


@pytest.mark.parametrize(("language", "size"), CASES)
def test_step_7_a_new_week_opens_on_the_person_with_news(make_driver, language, size):
    """Each week opens on the person with news (third Arabic play-test: it opened on the first
    person, and the energy was spent before the news was reached), on the page in view."""
    driver = open_step(make_driver, 7, language, size)
    model = driver.scene.model
    first = f"tie:{news_person(model)}"
    assert driver.ring.focused_id == first and first in driver.ids()
    choose_for_last_person(driver)
    tab_until(driver, "next-week")  # the last person in view: the week ended there
    driver.key(pygame.K_RETURN)
    assert model.week == 1
    first = f"tie:{news_person(model)}"
    assert first != f"tie:{model.relationships[0].id}"  # (the level's week 2: not the first)
    assert driver.ring.focused_id == first
    assert first in driver.ids()  # on the page in view


@pytest.mark.parametrize(("language", "size"), CASES)
def test_step_7_a_way_chosen_with_energy_left_goes_on_to_someone_to_contact(
    make_driver, language, size
):
    """A way chosen for the last person, energy left: the focus goes to the person whose news
    is still to answer, on the page in view, not to "Next week"; after the news, round to the
    first person not yet contacted. At large text (a stacked board) straight to their card,
    open on its head over their ways (fourth Arabic play-test: the people's page between cost
    a screen and an Enter for each contact; thirteenth: focus on a way, a second Enter chose
    it); beside the people, to the person."""
    driver = open_step(make_driver, 7, language, size)
    model, view = driver.scene.model, driver.scene.view
    choose_for_last_person(driver)
    assert model.energy_left > 0
    straight_on = view.sheet.stacked

    def went_on_to(person: str) -> None:
        if straight_on:  # on their card's head, where Enter goes on to the ways
            assert view.selected == person
            assert driver.ring.focused_id == f"head:{person}"
        else:
            assert driver.ring.focused_id == f"tie:{person}"
        assert driver.ring.focused_id in driver.ids()  # on the page in view

    went_on_to(news_person(model))
    driver.key(pygame.K_RETURN)  # their ways (from the person, or from their card's head)
    driver.key(pygame.K_RETURN)  # the way that answers the news
    assert model.noticed_now(news_person(model))
    if model.energy_left:
        went_on_to(model.relationships[0].id)
    else:
        assert driver.ring.focused_id == "next-week"


@pytest.mark.parametrize(("language", "size"), CASES)
def test_step_7_enter_alone_never_ends_a_week_with_energy_left(make_driver, language, size):
    """Enter only, from wherever the week opens (here first on the last person): every week's
    energy is spent before the focus reaches "Next week"."""
    driver = open_step(make_driver, 7, language, size)
    model = driver.scene.model
    choose_for_last_person(driver)
    while not model.finished:
        week = model.week
        for _ in range(30):
            if driver.ring.focused_id == "next-week":
                break
            driver.key(pygame.K_RETURN)
        assert driver.ring.focused_id == "next-week", (week, driver.ring.focused_id)
        assert model.energy_left == 0, week
        driver.key(pygame.K_RETURN)
        assert model.week == week + 1


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("fi", 200), ("so", 200)])
def test_step_7_a_persons_news_stands_on_the_page_of_their_ways(make_driver, language, size):
    driver = open_step(make_driver, 7, language, size)
    model, tr = driver.scene.model, driver.app.tr
    driver.key(pygame.K_TAB)
    seen = 0
    while not model.finished:
        for tie in model.relationships:
            news = model.news_for(tie.id)
            if news is None:
                continue
            tab_until(driver, f"tie:{tie.id}")
            driver.key(pygame.K_RETURN)  # their card opens on its first way, with the news
            words = tr("task.keep_warm.news", text=tr.pick(model.news_text(news)))
            shown = driver.texts() + driver.labels()  # (the news card adds what it costs)
            assert any(words in text for text in shown), (model.week, tie.id)
            if driver.ring.focused_id == f"head:{tie.id}":
                # no page holds both: the news first, and Enter on it goes on to the ways
                driver.key(pygame.K_RETURN)
            assert driver.ring.focused_id.startswith("action:")
            seen += 1
        tab_until(driver, "next-week")
        driver.key(pygame.K_RETURN)
    assert seen >= 3


@pytest.mark.parametrize("language", language_codes())
def test_step_7_a_greyed_way_says_why(make_driver, language):
    driver = open_step(make_driver, 7, language, 100)
    view, model, tr = driver.scene.view, driver.scene.model, driver.app.tr
    first, second = (tie.id for tie in model.relationships[:2])
    dear = next(a for a in model.offered(second) if a.energy > 1)
    cheap = next(a for a in model.offered(first) if a.energy == 1)
    driver.scene.act(lambda: model.choose(first, cheap.id))
    other = next(t.id for t in model.relationships[2:] if t.id != second)
    driver.scene.act(lambda: model.choose(other, cheap.id))
    assert model.energy_left == 1
    view.select(second)
    driver.frames()
    grey = driver.control(control_id=f"action:{dear.id}")  # (turning the ways' page)
    assert not grey.enabled
    label = tr.pick(dear.label)
    why = tr("task.keep_warm.action_too_dear", label=label, energy=dear.energy)
    assert why != tr("task.keep_warm.action", label=label, energy=dear.energy)
    assert grey.label.startswith(why), grey.label
    for action in model.offered(second):
        if action.energy == 1:  # the ways that can be chosen say nothing of the sort
            control = driver.ring.by_id(f"action:{action.id}")
            words = tr("task.keep_warm.action", label=tr.pick(action.label), energy=1)
            assert control is None or control.label.startswith(words), control.label


@pytest.mark.parametrize(("language", "size"), CASES)
def test_step_7_down_goes_from_person_to_person_never_to_next_week(make_driver, language, size):
    """Third Arabic 200 % play-test: Down from the first row of people landed on "Next week",
    which stood between the rows on the stacked board, and Enter there ended the week with
    energy unused. The arrows go from person to person; "Next week" is reached by Tab."""
    driver = open_step(make_driver, 7, language, size)
    model = driver.scene.model
    driver.key(pygame.K_TAB)
    first = f"tie:{model.relationships[0].id}"
    tab_until(driver, first)
    seen = [driver.ring.focused_id]
    for _ in range(len(model.relationships) * 2):
        driver.key(pygame.K_DOWN)
        focused = driver.ring.focused_id
        assert focused != "next-week", seen
        if focused != seen[-1]:
            seen.append(focused)
    people = {f"tie:{tie.id}" for tie in model.relationships}
    assert set(seen) <= people and len(set(seen)) > 1, seen
    for _ in range(len(model.relationships) * 2):  # Up back to the first person, never past
        driver.key(pygame.K_UP)
        assert driver.ring.focused_id in people
    assert driver.ring.focused_id == first
    tab_until(driver, "next-week")  # still reached, by Tab, after the open card's ways


@pytest.mark.parametrize("language", ["ar", "en"])
def test_step_7_the_arrows_go_round_from_the_last_person_to_the_first(make_driver, language):
    """At 200 %, two people a row, the last person stands alone on the last page: Down and
    the arrow that reads on did nothing there (sixth Arabic play-test, s7_04-05). They go on
    to the first person, turning the page, as the page turner goes round; Up from the first
    goes to the last."""
    driver = open_step(make_driver, 7, language, 200)
    model, view = driver.scene.model, driver.scene.view
    driver.key(pygame.K_BACKSPACE)  # from the ways to the people
    assert view.paired
    first, last = (f"tie:{tie.id}" for tie in (model.relationships[0], model.relationships[-1]))
    on = pygame.K_LEFT if driver.scene.ui.mirror else pygame.K_RIGHT
    for key in (pygame.K_DOWN, on):
        if not driver.ring.focus(last):  # (on its page)
            view._focus_turning(last, ("test", key))
        assert driver.ring.focused_id == last
        driver.key(key)
        assert driver.ring.focused_id == first
        assert driver.ring.by_id(first) in driver.ring.focusable  # its page shown
    driver.key(pygame.K_UP)
    assert driver.ring.focused_id == last


def test_step_7_up_and_down_across_the_ways_pages_keep_the_column(make_driver):
    """Thirteenth Arabic play-test at 200 %: the ways stand in two columns over pages; Up from
    the first way of the next page went to the other column of the page before, and she chose
    "ask how they are" for the friend who had asked for help. Down and Up keep the column."""
    driver = open_step(make_driver, 7, "ar", 200)
    driver.key(pygame.K_RETURN)  # the week's person with news: their ways
    ways = [c for c in driver.ring.focusable if c.id.startswith("action:")]
    assert len({c.rect.centerx for c in ways}) == 2  # two columns
    bottom = max(c.rect.top for c in ways)
    start = max((c for c in ways if c.rect.top == bottom), key=lambda c: c.rect.centerx)
    driver.ring.focus(start.id)
    page = driver.scene.view.sheet.page
    driver.key(pygame.K_DOWN)
    assert driver.scene.view.sheet.page > page
    landed = driver.ring.focused
    assert landed.id.startswith("action:") and landed.id != start.id
    assert abs(landed.rect.centerx - start.rect.centerx) < 50  # the same column
    driver.key(pygame.K_UP)
    assert driver.ring.focused_id == start.id
