"""Draw the app's icon, assets/icon.png: seven steps going up, in the game's colours.

    python packaging/make_icon.py

Drawn by code so that it can be made again at any size; the PNG is kept in the repository because
the game sets it as its window's icon, and the spec gives it to the app (PyInstaller turns it into
Windows' .ico and macOS's .icns with Pillow).
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame

from steps_game.ui import palette

SIZE = 512
STEPS = 7
OUT = Path(__file__).resolve().parents[1] / "assets" / "icon.png"


def draw(size: int = SIZE) -> pygame.Surface:
    icon = pygame.Surface((size, size), pygame.SRCALPHA)
    margin = size // 16
    tile = pygame.Rect(margin, margin, size - 2 * margin, size - 2 * margin)
    pygame.draw.rect(icon, palette.ACCENT, tile, border_radius=size // 6)
    # The staircase, step n n/7 of the way up, below room for the one who climbs it: a ball in
    # the game's focus orange on the top step
    inner = tile.inflate(-size // 4, -size // 4)
    width = inner.width / STEPS
    rise = (inner.height - width) / STEPS
    for n in range(STEPS):
        height = round(rise * (n + 1))
        left = round(inner.left + n * width)
        step = pygame.Rect(left, inner.bottom - height, round(width) + 1, height)
        pygame.draw.rect(icon, palette.WHITE, step)
    radius = round(width * 0.45)
    top = inner.bottom - round(rise * STEPS)
    centre = (round(inner.left + (STEPS - 0.5) * width), top - radius - size // 64)
    pygame.draw.circle(icon, palette.FOCUS, centre, radius)
    return icon


def main() -> None:
    pygame.display.init()
    pygame.image.save(draw(), str(OUT))
    print(OUT)


if __name__ == "__main__":
    main()
