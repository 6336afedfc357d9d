"""Fonts and cached text drawing for the game's own widgets (cards, charts, the map)."""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache, update_wrapper
from pathlib import Path

import pygame

from steps_game.paths import assets_dir

FONT_FILES = {False: "NotoSans-Regular.ttf", True: "NotoSans-Bold.ttf"}

# Texts that did not fit their box even at the smallest size. The game still draws them (clipped);
# the tests draw every screen and fail when anything lands here.
overflows: list[str] = []

# How much larger than asked every blit_text draws (1.5 in workshop mode, for a projector). A text
# that does not fit its box at the larger size shrinks to fit, as any text does. The app sets it.
_scale = 1.0


def set_text_scale(factor: float) -> None:
    global _scale
    _scale = factor


def text_scale() -> float:
    return _scale


def font_path(bold: bool = False) -> Path:
    return assets_dir() / "fonts" / FONT_FILES[bold]


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> pygame.font.Font:
    return pygame.font.Font(font_path(bold), size)


# Text images are kept for reuse up to this many bytes rather than this many images: a wrapped text
# is as wide as its box (a paragraph is half a megabyte), and 512 of them grew the game by 36 MB
# over a playthrough (python -m steps_game.bench). 16 MB holds several busy screens.
RENDER_CACHE_BYTES = 16 * 1024 * 1024


def _cached_up_to(limit: int):
    """Like lru_cache, for functions that return surfaces, bounded by the surfaces' bytes."""

    def wrap(function):
        images: OrderedDict = OrderedDict()
        held = 0

        def cached(*args, **kwargs):
            nonlocal held
            key = (args, tuple(kwargs.items()))
            image = images.get(key)
            if image is not None:
                images.move_to_end(key)
                return image
            image = function(*args, **kwargs)
            images[key] = image
            held += image.get_pitch() * image.get_height()
            while held > limit and len(images) > 1:
                _, dropped = images.popitem(last=False)
                held -= dropped.get_pitch() * dropped.get_height()
            return image

        def cache_clear() -> None:
            nonlocal held
            images.clear()
            held = 0

        cached.cache_clear = cache_clear
        return update_wrapper(cached, function)

    return wrap


@_cached_up_to(RENDER_CACHE_BYTES)
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


# Cached: every drawn text passes through here on every frame, and the per-character scan was a
# fifth of a busy screen's frame time (python -m steps_game.bench).
@lru_cache(maxsize=4096)
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
    size = fit(text, round(size * _scale), rect.width, rect.height, bold=bold)
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
