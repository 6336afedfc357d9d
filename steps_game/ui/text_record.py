"""The layout audit's record of every text drawn on a screen (steps_game.audit)."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

import pygame


@dataclass(frozen=True)
class DrawnText:
    """One text as it reached the screen, for the layout audit (steps_game.audit)."""

    role: str
    size: int  # the font size it was drawn at, in logical pixels
    rect: pygame.Rect  # where its letters are, clipped to its box
    text: str
    surface: int  # id() of the surface drawn on: positions compare only on the same one
    cut: bool = False  # it did not fit its box, even at its floor, and was clipped
    words: str = ""  # the whole text (`text` is its first 60 characters, for the audit's lines)


# While the audit records, every drawn text lands here (see recording()).
_drawn: list[DrawnText] | None = None


@contextmanager
def recording():
    """Collect every text drawn inside the block (the layout audit's view of a screen)."""
    global _drawn
    drawn: list[DrawnText] = []
    _drawn = drawn
    try:
        yield drawn
    finally:
        _drawn = None


def _note_drawn(
    surface: pygame.Surface,
    role: str,
    size: int,
    image: pygame.Surface,
    dest: pygame.Rect,
    box: pygame.Rect | None,
    text: str,
) -> None:
    """Record a drawn text while the audit records (measured only then: finding the letters
    scans the image's pixels)."""
    if _drawn is None:
        return
    bounds = image.get_bounding_rect()
    ink = bounds.move(dest.topleft)
    if box is not None:
        ink = ink.clip(box)
    cut = box is not None and (image.get_height() > box.height or image.get_width() > box.width)
    if ink.width > 0 and ink.height > 0:
        _drawn.append(DrawnText(role, size, ink, text[:60], id(surface), cut, text))
