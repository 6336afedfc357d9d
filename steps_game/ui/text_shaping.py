"""Texts in a script with a font of its own (Arabic, Persian) and right-to-left texts, drawn
word by word: each line cut into pieces in visual order, each piece shaped by HarfBuzz in the
font that has its letters."""

from __future__ import annotations

import re
from functools import lru_cache

import pygame

from steps_game.ui.fonts import SCRIPT_FONTS, font, font_path, script_font_path
from steps_game.ui.glyphs import has_glyph
from steps_game.ui.reading_order import has_rtl, visual_runs
from steps_game.ui.text_clean import without_marks
from steps_game.ui.text_writing import current_writing

SCRIPT_LINE_HEIGHT = 1.5  # times the size; see text_render._render_words


@lru_cache(maxsize=2048)
def _pieces(line: str, bold: bool, script: str, rtl: bool) -> tuple[tuple[bool, bool, str], ...]:
    """A line in a language with a script font, cut into the pieces drawn one by one from the
    left: (own, rtl, text), `own` for the script's font, else Noto Sans; `rtl` pieces are given
    to HarfBuzz in logical order and laid out right to left by it (it mirrors their brackets).

    The line's runs come in visual order from the bidirectional algorithm (ui/reading_order.py).
    A right-to-left run is drawn by the script's font, with what that font lacks (brackets, an
    ellipsis) by Noto Sans, its pieces put together from the right; a left-to-right run by Noto
    Sans, with what it lacks (an Arabic comma, Persian digits) by the script's font. The bidi
    marks and isolates have placed the runs and are left out of the pieces: no font is asked
    to draw them."""
    pieces: list[tuple[bool, bool, str]] = []
    script_file = script_font_path(script, bold)
    for run in visual_runs(line, rtl):
        # Spaces are Noto Sans's, as wide as wrapping counts them between words.
        tokens = [token for token in re.split(r"( +)", run.text) if token]
        for token in reversed(tokens) if run.rtl else tokens:
            token = without_marks(token)
            if not token:
                continue
            if token.isspace():
                pieces.append((False, False, token))
            elif run.rtl:
                cut = _runs(token, lambda ch: has_glyph(script_file, ch))
                pieces += [(own, True, text) for own, text in reversed(cut)]
            else:
                cut = _runs(token, lambda ch: not has_glyph(font_path(bold), ch))
                pieces += [(own, False, text) for own, text in cut]
    return tuple(pieces)


@lru_cache(maxsize=128)
def _piece_font(own: bool, rtl: bool, size: int, bold: bool, script: str) -> pygame.font.Font:
    """The font a piece is shaped with: the script's or Noto Sans, in the piece's direction."""
    if own:
        face = pygame.font.Font(script_font_path(script, bold), size)
        face.set_script(SCRIPT_FONTS[script][1])
    else:
        face = pygame.font.Font(font_path(bold), size)
    face.set_direction(pygame.DIRECTION_RTL if rtl else pygame.DIRECTION_LTR)
    return face


@lru_cache(maxsize=4096)
def _piece_image(text, own, rtl, size, color, bold, script) -> pygame.Surface:
    """One piece of a line (mostly a word), kept: the same words come back in many lines. A
    piece of joiners alone (a typed U+200D) has no width, which the font refuses to draw: it
    is an empty piece as tall as the line."""
    face = _piece_font(own, rtl, size, bold, script)
    if face.size(text)[0] == 0:
        return pygame.Surface((0, face.get_height()), pygame.SRCALPHA)
    return face.render(text, True, color)


@lru_cache(maxsize=2048)
def _word(line: str, size: int, color: tuple[int, int, int], bold: bool, script: str, rtl: bool):
    """One line (or one word of it, for measuring) drawn piece by piece in visual order."""
    if script not in SCRIPT_FONTS:
        return font(size, bold).render(without_marks(line), True, color)
    pieces = [
        # spaces are only room: measured, not drawn
        font(size, bold).size(text)[0]
        if text.isspace()
        else _piece_image(text, own, piece_rtl, size, color, bold, script)
        for own, piece_rtl, text in _pieces(line, bold, script, rtl)
    ]
    if len(pieces) == 1 and not isinstance(pieces[0], int):
        return pieces[0]
    drawn = [piece for piece in pieces if not isinstance(piece, int)]
    width = sum(piece if isinstance(piece, int) else piece.get_width() for piece in pieces)
    height = max((piece.get_height() for piece in drawn), default=font(size, bold).get_height())
    image = pygame.Surface((max(width, 1), height), pygame.SRCALPHA)
    x = 0
    for piece in pieces:
        if isinstance(piece, int):
            x += piece
            continue
        image.blit(piece, (x, (height - piece.get_height()) // 2))
        x += piece.get_width()
    return image


@lru_cache(maxsize=4096)
def _word_width(line: str, size: int, bold: bool, script: str, rtl: bool) -> int:
    """How wide _word draws `line`, measured without drawing it: a text being fitted to its box
    is laid out at several sizes, and drawing every word at each of them was most of the first
    frame after a switch into Arabic (python -m steps_game.bench)."""
    if script not in SCRIPT_FONTS:
        return font(size, bold).size(without_marks(line))[0]
    pieces = _pieces(line, bold, script, rtl)
    width = sum(
        (
            font(size, bold) if text.isspace() else _piece_font(own, piece_rtl, size, bold, script)
        ).size(text)[0]
        for own, piece_rtl, text in pieces
    )
    return width if len(pieces) == 1 else max(width, 1)


def _runs(word: str, in_script_font) -> list[tuple[bool, str]]:
    """The word cut where it changes between characters for the script font and the rest."""
    runs: list[tuple[bool, str]] = []
    for char in word:
        own = in_script_font(char)
        if runs and runs[-1][0] == own:
            runs[-1] = (own, runs[-1][1] + char)
        else:
            runs.append((own, char))
    return runs


def _writing_of(text: str, writing: tuple[str, bool]) -> tuple[str, bool]:
    """The writing a text is drawn in: the language's, except that right-to-left words on a
    Latin-script screen (Arabic and Persian in the list of languages) take the Arabic script's
    font, which Noto Sans lacks, in a left-to-right layout."""
    script, rtl = writing
    if script not in SCRIPT_FONTS and has_rtl(text):
        return "arabic", rtl
    return writing


def _takes_words(text: str, writing: tuple[str, bool]) -> bool:
    """Whether `text` is laid out word by word (see _render_words) rather than by SDL_ttf."""
    script, rtl = writing
    return rtl or (script in SCRIPT_FONTS and has_rtl(text))


def _line_height(size: int, bold: bool, script: str) -> int:
    line_height = font(size, bold).get_linesize()
    if script in SCRIPT_FONTS:
        # Noto Sans Arabic's line is 2.1 times its size, room for marks stacked above and below
        # that everyday words do not use: its letters and their marks stand within the middle
        # 1.5 (word images are centred on their line). The full line made every two-line text in
        # a card too tall for it.
        line_height = max(line_height, round(size * SCRIPT_LINE_HEIGHT))
    return line_height


def line_height(size: int, bold: bool = False) -> int:
    """How tall one line of text at `size` is in the current writing (for laying out boxes)."""
    return _line_height(size, bold, current_writing()[0])
