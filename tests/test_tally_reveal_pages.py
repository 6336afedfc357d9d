"""How a paged reveal shares its items out (scenes/tally_pages.py): the question and bars first,
then the notes (the best answer in full, a tie's line, why, the question to talk about) kept
together where they can be. The sixth facilitator run found step 5's reveal on a 6/6 tie on
three pages, the last holding only the two lines of "Talk about it"."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from steps_game.choice_points import message_points
from steps_game.i18n import Translator, language_codes
from steps_game.scenes.tally_pages import reveal_pages
from tests.test_tally_reveal_fits import reveal

BARS = ["question", "row", "row", "row", "row"]
BAR_HEIGHTS = [40, 70, 70, 110, 110]  # 440 with four gaps of 10


def test_notes_that_fit_under_the_bars_stay_there():
    kinds = [*BARS, "why", "talk"]
    assert reveal_pages([*BAR_HEIGHTS, 20, 20], kinds, 520, 10) == [list(range(7))]


def test_the_notes_together_on_a_page_of_their_own_when_they_fit_one():
    kinds = [*BARS, "answer", "why", "talk"]
    pages = reveal_pages([*BAR_HEIGHTS, 200, 100, 100], kinds, 500, 10)
    assert pages == [[0, 1, 2, 3, 4], [5, 6, 7]]


def test_a_tie_stays_by_the_counts_so_the_rest_share_one_page():
    """Bars 440 tall and a tie's line 40 fit a page of 500; the answer, why and talk (480) fit
    the next only without the tie's line: two pages, not a third for "Talk about it"."""
    kinds = [*BARS, "tie", "answer", "why", "talk"]
    pages = reveal_pages([*BAR_HEIGHTS, 40, 260, 100, 100], kinds, 500, 10)
    assert pages == [[0, 1, 2, 3, 4, 5], [6, 7, 8]]


def test_notes_too_tall_for_one_page_are_shared_out_evenly_over_two():
    """Not the best answer and why on one page and the question to talk about alone on the
    next (Somali's tie, seventh facilitator run): as evenly as they go."""
    kinds = [*BARS, "tie", "answer", "why", "talk"]
    pages = reveal_pages([*BAR_HEIGHTS, 70, 250, 150, 100], kinds, 500, 10)
    assert pages == [[0, 1, 2, 3, 4], [5, 6], [7, 8]]


def test_step_5s_ask_on_a_tie_is_revealed_on_two_pages_in_a_workshop(make_driver):
    """The short set's ask, six hands on each of its first two answers, on a projector: the
    tie's line under the bars and the best answers, why and the talk question on page 2."""
    driver = make_driver(language="en", workshop=True, start_step=5, window=(1920, 1080))
    app = driver.app
    point = next(p for p in message_points(app.content, True) if p.key == "ask")
    scene = reveal(driver, 5, point, (6, 6, 0, 0))
    assert scene.pager.pages == 2
    first = " ".join(driver.texts())
    assert app.tr("tally.tie", number=scene.tally.room_choice(point) + 1) in first
    driver.key(pygame.K_RETURN)  # Next page
    last = " ".join(driver.texts())
    assert app.tr("tally.why") in last and app.tr("tally.talk") in last


def test_the_best_answers_at_their_floor_keep_the_talk_question_with_why(make_driver):
    """Somali on a projector: the two best asks in full at the options' size leave "Talk about
    it" alone on a third page; at their floor (20 px, still the options' floor) the notes share
    page 2."""
    driver = make_driver(language="so", workshop=True, start_step=5, window=(1920, 1080))
    point = next(p for p in message_points(driver.app.content, True) if p.key == "ask")
    scene = reveal(driver, 5, point, (1, 2, 5, 4))
    assert scene.pager.pages == 2
    driver.key(pygame.K_RETURN)  # Next page
    tr = driver.app.tr
    best = [tr.pick(point.options[i]) for i in range(len(point.options)) if point.is_best(i)]
    shown = {item.text: item for item in scene.ui.texts}
    assert all(shown[words].size == 20 for words in best)  # in full, at the options' floor
    assert not measure(driver.app, "so reveal page 2").problems  # nothing under it, nothing cut


def test_close_is_outlined_on_every_page_of_a_paged_reveal(make_driver):
    """Seventh facilitator run: on the reveal's first page Close stood filled like the way on,
    beside "Next page"; it is outlined on every page, as under the count."""
    from steps_game.ui import palette

    driver = make_driver(language="en", workshop=True, start_step=5, window=(1920, 1080))
    point = next(p for p in message_points(driver.app.content, True) if p.key == "ask")
    scene = reveal(driver, 5, point, (6, 6, 0, 0))
    for _ in range(scene.pager.pages):
        close = driver.ring.by_id("close")
        assert close is not None and close.data["label_color"] != palette.WHITE
        driver.press(control_id="more")


def test_arabic_s_ask_keeps_why_and_the_talk_question_on_one_page_side_by_side(make_driver):
    """Seventh facilitator run: every Arabic reveal of step 5's ask took three pages, the last
    only "Talk about it" (3 px too tall for page 2). Why and the question stand together on
    page 2: one under the other where they fit so, else side by side, why first in the
    reading order (on the right), each whole and at its size."""
    driver = make_driver(language="ar", workshop=True, start_step=5, window=(1920, 1080))
    tr = driver.app.tr
    point = next(p for p in message_points(driver.app.content, True) if p.key == "ask")
    scene = reveal(driver, 5, point, (1, 2, 5, 4))
    assert scene.pager.pages == 2
    driver.key(pygame.K_RETURN)  # Next page
    said = {item.text.split()[0]: item for item in scene.ui.texts}
    why, talk = said[tr("tally.why").split()[0]], said[tr("tally.talk").split()[0]]
    if why.rect.top == talk.rect.top:  # side by side
        assert why.rect.left > talk.rect.right  # right to left
    else:
        assert why.rect.bottom <= talk.rect.top  # why first
    assert not measure(driver.app, "ar reveal page 2").problems


@pytest.mark.parametrize("code", language_codes())
def test_the_reveal_s_labels_are_set_off_from_the_words_they_start(code):
    """The reveal starts a paragraph with its label ("Why? ...", "Talk about it: ..."): ninth
    facilitator run, Somali's "Sababta Xaqiiqo." ran the label into the answer's words. Each
    label ends in a question mark or a colon."""
    tr = Translator(code)
    for key in ("tally.why", "tally.talk"):
        assert tr(key).rstrip()[-1] in "?:؟：", (code, key, tr(key))


@pytest.mark.parametrize("language", ["en", "fi", "ar"])
def test_a_tie_at_step_6_reveals_on_two_pages(make_driver, language):
    """Tenth facilitator run: the English reveal of a tie at step 6's moment took three pages,
    its notes 7 px taller than one. The bars, then the tie, the answers, why and the question
    to talk about: two pages."""
    from steps_game.choice_points import moment_points

    driver = make_driver(language=language, workshop=True, start_step=6, window=(1920, 1080))
    point = next(p for p in moment_points(driver.app.content, True) if p.key == "after")
    hands = [1] * len(point.options)
    hands[point.best] = hands[(point.best + 1) % len(hands)] = 5
    scene = reveal(driver, 6, point, tuple(hands))
    assert scene.tally.room_choice(point) == point.best  # (a tie, settled by the answer)
    assert scene.pager.pages == 2
