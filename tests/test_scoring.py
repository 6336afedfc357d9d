"""Outcomes to dimension scores, bands, strengths: pure and deterministic."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from steps_game.outcome import Outcome, Reason, scaled
from steps_game.scoring import (
    band,
    dimension_scores,
    strengths_and_growth,
    strengths_and_growth_text,
)

DIMS = [
    "mindset",
    "direction",
    "awareness",
    "planning",
    "reciprocity",
    "reaching_out",
    "maintenance",
]


def outcome(step: int, score: int) -> Outcome:
    return Outcome(
        step, f"level-{step}", DIMS[step - 1], score, (Reason({"fi": "x", "en": "x"}, 1),)
    )


def test_scores_follow_profile_order_and_missing_ones_are_none():
    scores = dimension_scores(DIMS, [outcome(3, 80), outcome(1, 20)])
    assert [s.dimension for s in scores] == DIMS
    assert scores[0].score == 20 and scores[2].score == 80
    assert scores[1].score is None


def test_bands_use_the_limits():
    assert band(0) == "low" and band(33) == "low" and band(34) == "mid"
    assert band(66) == "mid" and band(67) == "high" and band(100) == "high"
    assert band(50, low_max=50, mid_max=80) == "low"


def test_strengths_and_growth_never_overlap():
    scores = dimension_scores(
        DIMS, [outcome(i + 1, s) for i, s in enumerate([90, 10, 50, 70, 30, 60, 40])]
    )
    strengths, growth = strengths_and_growth(scores)
    assert strengths == ["mindset", "planning"]
    assert growth == ["direction", "reciprocity"]


@given(st.lists(st.integers(0, 100), min_size=7, max_size=7))
def test_scores_stay_in_bounds(values):
    scores = dimension_scores(DIMS, [outcome(i + 1, v) for i, v in enumerate(values)])
    assert [s.score for s in scores] == values
    strengths, growth = strengths_and_growth(scores)
    assert not set(strengths) & set(growth)
    by_id = {s.dimension: s.score for s in scores}
    assert all(by_id[d] > 33 for d in strengths)


def test_a_score_of_0_is_never_a_strength():
    # Two steps done, both badly, one of them 0: neither is a strength, however they rank.
    scores = dimension_scores(DIMS, [outcome(1, 0), outcome(2, 20)])
    strengths, growth = strengths_and_growth(scores)
    assert strengths == []
    assert growth == ["mindset", "direction"]
    lows = dimension_scores(DIMS, [outcome(i + 1, 0) for i in range(7)])
    assert strengths_and_growth(lows)[0] == []
    # the profile's own band limit decides what a strength is
    assert strengths_and_growth(scores, low_max=10)[0] == ["direction"]


def test_without_strengths_the_summary_says_how_they_show():
    from steps_game.i18n import Translator

    english = Translator("en")
    text = strengths_and_growth_text(english, [], ["A"])
    assert text.splitlines() == [
        english("profile.no_strengths"),
        english("profile.growth", names="A"),
    ]
    assert english("profile.strengths", names="") not in text
    assert strengths_and_growth_text(english, [], []) == ""


@given(st.floats(-50, 500), st.floats(0.1, 500))
def test_scaled_is_clamped(points, maximum):
    assert 0 <= scaled(points, maximum) <= 100


def test_outcome_round_trip():
    original = Outcome(
        2,
        "goals",
        "direction",
        64,
        (Reason({"fi": "a {n}", "en": "b {n}"}, 5, False, {"n": 2}),),
        {"goals": ["mentor"]},
    )
    assert Outcome.from_dict(original.to_dict()) == original


def test_a_full_score_is_never_a_growth_area():
    scores = dimension_scores(
        DIMS, [outcome(i + 1, s) for i, s in enumerate([100, 100, 100, 100, 100, 60, 100])]
    )
    _strengths, growth = strengths_and_growth(scores)
    assert growth == ["reaching_out"]
    full = dimension_scores(DIMS, [outcome(i + 1, 100) for i in range(7)])
    assert strengths_and_growth(full)[1] == []


def test_the_summary_leaves_out_growth_when_there_is_none_and_lists_in_the_language():
    from steps_game.i18n import Translator

    english, arabic = Translator("en"), Translator("ar")
    both = strengths_and_growth_text(english, ["A", "B"], ["C"])
    assert both.splitlines() == [
        english("profile.strengths", names="A, B"),
        english("profile.growth", names="C"),
    ]
    assert strengths_and_growth_text(english, ["A", "B"], []) == english(
        "profile.strengths", names="A, B"
    )
    assert "A، B" in strengths_and_growth_text(arabic, ["A", "B"], [])


def test_a_high_score_is_not_called_room_to_grow():
    """A run of 90s called its 90 and 93 "room to grow" beside band lines that praised them
    (thirty-fifth Arabic run): room to grow is in the low and middle bands only."""
    values = [100, 100, 97, 95, 100, 93, 90]
    scores = dimension_scores(DIMS, [outcome(i + 1, v) for i, v in enumerate(values)])
    assert strengths_and_growth(scores)[1] == []
    values[5] = 66  # the middle band's top: room to grow
    scores = dimension_scores(DIMS, [outcome(i + 1, v) for i, v in enumerate(values)])
    assert strengths_and_growth(scores)[1] == ["reaching_out"]
    # the profile's own band limit decides where room to grow ends
    assert strengths_and_growth(scores, mid_max=60)[1] == []
    assert (
        strengths_and_growth(scores, mid_max=95)[1]
        == ["reaching_out", "maintenance", "planning"][:2]
    )
