"""The cache of drawn text images keeps what is drawn, within its bytes."""

from __future__ import annotations

import pygame
import pytest

from steps_game.ui import text_render
from steps_game.ui.text_cache import _cached_up_to


@pytest.fixture
def fonts_ready():
    pygame.font.init()
    text_render._render.cache_clear()
    text_render._measured.cache_clear()
    yield
    text_render._render.cache_clear()
    text_render._measured.cache_clear()


def counting_images(limit: int, **bounds):
    """A cache of 400-byte images (10x10, 32 bits) bounded as the game's, and the keys it
    had to draw, in order."""
    calls = []

    @_cached_up_to(limit, **bounds)
    def image(key):
        calls.append(key)
        return pygame.Surface((10, 10), 0, 32)

    return calls, image


def test_measuring_a_text_keeps_no_image_of_it(fonts_ready):
    # Layouts measure far more texts than they draw; a black image drawn only to be measured
    # pushed drawn images out of the bounded cache.
    before = text_render._render.held_bytes()
    width, height = text_render.measured_size(
        "A paragraph measured but not drawn " * 8, 24, width=400
    )
    assert width > 0 and height > 24
    assert text_render._render.held_bytes() == before


def test_a_drawn_text_is_kept_and_reused(fonts_ready):
    first = text_render.render("Drawn once, kept", 24, (10, 20, 30))
    assert text_render._render.held_bytes() == first.get_pitch() * first.get_height()
    assert text_render.render("Drawn once, kept", 24, (10, 20, 30)) is first


def test_the_cache_forgets_the_least_recently_used_beyond_its_bytes():
    calls, image = counting_images(3 * 400)

    for key in "abcd":
        image(key)
    assert image.held_bytes() <= 3 * 400
    image("b")  # still kept
    assert calls == list("abcd")
    image("a")  # forgotten first, drawn again
    assert calls == [*"abcd", "a"]


MIXED_TEXTS = [
    "مرحبًا، هذه فقرة طويلة تُقاس ولا تُرسم، وفيها كلمات كثيرة تلتف على عدة أسطر.",
    "این یک متن فارسی است با عدد ۱۲ و کلمهٔ LinkedIn در میانش.",
    "سطر أول\n\nسطر ثالث بعد سطر فارغ (بين قوسين) …",
    "An English sentence with العربية inside it, on a left-to-right screen.",
]


@pytest.mark.parametrize("writing", [("arabic", True), ("latin", False)])
@pytest.mark.parametrize("width", [0, 180, 420])
def test_a_text_measured_without_drawing_is_as_large_as_drawn(fonts_ready, writing, width):
    # Right-to-left and script texts are measured from their words' widths, not drawn; the
    # measure must be the drawn image's size, or a box made to fit it would cut the text.
    for text in MIXED_TEXTS:
        for size, bold in ((20, False), (33, True), (40, False)):
            measured = text_render._measured(text, size, bold, width, writing)
            drawn = text_render._render(text, size, (0, 0, 0), bold, width, False, writing)
            assert measured == drawn.get_size(), (text, size, bold)


def test_images_no_frame_drew_lately_go_above_the_floor():
    # A playthrough's screens each drew under 1.5 MB of text a frame, yet the images of the
    # screens gone by filled the cache to its 8 MB within two steps.
    calls, image = counting_images(10 * 400, floor=3 * 400, frames=2)

    for key in "abcdef":  # a screen gone by
        image(key)
    image.end_frame()
    for _ in range(3):  # the next screen, drawn frame after frame
        for key in "xy":
            image(key)
        image.end_frame()
    assert image.held_bytes() == 3 * 400  # down to the floor, the oldest first
    image("f")
    image("x")
    image("y")
    assert calls == [*"abcdef", "x", "y"]  # what is drawn every frame, and the newest, stay
    image("a")
    assert calls[-1] == "a"


def test_images_drawn_every_frame_stay_above_the_floor():
    calls, image = counting_images(10 * 400, floor=400, frames=2)

    for _ in range(5):
        for key in "abcd":
            image(key)
        image.end_frame()
    assert calls == list("abcd")
    assert image.held_bytes() == 4 * 400


def test_images_a_build_measured_stay_until_the_next_build():
    # A view measures texts by their images as it lays them out and draws other things every
    # frame: its next build (a Tab, a click) asks for them again, and drawing them all again
    # would make that frame slow.
    calls, image = counting_images(10 * 400, floor=400, frames=2)

    image("old")  # an earlier build's
    image.end_frame()
    image.start_build()
    for key in "abc":  # measured by this build only
        image(key)
    for _ in range(5):
        image("drawn")
        image.end_frame()
    image.start_build()
    for key in "abc":
        image(key)
    image("old")
    assert calls == ["old", *"abc", "drawn", "old"]


def test_the_game_s_frames_let_the_text_images_of_screens_gone_by_go(tmp_path):
    from steps_game.ui.text_cache import RENDER_CACHE_FLOOR, RENDER_CACHE_FRAMES
    from tests.driver import Driver

    game = Driver.start(data_dir=tmp_path, language="en")
    try:
        for index in range(40):  # a screen gone by: far more than the floor
            text_render.render(f"Paragraph {index} " * 40, 30, (0, 0, 0), width=1000)
        assert text_render._render.held_bytes() > RENDER_CACHE_FLOOR
        game.frames(RENDER_CACHE_FRAMES + 1)  # the title, drawn again and again
        assert text_render._render.held_bytes() <= RENDER_CACHE_FLOOR
    finally:
        game.close()
