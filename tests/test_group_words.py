"""The group's words of one choice point (group_words.py), without pygame: every right answer is
named where two are right (the facilitator's play-test, item 6)."""

from __future__ import annotations

import pytest

from steps_game.group_words import Counted, point_words
from steps_game.i18n import Translator, language_codes

OPTIONS = ("Ask for advice.", "Ask for an introduction.", "Ask for a job.")


def counted(counts: tuple[int, ...], best: int = 0, also_best: tuple[int, ...] = (1,)) -> Counted:
    return Counted(5, "ask", "What should the message ask for?", OPTIONS, counts, best, also_best)


@pytest.mark.parametrize("code", language_codes())
def test_a_room_that_chose_either_good_answer_is_told_it_was_right_and_of_the_other(code):
    tr = Translator(code)
    for chosen, other in ((0, 1), (1, 0)):
        counts = [1, 1, 1]
        counts[chosen] = 10
        lines = point_words(counted(tuple(counts)), tr).lines
        also = tr("group.also_right", best=OPTIONS[other]).replace("..", ".")
        assert lines[1:] == (tr("group.got_one"), also)
        assert tr("group.got_it") not in lines  # not "the" right answer: one of two


@pytest.mark.parametrize("code", language_codes())
def test_a_room_that_missed_both_good_answers_is_told_both(code):
    tr = Translator(code)
    for counts in ((1, 1, 10), (4, 4, 4)):  # most chose the wrong one; a split
        lines = point_words(counted(counts), tr).lines
        first = tr("group.one_right_is", best=OPTIONS[0]).replace("..", ".")
        also = tr("group.also_right", best=OPTIONS[1]).replace("..", ".")
        assert lines[-2:] == (first, also)


def test_one_right_answer_keeps_its_words():
    tr = Translator("en")
    assert point_words(counted((10, 1, 1), also_best=()), tr).lines[1:] == (
        "That is the right answer.",
    )
    assert point_words(counted((1, 1, 10), also_best=()), tr).lines[1:] == (
        "The right answer: Ask for advice.",
    )
    assert point_words(counted((1, 1, 10)), tr).lines[1:] == (
        "One right answer: Ask for advice.",
        "Also right: Ask for an introduction.",
    )
