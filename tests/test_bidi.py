"""Right-to-left lines keep left-to-right words readable."""

from __future__ import annotations

from steps_game.ui.bidi import direction, has_rtl, visual_order, wrap


def test_direction_of_words():
    assert direction("مرحبا") == "rtl"
    assert direction("LinkedIn") == "ltr"
    assert direction("23%") == "ltr"
    assert direction("–") == "neutral"
    assert has_rtl("سلام R.") and not has_rtl("Hei R.")


def test_right_to_left_line_is_drawn_from_its_end_with_latin_runs_kept_in_order():
    logical = ["أنا", "أستخدم", "LinkedIn", "Premium", "كل", "يوم"]
    assert visual_order(logical, rtl_paragraph=True) == [
        "يوم",
        "كل",
        "LinkedIn",
        "Premium",
        "أستخدم",
        "أنا",
    ]


def test_left_to_right_paragraph_is_unchanged():
    words = ["Hello", "world"]
    assert visual_order(words, rtl_paragraph=False) == words


def test_wrap_keeps_lines_within_width():
    lines = wrap(["aa", "bbb", "c", "dddd"], 6, len, 1)
    assert lines == [["aa", "bbb"], ["c", "dddd"]]
    assert wrap(["toolongword"], 4, len, 1) == [["toolongword"]]
