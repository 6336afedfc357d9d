"""The reveal of every choice point of steps 5 and 6 shows the whole answer in workshop mode: the
bars with their counts in words and every option's words whole (in the second language too), the
best answer in full, why it is best and the question to talk about, all drawn inside the screen
at their sizes (nothing under its floor, cut or overlapping) and nothing to scroll: on one screen
where it fits, else page by page, with the focus on "Next page" and, on the last page, on the way
on. The play-test of 2026-12-05 found why and the question to talk about under the fold, which at
the back of the room looked like a reveal with no explanation; answers cut with "…" beside them
hid the words the room had chosen."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from steps_game.choice_points import message_points, moment_points
from steps_game.scenes.layout import SCREEN_H, SCREEN_W
from steps_game.scenes.tally import TallyScene, talk_about
from steps_game.scenes.tally_notes import best_options
from steps_game.tally import ChoicePoint
from tests.test_tally_play import counted_in_words

SCREEN = pygame.Rect(0, 0, SCREEN_W, SCREEN_H)
ROOM_HANDS = {2: (7, 5), 3: (7, 3, 2), 4: (5, 4, 2, 1)}  # twelve hands, as a room gives them


def reveal(driver, step: int, point: ChoicePoint, hands: tuple[int, ...]) -> TallyScene:
    """The tally of `point` over the task, counted with `hands` and revealed with R."""
    app = driver.app
    scene = TallyScene(
        app,
        point,
        play=lambda option: None,
        record=lambda tally: None,
        earlier=hands,
        talk=talk_about(app.content.level(step), point),
    )
    app.push(scene)
    driver.settle()
    driver.key(pygame.K_r)
    assert driver.scene is scene and scene.tally.revealed
    return scene


def every_page(driver, scene: TallyScene, name: str) -> list:
    """The texts drawn on each page of the reveal (turned with Next page round to the first
    again), checked as the room sees them: nothing scrolls, the audit finds nothing, and the
    focus is on Next page before the last page and on the way on at the last."""
    app = driver.app
    drawn: list = []
    pages = scene.pager.pages
    for page in range(pages):
        assert scene.pager.page == page, name
        assert not scene.scroller.scrolls, name
        assert not measure(app, f"{name} page {page + 1}").problems, name
        drawn += scene.ui.texts
        for item in scene.ui.texts:
            assert SCREEN.contains(item.rect), f"{name}: {item.text[:40]!r} off the screen"
        ids = {control.id for control in scene.ring.focusable}
        if page + 1 < pages:
            assert scene.ring.focused_id == "more", name
            assert "go-on" not in ids, name  # the room reads why before it goes on
            driver.key(pygame.K_RETURN)  # Next page
        else:
            assert scene.ring.focused_id == "go-on", name
    if pages > 1:  # the last page turns to the first
        driver.press(control_id="more")
        assert scene.pager.page == 0 and scene.ring.focused_id == "more", name
    return drawn


@pytest.mark.parametrize(
    ("language", "window", "second"),
    [
        ("en", (1920, 1080), None),
        ("so", (1920, 1080), None),
        ("ar", (1920, 1080), None),
        ("en", (1280, 720), None),
        ("ar", (1920, 1080), "fi"),  # the facilitator's second language under the first
        ("en", (1280, 720), "fi"),
    ],
)
def test_every_step_5_and_6_reveal_shows_the_whole_answer_page_by_page(
    make_driver, language, window, second
):
    driver = make_driver(language=language, workshop=True, start_step=5, window=window)
    app, tr = driver.app, driver.app.tr
    if second is not None:
        from steps_game.scenes.second_language import choose_second

        choose_second(app, second)
    points = [(5, point) for point in message_points(app.content)]
    points += [(6, point) for point in moment_points(app.content)]
    assert len(points) == 8  # five message parts, three moments
    paged = 0
    for step, point in points:
        options = len(point.options)
        hands = ROOM_HANDS[options]
        scene = reveal(driver, step, point, hands)
        name = f"step {step} {point.key}"
        paged += scene.pager.pages > 1
        drawn = [item.text for item in every_page(driver, scene, name)]
        why = f"{tr('tally.why')} {tr.pick(point.reason)}"
        talk = f"{tr('tally.talk')} {tr.pick(talk_about(app.content.level(step), point))}"
        best = [tr.pick(point.options[i]) for i in best_options(point)]
        for words in (why, talk, *best):
            assert any(words in text for text in drawn), f"{name}: {words[:40]!r} not drawn"
        texts = list(drawn)
        for option in range(options):
            words = tr.pick(point.options[option])
            assert counted_in_words(texts, tr, hands[option], words), f"{name}: {option + 1}"
            if second is None:
                continue
            second_words = tr.second_pick(point.options[option])
            assert second_words in drawn, f"{name}: {option + 1}"  # under each bar's words
            if option in best_options(point) and words in drawn:  # and the answer in full's
                assert drawn.count(second_words) == 2, f"{name}: {option + 1}"
        app.pop()
        driver.settle()
    if second is not None:
        assert paged  # two languages at workshop size do not fit one screen: they are paged
