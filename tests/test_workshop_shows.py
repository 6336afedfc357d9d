"""A set may show only some of the cards a room chooses among without counting hands (`shows` in
levels/workshop/sets.toml: step 1's offers, step 5's contacts, step 6's profile items). The
seventh facilitator run
read all eight offers over two pages and twelve profile items over three, a minute and a half
or more each, where the set gives such a choice a minute: the short set shows four offers, one
page on a projector, and five profile items (one page too). A set naming cards a step does not
have, or too few for the task, is refused with what is wrong."""

from __future__ import annotations

import pygame
import pytest

from steps_game.content import load_content
from steps_game.paths import bundled_levels_dir
from steps_game.workshop_sets import WorkshopSetsError, load_sets, played_config, shown
from tests.test_group_play import LEVEL_MINUTES, write_sets
from tests.test_workshop import play_task, workshop
from tests.test_workshop_short_set import short_set_step


@pytest.fixture(scope="module")
def content():
    return load_content(bundled_levels_dir())


def tasks_of(content) -> dict:
    return {level.step: level.task for level in content.levels}


def test_the_short_set_shows_fewer_cards_where_the_room_chooses_without_a_count(content):
    short = load_sets(bundled_levels_dir(), LEVEL_MINUTES, tasks=tasks_of(content))
    short = short.by_id("short")
    for step in (1, 5, 6):
        shows = short.shows_for(step)
        every = shown(content.level(step).task)
        assert shows is not None and set(shows) < set(every), step
        assert len(shows) <= len(every) // 2 + 1, step  # half of them, about
    full = load_sets(bundled_levels_dir(), LEVEL_MINUTES, tasks=tasks_of(content)).by_id("full")
    assert all(full.shows_for(step) is None for step in full.step_numbers)


def test_the_room_chooses_three_of_the_four_offers_on_one_page(make_driver):
    driver = short_set_step(make_driver, 1)
    model = driver.scene.model
    shows = driver.app.workshop.plan.shows_for(1)
    assert [offer.id for offer in model.config.offers] == list(shows)
    assert model.config.offer_pick < len(shows)
    while model.phase != "offer":
        statement = model.current()
        driver.press(control_id="answer:fact" if statement.is_fact else "answer:myth")
        driver.press(control_id="next")
    assert sorted(driver.ids_starting("offer:")) == sorted(f"offer:{i}" for i in shows)
    assert "more" not in driver.ids()  # all four on the one page


def test_the_profile_is_made_of_the_items_shown_and_scored_out_of_them(make_driver):
    driver = short_set_step(make_driver, 6)
    model = driver.scene.model
    shows = driver.app.workshop.plan.shows_for(6)
    assert {card.id for card in model.cards} <= set(shows)
    # in the set's order: the weak items to talk about on the first page, not behind a turn
    # (eighth facilitator run: both stood on page 2, and a room could pass them by)
    ids = [card.id for card in model.cards]
    assert ids == [item_id for item_id in shows if item_id in ids]
    weak = {f"item:{card.id}" for card in model.cards if card.points <= 0}
    assert weak and weak <= set(driver.ids_starting("item:"))
    play_task(driver)
    outcome = driver.scene.outcome
    assert set(outcome.choices["profile"]) <= set(shows)


@pytest.mark.parametrize("language", ["en", "fi", "ar", "ru"])
def test_the_profile_items_stand_on_one_page_on_a_projector(make_driver, language):
    """Tenth facilitator run: six items over two pages took the room three-quarters of a
    minute to read out, with a turn between. The set shows five, one weak to talk about, all
    on one page at 1920x1080."""
    from steps_game.scenes.task_host import TaskHostScene

    driver = workshop(make_driver, language, window=(1920, 1080))
    app = driver.app
    app.workshop.choose_set(app.workshop.sets.by_id("short"))
    app.reset_to(TaskHostScene(app, 6))
    driver.settle()
    shows = app.workshop.plan.shows_for(6)
    assert sorted(driver.ids_starting("item:")) == sorted(f"item:{i}" for i in shows)
    assert "more" not in driver.ids()


