"""Right-to-left texts are measured without being drawn; what is measured must be what is drawn."""

from __future__ import annotations

import pygame
import pytest

from steps_game.i18n import catalog, forms, language
from steps_game.ui import text


@pytest.fixture
def writing(request):
    pygame.font.init()
    code = request.param
    text.set_writing(language(code).script, language(code).direction == "rtl")
    yield code
    text.set_writing("latin", False)
    text.clear_caches()


def words_of(code: str) -> list[str]:
    return sorted({word for text in texts_of(code) for word in text.split()})


def texts_of(code: str) -> list[str]:
    return [form for value in catalog(code).values() for form in forms(value)]


def longest_texts(code: str, count: int) -> list[str]:
    return sorted(texts_of(code), key=len, reverse=True)[:count]


@pytest.mark.parametrize("writing", ["ar", "fa"], indirect=True)
@pytest.mark.parametrize("bold", [False, True])
def test_a_word_is_as_wide_as_measured(writing, bold):
    script = language(writing).script
    words = words_of(writing)
    assert len(words) > 200
    for size in (12, 17, 22, 31):
        for word in words:
            drawn = text._word(word, size, (0, 0, 0), bold, script, True).get_width()
            assert text._word_width(word, size, bold, script, True) == drawn, (word, size)


@pytest.mark.parametrize("writing", ["ar", "fa", "en"], indirect=True)
def test_a_fitted_text_fits_and_is_nearly_the_largest_that_does(writing):
    """The size fitting picks is drawn within the box, and no more than one point below the
    largest size that truly fits (found here by drawing every size)."""
    checked = 0
    for paragraph in longest_texts(writing, 8):
        for width, height in ((260, 90), (700, 60)):
            chosen = text.fit(paragraph, 30, width, height)

            def drawn_height(size: int, paragraph=paragraph, width=width) -> int:
                return text.render(paragraph, size, (0, 0, 0), width=width).get_height()

            fitting = [size for size in range(12, 31) if drawn_height(size) <= height]
            if not fitting:
                assert chosen == 12
                continue
            assert drawn_height(chosen) <= height, (paragraph[:40], width, height, chosen)
            assert chosen >= max(fitting) - 1, (paragraph[:40], width, height, chosen, fitting)
            checked += 1
    assert checked >= 8


def test_a_text_that_does_not_fit_is_said_every_time_it_is_looked_for_but_kept_once():
    """The fitted size is cached; that must neither hide a cut text from a later check (the
    list emptied) nor let the list grow by one each frame a screen redraws it."""
    pygame.font.init()
    words = "A sentence far too long for the very small box it is given to stand in"
    surface = pygame.Surface((200, 100))
    for _ in range(5):
        text.blit_text(surface, words, pygame.Rect(0, 0, 60, 20), 20, (0, 0, 0))
    assert len(text.overflows) == 1
    text.overflows.clear()
    text.blit_text(surface, words, pygame.Rect(0, 0, 60, 20), 20, (0, 0, 0))
    assert len(text.overflows) == 1  # the cached size still says it does not fit
