"""The discussion card leaves out the questions the room already talked about at the reveals:
each reveal shows one of the step's questions in turn, and in the facilitator's real-time run
step 1's card repeated the two its reveals had asked (40 s of the plan for questions already
talked through). With every question talked about, the card shows them all again."""

from __future__ import annotations

from steps_game.choice_points import statement_points
from steps_game.scenes.discussion import DiscussionScene
from steps_game.tally import Tally
from tests.test_workshop import workshop


def card_words(driver) -> list[str]:
    app = driver.app
    app.push(DiscussionScene(app, 1))
    driver.frames(2)
    words = [item.text for item in driver.scene.ui.texts]
    app.pop()
    driver.frames(1)
    return words


def test_the_card_leaves_out_what_the_reveals_asked(make_driver):
    driver = workshop(make_driver, "en")
    app, tr = driver.app, driver.app.tr
    questions = [tr.pick(question) for question in app.content.level(1).discussion]
    assert len(questions) == 3
    # the statements that show the step's questions in turn (not those with their own)
    own = app.content.level(1).workshop.talk or {}
    points = [point for point in statement_points(app.content, True) if point.key not in own]
    for point in points[:2]:  # two statements revealed, one counted and one without hands
        counted = Tally(2, [7, 5] if point is points[0] else [0, 0])
        counted.reveal()
        app.workshop.room.record(1, point, counted)
    talked = {point.order % 3 for point in points[:2]}
    assert len(talked) == 2
    (left,) = (question for index, question in enumerate(questions) if index not in talked)
    shown = card_words(driver)
    assert not any(questions[index] in words for index in talked for words in shown)
    assert any(left in words for words in shown)
    assert f"{tr.number(1)}. {left}" in shown  # numbered afresh
    for point in points[2:4]:  # the third question too: then all of them again
        counted = Tally(2, [6, 6])
        counted.reveal()
        app.workshop.room.record(1, point, counted)
    shown = card_words(driver)
    assert all(any(question in words for words in shown) for question in questions)


def test_a_question_taller_than_its_room_keeps_clear_of_the_scroll_hint(make_driver, monkeypatch):
    """Persian with Swedish under it, after step 6's first reveal: the card's first question
    was taller than its room less the line that says how to scroll, and the two overlapped;
    the questions now take the largest size at which each fits over that line."""
    from steps_game.audit import measure
    from steps_game.choice_points import moment_points
    from steps_game.scenes.second_language import choose_second

    driver = workshop(make_driver, "fa", window=(1920, 1080))
    app = driver.app
    choose_second(app, "sv")
    point = moment_points(app.content, True)[0]
    revealed = Tally(len(point.options), [3, 3, 3, 3])
    revealed.reveal()
    app.workshop.room.record(6, point, revealed)
    # over the step's feedback, as the card opens after it: its way on beside Back
    monkeypatch.setattr(DiscussionScene, "after_feedback", property(lambda scene: True))
    app.push(DiscussionScene(app, 6))
    driver.frames(2)
    assert not measure(app, "step 6 discussion card").problems
