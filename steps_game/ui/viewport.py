"""The fixed logical screen scaled, letterboxed, into whatever window the player has."""

from __future__ import annotations

from dataclasses import dataclass

LOGICAL_SIZE = (1280, 720)


@dataclass
class Viewport:
    window: tuple[int, int]
    logical: tuple[int, int] = LOGICAL_SIZE

    @property
    def scale(self) -> float:
        return min(self.window[0] / self.logical[0], self.window[1] / self.logical[1]) or 1.0

    @property
    def target(self) -> tuple[int, int, int, int]:
        """Where the logical screen lands in the window: x, y, width, height."""
        width = round(self.logical[0] * self.scale)
        height = round(self.logical[1] * self.scale)
        return (self.window[0] - width) // 2, (self.window[1] - height) // 2, width, height

    @property
    def is_identity(self) -> bool:
        return tuple(self.window) == tuple(self.logical)

    def to_logical(self, pos: tuple[float, float]) -> tuple[int, int]:
        x, y, _, _ = self.target
        return int((pos[0] - x) / self.scale), int((pos[1] - y) / self.scale)
