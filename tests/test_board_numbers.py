"""In workshop mode the board numbers its options as the room's count does ("1. Sara asks the
speaker ..."), so that "hands up for 2" finds the same option on the board as on the count and
in "Go on with answer 2": the facilitator's fourth run of the 15-minute set found step 6's 2x2
grid with no numbers, and the room guessing whether 2 was top right or bottom left. Normal play
shows the words alone."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from tests.test_letter_shows_the_choice import writing_in_the_room


def option_labels(driver, prefix: str, more: str = "more") -> dict[str, str]:
    """{control id: label} of the board's options on every page of the board (turned by the
    control `more`)."""
    found = {c.id: c.label for c in driver.ring.focusable if c.id.startswith(prefix)}
    turns = 0
    while driver.ring.by_id(more) is not None and turns < 4:
        driver.press(control_id=more)
        found |= {c.id: c.label for c in driver.ring.focusable if c.id.startswith(prefix)}
        turns += 1
    return found


def starts(labels: list[str], words: list[str]) -> bool:
    """Each label begins with its words (a Finnish word may follow them, said after)."""
    return len(labels) == len(words) and all(
        label.startswith(one) for label, one in zip(labels, words, strict=True)
    )


def numbered(tr, point) -> list[str]:
    return [
        tr("tally.numbered", number=index + 1, option=tr.pick(option))
        for index, option in enumerate(point.options)
    ]


def at_the_event(make_driver, language: str, workshop: bool):
    driver = make_driver(workshop=workshop, language=language, window=(1920, 1080), start_step=6)
    view = driver.scene.view

    def profile_and_event() -> None:
        for card in view.model.cards:
            if card.points > 0:
                view.model.toggle(card.id)
        view.model.go_to_event()

    view.act(profile_and_event)
    driver.settle()
    return driver


@pytest.mark.parametrize("language", ["en", "ar"])
def test_step_6_s_options_carry_the_count_s_numbers_in_a_workshop(make_driver, language):
    driver = at_the_event(make_driver, language, workshop=True)
    tr, view = driver.app.tr, driver.scene.view
    point = view.choice_point()
    labels = option_labels(driver, "option:")
    options = view.model.options(view.model.current())
    assert starts([labels[f"option:{option.id}"] for option in options], numbered(tr, point))
    assert not measure(driver.app, "step 6 numbered").problems


def test_step_6_s_options_are_the_words_alone_in_normal_play(make_driver):
    driver = at_the_event(make_driver, "en", workshop=False)
    view = driver.scene.view
    labels = option_labels(driver, "option:")
    options = view.model.options(view.model.current())
    shown = [labels[f"option:{o.id}"] for o in options]
    assert starts(shown, [view.event_text(o.label) for o in options])
    assert not any(label[0].isdigit() for label in shown)


def test_step_5_s_asks_and_step_1_s_answers_carry_the_numbers(make_driver):
    driver = writing_in_the_room(make_driver)
    tr, view = driver.app.tr, driver.scene.view
    point = view.choice_point()
    labels = option_labels(driver, "option:", more="more-people")
    options = view.model.options(view.model.state["current"])
    assert starts([labels[f"option:{option.id}"] for option in options], numbered(tr, point))
    driver = make_driver(workshop=True, language="en", window=(1920, 1080), start_step=1)
    point = driver.scene.view.choice_point()
    answers = [driver.ring.by_id(f"answer:{answer}").label for answer in ("myth", "fact")]
    assert starts(answers, numbered(tr, point))
    driver.key(pygame.K_2)  # a number key opens the count on that answer
    assert driver.scene.tally.counts == [0, 1]
