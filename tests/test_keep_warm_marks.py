"""Step 7's marks grow with the text size (tasks/keep_warm/marks.py): at 200 % the ticks of
contact and the dots stayed at their 100 % sizes beside words twice as large."""

from __future__ import annotations

from steps_game.tasks.keep_warm.marks import BAR_H, PIP, TICK, grown, marks


def test_the_marks_keep_their_size_at_100_percent():
    assert marks(1.0) == marks(0.9)
    assert (marks(1.0).bar_h, marks(1.0).pip, marks(1.0).tick) == (BAR_H, PIP, TICK)


def test_the_marks_grow_visibly_at_large_text():
    small, large = marks(1.0), marks(2.0)
    assert large.tick >= small.tick * 1.4 and large.pip >= small.pip * 1.4
    assert large.bar_h > small.bar_h and large.segment_w > small.segment_w
    assert grown(16, 1.5) > 16


def test_the_warmth_bar_is_as_wide_as_its_segments():
    sizes = marks(2.0)
    assert sizes.bar_width(4) == 4 * sizes.segment_w + 3 * sizes.segment_gap
