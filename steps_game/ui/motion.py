"""The little motion the game has: a result growing into place once, when it first appears.

A score bar that fills and a profile that grows from its centre draw the eye to the result the
player has just earned. Players who find motion uncomfortable or distracting turn it off in the
settings (reduced motion): the result is then drawn whole at once. Nothing moves for longer than
a second and nothing repeats, so a still screen stays still (and costs no processor time).
"""

from __future__ import annotations

from dataclasses import dataclass

REVEAL_SECONDS = 0.8


@dataclass
class Reveal:
    """A share from 0 to 1 that grows over `seconds`, fast at first and settling gently."""

    seconds: float = REVEAL_SECONDS
    elapsed: float = 0.0

    @classmethod
    def start(cls, reduced_motion: bool) -> Reveal:
        """A reveal as the player's settings want it: whole at once when motion is reduced."""
        return cls(0.0 if reduced_motion else REVEAL_SECONDS)

    def advance(self, seconds: float) -> None:
        self.elapsed = min(self.seconds, self.elapsed + max(0.0, seconds))

    @property
    def done(self) -> bool:
        return self.elapsed >= self.seconds

    @property
    def share(self) -> float:
        if self.done:
            return 1.0
        progress = self.elapsed / self.seconds
        return 1 - (1 - progress) ** 3  # an ease-out: most of the way early, then settling
