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
    calls = []

    @_cached_up_to(3 * 400)
    def image(key):
        calls.append(key)
        return pygame.Surface((10, 10), 0, 32)  # 400 bytes

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
