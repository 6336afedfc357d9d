"""The facilitator's optional per-step timer in workshop mode (F6): a pure model, no pygame."""

from __future__ import annotations

import math
import time
from collections.abc import Callable


class StepTimer:
    """An optional per-step timer: off by default, counts down a step's minutes and then on into
    overtime ("+0:15"). It only shows time; it never ends a step."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.on = False
        self.step: int | str | None = None  # a step, or the run's closing part (workshop.py)
        self.minutes = 2
        self.elapsed = 0.0
        self.run_elapsed = 0.0  # counted over the whole run: a step's new count keeps it
        self._last = clock()

    def toggle(self) -> None:
        self.on = not self.on
        self._last = self.clock()

    def follow(self, step: int | str | None, minutes: int) -> None:
        """A new step (or the run's closing part) starts the count afresh from its own
        minutes."""
        if step is not None and step != self.step:
            self.step = step
            self.minutes = minutes
            self.elapsed = 0.0

    def tick(self, *, counting: bool) -> None:
        now = self.clock()
        if self.on and counting:
            self.elapsed += max(0.0, now - self._last)
            self.run_elapsed += max(0.0, now - self._last)
        self._last = now

    @property
    def remaining(self) -> float:
        return self.minutes * 60 - self.elapsed

    @property
    def over(self) -> bool:
        return self.remaining < 0

    def behind(self, minutes_before: int) -> int:
        """Minutes, to the nearest whole one, the room is behind its plan by the timer: the
        steps before this one took longer than their `minutes_before`, and this one runs over
        its own. 0 when on time or ahead (or when the timer was not on to count). Rounded as
        `ahead` is: counted in whole minutes down, 0:41 behind in a 15-minute set said nothing,
        and the facilitator did not hurry the step that needed it (real-time run 3)."""
        started = self.run_elapsed - self.elapsed  # when this step began, by the timer
        late = started - minutes_before * 60 + max(0.0, -self.remaining)
        return max(0, math.floor(late / 60 + 0.5))

    def ahead(self, minutes_before: int) -> int:
        """Minutes, to the nearest whole one, that the steps before this one left over by the
        timer: time in hand this step may use (a facilitator 50 s ahead at step 6 saw nothing
        and hurried the room). 0 when on time or behind."""
        started = self.run_elapsed - self.elapsed
        return max(0, math.floor((minutes_before * 60 - started) / 60 + 0.5))

    def label(self) -> str:
        left = self.remaining
        seconds = math.ceil(left) if left >= 0 else math.floor(-left)
        text = f"{seconds // 60}:{seconds % 60:02d}"
        return text if left >= 0 else "+" + text
