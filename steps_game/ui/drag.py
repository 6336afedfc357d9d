"""Drag and drop for the game's own drawn tokens: pygame_gui has none for ordinary elements.

One layer per view. The view registers its draggable tokens on every build (`set_items`), gives
the layer its intents first (`handle`), and acts on what comes back: a `drop` says which token was
let go where, and the view asks its model what is there. The layer knows nothing of what the
tokens mean.

With the mouse: press on a token and move it (a drag), or click it once to pick it up and click
again where it should go (easier for people not used to dragging). With the keyboard: the view
calls `pick_up` when a token is activated (Enter); arrows move it, by steps or between the slots
the view offers; Enter drops it and Esc puts it back. While a token is held, the layer uses every
key and pointer intent, so that Esc cancels the drag instead of opening the pause menu.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from enum import Enum

import pygame

from steps_game.ui import palette
from steps_game.ui.intents import Act, Intent
from steps_game.ui.outline import draw_focus_outline

Point = tuple[int, int]


class Mode(Enum):
    IDLE = "idle"
    PRESSED = "pressed"  # the mouse is down on a token but has not moved far yet
    DRAGGING = "dragging"  # the token follows the mouse while the button is held
    CARRYING = "carrying"  # picked up with a click; the next click drops it
    KEYBOARD = "keyboard"  # picked up with Enter; arrows move it


@dataclass(frozen=True)
class Draggable:
    id: str
    rect: pygame.Rect
    carry_on_click: bool = True  # a click without moving picks it up; else it is just a click
    held_size: tuple[int, int] | None = None  # its size while held (a smaller token over a map)


@dataclass(frozen=True)
class DragEvent:
    """What just happened: "press" (mouse down on a token), "click" (up again without moving, on
    a token that is not carried on click), "pick" (now held), "drop" or "cancel"."""

    kind: str
    item: str
    pos: Point
    slot: Hashable | None = None


@dataclass(frozen=True)
class Handled:
    consumed: bool
    event: DragEvent | None = None


_NOT_MINE = Handled(False)
_SWALLOWED = Handled(True)

# Intents a held token keeps from everyone else (a pygame_gui button press cancels the drag and
# still goes on: the host's Undo must work with a token in hand).
_HELD_INPUT = {
    Act.POINTER_DOWN,
    Act.POINTER_MOVE,
    Act.POINTER_UP,
    Act.CONFIRM,
    Act.BACK,
    Act.MOVE,
    Act.FOCUS_NEXT,
    Act.FOCUS_PREV,
}


class DragLayer:
    def __init__(self, *, threshold: int = 8, step: int = 24) -> None:
        self.threshold = threshold  # pixels the mouse moves before a press becomes a drag
        self.step = step  # pixels an arrow moves a token that has no slots
        self.items: list[Draggable] = []
        self.mode = Mode.IDLE
        self.item: Draggable | None = None
        self.pos: Point = (0, 0)  # the pointer, or the point the keyboard moves
        self.press_pos: Point = (0, 0)
        self.grab: tuple[float, float] = (0.5, 0.5)  # where the token is held, as a fraction
        self.slot: Hashable | None = None
        self._navigate: Callable[[Hashable, int, int], Hashable] | None = None
        self._slot_pos: Callable[[Hashable], Point] | None = None

    # -- the tokens ------------------------------------------------------------------------
    def set_items(self, items: Iterable[Draggable]) -> None:
        """The tokens on screen now (after each build). A held token that is gone is let go."""
        self.items = list(items)
        if self.item is not None:
            fresh = self.by_id(self.item.id)
            if fresh is None:
                self._reset()
            else:
                self.item = fresh

    def by_id(self, item_id: str) -> Draggable | None:
        return next((i for i in self.items if i.id == item_id), None)

    def item_at(self, pos: Point) -> Draggable | None:
        for item in reversed(self.items):  # the last one is drawn on top
            if item.rect.collidepoint(pos):
                return item
        return None

    # -- state -----------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.mode is not Mode.IDLE

    @property
    def held(self) -> str | None:
        """The token being moved (not one only pressed on)."""
        if self.mode in (Mode.DRAGGING, Mode.CARRYING, Mode.KEYBOARD) and self.item is not None:
            return self.item.id
        return None

    @property
    def size(self) -> tuple[int, int]:
        if self.item is None:
            return (0, 0)
        return self.item.held_size or self.item.rect.size

    def token_rect(self) -> pygame.Rect | None:
        """Where the held token is drawn: under the pointer where it was grabbed, or centered on
        the keyboard's point."""
        if self.held is None:
            return None
        width, height = self.size
        rect = pygame.Rect(0, 0, width, height)
        rect.topleft = (
            round(self.pos[0] - self.grab[0] * width),
            round(self.pos[1] - self.grab[1] * height),
        )
        return rect

    # -- keyboard --------------------------------------------------------------------------
    def pick_up(
        self,
        item_id: str,
        *,
        slot: Hashable | None = None,
        navigate: Callable[[Hashable, int, int], Hashable] | None = None,
        slot_pos: Callable[[Hashable], Point] | None = None,
    ) -> DragEvent | None:
        """Hold a token from the keyboard. With `slot`, `navigate(slot, dx, dy)` gives the next
        slot for an arrow and `slot_pos(slot)` where the token is then; without, arrows move the
        token by `step` pixels from its place. Arrows come as pressed, the way the player wants
        the token to move on screen (a mirrored board turns them round in `navigate`)."""
        item = self.by_id(item_id)
        if item is None:
            return None
        self._reset()
        self.mode = Mode.KEYBOARD
        self.item = item
        self.grab = (0.5, 0.5)
        if slot is not None and navigate is not None and slot_pos is not None:
            self.slot, self._navigate, self._slot_pos = slot, navigate, slot_pos
            self.pos = slot_pos(slot)
        else:
            self.pos = item.rect.center
        return DragEvent("pick", item.id, self.pos, self.slot)

    def carry(self, item_id: str, pos: Point) -> DragEvent | None:
        """Hold a token as if clicked (the mouse's way): it follows the pointer and the next
        click puts it down. For a token that comes from elsewhere, not from a press on it."""
        item = self.by_id(item_id)
        if item is None:
            return None
        self._reset()
        self.mode = Mode.CARRYING
        self.item = item
        self.grab = (0.5, 0.5)
        self.pos = pos
        return DragEvent("pick", item.id, pos)

    def cancel(self) -> DragEvent | None:
        """Put the token back where it came from."""
        if self.item is None:
            self._reset()
            return None
        event = DragEvent("cancel", self.item.id, self.pos, self.slot)
        self._reset()
        return event

    # -- input -----------------------------------------------------------------------------
    def handle(self, intent: Intent) -> Handled:
        act = intent.act
        if self.mode is Mode.IDLE:
            return self._idle(intent)
        if act is Act.WINDOW_LEFT:
            # A token that follows the held button goes back: the release may never come. One
            # carried by a click or the keyboard waits for the player's return.
            if self.mode in (Mode.PRESSED, Mode.DRAGGING):
                return Handled(True, self.cancel())
            return _NOT_MINE
        if act is Act.ACTIVATE:
            self.cancel()
            return _NOT_MINE
        if act not in _HELD_INPUT:
            return _NOT_MINE
        if act is Act.BACK:
            return Handled(True, self.cancel())
        if self.mode is Mode.PRESSED:
            return self._pressed(intent)
        if self.mode is Mode.DRAGGING:
            return self._dragging(intent)
        if self.mode is Mode.CARRYING:
            return self._carrying(intent)
        return self._keyboard(intent)

    def _idle(self, intent: Intent) -> Handled:
        if intent.act is not Act.POINTER_DOWN or intent.pos is None:
            return _NOT_MINE
        item = self.item_at(intent.pos)
        if item is None:
            return _NOT_MINE
        self.mode = Mode.PRESSED
        self.item = item
        self.pos = self.press_pos = intent.pos
        self.grab = (
            (intent.pos[0] - item.rect.left) / max(1, item.rect.width),
            (intent.pos[1] - item.rect.top) / max(1, item.rect.height),
        )
        return Handled(True, DragEvent("press", item.id, intent.pos))

    def _pressed(self, intent: Intent) -> Handled:
        assert self.item is not None
        if intent.act is Act.POINTER_MOVE and intent.pos is not None:
            self.pos = intent.pos
            dx, dy = intent.pos[0] - self.press_pos[0], intent.pos[1] - self.press_pos[1]
            if dx * dx + dy * dy >= self.threshold * self.threshold:
                self.mode = Mode.DRAGGING
                return Handled(True, DragEvent("pick", self.item.id, self.pos))
            return _SWALLOWED
        if intent.act is Act.POINTER_UP:
            if self.item.carry_on_click:
                self.mode = Mode.CARRYING
                return Handled(True, DragEvent("pick", self.item.id, self.pos))
            event = DragEvent("click", self.item.id, self.pos)
            self._reset()
            return Handled(True, event)
        return _SWALLOWED

    def _dragging(self, intent: Intent) -> Handled:
        if intent.act is Act.POINTER_MOVE and intent.pos is not None:
            self.pos = intent.pos
        elif intent.act is Act.POINTER_UP:
            return Handled(True, self._drop(intent.pos or self.pos))
        return _SWALLOWED

    def _carrying(self, intent: Intent) -> Handled:
        act = intent.act
        if act is Act.POINTER_MOVE and intent.pos is not None:
            self.pos = intent.pos
        elif act is Act.POINTER_DOWN:
            return Handled(True, self._drop(intent.pos or self.pos))
        elif act is Act.CONFIRM:
            return Handled(True, self._drop(self.pos))
        elif act is Act.MOVE:
            self.pos = (self.pos[0] + intent.dx * self.step, self.pos[1] + intent.dy * self.step)
        return _SWALLOWED

    def _keyboard(self, intent: Intent) -> Handled:
        act = intent.act
        if act is Act.MOVE:
            if self._navigate is not None and self._slot_pos is not None:
                self.slot = self._navigate(self.slot, intent.dx, intent.dy)
                self.pos = self._slot_pos(self.slot)
            else:
                self.pos = (
                    self.pos[0] + intent.dx * self.step,
                    self.pos[1] + intent.dy * self.step,
                )
        elif act is Act.CONFIRM:
            return Handled(True, self._drop(self.pos, self.slot))
        elif act is Act.POINTER_DOWN and intent.pos is not None:
            return Handled(True, self._drop(intent.pos))  # a click while holding: drop it there
        return _SWALLOWED

    def _drop(self, pos: Point, slot: Hashable | None = None) -> DragEvent:
        assert self.item is not None
        event = DragEvent("drop", self.item.id, pos, slot)
        self._reset()
        return event

    def _reset(self) -> None:
        self.mode = Mode.IDLE
        self.item = None
        self.slot = None
        self._navigate = None
        self._slot_pos = None

    # -- drawing ---------------------------------------------------------------------------
    def draw(
        self,
        surface: pygame.Surface,
        draw_token: Callable[[pygame.Surface, str, pygame.Rect], None],
    ) -> None:
        """The held token on top of everything, with a shadow and the focus outline."""
        rect = self.token_rect()
        if rect is None or self.item is None:
            return
        shadow = pygame.Surface(rect.inflate(8, 8).size, pygame.SRCALPHA)
        pygame.draw.rect(shadow, (*palette.SHADE, 60), shadow.get_rect(), border_radius=12)
        surface.blit(shadow, rect.move(4, 6).inflate(8, 8))
        draw_token(surface, self.item.id, rect)
        draw_focus_outline(surface, rect, margin=5)
