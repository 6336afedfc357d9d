"""What a task said just after a choice is not said again on its feedback card a minute later
(nineteenth Arabic keyboard play-test at 200 %: step 1's score page repeated the explanation of
the statement she missed word for word, s1_29); the profile's why still has it, and a save
keeps which reasons those are."""

from __future__ import annotations

import pytest

from steps_game.outcome import Outcome, Reason
from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.why import WhyScene


def _read(driver, scene) -> list[str]:
    """Every text of every page of a paged scene."""
    read = []
    for _ in range(scene.pager.pages):
        read += driver.texts()
        scene.turn()
        driver.frames(1)
    return read


@pytest.mark.parametrize(("language", "size"), [("en", 200), ("ar", 200), ("en", 100)])
def test_step_1s_card_leaves_a_missed_statements_explanation_to_the_why(
    make_driver, language, size
):
    driver = make_driver(language=language, start_step=1)
    app = driver.app
    app.change_setting("text_size", size)
    model, tr = driver.scene.model, driver.scene.tr
    wrong = model.config.statements[0]
    for statement in model.config.statements:  # all right but the first
        model.answer(statement.is_fact != (statement is wrong))
        model.next()
        assert model.answered_right(statement.id) is (statement is not wrong)
    for offer in model.config.offers[: model.config.offer_pick]:
        model.toggle_offer(offer.id)
    outcome = driver.scene.model.result()
    explanation = tr.pick(wrong.explanation)
    said = [r for r in outcome.reasons if not r.earned]
    assert [r.said for r in said] == [True] and tr.pick(said[0].text) == explanation
    level = app.content.level(1)
    full = Outcome(1, level.id, level.dimension, outcome.score, outcome.reasons, {})
    app.push(FeedbackScene(app, 1, full))
    driver.frames(2)
    read = _read(driver, app.top)
    assert not [line for line in read if explanation in line]
    assert tr("feedback.more") not in read  # (nothing else was missed)
    app.pop()
    app.session.record(full)
    app.push(WhyScene(app, level.dimension))
    driver.frames(2)
    assert any(explanation in line for line in _read(driver, app.top))


def test_a_saved_reason_keeps_that_it_was_said():
    said = Reason({"en": "Words read in the task."}, 0, False, said=True)
    assert Reason.from_dict(said.to_dict()) == said
    plain = Reason({"en": "Why the points."}, 10)
    assert "said" not in plain.to_dict()  # (as saves were before it)
    assert Reason.from_dict(plain.to_dict()).said is False
