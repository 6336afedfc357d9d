"""The size a text is drawn at in its box: the largest that fits, down to a floor, and the texts
that did not fit even there."""

from __future__ import annotations

from functools import lru_cache

from steps_game.ui.fonts import font
from steps_game.ui.reading_order import break_words, wrap
from steps_game.ui.text_clean import clean
from steps_game.ui.text_render import render
from steps_game.ui.text_shaping import _line_height, _takes_words, _word_width, _writing_of
from steps_game.ui.text_wrap import _words_height
from steps_game.ui.text_writing import current_writing

# Texts that did not fit their box even at their role's floor. The game still draws them
# (clipped); the tests and the layout audit draw every screen and fail when anything lands here.
overflows: list[str] = []


def fit(
    text: str,
    size: int,
    width: int,
    height: int,
    *,
    bold: bool = False,
    minimum: int = 12,
    color: tuple[int, int, int] = (0, 0, 0),
    center: bool = False,
) -> int:
    """The largest size up to `size` at which `text` wrapped to `width` fits in `height`.

    Given the colour and alignment it will be drawn with, the trial drawing that fits is the
    very image then drawn (one drawing instead of two)."""
    return _fit(clean(text), size, width, height, bold, minimum, color, center)


def _say_overflow(message: str) -> None:
    """Note a text that does not fit, once while it is in the list: a screen redraws it every
    frame, and the list must not grow with each one."""
    if message not in overflows:
        overflows.append(message)


def _fit(text, size, width, height, bold, minimum, color=(0, 0, 0), center=False) -> int:
    chosen, fitted = _fit_in(
        text, size, width, height, bold, minimum, color, center, current_writing()
    )
    if not fitted:  # said on every call: a cached answer must not hide a text that is cut
        _say_overflow(f"{text[:60]!r} does not fit {width}x{height}")
    return chosen


@lru_cache(maxsize=1024)
def _fit_in(text, size, width, height, bold, minimum, color, center, writing) -> tuple[int, bool]:
    """The size to draw at, and whether the text fits its box at that size."""
    writing = _writing_of(text, writing)
    if _takes_words(text, writing):
        return _fit_words(text, size, width, height, bold, minimum, *writing)

    def fits(candidate: int) -> bool:
        drawn = render(text, candidate, color, bold=bold, width=width, center=center)
        return drawn.get_height() <= height

    if size > minimum and fits(size):
        return size, True
    if not fits(minimum):
        return minimum, False
    if size <= minimum:
        return minimum, True
    # Halving between a size that fits and one that does not: a handful of trial drawings
    # instead of one per point size (at 200 % text a box could take thirty).
    low, high = minimum, size
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    return low, True


def _fit_words(text, size, width, height, bold, minimum, script, rtl) -> tuple[int, bool]:
    """_fit_in for a text laid out word by word, trying as few sizes as it can.

    Each size tried loads every glyph of the text at that size, which was most of the first
    frame after a switch into Arabic. So the words are measured at the size asked for only; the
    largest smaller size at which those widths, scaled down, would fit is the first one
    measured for real, and the next smaller ones only if it does not fit after all."""

    def fits(candidate: int) -> bool:
        return _words_height(text, candidate, bold, width, script, rtl) <= height

    if size <= minimum:
        return minimum, fits(minimum)
    if fits(size):
        return size, True
    measured = {word: _word_width(word, size, bold, script, rtl) for word in break_words(text)}
    space = font(size, bold).size(" ")[0]
    candidate = size - 1
    while candidate > minimum:
        scale = candidate / size
        lines = sum(
            len(
                wrap(
                    break_words(paragraph),
                    width,
                    lambda w, scale=scale: measured[w] * scale,
                    space * scale,
                )
                or [[]]
            )
            for paragraph in text.split("\n")
        )
        if lines * _line_height(candidate, bold, script) <= height:
            break
        candidate -= 1
    while candidate > minimum and not fits(candidate):
        candidate -= 1
    return candidate, candidate > minimum or fits(minimum)
