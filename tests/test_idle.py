"""A still screen sleeps: the loop blocks in pygame.event.wait until input comes, and wakes on its
own only for what changes with time (a caret's blink, the facilitator's running timer). The CPU
this saves is measured by the benchmark; here only the behaviour is checked."""

from __future__ import annotations

import pygame

from steps_game.scenes.words import BLINK_SECONDS, WordsScene


def _recorded_waits(monkeypatch) -> list[tuple]:
    waits: list[tuple] = []

    def wait(*args):
        waits.append(args)
        return pygame.event.Event(pygame.KEYDOWN, key=pygame.K_TAB, mod=0, unicode="")

    monkeypatch.setattr(pygame.event, "wait", wait)
    return waits


def test_a_still_title_sleeps_until_input(make_driver, monkeypatch):
    app = make_driver(language="en").app
    while app.run_idle_job():
        pass
    assert app.wake_after_ms() is None
    waits = _recorded_waits(monkeypatch)
    events = app._wait_for_events(app.wake_after_ms())
    assert waits == [()]  # no timeout: the system wakes the game when input arrives
    assert [event.key for event in events] == [pygame.K_TAB]


def test_a_caret_wakes_the_loop_to_blink(make_driver, monkeypatch):
    app = make_driver(language="en").app
    app.push(WordsScene(app, heading="", hint="", words="", on_save=lambda words: None))
    app.step()
    while app.run_idle_job():  # the work start-up leaves for later is done first
        pass
    assert app.wake_after_ms() == round(BLINK_SECONDS * 1000)
    pygame.event.clear()
    waits = _recorded_waits(monkeypatch)
    app._wait_for_events(app.wake_after_ms())
    assert len(waits) == 1 and 0 < waits[0][0] <= round(BLINK_SECONDS * 1000)


def test_the_running_workshop_timer_wakes_the_loop_each_second(make_driver):
    app = make_driver(workshop=True, language="en").app
    app.workshop.start_run()
    app.step()
    app.workshop.choose_set(app.workshop.sets.by_id("full"))  # the facilitator's pick
    app.step()
    assert app.workshop.current_step() is not None
    assert app.wake_after_ms() is None  # the timer is off until the facilitator starts it
    app.workshop.toggle_timer()
    assert 0 < app.wake_after_ms() <= 1000
