"""What our group thought as one picture (a PNG for the group's files, and the picture of several
groups' files in `steps-game summary`), drawn on a Surface without a window.

The same words as the group screen (group_words.py), one point under another, 1920 pixels wide
for a projector or a slide; a long run makes the picture taller rather than its words smaller.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pygame

from steps_game.group_words import PointWords, step_name, steps_of
from steps_game.i18n import Translator
from steps_game.ui import palette
from steps_game.ui.text import blit_text, text_height
from steps_game.ui.writing import written_in

WIDTH = 1920
LEAST_HEIGHT = 1080
MARGIN = 96
GAP = 12
POINT_GAP = 28
# design sizes (drawn at 100 %, see writing.written_in): large enough to read from the back of
# a room when the picture is shown whole on a projector
OVERLINE = 28
TITLE = 56
INTRO = 28
STEP = 38
QUESTION = 32
LINE = 30


def _blocks(
    tr: Translator,
    heading: str,
    intro: str,
    words: Sequence[PointWords],
    step_titles: dict[int, str],
    empty: str,
) -> list[tuple[str, int, str, bool, tuple[int, int, int], int]]:
    """Every text of the picture in order: (words, size, role, bold, colour, gap before)."""
    blocks = [
        (tr("game.name"), OVERLINE, "secondary", True, palette.ACCENT_DARK, 0),
        (heading, TITLE, "title", True, palette.INK, 4),
        (intro, INTRO, "secondary", False, palette.MUTED, GAP),
    ]
    if not words:
        blocks.append((empty, LINE, "body", False, palette.INK, POINT_GAP * 2))
    for step, points in steps_of(words):
        blocks.append(
            (
                step_name(tr, step, step_titles),
                STEP,
                "title",
                True,
                palette.ACCENT_DARK,
                POINT_GAP * 2,
            )
        )
        for point in points:
            blocks.append((point.question, QUESTION, "body", True, palette.INK, POINT_GAP))
            blocks += [
                (line, LINE, "body", False, _line_color(point, line, number, tr), GAP // 2)
                for number, line in enumerate(point.lines)
            ]
    return blocks


def _line_color(point: PointWords, line: str, number: int, tr) -> tuple[int, int, int]:
    """A right answer said or named in a right answer's colour, as on the group screen."""
    return palette.GOOD if point.names_right(line, tr, number, paragraphs=False) else palette.INK


def draw_group(
    words: Sequence[PointWords],
    language: str,
    *,
    heading: str,
    intro: str,
    empty: str,
    step_titles: dict[int, str] | None = None,
) -> pygame.Surface:
    """The picture in `language` (its script and direction, at 100 % text)."""
    pygame.font.init()
    with written_in(language):
        tr = Translator(language)
        width = WIDTH - 2 * MARGIN
        blocks = _blocks(tr, heading, intro, words, step_titles or {}, empty)
        heights = [
            text_height(text, size, width, role=role, bold=bold)
            for text, size, role, bold, _, _ in blocks
        ]
        needed = MARGIN + sum(h + gap for h, (*_, gap) in zip(heights, blocks, strict=True))
        surface = pygame.Surface((WIDTH, max(LEAST_HEIGHT, needed + MARGIN)))
        surface.fill(palette.WHITE)
        y = MARGIN
        for (text, size, role, bold, color, gap), height in zip(blocks, heights, strict=True):
            y += gap
            blit_text(
                surface,
                text,
                pygame.Rect(MARGIN, y, width, height),
                size,
                color,
                role=role,
                bold=bold,
            )
            y += height
        return surface


def png_bytes(surface: pygame.Surface) -> bytes:
    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "group.png")
    return buffer.getvalue()
