"""Step 2's goals at 200 % text stand a few to a page: Tab goes from goal to goal across the
pages, as on every board shown page by page."""

from __future__ import annotations

import pygame
import pytest

from steps_game.scenes.base import MENU_ID
from tests.test_keyboard_rules import open_step, shift_tab
from tests.test_settings import FakeSpeaker

FOOTER = {"undo", "start-over", "done", "more-plan", MENU_ID}  # (and step 2's page turner there)


def _making_concrete(make_driver, language: str, *, to_who: bool = False):
    """Step 2 at 200 %, two goals chosen and one being made concrete; `to_who`: its goal and
    what she will do chosen, the question "With whom?" open."""
    driver = open_step(make_driver, 2, language, 200)
    model = driver.scene.model
    goals = model.offered_goals()[:2]
    for goal in goals:
        driver.scene.act(lambda goal=goal: model.toggle_goal(goal.id))
    driver.scene.act(model.make_concrete)
    if to_who:
        driver.scene.act(lambda: model.choose("goal", goals[0].id))
        action = model.offered("action")[0].id
        driver.scene.act(lambda: model.choose("action", action))
    return driver


def _tabbed_to_footer(driver) -> tuple[list[str], str]:
    """Tab from the focus until it reaches the footer: the ids passed (the first included)
    and the footer's control it reached."""
    seen, focused = [], driver.ring.focused_id
    for _ in range(80):
        if focused in FOOTER:
            break
        seen.append(focused)
        driver.key(pygame.K_TAB)
        focused = driver.ring.focused_id
    return seen, focused


@pytest.mark.parametrize("language", ["ar", "en"])
def test_tab_goes_through_the_goals_of_every_page(make_driver, language):
    """Twenty-third Arabic 200 % play-test (c_31-34): one goal a page, and Tab went from it to
    Start over and the Menu before the page turner."""
    driver = open_step(make_driver, 2, language, 200)
    view, model = driver.scene.view, driver.scene.model
    goals = [f"goal:{goal.id}" for goal in model.offered_goals()]
    driver.key(pygame.K_TAB)  # the focus shown, on the first goal
    assert view.pager.pages > 1
    seen = [driver.ring.focused_id]
    assert seen[0].startswith("goal:")
    driver.app.settings.voice = True  # read aloud: each goal Tab reaches is said
    driver.app.speaker = FakeSpeaker(voices=(language,))
    for _ in range(40):
        driver.key(pygame.K_TAB)
        focused = driver.ring.focused_id
        if not focused.startswith("goal:"):
            break
        seen.append(focused)
        assert driver.app.speaker.said[-1][0] == driver.ring.focused.label
    driver.app.settings.voice = False
    assert view.pager.page == view.pager.pages - 1  # (on the last page when it left them)
    assert seen == goals  # every goal, in order, one Tab each
    # and Shift+Tab back from the first goal of a page to the last of the page before
    while driver.ring.focused_id != seen[-1]:
        shift_tab(driver)
    page = view.pager.page
    for goal in reversed(seen[:-1]):
        shift_tab(driver)
        assert driver.ring.focused_id == goal
    assert view.pager.page == 0 and page > 0


@pytest.mark.parametrize("language", ["ar", "en"])
def test_tab_goes_through_the_concrete_parts_column_over_its_pages(make_driver, language):
    """Twenty-fifth Arabic 200 % play-test: making a goal concrete ("Which goal?", then what,
    with whom, by when), Tab from a page's last choice went to Undo, the choices on the next
    page reached only by the arrows. Tab now goes on over the column's pages, and leaves it
    only from its last page."""
    driver = _making_concrete(make_driver, language)
    model, view = driver.scene.model, driver.scene.view
    assert model.phase == "concrete"
    driver.key(pygame.K_TAB)  # the focus shown
    assert view.plan_pager.pages > 1, "(the column in pages at 200 %)"
    seen, focused = _tabbed_to_footer(driver)
    assert view.plan_pager.page == view.plan_pager.pages - 1, (seen, focused)
    assert len(set(seen)) == len(seen)


@pytest.mark.parametrize("language", ["ar", "en", "ru"])
def test_one_goal_more_than_the_most_says_why_nothing_is_added(make_driver, language):
    """Twenty-fifth Arabic 200 % play-test: with three goals chosen, Enter on a fourth did
    nothing, and nothing said why. A note says so and how to choose another; Enter closes it,
    the goals as they were."""
    from steps_game.scenes.confirm import NoticeScene

    driver = open_step(make_driver, 2, language, 200)
    model = driver.scene.model
    most = model.config.most_goals
    goals = model.offered_goals()
    for goal in goals[:most]:
        driver.scene.act(lambda goal=goal: model.toggle_goal(goal.id))
    chosen = list(model.state["goals"])
    driver.press(control_id=f"goal:{goals[most].id}")
    assert isinstance(driver.app.top, NoticeScene)
    note = driver.app.tr("task.goal_cards.full", most=most)
    assert note in driver.texts() and str(most) in note
    driver.key(pygame.K_RETURN)  # Close
    assert not isinstance(driver.app.top, NoticeScene)
    assert model.state["goals"] == chosen


