"""Headless test setup: dummy video and audio before pygame is imported anywhere."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pytest

from tests.driver import Driver


@pytest.fixture(autouse=True)
def no_overflows_from_earlier_tests():
    """The texts that did not fit are kept in one list for the whole process; each test starts
    with it empty, so that a test sees only what its own screens did."""
    from steps_game.ui import text

    text.overflows.clear()


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
