"""Which characters a font cannot draw (it would show an empty box instead)."""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path

import pygame.freetype


def missing_glyphs(font_file: Path, text: str) -> list[str]:
    """The characters of `text` (not spaces) that `font_file` has no glyph for, as FreeType
    finds them (the reference the game's own quick check is tested against).

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


def has_glyph(font_file: Path, char: str) -> bool:
    return ord(char) in covered(font_file)


def read_glyph_map(font_file: Path) -> None:
    """Read a font's character map now, ahead of the first text that needs it."""
    covered(font_file)


@cache
def covered(font_file: Path) -> frozenset[int]:
    """Every code point the font's character map leads to a glyph, read from its `cmap` table.

    Asking FreeType glyph by glyph loads each glyph, and the first question opens the face:
    about 20 ms of the first frame after a switch into Arabic went to that. The table is read
    as the OpenType specification lays it out; the fonts the game ships use format 4 (the
    basic plane) and 12 (all planes)."""
    data = font_file.read_bytes()
    tables = struct.unpack_from(">H", data, 4)[0]
    for index in range(tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        if tag == b"cmap":
            return frozenset(_code_points(data, offset))
    return frozenset()


# Unicode character maps, the fullest first: (3, 10) and (0, 4) cover every plane (format 12),
# (3, 1) and (0, 3) the basic plane only (format 4). A font carries the same map under several.
UNICODE_MAPS = ((3, 10), (0, 4), (3, 1), (0, 3))


def _code_points(data: bytes, cmap: int) -> set[int]:
    offsets = {}
    for index in range(struct.unpack_from(">H", data, cmap + 2)[0]):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * index)
        offsets[platform, encoding] = cmap + offset
    for key in UNICODE_MAPS:
        if key in offsets:
            start = offsets[key]
            kind = struct.unpack_from(">H", data, start)[0]
            if kind == 12:
                return _format_12(data, start)
            if kind == 4:
                return _format_4(data, start)
    return set()


def _format_4(data: bytes, start: int) -> set[int]:
    """Segments of the basic plane; a code point maps through its segment's delta, or through
    the glyph index array when the segment has a range offset. Glyph 0 is the empty box."""
    segments = struct.unpack_from(">H", data, start + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, start + 14)
    starts = struct.unpack_from(f">{segments}H", data, start + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", data, start + 16 + 4 * segments)
    range_at = start + 16 + 6 * segments
    ranges = struct.unpack_from(f">{segments}H", data, range_at)
    found = set()
    for index in range(segments):
        for code in range(starts[index], min(ends[index], 0xFFFE) + 1):
            if ranges[index] == 0:
                glyph = (code + deltas[index]) & 0xFFFF
            else:
                at = range_at + 2 * index + ranges[index] + 2 * (code - starts[index])
                glyph = struct.unpack_from(">H", data, at)[0]
                glyph = (glyph + deltas[index]) & 0xFFFF if glyph else 0
            if glyph:
                found.add(code)
    return found


def _format_12(data: bytes, start: int) -> set[int]:
    """Groups of consecutive code points mapped to consecutive glyphs."""
    groups = struct.unpack_from(">I", data, start + 12)[0]
    found = set()
    for index in range(groups):
        first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * index)
        found.update(range(first + (glyph == 0), last + 1))
    return found
