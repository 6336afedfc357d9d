"""The reveal's words over the best answer in full agree with how many answers are best: "Best
answers" over step 5's two just as good asks, "Best answer" over step 1's one right answer. The
facilitator's fourth run of the 15-minute set read a singular heading over two answers."""

from __future__ import annotations

import pytest

from steps_game.choice_points import message_points, statement_points
from steps_game.scenes.tally_notes import best_options
from tests.test_tally_reveal_fits import ROOM_HANDS, every_page, reveal
from tests.test_workshop import workshop


def _ask_options(driver) -> dict:
    """Step 5's asks in the room's version of the level, by their place among the options."""
    from steps_game.group_texts import task_config
    from steps_game.tasks.base import for_field
    from steps_game.workshop_sets import FIELD

    task = task_config(driver.app.content.level(5), True)
    asks = [o for o in for_field(task.options, FIELD) if o.part == "ask"]
    return dict(enumerate(asks))


@pytest.mark.parametrize("language", ["en", "ru"])
def test_two_best_answers_stand_under_a_plural_heading(make_driver, language):
    driver = workshop(make_driver, language, window=(1920, 1080))
    app, tr = driver.app, driver.app.tr
    (ask,) = (point for point in message_points(app.content, True) if point.key == "ask")
    assert len(best_options(ask)) == 2
    scene = reveal(driver, 5, ask, ROOM_HANDS[len(ask.options)])
    shown = [item.text for item in every_page(driver, scene, "step 5's ask")]
    assert tr("tally.best_many") in shown and tr("tally.best") not in shown
    # why each of the two is best: a room that chose the second heard nothing of its own
    options = _ask_options(driver)
    words = " ".join(shown)
    for index in best_options(ask):
        assert tr.pick(options[index].reason) in words
    app.pop()
    driver.settle()
    statement = statement_points(app.content, True)[0]
    assert len(best_options(statement)) == 1
    scene = reveal(driver, 1, statement, ROOM_HANDS[2])
    shown = [item.text for item in every_page(driver, scene, "step 1's statement")]
    assert tr("tally.best") in shown and tr("tally.best_many") not in shown
