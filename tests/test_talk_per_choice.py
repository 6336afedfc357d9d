"""A choice the room answers may carry its own question to talk about (`[workshop.talk]` in its
level, by the choice's id): the reveal asks it instead of the step's discussion questions in
turn, which are about the whole step. The facilitator's run of the 15-minute set found step 1's
"Did any of these beliefs surprise you?" after a single statement, and step 6's "What would you
want a new person to know about you in 30 seconds?" after the moment following the event. The
discussion card still asks every one of the step's own questions after such a reveal."""

from __future__ import annotations

import sys

import pytest
from pydantic import ValidationError

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from steps_game.choice_points import message_points, moment_points, statement_points
from steps_game.level_models import Level
from steps_game.paths import bundled_levels_dir
from steps_game.tally import Tally
from tests.test_discussion_after_reveals import card_words
from tests.test_tally_reveal_fits import ROOM_HANDS, every_page, reveal
from tests.test_workshop import workshop

POINTS = {1: statement_points, 5: message_points, 6: moment_points}


def short_set_points(app) -> list:
    """(step, choice point) of each choice the 15-minute set plays."""
    found = []
    for planned in app.workshop.sets.by_id("short").steps:
        for point in POINTS[planned.step](app.content, True):
            if point.key in (planned.plays or ()):
                found.append((planned.step, point))
    return found


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_short_set_s_reveals_ask_about_the_choice_just_made(make_driver, language):
    driver = workshop(make_driver, language, window=(1920, 1080))
    app, tr = driver.app, driver.app.tr
    points = short_set_points(app)
    assert [step for step, _ in points] == [1, 5, 6]
    for step, point in points:
        level = app.content.level(step)
        own = tr.pick(level.workshop.talk[point.key])
        scene = reveal(driver, step, point, ROOM_HANDS[len(point.options)])
        words = " ".join(item.text for item in every_page(driver, scene, f"step {step}"))
        assert own in words, (step, point.key)
        for question in level.discussion:  # none of the step's own questions
            assert tr.pick(question) not in words, (step, point.key)
        app.pop()
        driver.settle()


def test_the_card_asks_all_the_step_s_questions_after_a_choice_with_its_own(make_driver):
    driver = workshop(make_driver, "en")
    app, tr = driver.app, driver.app.tr
    level = app.content.level(1)
    (point,) = (p for p in statement_points(app.content, True) if p.key in level.workshop.talk)
    revealed = Tally(2, [7, 5])
    revealed.reveal()
    app.workshop.room.record(1, point, revealed)
    shown = " ".join(card_words(driver))
    for question in level.discussion:
        assert tr.pick(question) in shown


def test_a_question_for_a_choice_the_step_lacks_is_a_level_problem():
    raw = tomllib.loads((bundled_levels_dir() / "06-new-ties.toml").read_text("utf-8"))
    raw["workshop"]["talk"]["aftr"] = {"fi": "Mitä?", "en": "What?"}
    with pytest.raises(ValidationError, match=r"no choice to talk about .* 'aftr'.*after"):
        Level.model_validate(raw)
    del raw["workshop"]["talk"]
    Level.model_validate(raw)  # without questions of its own the step still plays
