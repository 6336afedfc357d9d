"""A facilitator's clicker has Page Up and Page Down only (tenth and twelfth facilitator runs):
they turn a screen's pages without going round from the last to the first, and in a workshop
Page Down past the last page goes on, as "next" goes on from a slide's last."""

from __future__ import annotations

import pygame

from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.tally import TallyScene
from steps_game.scenes.task_host import TaskHostScene
from tests.test_scenes import fake_outcome


def _feedback(driver, score: int) -> FeedbackScene:
    app = driver.app
    app.change_setting("text_size", 200)
    app.reset_to(FeedbackScene(app, 5, fake_outcome(app.content.level(5), score)))
    driver.frames(2)
    return driver.scene


def test_page_keys_never_go_round_on_a_score_page(make_driver):
    driver = make_driver(language="en")
    driver.app.session.new("health")
    scene = _feedback(driver, 30)
    pages = scene.pager.pages
    assert pages > 1  # (at 200 % the why takes pages, or there is nothing to test)
    driver.key(pygame.K_PAGEUP)
    assert scene.pager.page == 0  # not round to the last
    for _ in range(pages + 2):
        driver.key(pygame.K_PAGEDOWN)
    assert driver.scene is scene and scene.pager.page == pages - 1  # not round to the first
    assert driver.ring.focused_id == "next"


def test_in_a_workshop_page_down_past_the_score_s_last_page_goes_on(make_driver):
    driver = make_driver(language="en", workshop=True)
    scene = _feedback(driver, 30)
    for _ in range(scene.pager.pages - 1):
        driver.key(pygame.K_PAGEDOWN)
    assert driver.scene is scene
    driver.key(pygame.K_PAGEDOWN)
    assert driver.scene is not scene  # on: the talk, or the next step


def test_page_down_past_the_reveal_goes_on_with_the_room_s_answer(make_driver):
    driver = make_driver(language="en", start_step=1, workshop=True)
    for _ in range(3):
        driver.key(pygame.K_1)
    assert isinstance(driver.scene, TallyScene)
    driver.key(pygame.K_r)
    reveal = driver.scene
    for _ in range(reveal.pager.pages - 1):
        driver.key(pygame.K_PAGEDOWN)
    assert driver.scene is reveal
    if reveal.pager.pages > 1:
        driver.key(pygame.K_PAGEUP)
        assert reveal.pager.page == reveal.pager.pages - 2
        driver.key(pygame.K_PAGEDOWN)
    driver.key(pygame.K_PAGEDOWN)
    assert isinstance(driver.scene, TaskHostScene)
    assert driver.scene.model.state["answers"]  # the room's answer was played


def test_page_down_on_a_count_with_hands_in_reveals_and_on_an_empty_one_waits(make_driver):
    """Warm-up facilitator run: Page Down did nothing on the count, and the facilitator walked
    to the laptop for R. The count is the facilitator's; a reveal with no hands in would show
    an empty room's bars, so Page Down waits for the first hand."""
    driver = make_driver(language="en", start_step=1, workshop=True)
    driver.key(pygame.K_F7)
    count = driver.scene
    assert isinstance(count, TallyScene) and count.tally.total == 0
    driver.key(pygame.K_PAGEDOWN)
    assert driver.scene is count and not count.tally.revealed
    for _ in range(4):
        driver.key(pygame.K_2)
    driver.key(pygame.K_PAGEDOWN)
    assert driver.scene is count and count.tally.revealed
    assert driver.ring.focused_id in {"go-on", "more"}


def test_page_down_past_what_our_group_thought_goes_on_to_the_group_s_profile(make_driver):
    """Warm-up facilitator run: Page Down stopped on the last page of what our group thought."""
    from steps_game.scenes.group import GroupScene
    from steps_game.scenes.profile import ProfileScene

    driver = make_driver(language="so", window=(1920, 1080), workshop=True)
    driver.press(control_id="start")
    driver.press(control_id="set-quick")
    for _ in driver.app.workshop.chosen_set.step_numbers:
        driver.key(pygame.K_F3)
    group = driver.scene
    assert isinstance(group, GroupScene)
    for _ in range(group.pager.pages - 1):
        driver.key(pygame.K_PAGEDOWN)
    assert driver.scene is group and group.pager.page == group.pager.pages - 1
    driver.key(pygame.K_PAGEDOWN)
    assert isinstance(driver.scene, ProfileScene)