def test_with_one_contact_shown_the_room_goes_straight_to_sara_s_message(make_driver):
    """Eighth facilitator run: step 5 took 5-5.5 minutes of its 4, whom to write to (three
    long cards to read out) a minute and more of it. The short set names one old contact:
    the step opens on the message to that person, who stands on the letter's "To" line."""
    driver = short_set_step(make_driver, 5)
    model = driver.scene.model
    (contact,) = driver.app.workshop.plan.shows_for(5)
    assert model.phase == "build" and model.state["contact"] == contact
    assert driver.ids_starting("contact:") == []
    assert driver.ids_starting("option:")  # the ask's options, to count hands for
    to = model.contact()
    assert to is not None and to.id == contact
    assert any(f"{to.initial}," in text for text in driver.texts())  # "To: R., a classmate..."
    play_task(driver)
    assert driver.scene.outcome.choices["contact"] == contact


@pytest.mark.parametrize(
    ("step", "shows", "says"),
    [
        (1, '["languages", "no-such-offer"]', "shows names cards the step does not have"),
        (1, '["languages", "listening", "cv-help"]', "3 offers shown, 3 to pick"),
        (6, '["about-goals", "titles-only"]', "profile_min is 3 but"),
        (1, '["languages", "languages"]', "shows names a choice twice"),
        (5, '["no-such-person"]', "shows names cards the step does not have"),
        # none at all only where the task can do without them (step 1: statements alone)
        (5, "[]", "no contact shown for field"),
        (6, "[]", "sees no profile item with points above 0"),
    ],
)
def test_a_set_showing_wrong_or_too_few_cards_is_refused(tmp_path, content, step, shows, says):
    folder = write_sets(
        tmp_path,
        f'[[sets]]\nid = "a"\ntotal_minutes = 4\nsteps = [{{ step = {step}, minutes = 4, '
        f"shows = {shows} }}]\n",
    )
    with pytest.raises(WorkshopSetsError) as error:
        load_sets(folder, LEVEL_MINUTES, tasks=tasks_of(content))
    assert says in str(error.value)


def test_normal_play_and_a_set_without_shows_keep_every_card(content):
    task = content.level(1).task
    assert played_config(task, None, None) is task
    assert (
        len(
            played_config(task, None, ("languages", "listening", "cv-help", "introductions")).offers
        )
        == 4
    )


def test_the_short_set_goes_on_from_a_step_s_feedback_with_its_tip_there(make_driver):
    """Eighth facilitator run: each step's results and discussion card took a minute, after a
    reveal that had already asked the room its question. The short set has no card after its
    steps: the feedback shows the step's tip (the card's) and goes on to the next step, the
    last one to what our group thought; F5 still opens the card. The full set keeps its cards."""
    from steps_game import group_texts
    from steps_game.scenes.discussion import DiscussionScene
    from steps_game.scenes.feedback import FeedbackScene
    from steps_game.scenes.group import GroupScene
    from steps_game.scenes.intro import IntroScene

    driver = short_set_step(make_driver, 5)
    play_task(driver)
    assert isinstance(driver.scene, FeedbackScene)
    tr, level = driver.app.tr, driver.scene.level
    tip = tr.pick(group_texts.tip(level, workshop=True))
    from tests.test_keep_warm_fewer_screens import shown

    assert any(tip[:40] in text for text in shown(driver))
    # (a full score: the tip in the place of what to keep doing, all on one page, where
    # both under two columns took a second page the facilitator would not show)
    assert driver.scene.outcome.score == 100 and driver.scene.pager.pages == 1
    assert driver.ring.by_id("next").label == tr("feedback.next")
    driver.key(pygame.K_F5)  # the card on demand
    assert isinstance(driver.scene, DiscussionScene)
    driver.key(pygame.K_F5)
    driver.press(control_id="next")
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 6
    driver.press(control_id="start-task")
    play_task(driver)
    assert driver.ring.by_id("next").label == tr("workshop.to_group")
    driver.press(control_id="next")
    assert isinstance(driver.scene, GroupScene)
    sets = load_sets(bundled_levels_dir(), LEVEL_MINUTES)
    assert sets.by_id("full").discussion_cards and not sets.by_id("short").discussion_cards


