"""Which characters a font cannot draw (it would show an empty box instead)."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

import pygame.freetype


def missing_glyphs(font_file: Path, text: str) -> list[str]:
    """The characters of `text` (not spaces) that `font_file` has no glyph for.

    pygame.freetype answers None for a missing glyph (pygame.font reports the empty box's size
    instead, so it cannot tell)."""
    if not pygame.freetype.get_init():
        pygame.freetype.init()
    face = pygame.freetype.Font(str(font_file), 24)
    chars = sorted({ch for ch in text if not ch.isspace()})
    return [
        ch
        for ch, metrics in zip(chars, face.get_metrics("".join(chars)), strict=True)
        if metrics is None
    ]


@cache
def _face(font_file: Path) -> pygame.freetype.Font:
    if not pygame.freetype.get_init():
        pygame.freetype.init()
    return pygame.freetype.Font(str(font_file), 24)


@lru_cache(maxsize=4096)
def has_glyph(font_file: Path, char: str) -> bool:
    return _face(font_file).get_metrics(char)[0] is not None
