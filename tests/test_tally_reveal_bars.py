"""A paged reveal shows every bar on its first page, side by side, with a tick before each best
answer: the point of a reveal is the room's answers next to each other. The facilitator's
real-time run (2026-12-06) saw step 5's ask revealed two bars a page and step 6's moment one bar
then three, a half-empty page each, and the talk that followed lost its picture."""

from __future__ import annotations

import pytest

from steps_game.choice_points import message_points, moment_points
from tests.test_tally_reveal_fits import ROOM_HANDS, reveal


@pytest.mark.parametrize(
    ("language", "window"),
    [
        ("en", (1920, 1080)),
        ("fi", (1920, 1080)),
        ("ar", (1920, 1080)),
        ("en", (1280, 720)),
        ("so", (1920, 1080)),  # at the options' floor: their own size needs two pages
        ("ru", (1280, 720)),
    ],
)
def test_the_short_sets_reveals_show_every_bar_on_the_first_page(make_driver, language, window):
    driver = make_driver(language=language, workshop=True, start_step=5, window=window)
    app = driver.app
    # in the words a room sees ("Sara sends ...", "What does Sara do?")
    asks = [point for point in message_points(app.content, True) if point.key == "ask"]
    after = [point for point in moment_points(app.content, True) if point.key == "after"]
    assert asks and after
    for step, point in ((5, asks[0]), (6, after[0])):
        scene = reveal(driver, step, point, ROOM_HANDS[len(point.options)])
        assert scene.pager.page == 0
        bars = {control.id for control in scene.ring.controls if control.id.startswith("bar:")}
        every = {f"bar:{option}" for option in range(len(point.options))}
        assert bars == every, f"{language} step {step}: {sorted(bars)} on the first page"
        best = sum(point.is_best(option) for option in range(len(point.options)))
        ticked = sum(bar.best for bar in scene._bars)  # a bar with a tick before its words
        assert ticked == best, f"{language} step {step}: a tick on each best bar"
        app.pop()
        driver.settle()
