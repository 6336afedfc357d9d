"""The font files texts are drawn with, and the fonts opened from them at each size."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

import pygame

from steps_game.paths import assets_dir

FONT_FILES = {False: "NotoSans-Regular.ttf", True: "NotoSans-Bold.ttf"}
# Scripts Noto Sans lacks get a font of their own, shaped by HarfBuzz (joined letters) and laid out
# right to left; runs in Latin letters inside them keep Noto Sans (see text_shaping._pieces).
SCRIPT_FONTS = {
    "arabic": ({False: "NotoSansArabic-Regular.ttf", True: "NotoSansArabic-Bold.ttf"}, "Arab"),
}


@cache
def font_path(bold: bool = False) -> Path:
    return assets_dir() / "fonts" / FONT_FILES[bold]


@cache
def script_font_path(script: str, bold: bool) -> Path:
    return assets_dir() / "fonts" / SCRIPT_FONTS[script][0][bold]


def font_files(script: str) -> list[Path]:
    """Every font file a script's texts are drawn with (see text_shaping._pieces)."""
    files = [font_path(False), font_path(True)]
    if script in SCRIPT_FONTS:
        files += [script_font_path(script, False), script_font_path(script, True)]
    return files


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> pygame.font.Font:
    return pygame.font.Font(font_path(bold), size)
