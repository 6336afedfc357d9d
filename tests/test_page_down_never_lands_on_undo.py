"""Page Down (and the wheel) turn a paged board's page; where the page turned to has nothing
to choose, the focus never falls on Undo or Start over by itself: in the tenth Arabic keyboard
play-test it did, and the next Enter took choices back unasked (step 5 back to whom to write
to, step 6 a profile item gone). Tab still reaches both."""

from __future__ import annotations

import pygame
import pytest

from tests.test_week_planner_large_text import open_step

RISKY = ("undo", "start-over")


def page_down_through(driver, times: int = 12) -> list[str | None]:
    seen = []
    for _ in range(times):
        driver.key(pygame.K_PAGEDOWN)
        seen.append(driver.ring.focused_id)
    return seen


@pytest.mark.parametrize("step", [5, 6, 7])
def test_page_down_never_focuses_undo_or_start_over(make_driver, step):
    driver = open_step(make_driver, step, "ar", 200)
    model = driver.scene.model
    if step == 5:  # writing: some parts chosen, so that Undo has something to take back
        driver.press(control_id=driver.ids_starting("contact:")[0])
        for _ in range(2):
            option = model.options(model.state["current"])[0]
            driver.scene.view.act(lambda o=option: driver.scene.view._choose(o.id))
            driver.settle()
    if step == 6:
        card = model.cards[0]
        driver.scene.view.act(lambda: model.toggle(card.id))
        driver.settle()
    assert driver.scene.history or step == 7  # Undo would take something back
    seen = page_down_through(driver)
    assert not any(focused in RISKY for focused in seen), seen
    ids = []
    for _ in range(30):  # Tab still reaches both
        driver.key(pygame.K_TAB)
        ids.append(driver.ring.focused_id)
    reachable = [risky for risky in RISKY if risky != "undo" or driver.scene.history]
    assert all(risky in ids for risky in reachable), ids


@pytest.mark.parametrize("step", [5, 6])
def test_page_down_from_undo_takes_the_focus_to_the_page(make_driver, step):
    """Eleventh Arabic keyboard play-test: with the focus on Undo, Page Down left it there, and
    Enter, meant for the page turned to, took back a choice (step 6's moment, step 5's opening
    and then whom to write to). Page Down or Up from Undo or Start over now takes the focus to
    the page: its first item, else its page turner."""
    driver = open_step(make_driver, step, "ar", 200)
    model = driver.scene.model
    if step == 5:
        driver.press(control_id=driver.ids_starting("contact:")[0])
        option = model.options(model.state["current"])[0]
        driver.scene.view.act(lambda: driver.scene.view._choose(option.id))
    else:
        driver.scene.view.act(lambda: model.toggle(model.cards[0].id))
    driver.settle()
    for key in (pygame.K_PAGEDOWN, pygame.K_PAGEUP):
        for risky in RISKY:
            assert driver.ring.focus(risky)
            history = len(driver.scene.history)
            driver.key(key)
            assert driver.ring.focused_id not in RISKY, (key, risky)
            assert len(driver.scene.history) == history


def test_enter_on_undo_takes_back_one_change_and_leaves_undo(make_driver):
    """Thirteenth Arabic keyboard play-test: one Tab from step 6's "Next moment" is Undo; Enter
    there took back the moment's choice, the focus stayed on Undo, and a second Enter took back
    the way to the event too. Now Undo takes back one change and the focus goes to the page,
    to the moment's options, where the choice is made again."""
    from tests.test_profile_event_moment_pages import _to_the_event

    driver = open_step(make_driver, 6, "ar", 200)
    model = _to_the_event(driver)
    driver.key(pygame.K_RETURN)  # on to the first moment's options
    driver.key(pygame.K_RETURN)  # the first chosen
    moment = model.moments[0]
    assert model.chosen(moment) is not None and driver.ring.focused_id == "next"
    driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == "undo"
    history = len(driver.scene.history)
    driver.key(pygame.K_RETURN)
    assert model.chosen(moment) is None and len(driver.scene.history) == history - 1
    assert driver.ring.focused_id not in RISKY
    driver.key(pygame.K_RETURN)  # a second Enter takes nothing more back
    assert len(driver.scene.history) >= history - 1
    assert model.phase != "profile"


def test_undo_back_to_the_profile_never_puts_the_focus_on_a_chosen_item(make_driver):
    """Fourteenth Arabic keyboard play-test: a second Undo took back "Go to the event", and the
    focus stood on the profile's first item, chosen: one more Enter took it out of the profile.
    The focus goes to a card not chosen on the page."""
    driver = open_step(make_driver, 6, "ar", 200)
    model = driver.scene.model
    good = [card for card in model.cards if card.points > 0]
    for card in good[:3]:
        driver.scene.view.act(lambda card=card: model.toggle(card.id))
    driver.scene.view.act(model.go_to_event)
    driver.settle()
    assert model.phase == "event"
    driver.ring.visible = True
    assert driver.ring.focus("undo")
    driver.key(pygame.K_RETURN)
    assert model.phase == "profile"
    focused = driver.ring.focused
    assert focused is not None and focused.id not in RISKY
    assert not focused.data.get("selected"), focused.id
    chosen = len(model.state["profile"])
    driver.key(pygame.K_RETURN)
    assert len(model.state["profile"]) >= chosen  # nothing taken out