def test_page_down_on_the_group_s_profile_never_goes_round_and_goes_on_to_the_plan(make_driver):
    """Warm-up facilitator run: Page Down stopped on the group's profile (at 200 % its list
    went round from its last page to its first)."""
    from steps_game.scenes.plan import PlanScene
    from steps_game.scenes.profile import ProfileScene

    driver = make_driver(language="so", window=(1920, 1080), workshop=True)
    driver.app.change_setting("text_size", 200)
    driver.press(control_id="start")
    driver.press(control_id="set-quick")
    for _ in driver.app.workshop.chosen_set.step_numbers:
        driver.key(pygame.K_F3)
    driver.press(control_id="profile")
    profile = driver.scene
    assert isinstance(profile, ProfileScene)
    driver.key(pygame.K_PAGEUP)
    assert profile.page == 0  # not round to the last
    for _ in range(profile.page_count - 1):
        driver.key(pygame.K_PAGEDOWN)
    assert driver.scene is profile and profile.page == profile.page_count - 1
    driver.key(pygame.K_PAGEDOWN)
    assert isinstance(driver.scene, PlanScene)


def test_page_up_on_step_2_s_first_page_of_cards_stays_there(make_driver):
    driver = make_driver(language="en", start_step=2)
    driver.app.change_setting("text_size", 200)
    driver.settle()
    pager = driver.scene.view.pager
    assert pager.pages > 1  # (at 200 % the goals take pages, or there is nothing to test)
    driver.key(pygame.K_PAGEUP)
    assert pager.page == 0  # not round to the last
    for _ in range(pager.pages + 1):
        driver.key(pygame.K_PAGEDOWN)
    assert pager.page == pager.pages - 1  # not round to the first


def test_page_keys_stop_at_the_ends_of_the_asks_and_the_profile_cards(make_driver):
    """Thirteenth facilitator run: in Somali on a projector, Page Up and Down still went round
    on step 5's asks and step 6's profile cards (their own pagers). They stop at the ends; past
    the profile's last page, a ready profile goes on to the event, as "Go to the event"."""
    from tests.test_message_builder_large_text import full_set_ask
    from tests.test_tally_go_on import short_set_task

    driver = full_set_ask(make_driver, "so")
    pager = driver.scene.view.cards_pager
    assert pager.pages > 1  # (the full set's asks on pages in Somali, or nothing to test)
    driver.key(pygame.K_PAGEUP)
    assert pager.page == 0
    for _ in range(pager.pages + 1):
        driver.key(pygame.K_PAGEDOWN)
    assert pager.page == pager.pages - 1

    driver = short_set_task(make_driver, "so", 6)
    view, model = driver.scene.view, driver.scene.model
    assert view.page_count > 1
    driver.key(pygame.K_PAGEUP)
    assert view.page == 0
    for _ in range(view.page_count + 1):
        driver.key(pygame.K_PAGEDOWN)
    assert view.page == view.page_count - 1 and model.phase == "profile"  # not ready: stays
    for card in model.cards:
        driver.scene.act(lambda card=card: model.toggle(card.id))
    driver.settle()
    assert model.can_go_to_event
    for _ in range(view.page_count):
        driver.key(pygame.K_PAGEDOWN)
    assert model.phase == "event"  # past the last page, on to the event


def test_page_down_from_the_profile_s_turner_puts_the_focus_on_the_new_page_s_first_card(
    make_driver,
):
    """Fourteenth facilitator run: in Somali, Page Down on step 6's cards left the focus on the
    page turner card, and Enter for the card the room named went back to page 1 instead."""
    from tests.test_tally_go_on import short_set_task

    driver = short_set_task(make_driver, "so", 6)
    view = driver.scene.view
    assert view.page_count > 1
    driver.ring.focus("more-cards")
    driver.key(pygame.K_PAGEDOWN)
    assert view.page == 1
    assert driver.ring.focused_id.startswith("item:"), driver.ring.focused_id
