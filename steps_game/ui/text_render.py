"""Texts drawn to images, wrapped to a width, in the current writing; each image kept for reuse
(see text_cache)."""

from __future__ import annotations

from functools import lru_cache

import pygame

from steps_game.ui.fonts import font
from steps_game.ui.text_cache import RENDER_CACHE_BYTES, RENDER_CACHE_FLOOR, _cached_up_to
from steps_game.ui.text_clean import clean, without_marks
from steps_game.ui.text_shaping import (
    _line_height,
    _takes_words,
    _word,
    _word_width,
    _writing_of,
)
from steps_game.ui.text_wrap import _word_lines
from steps_game.ui.text_writing import current_writing


def render(
    text: str,
    size: int,
    color: tuple[int, int, int],
    *,
    bold: bool = False,
    width: int = 0,
    center: bool = False,
) -> pygame.Surface:
    """Text as a surface, wrapped to `width` when given. Cached: the same words are drawn once."""
    return _render(text, size, color, bold, width, center, current_writing())


def end_frame() -> None:
    """A frame is drawn: the text images of screens gone by may go (see text_cache)."""
    _render.end_frame()


def start_build() -> None:
    """A screen is built anew: the text images it asks for stay until its next build, drawn or
    only measured (see text_cache)."""
    _render.start_build()


def text_size(text: str, size: int, bold: bool = False) -> tuple[int, int]:
    """How large `text` is drawn on one line, in the current writing."""
    return _measured(text, size, bold, 0, current_writing())


def measured_size(text: str, size: int, *, bold: bool = False, width: int = 0) -> tuple[int, int]:
    """How large `text` is drawn at `size` px wrapped to `width` (0: on one line), in the
    current writing: the size of render's image, in any colour."""
    return _measured(text, size, bold, width, current_writing())


@lru_cache(maxsize=16384)
def _measured(text, size, bold, width, writing) -> tuple[int, int]:
    """Kept apart from the images: layouts measure the same texts again and again (a board
    stacked at large text is laid out up to four times a build), and the image cache, bounded
    by bytes, holds only a dozen paragraphs at 200 %; the measures outlived their images and
    the same paragraph was drawn again just to be measured (half of a walk through the game at
    200 % in Arabic went to drawing texts no one saw). The image drawn to measure is not kept
    in the image cache: it is black, and no one draws it, so it only pushed out images that are
    drawn (python -m steps_game.bench: a playthrough's peak memory).

    A text laid out word by word (right-to-left, or in a script font) is measured without
    drawing it at all, from the widths its words are wrapped by: drawing it only to measure it
    was a quarter of a walk through every screen in Persian (python -m steps_game.audit)."""
    cleaned = clean(text)
    script, rtl = _writing_of(cleaned, writing)
    if _takes_words(cleaned, (script, rtl)):
        lines = _word_lines(cleaned, size, bold, width, script, rtl)
        widths = [_word_width(line, size, bold, script, rtl) if line else 0 for line in lines]
        return max([width, *widths, 1]), _line_height(size, bold, script) * len(lines)
    return _render.__wrapped__(text, size, (0, 0, 0), bold, width, False, writing).get_size()


@_cached_up_to(RENDER_CACHE_BYTES, RENDER_CACHE_FLOOR)
def _render(text, size, color, bold, width, center, writing) -> pygame.Surface:
    text = clean(text)
    writing = _writing_of(text, writing)
    if _takes_words(text, writing):
        return _render_words(text, size, color, bold, width, center, *writing)
    face = font(size, bold)
    face.align = pygame.FONT_CENTER if center else pygame.FONT_LEFT
    # a left-to-right text without right-to-left letters, drawn whole: without its marks, which
    # SDL_ttf would draw (a box where the font has no glyph for one)
    return face.render(without_marks(text), True, color, None, width)


def _render_words(text, size, color, bold, width, center, script, rtl) -> pygame.Surface:
    """Paragraphs wrapped at spaces to `width`, each line drawn in visual order (see _pieces),
    right-aligned in a right-to-left language."""
    line_height = _line_height(size, bold, script)
    lines = [
        _word(line, size, color, bold, script, rtl) if line else None
        for line in _word_lines(text, size, bold, width, script, rtl)
    ]
    widths = [line.get_width() if line else 0 for line in lines]
    surface = pygame.Surface((max([width, *widths, 1]), line_height * len(lines)), pygame.SRCALPHA)
    for index, (line, used) in enumerate(zip(lines, widths, strict=True)):
        if line is None:
            continue
        if center:
            x = (surface.get_width() - used) // 2
        else:
            x = surface.get_width() - used if rtl else 0
        surface.blit(line, (x, index * line_height + (line_height - line.get_height()) // 2))
    return surface
