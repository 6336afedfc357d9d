"""Headless test setup: dummy video and audio before pygame is imported anywhere."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pytest

from tests.driver import Driver


@pytest.fixture(autouse=True)
def text_state_of_its_own():
    """The texts that did not fit, the text scale and the writing are kept for the whole process;
    each test starts with no overflows, at 100 % and in left-to-right Latin writing, so that a
    test sees only what its own screens did (a game at 200 % in Arabic earlier in the same
    worker made a later test's lines twice as tall), and in the normal look (workshop mode's
    high contrast is global too)."""
    from steps_game.ui import palette, text

    text.overflows.clear()
    text.set_text_scale(1.0)
    text.set_writing("latin", False)
    palette.use(high_contrast=False)


@pytest.fixture
def make_driver(tmp_path):
    """Start the real game (title screen unless `step` is given) and drive it with real events."""
    drivers = []

    def make(**kwargs) -> Driver:
        kwargs.setdefault("data_dir", tmp_path / "data")
        driver = Driver.start(**kwargs)
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        driver.close()


# The suite runs on two workers (pyproject: --dist loadgroup), which take the tests one by one
# in this order: the longest first, so that no worker is left alone at the end on a half-minute
# test while the other is idle. Longest first, as measured (seconds on a busy two-core machine,
# before the speed-ups of issue 18); a name without its parameters stands for all of them. The
# tests not listed keep their order after these.
LONGEST_FIRST = (
    "test_kill.py::test_a_kill_at_any_moment_loses_at_most_the_step_in_progress",  # 30
    "test_monkey.py::test_the_game_survives_a_monkey_on_every_screen",  # 16
    "test_page_turn_labels.py::test_every_page_turner_on_the_walk_says_next_page_and_first_page",
    "test_audit.py::test_every_screen_passes_the_audit[so-200]",  # 14
    "test_audit.py::test_every_screen_passes_the_audit[ar-200]",  # 11
    "test_audit.py::test_every_screen_passes_the_audit[fi-200]",  # 11
    "test_keyboard_rules.py::test_step_3_places_a_person_in_three_keys_and_goes_on_to_the_next",
    "test_finnish_beside.py::test_steps_2_and_4_pass_the_layout_audit_with_the_finnish_words",
    "test_audit.py::test_every_screen_passes_the_audit[en-200]",  # 8
    "test_workshop_no_you.py::test_no_workshop_step_speaks_to_one_player",  # 6-8 each
    "test_audit.py::test_every_screen_passes_the_audit[so-150]",  # 8
    "test_audit.py::test_every_screen_passes_the_audit[ru-200]",  # 8
    "test_audit.py::test_every_screen_passes_the_audit_in_workshop_mode_on_a_projector",  # 5-7
    "test_audit.py::test_every_screen_passes_the_audit[ar-150]",  # 7
    "test_bench.py::test_tiny_run_reports_every_metric_as_a_number",  # 6.5
    "test_summary.py::test_check_export_never_raises",  # 6.5
    "test_save_fuzz.py::test_odd_values_inside_a_save_never_crash_a_screen",  # 6
    "test_audit.py::test_every_screen_passes_the_audit[en-150]",  # 6
    "test_second_language.py::test_two_language_mode_passes_the_layout_audit",  # 5-6
    "test_rtl_boards.py::test_each_board_is_the_mirror_image_and_plays_to_the_end",  # 5 for [7]
    "test_workshop.py::test_a_workshop_run_with_skip_and_back_writes_no_file",  # 5
    "test_audit.py::test_every_screen_passes_the_audit",  # 2-3 at 100 %
)


def _rank(item) -> int:
    name = f"{item.path.name}::{item.name}"
    return next(
        (rank for rank, slow in enumerate(LONGEST_FIRST) if name.startswith(slow)),
        len(LONGEST_FIRST),
    )


def pytest_collection_modifyitems(items) -> None:
    items.sort(key=_rank)  # stable: the rest in their own order
