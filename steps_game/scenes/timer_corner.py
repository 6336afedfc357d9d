"""Where the facilitator's timer (F6, workshop.py) stands over an overlay that keeps it a place:
in the top corner of the overlay's inside where its heading ends (the right one, the left one
right to left). The overlay's heading is narrower by the timer's box, and what comes under the
heading starts below the timer, so the timer never covers the overlay's words."""

from __future__ import annotations

import pygame

from steps_game.scenes.layout import SCREEN_W


def timer_on(app) -> bool:
    workshop = app.workshop
    return workshop is not None and workshop.timer.on


def corner(app, inner: pygame.Rect, mirror: bool) -> pygame.Rect | None:
    """The timer's box in the top end corner of `inner` (screen coordinates, mirrored right to
    left), or None while no timer is shown."""
    from steps_game.workshop import TIMER_RECT

    if not timer_on(app):
        return None
    rect = pygame.Rect(0, inner.y, TIMER_RECT.width, TIMER_RECT.height)
    rect.right = inner.right
    if mirror:
        rect.left = SCREEN_W - inner.right
    return rect


def room_beside(app) -> int:
    """How much narrower a heading beside the timer is (0 while no timer is shown)."""
    from steps_game.workshop import TIMER_GAP, TIMER_RECT

    return TIMER_RECT.width + TIMER_GAP if timer_on(app) else 0


def tall_enough(app, height: int) -> int:
    """A heading's height beside the timer: at least the timer's, so what comes under the
    heading starts below it."""
    from steps_game.workshop import TIMER_RECT

    return max(height, TIMER_RECT.height) if timer_on(app) else height


def heading_room(app, center: bool) -> int:
    """How much narrower a dialog's heading is beside the timer: by the timer's box at its end,
    and at its start too when it is centred (so that it stays in the middle)."""
    return room_beside(app) * (2 if center else 1)


def heading_rect(app, inner: pygame.Rect, height: int, center: bool) -> pygame.Rect:
    """The box of a dialog's heading at the top of its panel's `inner`, clear of the timer."""
    room = room_beside(app)
    left = inner.x + (room if center else 0)
    return pygame.Rect(left, inner.y, inner.width - heading_room(app, center), height)


class KeepsTimerCorner:
    """For an overlay (mixed in before Scene) that keeps the timer its panel's top corner: the
    scene sets `timer_inner` to its panel's inside when it builds, and places its heading in
    heading_rect, tall_enough."""

    timer_inner: pygame.Rect | None = None

    def timer_place(self) -> pygame.Rect | None:
        if self.timer_inner is None:
            return None
        return corner(self.app, self.timer_inner, self.ui.mirror)
