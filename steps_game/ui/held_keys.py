"""One press of a key that acts (Enter, Space, Esc, a function key) acts once, however long the
next screen takes to build.

pygame's key repeat (`pygame.key.set_repeat` in app.py, kept so that a held arrow or Backspace goes
on) is made by a timer on its own thread. When a press opens a screen that takes longer to build
than the repeat's delay, that timer puts copies of the key-down in the queue before the game has
even seen the key-up, and the copies carry no mark that tells them from a new press. The next screen
then took them as presses: a facilitator's one Enter skipped a feedback screen or gave an answer the
room never gave. So a key-down of such a key counts only when the key was up before it.
"""

from __future__ import annotations

import pygame

# The keys whose press does something once: confirm (Enter, keypad Enter, Space), Esc (back, close,
# the pause menu) and the function keys (F3 skips a step, F11 the full screen, F12 a clean start).
# Arrows, Tab, Backspace and the tally's number keys are left to repeat while held.
ONCE_KEYS = frozenset(
    (
        pygame.K_RETURN,
        pygame.K_KP_ENTER,
        pygame.K_SPACE,
        pygame.K_ESCAPE,
        *range(pygame.K_F1, pygame.K_F12 + 1),
    )
)


class HeldKeys:
    """Which of the once-keys are down now, from the key-downs and key-ups seen."""

    def __init__(self) -> None:
        self._down: set[int] = set()

    def is_repeat(self, event: pygame.event.Event) -> bool:
        """True for a key-down of a once-key that is already down: a repeat, not a press.
        Every event is given here first, so that the key-ups are seen too."""
        kind = event.type
        if kind == pygame.KEYDOWN and event.key in ONCE_KEYS:
            if event.key in self._down:
                return True
            self._down.add(event.key)
        elif kind == pygame.KEYUP:
            self._down.discard(event.key)
        elif kind == pygame.WINDOWFOCUSLOST:
            # a key let go while another window had the keyboard sends its key-up there
            self._down.clear()
        return False
