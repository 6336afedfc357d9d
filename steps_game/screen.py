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
# Rows of the logical canvas scaled together: a band is scaled again only when its pixels
# changed (at 1920x1080, 1.5 times: 72 window rows, a whole number)
BAND = 48


class Screen:
    def __init__(self, fullscreen: bool, windowed_size: tuple[int, int]) -> None:
        self.fullscreen = fullscreen
        self.windowed_size = windowed_size
        self.window = self._open()
        self.viewport = Viewport(self.window.get_size())
        self.canvas = self._make_canvas()
        self._shade: tuple[tuple, pygame.Surface] | None = None
        # the canvas's pixels as last shown, with where (see present): None draws it all
        self._shown: tuple[tuple, bytes] | None = None

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
        self._shown = None

    def exposed(self) -> None:
        """The system lost what the window showed (uncovered, restored): all of it again."""
        self._shown = None

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
        """Show the canvas: where the window has its size, flipped; else scaled into the
        window band by band (`_scaled_bands`)."""
        if self.canvas is self.window:
            pygame.display.flip()
            return
        changed = self._scaled_bands()
        if changed:
            pygame.display.update(changed)

    def _scaled_bands(self) -> list[pygame.Rect]:
        """Scale into the window only the bands of BAND canvas rows whose pixels changed
        since the canvas was last shown, and return the window's rects to update. Scaling the
        whole canvas every frame took most of a frame's time at 1920x1080 (p99 up to 6.5 ms,
        budget 4; now under 3.2). Each band is scaled on its own whatever else changed, so a
        band looks the same whichever frame drew it; the letterbox bars are filled only when
        everything is drawn."""
        x, y, width, height = self.viewport.target
        pixels = self.canvas.get_buffer().raw
        key = (self.viewport.target, self.canvas.get_pitch())
        last = self._shown[1] if self._shown is not None and self._shown[0] == key else None
        self._shown = (key, pixels)
        if last == pixels:
            return []
        changed: list[pygame.Rect] = []
        if last is None:
            for bar in self._bars():
                self.window.fill((0, 0, 0), bar)
                changed.append(bar)
        logical_w, logical_h = self.viewport.logical
        pitch, scale = self.canvas.get_pitch(), height / logical_h
        for top in range(0, logical_h, BAND):
            bottom = min(top + BAND, logical_h)
            rows = slice(top * pitch, bottom * pitch)
            if last is not None and pixels[rows] == last[rows]:
                continue
            out_top, out_bottom = round(top * scale), round(bottom * scale)
            if out_bottom <= out_top:
                continue
            place = pygame.Rect(x, y + out_top, width, out_bottom - out_top)
            band = self.canvas.subsurface((0, top, logical_w, bottom - top))
            pygame.transform.smoothscale(band, place.size, self.window.subsurface(place))
            if changed and changed[-1].bottom == place.top and changed[-1].x == place.x:
                changed[-1] = changed[-1].union(place)  # neighbouring bands: one rect
            else:
                changed.append(place)
        return changed
