"""Step 4 counts the goal from step 2 as with an old or a new tie by whom step 2 named. Thirty-ninth
Arabic play-test: an informational interview with her former colleague stood as a step with a new
contact, and the short way's one reason on the score card told her all her steps were with new
people."""

from __future__ import annotations

import pytest

from steps_game.content import load_content
from steps_game.paths import bundled_levels_dir
from steps_game.tasks.base import Chosen, GoalThread, Thread
from steps_game.tasks.week_planner.first_step import FROM_GOAL
from steps_game.tasks.week_planner.model import WeekPlannerModel

CONTENT = load_content(bundled_levels_dir(), ("en",))


def goal_with(who_id: str) -> GoalThread:
    """Step 2's goal made concrete as the real level names it: an informational interview."""
    step2 = CONTENT.level(2).task
    who = next(option for option in step2.who if option.id == who_id)
    action = next(option for option in step2.actions if option.id == "info-interview")
    words = {"en": "x"}
    return GoalThread(
        words,
        Chosen(action.id, action.label),
        Chosen(who.id, who.label),
        words,
        words,
        who_known=who.known,
    )


@pytest.mark.parametrize(
    ("who", "tie"), [("former-colleague", "old"), ("language-teacher", "old"), ("anyone", "new")]
)
def test_the_goal_in_the_weeks_is_with_an_old_tie_when_step_2_named_someone_known(who, tie):
    model = WeekPlannerModel(CONTENT.level(4).task, "health", Thread(goal=goal_with(who)))
    assert model.goal_action().tie == tie


def test_whom_step_2_named_is_read_through_to_step_4s_score():
    """Only the goal and a new contact's action: with the former colleague the ties are mixed,
    with whoever she happens to meet they are all new."""
    said = {}
    for who in ("former-colleague", "anyone"):
        model = WeekPlannerModel(CONTENT.level(4).task, "health", Thread(goal=goal_with(who)))
        model.choose_budget(model.config.budgets[-1].id)
        model.start_planning()
        new = next(a for a in model.offered() if a.tie == "new" and a.id != FROM_GOAL)
        model.select(new.id)
        model.place(2)
        feedback = model.config.feedback
        texts = [reason.text for reason in model.result().reasons]
        said[who] = (feedback.ties_mixed in texts, feedback.ties_only_new in texts)
    assert said == {"former-colleague": (True, False), "anyone": (False, True)}


def test_step_2_hands_on_whether_it_named_someone_known(make_driver):
    """Played through the real scenes: the thread the later steps read says it."""
    from tests.test_playthrough import Player

    driver = make_driver(language="en")
    Player(driver, mouse=False, best=True).play_from_title("Start", "Continue", "health")
    goal = driver.app.session.thread().goal
    step2 = CONTENT.level(2).task
    known = next(option.known for option in step2.who if option.id == goal.who.id)
    assert known is not None and goal.who_known is known
