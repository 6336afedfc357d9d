"""The reveal of every choice point of steps 5 and 6 fits the screen in workshop mode: the bars with
their counts in words, the best answer in full, why it is best and the question to talk about are
all drawn inside the screen, with nothing to scroll, at their sizes (nothing under its floor, cut
or overlapping). The play-test of 2026-12-05 found why and the question to talk about under the
fold, which at the back of the room looked like a reveal with no explanation."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from steps_game.choice_points import message_points, moment_points
from steps_game.scenes.layout import SCREEN_H, SCREEN_W
from steps_game.scenes.tally import TallyScene, talk_about
from steps_game.scenes.tally_notes import best_options
from steps_game.tally import ChoicePoint
from steps_game.ui import palette
from steps_game.ui import text as text_module
from steps_game.ui.measure import shortened
from tests.test_tally_play import counted_in_words

SCREEN = pygame.Rect(0, 0, SCREEN_W, SCREEN_H)
ROOM_HANDS = {2: (7, 5), 3: (7, 3, 2), 4: (5, 4, 2, 1)}  # twelve hands, as a room gives them


@pytest.fixture(autouse=True)
def normal_look_afterwards():
    yield
    palette.use(high_contrast=False)
    text_module.set_text_scale(1.0)


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


@pytest.mark.parametrize(
    ("language", "window", "second"),
    [
        ("en", (1920, 1080), None),
        ("so", (1920, 1080), None),
        ("ar", (1920, 1080), None),
        ("en", (1280, 720), None),
        ("ar", (1920, 1080), "fi"),  # the facilitator's second language under the first
    ],
)
def test_every_step_5_and_6_reveal_is_in_view_without_scrolling(
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
    for step, point in points:
        options = len(point.options)
        hands = ROOM_HANDS[options]
        scene = reveal(driver, step, point, hands)
        name = f"step {step} {point.key}"
        assert not scene.scroller.scrolls, name
        drawn = {item.text: item.rect for item in scene.ui.texts}
        why = f"{tr('tally.why')} {tr.pick(point.reason)}"
        talk = f"{tr('tally.talk')} {tr.pick(talk_about(app.content.level(step), point))}"
        for words in (why, talk, *(tr.pick(point.options[i]) for i in best_options(point))):
            assert words in drawn, f"{name}: {words[:40]!r} not drawn"
            assert SCREEN.contains(drawn[words]), f"{name}: {words[:40]!r} off the screen"
        texts = list(drawn)
        for option in range(options):
            assert counted_in_words(texts, tr, hands[option], tr.pick(point.options[option])), (
                f"{name}: option {option + 1}"
            )
        assert not measure(app, name).problems, name
        # the bars are where a click or the focus finds them, the tick on the best ones
        assert len(scene._bars) == options
        assert len(scene._ticks) == len(best_options(point)) + 1  # and the answer's
        app.pop()
        driver.settle()


def test_a_short_row_cuts_the_option_at_whole_words_and_keeps_the_count(make_driver):
    make_driver(language="en", workshop=True)  # text 1.5 times, as on the projector
    words = "Could I ask you 2–3 questions about work in my field in Finland? 20 minutes online"

    def framed(part: str) -> str:
        return f"7 of 12: {part}"

    assert shortened("Fact", 22, 600, 1, role="option", framed=framed) == "7 of 12: Fact"
    kept = []
    for lines in (1, 2):
        short = shortened(words, 22, 400, lines, role="option", bold=True, framed=framed)
        assert short.startswith("7 of 12: ") and short.endswith("…")
        kept.append(short[len("7 of 12: ") : -1])
        assert words.startswith(kept[-1]) and words[len(kept[-1])] == " "  # whole words only
        size = text_module.role_size(22, "option")
        assert len(text_module.wrapped_lines(short, size, 400, True)) <= lines
    assert len(kept[1]) > len(kept[0])  # two lines keep more of the words
