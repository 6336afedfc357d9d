"""The short set fits its minutes (issue 15, facilitator play-test "Timing against the 15 minutes"):
a set's step may name the choices the room plays (`plays` in levels/workshop/sets.toml), and the
task then shows, counts and scores only those; the full set and normal play keep them all."""

from __future__ import annotations

import pygame
import pytest

from steps_game.content import load_content
from steps_game.paths import bundled_levels_dir
from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.task_host import TaskHostScene
from steps_game.tasks.registry import TASK_KINDS
from steps_game.workshop_sets import (
    WorkshopSetsError,
    load_sets,
    playable,
    played_config,
)
from tests.test_group_play import LEVEL_MINUTES, write_sets
from tests.test_workshop import play_task, workshop

# Minutes measured with a talking room of twelve in the thirteenth facilitator run
# (docs/playtests/2026-12-07-facilitator-short-set-13.md: texts read aloud, half a minute to a
# minute of talk before the hands, a minute after each reveal), as (fewest, most):
# - a counted choice: read out, talk, hands, the bars, the answer and its reason, talk (step 1's
#   statement); step 5's four asks and step 6's moment take longer to read out and reveal, and
#   end on the sent letter and R.'s reply or on how the moment went;
COUNTED = {1: (3.5, 4.0), 5: (5.0, 5.5), 6: (5.0, 5.5)}
# - the step around it: its intro (with Sara on step 1, with R. on step 5) and its score;
AROUND = {1: (2.0, 2.0), 5: (1.5, 1.5), 6: (1.0, 1.0)}
# - the cards the room chooses among by voice (step 1's offers, step 6's profile);
UNCOUNTED = (1.5, 2.0)
# - the end: each question's page of what our group thought, then the profile and the plan.
CLOSING_PER_QUESTION = (0.5, 0.67)
CLOSING_REST = (1.5, 2.0)
# A step's minutes may be half a minute under its fewest (the facilitator sees it on the timer,
# and F1 says how far the room is behind); the set's total lies between the fewest and the most.
SLACK = 0.5


def needed(one, step: int | None) -> tuple[float, float]:
    """The fewest and most minutes the set `one` needs for `step` (None: its end)."""
    if step is None:
        questions = sum(len(one.plays_for(part.step) or ()) for part in one.steps)
        return tuple(CLOSING_PER_QUESTION[i] * questions + CLOSING_REST[i] for i in (0, 1))
    counted = len(one.plays_for(step))
    shown_cards = one.shows_for(step)
    uncounted = step in (1, 6) and shown_cards != ()  # (step 1 may show none: statements alone)
    return tuple(
        COUNTED[step][i] * counted + AROUND[step][i] + (UNCOUNTED[i] if uncounted else 0)
        for i in (0, 1)
    )


@pytest.fixture(scope="module")
def content():
    return load_content(bundled_levels_dir())


def choices_of(content) -> dict[int, tuple[str, ...]]:
    return {level.step: playable(level.task) for level in content.levels}


@pytest.mark.parametrize(("set_id", "total"), [("quick", 15), ("short", 25)])
def test_a_group_sets_minutes_are_the_minutes_a_talking_room_took(content, set_id, total):
    one = load_sets(bundled_levels_dir(), LEVEL_MINUTES, choices_of(content)).by_id(set_id)
    assert one.total_minutes == total
    fewest = most = 0.0
    for part in one.steps:
        plays = one.plays_for(part.step)
        every = playable(content.level(part.step).task)
        # fewer than the step has, every one of them the step's own
        assert plays is not None and 1 <= len(plays) < len(every) and set(plays) <= set(every)
        low, high = needed(one, part.step)
        assert low - SLACK <= part.minutes <= high + SLACK, (part.step, low, high, part.minutes)
        fewest, most = fewest + low, most + high
    low, high = needed(one, None)
    assert low - SLACK <= one.closing_minutes <= high + SLACK, (low, high, one.closing_minutes)
    assert fewest + low <= one.total_minutes <= most + high, (fewest + low, most + high)
    assert len(one.plays_for(1)) == 1  # one of the eight statements


