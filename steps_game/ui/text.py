"""Fonts and cached text drawing for the game's own widgets (cards, charts, the map)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pygame

from steps_game.paths import assets_dir

FONT_FILES = {False: "NotoSans-Regular.ttf", True: "NotoSans-Bold.ttf"}

# Texts that did not fit their box even at the smallest size. The game still draws them (clipped);
# the tests draw every screen and fail when anything lands here.
overflows: list[str] = []


def font_path(bold: bool = False) -> Path:
    return assets_dir() / "fonts" / FONT_FILES[bold]


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> pygame.font.Font:
    return pygame.font.Font(font_path(bold), size)


@lru_cache(maxsize=512)
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
    face = font(size, bold)
    face.align = pygame.FONT_CENTER if center else pygame.FONT_LEFT
    return face.render(clean(text), True, color, None, width)


def fit(
    text: str, size: int, width: int, height: int, *, bold: bool = False, minimum: int = 12
) -> int:
    """The largest size up to `size` at which `text` wrapped to `width` fits in `height`."""
    return _fit(clean(text), size, width, height, bold, minimum)


@lru_cache(maxsize=1024)
def _fit(text: str, size: int, width: int, height: int, bold: bool, minimum: int) -> int:
    while size > minimum:
        if _wrapped_height(font(size, bold), text, width) <= height:
            return size
        size -= 1
    if _wrapped_height(font(minimum, bold), text, width) > height:
        overflows.append(f"{text[:60]!r} does not fit {width}x{height}")
    return minimum


def _wrapped_height(face: pygame.font.Font, text: str, width: int) -> int:
    return face.render(text, True, (0, 0, 0), None, width).get_height()


def clean(text: str) -> str:
    """Drop control characters (they draw as boxes) but keep line breaks."""
    return "".join(ch for ch in text if ch == "\n" or ch.isprintable())


def blit_text(
    surface: pygame.Surface,
    text: str,
    rect: pygame.Rect,
    size: int,
    color: tuple[int, int, int],
    *,
    bold: bool = False,
    center: bool = False,
    middle: bool = False,
) -> pygame.Rect:
    """Draw wrapped text inside `rect`, shrinking it when it would not fit."""
    size = fit(text, size, rect.width, rect.height, bold=bold)
    image = render(text, size, color, bold=bold, width=rect.width, center=center)
    dest = image.get_rect()
    dest.top = rect.top
    if center:
        dest.centerx = rect.centerx
    else:
        dest.left = rect.left
    if middle:
        dest.centery = rect.centery
    clip = surface.get_clip()
    surface.set_clip(rect.clip(clip) if clip else rect)
    surface.blit(image, dest)
    surface.set_clip(clip)
    return dest
