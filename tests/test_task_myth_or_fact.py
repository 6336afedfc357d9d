"""Step 1's model without pygame: sorting statements, choosing offers, scores and reasons."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from steps_game.level_file_check import check_level_file
from steps_game.paths import bundled_levels_dir
from steps_game.tasks.myth_or_fact.model import MythOrFactModel

LEVEL, problems = check_level_file(Path(bundled_levels_dir()) / "01-tuning-in.toml")
assert not problems, problems
CONFIG = LEVEL.task
N = len(CONFIG.statements)


def play(answers: list[bool], offers: list[int]) -> MythOrFactModel:
    model = MythOrFactModel(CONFIG, "it")
    for says_fact in answers:
        model.answer(says_fact)
        model.next()
    for index in offers:
        model.toggle_offer(CONFIG.offers[index % len(CONFIG.offers)].id)
    return model


def right_answers() -> list[bool]:
    return [s.is_fact for s in CONFIG.statements]


def test_statements_come_one_at_a_time_with_a_reveal():
    model = MythOrFactModel(CONFIG, None)
    assert model.phase == "sort"
    first = model.current()
    model.answer(first.is_fact)
    assert model.phase == "reveal" and model.current() is first
    model.answer(not first.is_fact)  # a second answer while revealed changes nothing
    assert model.answered_right(first.id)
    model.next()
    assert model.current() is not first


def test_not_complete_until_sorted_and_one_offer_chosen():
    model = play(right_answers(), [])
    assert model.phase == "offer" and not model.is_complete()
    model.toggle_offer(CONFIG.offers[0].id)
    assert model.is_complete()


def test_offer_choice_is_capped_and_toggles():
    model = play(right_answers(), list(range(len(CONFIG.offers))))
    assert len(model.state["offers"]) == CONFIG.offer_pick
    first = model.state["offers"][0]
    model.toggle_offer(first)
    assert first not in model.state["offers"]


def test_all_right_and_full_offers_is_100():
    model = play(right_answers(), list(range(CONFIG.offer_pick)))
    result = model.result()
    assert result.score == 100
    assert all(r.earned for r in result.reasons)


def test_all_wrong_and_one_offer_is_the_minimum_with_reasons():
    model = play([not a for a in right_answers()], [0])
    result = model.result()
    assert result.score == round(CONFIG.offer_weight / CONFIG.offer_pick)
    missed = [r for r in result.reasons if not r.earned]
    assert len(missed) == N + 1  # every statement's explanation, and "pick more offers"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.booleans(), min_size=N, max_size=N),
    st.lists(st.integers(0, 20), min_size=1, max_size=8),
)
def test_score_in_bounds_and_deterministic(answers, offers):
    first = play(answers, offers).result()
    second = play(answers, offers).result()
    assert 0 <= first.score <= 100
    assert first == second


@pytest.mark.parametrize("index", range(len(CONFIG.offers)))
def test_every_offer_can_be_chosen(index):
    model = play(right_answers(), [index])
    assert model.state["offers"] == [CONFIG.offers[index].id]


def test_snapshot_round_trip_and_corrupt_snapshot():
    model = play(right_answers()[:3], [])
    snap = model.snapshot()
    other = MythOrFactModel(CONFIG, None)
    other.restore(snap)
    assert other.state == model.state
    with pytest.raises(ValueError):
        other.restore({"answers": {snap_id(snap): "yes"}, "revealed": None, "offers": []})


def snap_id(snap) -> str:
    return next(iter(snap["answers"]))


def test_answers_to_statements_the_level_no_longer_has_are_let_go_the_others_kept():
    """A game saved before the step had fewer statements goes on where it was."""
    model = play(right_answers()[:2], [])
    saved = model.snapshot()
    saved["answers"]["finns-dont-network"] = False  # (a statement of an older version)
    other = MythOrFactModel(CONFIG, None)
    other.restore({**saved, "revealed": "finns-dont-network"})
    assert other.state["answers"] == model.state["answers"]
    assert other.state["revealed"] is None
    assert other.position[0] == 3
    with pytest.raises(ValueError):
        other.restore({"nonsense": 1})