def test_the_warm_up_is_two_counted_questions_and_no_cards_read_out(content):
    """The 15-minute set: a myth or fact and the ask of Sara's message, nothing the room reads
    out and chooses by voice (the thirteenth run's 3-4 minutes of offers and profile)."""
    quick = load_sets(bundled_levels_dir(), LEVEL_MINUTES, choices_of(content)).by_id("quick")
    assert quick.step_numbers == (1, 5)
    assert quick.shows_for(1) == () and len(quick.shows_for(5)) == 1
    assert sum(len(quick.plays_for(step)) for step in quick.step_numbers) == 2


def test_the_full_set_plays_every_choice(content):
    full = load_sets(bundled_levels_dir(), LEVEL_MINUTES, choices_of(content)).by_id("full")
    for step in full.step_numbers:
        assert full.plays_for(step) is None
        task = content.level(step).task
        assert played_config(task, full.plays_for(step)) is task


@pytest.mark.parametrize(
    ("plays", "says"),
    [
        ('["no-such-statement"]', "plays names choices the step does not have: ['no-such"),
        ('["ads-minority", "ads-minority"]', "plays names a choice twice"),
        ("[]", "steps.0.plays"),
    ],
)
def test_a_set_naming_wrong_choices_is_named_with_what_is_wrong(tmp_path, content, plays, says):
    folder = write_sets(
        tmp_path,
        f'[[sets]]\nid = "a"\ntotal_minutes = 4\nsteps = [{{ step = 1, minutes = 4, '
        f"plays = {plays} }}]\n",
    )
    with pytest.raises(WorkshopSetsError) as error:
        load_sets(folder, LEVEL_MINUTES, choices_of(content))
    assert says in str(error.value)


def test_a_step_without_choices_to_pick_cannot_name_any(tmp_path, content):
    folder = write_sets(
        tmp_path,
        '[[sets]]\nid = "a"\ntotal_minutes = 4\nsteps = [{ step = 2, minutes = 4, '
        'plays = ["x"] }]\n',
    )
    assert playable(content.level(2).task) == ()
    with pytest.raises(WorkshopSetsError, match="expected some of \\[\\]"):
        load_sets(folder, LEVEL_MINUTES, choices_of(content))


def test_step_five_shares_its_hundred_points_among_the_parts_played(content):
    task = content.level(5).task
    model = TASK_KINDS["message_builder"].model(played_config(task, ("news", "ask")), "other")
    model.pick_contact(model.contacts()[0].id)
    for part in ("news", "ask"):
        best = max(model.options(part), key=lambda option: option.quality)
        model.choose(best.id)
    assert model.ready and model.score() == 100
    assert [reason.points for reason in model.result().reasons] == [80, 20]  # 40 and 10 of 50


def short_set_step(make_driver, step: int):
    driver = workshop(make_driver, "en")
    driver.press(control_id="start")
    driver.press(control_id="set-short")
    if step != 1:
        driver.app.workshop.go_to(TaskHostScene(driver.app, step))
        driver.frames(1)
    else:
        driver.press(control_id="start-task")
    assert isinstance(driver.scene, TaskHostScene) and driver.scene.step == step
    return driver


def test_the_short_set_sorts_its_statement_and_counts_out_of_it(make_driver):
    driver = short_set_step(make_driver, 1)
    plays = driver.app.workshop.plan.plays_for(1)
    model = driver.scene.model
    assert [s.id for s in model.config.statements] == [
        s.id for s in driver.app.content.level(1).task.statements if s.id in plays
    ]
    assert model.position == (1, 1)
    play_task(driver)
    assert isinstance(driver.scene, FeedbackScene)
    outcome = driver.scene.outcome
    assert outcome.choices["right"] == 1 and set(outcome.choices["answers"]) == set(plays)
    assert outcome.score == 100  # all the statements played were sorted right, and three offers
    assert outcome.reasons[0].params == {"right": 1, "total": 1}
    shown = " ".join(driver.texts())
    assert "1 of 1 statement correctly" in shown and "of 8" not in shown


def test_the_short_set_plays_its_parts_and_moments(make_driver):
    driver = short_set_step(make_driver, 5)
    plays = driver.app.workshop.plan.plays_for(5)
    assert [p.id for p in driver.scene.model.config.parts] == list(plays)
    driver = short_set_step(make_driver, 6)
    plays = driver.app.workshop.plan.plays_for(6)
    assert [m.id for m in driver.scene.model.config.moments] == list(plays)
    play_task(driver)
    assert driver.scene.outcome.reasons[1].params["total"] == len(plays)


