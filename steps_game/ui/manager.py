"""The one pygame_gui UIManager, told how the window maps onto the logical screen."""

from __future__ import annotations

import json
from functools import cache

import pygame
import pygame_gui
from pygame_gui.core.surface_cache import SurfaceCache

from steps_game.paths import assets_dir
from steps_game.ui.text import font_path
from steps_game.ui.viewport import Viewport

FONT_NAME = "notosans"


class GameUIManager(pygame_gui.UIManager):
    def __init__(self, viewport: Viewport, theme: str = "default") -> None:
        """`theme` names a file in assets/themes/: "default", or "workshop" (high contrast)."""
        super().__init__(viewport.logical, enable_live_theme_updates=False)
        self.get_theme().shape_cache = _shapes()
        # Buttons a screen let go of (a rebuild, a screen closing), hidden, by what they look
        # like: the next build of any screen takes them back instead of making its own, until
        # the frame ends (drop_spare_buttons). Making a button draws its shape and its words for
        # each state, and screens share many (a footer's Back, a menu's rows).
        self._spare_buttons: dict[tuple, list[pygame_gui.elements.UIButton]] = {}
        self.viewport = viewport
        self.add_font_paths(FONT_NAME, str(font_path(False)), str(font_path(True)))
        with (assets_dir() / "themes" / f"{theme}.json").open(encoding="utf-8") as handle:
            theme_data = json.load(handle)
        # Preloading keeps pygame_gui from loading (and warning about) fonts mid-frame. Only
        # the fonts the theme names: pygame_gui draws no words of the game (its buttons' words
        # are the game's own, ui/builder.py), and each font more was memory for nothing.
        named = {int(block["font"]["size"]) for block in theme_data.values() if "font" in block}
        self.preload_fonts(
            [{"name": FONT_NAME, "point_size": size, "style": "regular"} for size in sorted(named)]
        )
        self.get_theme().load_theme(theme_data)

    def keep_button(self, looks: tuple, button: pygame_gui.elements.UIButton) -> None:
        button.hide()
        self._spare_buttons.setdefault(looks, []).append(button)

    def take_button(
        self, looks: tuple, where: tuple[int, int]
    ) -> pygame_gui.elements.UIButton | None:
        """A spare button of these looks (size, style, enabled), moved to `where`: a button of
        the same size elsewhere (an option on the next page, a list laid out anew) is moved
        rather than made and drawn again."""
        kept = self._spare_buttons.get(looks)
        if not kept:
            return None
        # the one that stood there, if any: an unchanged screen keeps each button as it was
        at = [index for index, spare in enumerate(kept) if spare.relative_rect.topleft == where]
        button = kept.pop(at[0] if at else -1)
        if tuple(button.relative_rect.topleft) != tuple(where):
            button.set_relative_position(where)
        button.show()
        return button

    def drop_spare_buttons(self) -> None:
        """Remove the buttons no build took back."""
        if not self._spare_buttons:
            return  # most frames: nothing was rebuilt
        for kept in self._spare_buttons.values():
            for button in kept:
                button.kill()
        self._spare_buttons = {}

    def calculate_scaled_mouse_position(self, position: tuple[int, int]) -> tuple[int, int]:
        return self.viewport.to_logical(position)


@cache
def _shapes() -> SurfaceCache:
    """The cache of drawn shapes every UIManager of the game is given: one that keeps none.

    pygame_gui keeps a button's drawn shape to copy for the next button of that size and look,
    on pages of 1024x1024 pixels, the first made and filled at once: 4.2 MB of a playthrough's
    peak (python -m steps_game.bench.child play, 88 MB resident). The game's buttons are plain
    rectangles (the themes' `shape`; pygame_gui draws a rounded one four times larger and scales
    it down, a dozen times the cost, which the cache was for), and a rectangle is filled as fast
    as a kept one is copied: making 500 buttons of the game's sizes took 170-190 us each with
    the cache and without. The cards the player chooses keep their rounded corners, drawn by
    the game."""
    return _NoShapes()


class _NoShapes(SurfaceCache):
    def __init__(self) -> None:  # SurfaceCache's own makes its first page
        self.cache_surface_size = (1024, 1024)
        self.cache_surfaces = []
        self.cache_long_term_lookup = {}
        self.cache_short_term_lookup = {}
        self.consider_purging_list = []
        self.low_on_space = False

    def add_surface_to_cache(self, surface: pygame.Surface, string_id: str) -> None:
        pass

    def find_surface_in_cache(self, lookup_id: str) -> None:
        return None

    def remove_user_from_cache_item(self, string_id: str) -> None:
        pass

    def remove_user_and_request_clean_up_of_cached_item(self, string_id: str) -> None:
        pass

    def update(self) -> None:
        pass


def draw_states_when_shown(button: pygame_gui.elements.UIButton) -> None:
    """pygame_gui draws a new button's other looks (hovered, selected, active) in the frames
    after it is made, one a frame, whether or not they are ever shown; it also draws a look the
    moment it is first shown. The game leaves them to that: a rebuild makes a few dozen buttons,
    and the three frames after it drew three shapes for each."""
    button.drawable_shape.states_to_redraw_queue.clear()
