"""A list shown whole item by whole item when it is longer than its box: the mouse wheel and Page
Up / Page Down move it one item at a time, and small arrows say that there is more.

Items are never cut in half (a text drawn under its box would be clipped) and never shrunk
under their floor: what does not fit waits above or below.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

ARROW = 9  # half the width of the "more above / more below" marks


class ItemScroll:
    """Which items of a list are on screen: from `first`, as many whole ones as fit."""

    def __init__(self) -> None:
        self.first = 0
        self.shown = range(0)
        self.count = 0
        self.rect = pygame.Rect(0, 0, 0, 0)  # where the list stands on screen, for the wheel
        self._kept: object = None

    def lay_out(
        self,
        heights: Sequence[int],
        gap: int,
        room: int,
        *,
        keep: int | None = None,
        keep_key: object = None,
    ) -> range:
        """The items shown in `room`. `keep` is brought into view once for each new `keep_key`
        (the part being chosen, the item just added), not again while the player scrolls."""
        self.count = len(heights)
        last_first = self.count - 1
        used = 0
        for index in range(self.count - 1, -1, -1):
            used += heights[index] + (gap if used else 0)
            if used > room:
                break
            last_first = index
        self.first = max(0, min(self.first, last_first))
        if keep is not None and keep_key != self._kept:
            self._kept = keep_key
            if keep < self.first:
                self.first = keep
            else:
                while self.first < keep and not self._fits(heights, gap, room, self.first, keep):
                    self.first += 1
        end = self.first
        used = 0
        while end < self.count:
            used += heights[end] + (gap if end > self.first else 0)
            if used > room and end > self.first:
                break
            end += 1
        self.shown = range(self.first, end)
        return self.shown

    @staticmethod
    def _fits(heights, gap, room, first, last) -> bool:
        return sum(heights[first : last + 1]) + gap * (last - first) <= room

    @property
    def scrolls(self) -> bool:
        return len(self.shown) < self.count

    def scroll(self, by: int) -> bool:
        """Move by `by` items (down is positive); whether anything moved."""
        before = self.first
        if by > 0 and self.shown and self.shown.stop >= self.count:
            return False
        self.first = max(0, min(self.count - 1, self.first + by))
        return self.first != before

    def draw_marks(self, surface: pygame.Surface, color, *, rtl: bool = False) -> None:
        """A small triangle at the top and at the bottom of the list's end side, in the margin
        beside the words, while items wait there."""
        if not self.scrolls:
            return
        x = self.rect.left - ARROW - 3 if rtl else self.rect.right + ARROW + 3
        if self.shown.start > 0:
            top = self.rect.top + 2
            points = [(x - ARROW, top + ARROW), (x + ARROW, top + ARROW), (x, top)]
            pygame.draw.polygon(surface, color, points)
        if self.shown.stop < self.count:
            bottom = self.rect.bottom - 2
            points = [(x - ARROW, bottom - ARROW), (x + ARROW, bottom - ARROW), (x, bottom)]
            pygame.draw.polygon(surface, color, points)
