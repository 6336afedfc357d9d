"""Which characters a font cannot draw (it would show an empty box instead)."""

from __future__ import annotations

from pathlib import Path

import pygame

# A private-use character no font here draws: what "missing" looks like in a given font.
MISSING_PROBE = "\ue000"


def _picture(face: pygame.font.Font, char: str) -> bytes:
    image = face.render(char, False, (0, 0, 0), (255, 255, 255))
    return pygame.image.tobytes(image, "RGB") + bytes(image.get_size())


def missing_glyphs(font_file: Path, text: str, size: int = 24) -> list[str]:
    """The characters of `text` (letters, not spaces) that `font_file` draws as its empty box.

    pygame's metrics report the box's size for a missing glyph too, so a character counts as
    missing when its picture is the same as the private-use probe's."""
    face = pygame.font.Font(str(font_file), size)
    missing_picture = _picture(face, MISSING_PROBE)
    return sorted({ch for ch in text if not ch.isspace() and _picture(face, ch) == missing_picture})