def test_the_intro_of_a_step_that_names_sara_s_contact_says_who_they_are(make_driver):
    """Ninth facilitator run: with whom to write to gone, the room asked "Who is R.? What does
    R. do?": R.'s story stood only on the card the room no longer chose from. The step's intro
    now introduces the one person the set names; the full set's intro does not."""
    from steps_game import group_texts
    from steps_game.scenes.intro import IntroScene

    for set_id in ("short", "full"):
        driver = workshop(make_driver, "en")
        driver.press(control_id="start")
        driver.press(control_id=f"set-{set_id}")
        driver.app.workshop.go_to(IntroScene(driver.app, 5))
        driver.frames(1)
        table = group_texts.task_config(driver.scene.level, True)
        person = next(c for c in table.contacts if c.id == "university")
        story = driver.app.tr.pick(person.story)
        from tests.test_keep_warm_fewer_screens import shown

        said = " ".join(shown(driver))
        assert (story[:30] in said) == (set_id == "short"), set_id


def test_the_group_s_plan_after_a_set_has_only_the_sections_its_steps_add_to(make_driver):
    """Ninth facilitator run: after the short set the plan said "Step 2 adds the goal here",
    "Step 4 adds the weeks here" and "Step 7 adds the rhythm here" of steps the room never
    played. A set's plan shows the sections its steps add to; the full set's all five."""
    from steps_game.plan import SECTIONS
    from steps_game.scenes.plan import PlanScene

    for set_id, sections in (("short", ("people",)), ("full", SECTIONS)):
        driver = workshop(make_driver, "en")
        driver.press(control_id="start")
        driver.press(control_id=f"set-{set_id}")
        driver.app.workshop.go_to(PlanScene(driver.app))
        driver.frames(1)
        tr = driver.app.tr
        headings = [text for text, *_ in driver.scene.blocks]
        assert [name for name in SECTIONS if tr(f"plan.{name}") in headings] == list(sections)
        assert (tr("plan.empty_goal") in " ".join(headings)) == (set_id == "full")


def test_without_cards_a_feedback_s_unread_page_is_turned_to_before_next_step(make_driver):
    """Tenth facilitator run: where the room missed the right answer, the short set's feedback
    put the step's tip on its second page, and Enter on "Next step" passed it by. Without a
    discussion card to carry the tip, Enter first turns to the pages not read yet."""
    from steps_game.scenes.feedback import FeedbackScene

    driver = short_set_step(make_driver, 6)
    model = driver.scene.model
    for card in model.cards:  # the weak items too: points to earn, a page of them
        driver.scene.view.act(lambda card=card: model.toggle(card.id))
    driver.scene.view.act(model.go_to_event)
    while not model.is_complete():
        worst = min(model.options(model.current()), key=lambda option: option.points)
        driver.scene.view.act(lambda o=worst: model.answer(o.id))
        driver.scene.view.act(model.next)
    driver.press(control_id="done")
    scene = driver.scene
    assert isinstance(scene, FeedbackScene) and scene.outcome.score < 100
    assert scene.pager.pages > 1
    assert driver.ring.focused_id == "more"
    for _ in range(scene.pager.pages - 1):
        driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == "next"
    from steps_game import group_texts
    from tests.test_keep_warm_fewer_screens import shown

    tip = driver.app.tr.pick(group_texts.tip(scene.level, True))
    assert any(tip[:30] in text for text in shown(driver))


def test_the_short_set_s_plan_says_its_people_come_from_those_met(make_driver):
    """Tenth facilitator run: the short set's plan said its people were "proposed from our map
    and the goal", of a room that made neither: they come from the people met in its steps."""
    from steps_game.scenes.plan import PlanScene

    driver = short_set_step(make_driver, 5)
    play_task(driver)  # Sara's message to R.: someone for the plan
    driver.app.workshop.go_to(PlanScene(driver.app))
    driver.frames(1)
    tr = driver.app.tr
    said = [text for text, *_ in driver.scene.blocks]
    assert driver.scene.plan.people and not driver.scene.plan.picked
    assert tr("plan.proposed_met") in said and tr("plan.proposed") not in said
