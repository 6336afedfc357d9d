"""Step 6's verdict on a moment agrees with the feedback after the event, which counts the
moments where the player was active: an option worth points but not active (following the
speaker's page without a word) is "A start – but not yet an active step", not "Good" (the sixth
facilitator run read "Good" and then "active at 0 of 1 moment")."""

from __future__ import annotations

import pytest

KEY = "task.profile_event."


def verdict_after(driver, option_id: str) -> str:
    model = driver.scene.model
    while not model.can_go_to_event:
        model.toggle(next(c.id for c in model.cards if not model.in_profile(c.id)))
    model.go_to_event()
    while model.current().id != "after":
        model.answer(model.options(model.current())[0].id)
        model.next()
    chosen = next(o for o in model.options(model.current()) if o.id == option_id)
    return driver.scene.view.moment._verdict(chosen)[0]


@pytest.mark.parametrize(("workshop", "language"), [(False, "en"), (True, "en"), (False, "ar")])
def test_a_passive_option_worth_points_is_called_a_start(make_driver, workshop, language):
    driver = make_driver(language=language, start_step=6, workshop=workshop)
    tr = driver.app.tr
    assert verdict_after(driver, "follow-silently") == tr(KEY + "start")
    assert tr(KEY + "start") != tr(KEY + "good")


def test_an_active_option_short_of_the_best_is_still_good(make_driver):
    driver = make_driver(language="en", start_step=6)
    model = driver.scene.model
    while not model.can_go_to_event:
        model.toggle(next(c.id for c in model.cards if not model.in_profile(c.id)))
    model.go_to_event()
    hello = next(o for o in model.options(model.current()) if o.id == "hello")
    assert hello.active and hello.points > 0
    assert driver.scene.view.moment._verdict(hello)[0] == driver.app.tr(KEY + "good")
