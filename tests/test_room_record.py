"""The room's answers in a workshop run (steps_game/room_record.py), and several groups' files
added up."""

from __future__ import annotations

import pytest

from steps_game.room_record import KIND, RoomRecord, combine
from steps_game.tally import ChoicePoint, Tally


def point(key: str = "s1", best: int = 1) -> ChoicePoint:
    return ChoicePoint(
        key=key,
        question={"fi": "Väite", "en": "Statement"},
        options=({"fi": "Myytti", "en": "Myth"}, {"fi": "Fakta", "en": "Fact"}),
        best=best,
        reason={"fi": "Koska", "en": "Because"},
    )


def tally(*counts: int) -> Tally:
    return Tally(len(counts), list(counts))


def test_a_count_is_kept_per_step_and_point_and_counting_again_replaces_it():
    room = RoomRecord()
    room.record(1, point("a"), tally(5, 7))
    room.record(1, point("a"), tally(2, 10))
    room.record(5, point("b"), tally(12, 0))
    assert [(a.step, a.point.key, a.counts) for a in room.answers] == [
        (1, "a", (2, 10)),
        (5, "b", (12, 0)),
    ]
    assert room.answer(1, "a").tally.most() == 1


def test_a_point_played_without_hands_is_not_kept_and_clears_an_earlier_count():
    room = RoomRecord()
    room.record(1, point("a"), tally(0, 0))
    assert not room
    room.record(1, point("a"), tally(3, 4))
    room.record(1, point("a"), tally(0, 0))
    assert not room


def test_counts_must_match_the_options():
    with pytest.raises(ValueError):
        RoomRecord().record(1, point(), tally(1, 2, 3))


def test_the_group_file_says_the_questions_in_the_chosen_language():
    room = RoomRecord()
    room.record(1, point("a"), tally(7, 5))
    document = room.to_json("en")
    assert document["kind"] == KIND
    (only,) = document["points"]
    assert only["question"] == "Statement" and only["options"] == ["Myth", "Fact"]
    assert only["counts"] == [7, 5] and only["best"] == 1 and only["most"] == 0
    assert only["split"] is True  # 7 of 12 is under the share that says "most of the room"


def test_groups_add_up_and_the_same_file_counts_once():
    first, second = RoomRecord(), RoomRecord()
    first.record(1, point("a"), tally(2, 10))
    second.record(1, point("a"), tally(6, 6))
    second.record(6, point("b"), tally(1, 3))
    one, two = first.to_json("en"), second.to_json("en")
    combined = combine([one, two, dict(one), {"kind": "steps-export"}])
    assert [(p.step, p.key, p.counts, p.groups) for p in combined] == [
        (1, "a", (8, 16), 2),
        (6, "b", (1, 3), 1),
    ]


def three_asks() -> ChoicePoint:
    """A choice with two equally good options (step 5's ask: advice or an introduction)."""
    return ChoicePoint(
        key="ask",
        question={"fi": "Pyyntö?", "en": "The ask?"},
        options=({"en": "A job"}, {"en": "Advice"}, {"en": "An introduction"}),
        best=1,
        reason={"en": "Small and specific"},
        also_best=(2,),
    )


def test_the_group_file_names_the_options_as_good_as_the_best_and_old_files_still_add_up():
    room = RoomRecord()
    room.record(5, three_asks(), tally(1, 2, 9))
    document = room.to_json("en")
    (only,) = document["points"]
    assert only["best"] == 1 and only["also_best"] == [2] and only["most"] == 2
    (combined,) = combine([document])
    assert combined.also_best == (2,)
    # a file written before files named them reads as naming none, and adds up with a new one
    old = {**document, "points": [{k: v for k, v in only.items() if k != "also_best"}]}
    old["language"] = "fi"  # another group's file, not the same one
    (both,) = combine([old, document])
    assert both.counts == (2, 4, 18) and both.groups == 2 and both.also_best == (2,)
    (alone,) = combine([old])
    assert alone.also_best == ()


def test_the_hands_before_are_those_of_the_point_the_room_answered_last():
    room = RoomRecord()
    assert room.hands_before(1, "a") is None  # the room's first count: nothing to compare
    room.record(1, point("a"), tally(5, 7))
    assert room.hands_before(1, "a") is None  # its own count is not one before it
    assert room.hands_before(1, "b") == 12
    room.record(1, point("b"), tally(6, 5))
    room.record(1, point("a"), tally(6, 7))  # counted again: now the last one answered
    assert room.hands_before(5, "c") == 13
    assert room.hands_before(1, "a") == 11