@pytest.mark.parametrize("language", ["ar", "en"])
def test_tab_passes_a_page_with_only_a_why_on_it(make_driver, language):
    """Twenty-sixth Arabic 200 % play-test (h_87-94): once what she will do was chosen, the next
    question's column had a page with only the blue why of the last choice on it; Tab landed
    on the page turner there, then went round Menu, Undo and Start over, never on to the later
    pages. Tab goes on to the next page that has a control, and leaves the column only from
    its last one."""
    driver = _making_concrete(make_driver, language, to_who=True)
    model, view = driver.scene.model, driver.scene.view
    assert model.slot == "who"
    driver.key(pygame.K_TAB)  # the focus shown
    seen, focused = _tabbed_to_footer(driver)
    assert view.plan_pager.page == view.plan_pager.pages - 1, (seen, focused)
    assert any(i.startswith("who:") for i in seen)
    assert len(set(seen)) == len(seen)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_tab_from_a_page_of_only_a_why_goes_on_to_the_next_choice(make_driver, language):
    """Twenty-seventh Arabic 200 % play-test (d_45-52): turned by its page turner to the page
    with only the why of the last choice, Tab went round the footer and never on."""
    driver = _making_concrete(make_driver, language, to_who=True)
    view = driver.scene.view
    driver.key(pygame.K_TAB)  # the focus shown
    for page in range(view.plan_pager.pages):
        view.plan_pager.page = page
        driver.scene.rebuild()
        if not view.page_ids:  # the page of a why alone
            break
    else:
        pytest.fail("no page of a why alone")
    assert page < view.plan_pager.pages - 1
    driver.ring.focus("more-plan")
    driver.key(pygame.K_TAB)
    assert view.plan_pager.page > page  # on to the next page with something to choose
    assert driver.ring.focused_id in view.page_ids, driver.ring.focused_id


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 100)])
def test_a_choice_that_asks_for_a_name_asks_for_it_at_once(make_driver, language, size) -> None:
    """Thirtieth Arabic 200 % play-test: after "Someone in my field" the note saying where to
    write the person stood pages after the next question, and answering that question replaced
    it; she first read it on the score. A choice that asks to be named now opens the field for
    the player's own words at once (a role or initials); closed with Esc, the plan goes on
    without them."""
    from tests.test_own_plan import type_text

    driver = open_step(make_driver, 2, language, size)
    scene = driver.scene
    model = scene.model
    goal = model.offered_goals()[0].id
    scene.act(lambda: model.toggle_goal(goal))
    scene.act(model.make_concrete)
    scene.act(lambda: model.choose("goal", goal))
    scene.act(lambda: model.choose("action", model.offered("action")[0].id))
    driver.frames()
    asking = next(o for o in model.offered("who") if o.named is not None)
    driver.press(control_id=f"who:{asking.id}")
    assert model.chosen("who") == asking.id
    assert type(driver.scene).__name__ == "WordsScene"  # asked at once
    type_text(driver, "K.")
    driver.key(pygame.K_RETURN)  # saved
    assert driver.scene is scene and model.state["words"] == "K."
    assert model.state["slot"] == "when"  # on to the next question
    # a concrete choice does not ask; once words are written, a named one does not ask again
    plain = next(o for o in model.offered("who") if o.named is None and o.concrete == 2)
    model.open_slot("who")
    scene.rebuild()
    driver.press(control_id=f"who:{plain.id}")
    assert driver.scene is scene
    model.open_slot("who")
    scene.rebuild()
    driver.press(control_id=f"who:{asking.id}")
    assert driver.scene is scene and model.state["words"] == "K."
    # without words yet, Esc on the field goes on without them
    scene.act(lambda: model.set_words(""))
    model.open_slot("who")
    scene.rebuild()
    driver.press(control_id=f"who:{asking.id}")
    assert type(driver.scene).__name__ == "WordsScene"
    driver.key(pygame.K_ESCAPE)  # out of the field ...
    driver.key(pygame.K_ESCAPE)  # ... and closed, as the words' field always does
    assert driver.scene is scene and model.state["words"] == ""
    assert model.chosen("who") == asking.id
