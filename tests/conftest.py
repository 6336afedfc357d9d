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
    worker made a later test's lines twice as tall)."""
    from steps_game.ui import text

    text.overflows.clear()
    text.set_text_scale(1.0)
    text.set_writing("latin", False)


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
