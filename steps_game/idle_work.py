"""Work that can wait for a quiet moment, and the loop's way of waiting for input.

Reading the other languages while the language screen is open, or warming up the plural rules
after the first frame, is cut into jobs of a few milliseconds. They run only while no event is
waiting, so a key is never kept waiting behind them; when none is left the loop blocks in
pygame.event.wait, which on a real display sleeps in the system until input arrives.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable
from math import ceil

import pygame

Job = Callable[[], bool | None]  # True: there is more of it to do


class IdleWork:
    def __init__(self) -> None:
        self._jobs: deque[Job] = deque()

    def add(self, jobs: Iterable[Job]) -> None:
        self._jobs.extend(jobs)

    @property
    def pending(self) -> bool:
        return bool(self._jobs)

    def run_one(self) -> bool:
        """Run the next job; False when there was none. A job that says it has more to do
        stays first in line."""
        if not self._jobs:
            return False
        job = self._jobs.popleft()
        if job() is True:
            self._jobs.appendleft(job)
        return True


def wait_for_events(work: IdleWork, wake_ms: int | None) -> list[pygame.event.Event]:
    """The events that come first, or [] when `wake_ms` passed without any (None: wait for
    input however long it takes), or when the idle work has just been finished, so that the loop
    looks again before it sleeps."""
    deadline = None if wake_ms is None else time.perf_counter() + wake_ms / 1000
    while True:
        events = pygame.event.get()
        if events:
            return events
        left = None if deadline is None else deadline - time.perf_counter()
        if left is not None and left <= 0:
            return []
        if work.run_one():
            if not work.pending:
                return []
            continue
        event = pygame.event.wait() if left is None else pygame.event.wait(ceil(left * 1000))
        if event.type != pygame.NOEVENT:
            return [event, *pygame.event.get()]
