"""The one pygame_gui UIManager, told how the window maps onto the logical screen."""

from __future__ import annotations

import json

import pygame_gui

from steps_game.paths import assets_dir
from steps_game.ui.text import font_path
from steps_game.ui.viewport import Viewport

FONT_NAME = "notosans"
FONT_SIZES = (18, 22, 26)


class GameUIManager(pygame_gui.UIManager):
    def __init__(self, viewport: Viewport) -> None:
        super().__init__(viewport.logical, enable_live_theme_updates=False)
        self.viewport = viewport
        self.add_font_paths(FONT_NAME, str(font_path(False)), str(font_path(True)))
        # Preloading keeps pygame_gui from loading (and warning about) fonts mid-frame.
        self.preload_fonts(
            [
                {"name": FONT_NAME, "point_size": size, "style": style}
                for size in FONT_SIZES
                for style in ("regular", "bold")
            ]
        )
        with (assets_dir() / "themes" / "default.json").open(encoding="utf-8") as handle:
            self.get_theme().load_theme(json.load(handle))

    def calculate_scaled_mouse_position(self, position: tuple[int, int]) -> tuple[int, int]:
        return self.viewport.to_logical(position)
