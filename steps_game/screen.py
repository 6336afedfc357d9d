"""The window the player sees, and the logical screen the scenes draw on.

Every scene draws on a 1280x720 canvas (ui.viewport.LOGICAL_SIZE). When the window has that
size the canvas is the window itself; otherwise the canvas is scaled into the middle of the
window, letterboxed, and input positions are mapped back through the viewport.
"""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.viewport import Viewport

SHADE_ALPHA = 170  # how much an overlay dims the screens under it


class Screen:
    def __init__(self, fullscreen: bool, windowed_size: tuple[int, int]) -> None:
        self.fullscreen = fullscreen
        self.windowed_size = windowed_size
        self.window = self._open()
        self.viewport = Viewport(self.window.get_size())
        self.canvas = self._make_canvas()
        self._shade: tuple[tuple, pygame.Surface] | None = None

    def _open(self) -> pygame.Surface:
        if self.fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        return pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)

    def _make_canvas(self) -> pygame.Surface:
        # When the window is exactly the logical size we draw straight into it: no scaling cost.
        if self.viewport.is_identity:
            return self.window
        return pygame.Surface(self.viewport.logical).convert()

    def changed(self) -> None:
        """The window was resized, or made anew: the viewport and the canvas follow it."""
        self.window = pygame.display.get_surface()
        self.viewport.window = self.window.get_size()
        if not self.fullscreen:  # leaving full screen comes back to the size the player chose
            self.windowed_size = self.window.get_size()
        self.canvas = self._make_canvas()

    def toggle_fullscreen(self) -> None:
        self.fullscreen = not self.fullscreen
        self.window = self._open()
        self.changed()

    def follow_window(self) -> None:
        """Catch a resize whose event was lost (to a crash, say) before drawing."""
        if self.window.get_size() != tuple(self.viewport.window):
            self.changed()

    def _bars(self) -> list[pygame.Rect]:
        """The window's parts outside the scaled canvas: none, or two (sides or top and bottom)."""
        window = self.window.get_rect()
        target = pygame.Rect(self.viewport.target)
        bars = [
            pygame.Rect(0, 0, window.width, target.top),
            pygame.Rect(0, target.bottom, window.width, window.height - target.bottom),
            pygame.Rect(0, 0, target.left, window.height),
            pygame.Rect(target.right, 0, window.width - target.right, window.height),
        ]
        return [bar for bar in bars if bar.width > 0 and bar.height > 0]

    def shade(self) -> pygame.Surface:
        """The dimming laid over the scenes under an overlay, kept while its size and colour stay:
        making it anew cost every frame under a pause menu a screen-sized surface and fill."""
        key = (self.canvas.get_size(), (*palette.SHADE, SHADE_ALPHA))
        if self._shade is None or self._shade[0] != key:
            shade = pygame.Surface(key[0], pygame.SRCALPHA)
            shade.fill(key[1])
            self._shade = (key, shade)
        return self._shade[1]

    def present(self) -> None:
        """Show the canvas: scaled into the window when they differ, then flipped. Only the
        letterbox bars are filled: the scaled canvas covers the rest (filling the whole window
        first was a tenth of presenting at 1920x1080)."""
        if self.canvas is not self.window:
            x, y, width, height = self.viewport.target
            for bar in self._bars():
                self.window.fill((0, 0, 0), bar)
            pygame.transform.smoothscale(
                self.canvas, (width, height), self.window.subsurface((x, y, width, height))
            )
        pygame.display.flip()