def test_normal_play_keeps_every_statement(make_driver, content):
    driver = make_driver(language="en", start_step=1)
    assert driver.scene.model.position == (1, len(content.level(1).task.statements))


# -- where the room is in the set ---------------------------------------------------------------


def starts(driver, words: str) -> bool:
    """Whether a text on screen starts with `words` (the overline may add the Finnish name)."""
    return any(text.startswith(words) for text in driver.texts())


def test_the_header_and_the_track_follow_the_set_and_tick_only_steps_played(
    make_driver, monkeypatch
):
    from steps_game.scenes import layout
    from steps_game.scenes.intro import IntroScene

    drawn = []
    real = layout.step_track
    monkeypatch.setattr(
        layout,
        "step_track",
        lambda surface, done, current, steps, **kw: (
            drawn.append((set(done), current, tuple(steps)))
            or real(surface, done, current, steps, **kw)
        ),
    )
    driver = workshop(make_driver, "en")
    driver.press(control_id="start")
    driver.press(control_id="set-short")
    tr = driver.app.tr
    assert starts(driver, tr("workshop.step_in_plan", n=1, place=1, total=3))
    assert not starts(driver, tr("intro.step_of", n=1, total=7))
    assert drawn[-1] == (set(), 1, (1, 5, 6))  # three circles, numbered 1, 5 and 6
    driver.key(pygame.K_F3)  # step 1 skipped
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 5
    assert starts(driver, "Step 5 · 2 of 3")
    driver.press(control_id="start-task")
    play_task(driver)  # step 5 played to its feedback
    assert drawn[-1] == ({5}, 5, (1, 5, 6))  # the tick is on 5, the step played, not on 1
    driver.key(pygame.K_F3)
    assert drawn[-1] == ({5}, 6, (1, 5, 6))
    card = driver.app.workshop
    card.toggle_discussion()
    driver.frames(1)
    assert starts(driver, "Step 6 · 3 of 3")


def test_the_full_set_and_normal_play_show_all_seven_steps(make_driver, monkeypatch):
    from steps_game.scenes import layout

    drawn = []
    monkeypatch.setattr(layout, "step_track", lambda *args, **kw: drawn.append(args[3]))
    driver = workshop(make_driver, "en")
    driver.press(control_id="start")
    driver.press(control_id="set-full")
    assert starts(driver, driver.app.tr("intro.step_of", n=1, total=7))
    assert tuple(drawn[-1]) == (1, 2, 3, 4, 5, 6, 7)
    driver = make_driver(language="en", start_step=2)
    assert starts(driver, "Step 2 of 7")
    assert tuple(drawn[-1]) == (1, 2, 3, 4, 5, 6, 7)


@pytest.mark.parametrize(
    "language", ["fi", "en", "fi-selko", "sv", "et", "ru", "uk", "ar", "fa", "so"]
)
def test_the_set_s_header_costs_the_task_no_room(make_driver, language):
    """The step's place in the set is said on the overline's one line, as "Step 5 of 7" is:
    the board of the room's choices starts where it does in the full set."""
    tops = {}
    for set_id in ("short", "full"):
        driver = workshop(make_driver, language)
        driver.press(control_id="start")
        driver.press(control_id=f"set-{set_id}")
        for step in (1, 5, 6):
            driver.app.workshop.go_to(TaskHostScene(driver.app, step))
            driver.frames(1)
            scene = driver.scene
            if scene.model.kind == "message_builder" and scene.model.phase == "contact":
                # (the short set names Sara's contact: both at her message, one instruction)
                short = driver.app.workshop.sets.by_id("short")
                driver.press(control_id=f"contact:{short.shows_for(5)[0]}")
                driver.frames(1)
            tops[set_id, step] = (scene.area.y, scene.track_shown)
    for step in (1, 5, 6):
        (short_y, short_track), (full_y, full_track) = tops["short", step], tops["full", step]
        # as high up, and the set's three circles shown wherever the seven are (or more often)
        assert short_y <= full_y and (short_track or not full_track), (language, step)
