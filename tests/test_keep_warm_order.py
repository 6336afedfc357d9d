"""Step 7's focus rules (tasks/keep_warm/order.py), without a window: a week opens on the person
with news, their card on the way that answers it, and after a choice the focus goes to news still
to answer, then on round the people, and to "Next week" once the energy is used."""

from __future__ import annotations

from steps_game.tasks.keep_warm.order import NEXT_WEEK, after_choice, way_to_focus, week_opening

PEOPLE = ["colleague", "mentor", "event", "friend", "boss"]


def everyone(_person: str) -> bool:
    return True


EVEN = dict.fromkeys(PEOPLE, 2)  # all as warm: the list's order decides


def test_a_week_opens_on_the_person_with_news():
    assert week_opening(PEOPLE, "friend", everyone) == "friend"


def test_a_week_without_news_opens_on_the_first_person():
    assert week_opening(PEOPLE, None, everyone) == "colleague"


def test_news_nobody_can_answer_any_more_opens_on_the_first_who_can_be_reached():
    assert week_opening(PEOPLE, "friend", lambda p: p not in ("friend", "colleague")) == "mentor"
    assert week_opening(PEOPLE, None, lambda _p: False) is NEXT_WEEK


def test_after_the_news_the_focus_goes_on_to_the_next_person_round_the_list():
    assert (
        after_choice(PEOPLE, "friend", "friend", lambda p: p != "friend", 1, warmth=EVEN) == "boss"
    )
    reached = {"boss", "friend"}
    assert (
        after_choice(PEOPLE, "boss", "friend", lambda p: p not in reached, 1, warmth=EVEN)
        == "colleague"
    )


def test_news_still_to_answer_comes_before_the_next_person():
    assert (
        after_choice(PEOPLE, "colleague", "boss", lambda p: p != "colleague", 2, warmth=EVEN)
        == "boss"
    )


def test_used_energy_or_nobody_left_goes_to_next_week():
    assert after_choice(PEOPLE, "mentor", "friend", everyone, 0, warmth=EVEN) is NEXT_WEEK
    assert after_choice(PEOPLE, "mentor", None, lambda _p: False, 2, warmth=EVEN) is NEXT_WEEK


def test_a_card_opens_on_the_way_that_answers_the_news():
    offered = ["ask-how", "share-tip", "thank-you", "help"]
    assert way_to_focus(offered, ["help"], everyone) == "help"
    assert way_to_focus(offered, ["share-tip", "help"], everyone) == "share-tip"


def test_a_card_opens_on_the_chosen_way_else_the_first_that_energy_pays_for():
    offered = ["ask-how", "coffee", "help"]
    assert way_to_focus(offered, ["help"], everyone, chosen="coffee") == "coffee"
    assert way_to_focus(offered, ["help"], lambda w: w != "help") == "ask-how"
    assert way_to_focus(offered, [], lambda w: w == "coffee") == "coffee"
    assert way_to_focus(offered, [], lambda _w: False) is None


def test_after_a_choice_the_coolest_person_to_reach_comes_next_not_a_warm_one():
    """Fifth Arabic play-test (s7_08): the warm 4/4 friend was offered while the 1/4 colleague
    went to 0 uncontacted."""
    warmth = {"colleague": 1, "mentor": 3, "event": 2, "friend": 4, "boss": 2}
    assert after_choice(PEOPLE, "mentor", None, everyone, 2, warmth=warmth) == "colleague"
    reached = {"mentor", "colleague"}
    left = lambda p: p not in reached  # noqa: E731
    assert after_choice(PEOPLE, "colleague", None, left, 2, warmth=warmth) == "event"


def test_news_still_comes_before_the_coolest_person():
    warmth = {"colleague": 0, "mentor": 3, "event": 2, "friend": 4, "boss": 2}
    assert after_choice(PEOPLE, "mentor", "friend", everyone, 2, warmth=warmth) == "friend"
