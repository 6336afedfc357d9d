"""The Finnish word of an option's key term (the setting "Finnish beside my language"), drawn in
smaller letters after the option's words on their last line when it fits there, else on a line
of its own under them (or on a card's badge line: ui/cards.py). Beside the words it costs no
height, so a board of cards keeps its pages.

The word is Latin script inside whatever the player reads: in Arabic or Persian it stands where
the words end, on their left, and ui/text.py draws it through the bidirectional algorithm
(ui/reading_order.py, python-bidi), so its letters read left to right as a run of their own.
Every measure here is the one the drawing uses, so a card is made as tall as it draws.
"""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.text import (
    blit_text,
    is_rtl,
    line_height,
    render,
    role_size,
    text_scale,
    text_size,
    wrapped_lines,
)

FINNISH_SIZE = 16  # designed at the secondary floor: it never shrinks under it
FINNISH_GAP = 2  # between the words and the Finnish word on a line under them
BESIDE_GAP = 12  # between the words and the Finnish word after them, at 100 % text size


def _gap() -> int:
    return round(BESIDE_GAP * text_scale())


def _px() -> int:
    return role_size(FINNISH_SIZE, "secondary")


def word_width(word: str) -> int:
    return text_size(word, _px())[0]


def finnish_height(word: str, width: int) -> int:
    """How tall the Finnish word is on a line of its own `width` wide (0 for none): lines of the
    language's line height, so that a right-to-left board measures as its mirror image does
    (Latin letters alone are set on the script's taller line only right to left)."""
    if not word:
        return 0
    return line_height(_px()) * max(1, len(wrapped_lines(word, _px(), max(1, width))))


def _lines_with_room(text: str, px: int, word: str, width: int) -> list[str] | None:
    """The words' lines (`px` large, `width` wide) when the word fits after the last of them,
    else None. Drawn line by line from these, the words and the word never disagree."""
    lines = wrapped_lines(text, px, width)
    widths = [text_size(line, px)[0] for line in lines]
    if not lines or max(widths) > width:
        return None
    if widths[-1] + _gap() + word_width(word) > width:
        return None
    return lines


def fits_beside(text: str, px: int, word: str, width: int) -> bool:
    """Whether the word stands after the words (`px` large) on their last line in `width`."""
    return bool(word) and _lines_with_room(text, px, word, width) is not None


def extra_height(text: str, px: int, word: str, width: int) -> int:
    """How much taller the word makes the words' box than the words alone (wrapped `width`
    wide): a line under them, or nothing when it stands beside them."""
    if not word:
        return 0
    lines = _lines_with_room(text, px, word, width)
    if lines is None:
        return FINNISH_GAP + finnish_height(word, width)
    alone = render(text, px, palette.INK, width=width).get_height()
    return max(0, len(lines) * line_height(px) - alone)


def draw_finnish(
    surface: pygame.Surface, word: str, rect: pygame.Rect, *, dimmed: bool = False
) -> None:
    color = palette.MUTED if dimmed else palette.ACCENT_DARK
    blit_text(surface, word, rect, FINNISH_SIZE, color, role="secondary")


def draw_at_end(
    surface: pygame.Surface, word: str, line: pygame.Rect, *, dimmed: bool = False
) -> None:
    """The word at the end of `line` where reading ends (the right, or the left right to left),
    its foot on the line's foot."""
    width = word_width(word)
    height = finnish_height(word, width)
    box = pygame.Rect(line.right - width, line.bottom - height, width, height)
    if is_rtl():
        box.left = line.left
    draw_finnish(surface, word, box, dimmed=dimmed)


def words_and_finnish(
    surface: pygame.Surface,
    text: str,
    box: pygame.Rect,
    size: int,
    color,
    *,
    role: str = "option",
    middle: bool = False,
    finnish: str = "",
) -> None:
    """An option's words in `box` (as blit_text draws them) and its Finnish word: after them on
    their last line when it fits there, else on a line under them; with `middle` the words
    and the word stand together in the middle of the box."""
    if not finnish:
        blit_text(surface, text, box, size, color, role=role, middle=middle)
        return
    dimmed = color == palette.MUTED
    px = role_size(size, role)
    lines = _lines_with_room(text, px, finnish, box.width)
    if lines is not None:
        line_h = line_height(px)
        top = box.top
        if middle:
            top = max(box.top, box.centery - len(lines) * line_h // 2)
        for index, line in enumerate(lines):  # as blit_text would wrap them, line by line
            row = pygame.Rect(box.left, top + index * line_h, box.width, line_h)
            blit_text(surface, line, row, size, color, role=role)
        words_w = text_size(lines[-1], px)[0]
        last_top = top + (len(lines) - 1) * line_h
        after = pygame.Rect(box.left + words_w + _gap(), last_top, word_width(finnish), line_h)
        if is_rtl():
            after.right = box.right - words_w - _gap()
        draw_at_end(surface, finnish, after, dimmed=dimmed)
        return
    finnish_h = finnish_height(finnish, box.width)
    room = box.height - finnish_h - FINNISH_GAP
    words_h = min(room, render(text, px, color, width=box.width).get_height())
    top = box.top
    if middle:
        top = max(box.top, box.centery - (words_h + FINNISH_GAP + finnish_h) // 2)
    blit_text(surface, text, pygame.Rect(box.left, top, box.width, words_h), size, color, role=role)
    under = pygame.Rect(box.left, top + words_h + FINNISH_GAP, box.width, finnish_h)
    draw_finnish(surface, finnish, under, dimmed=dimmed)
