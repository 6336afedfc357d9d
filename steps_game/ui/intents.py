"""The one input path: pygame events that pygame_gui left alone become intents for a scene."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from typing import Any

import pygame
import pygame_gui

from steps_game.ui.viewport import Viewport


class Act(Enum):
    FOCUS_NEXT = auto()
    FOCUS_PREV = auto()
    CONFIRM = auto()  # Enter or Space on the focused thing
    BACK = auto()  # Esc: cancel a drag, close an overlay, or open the pause menu
    MOVE = auto()  # arrow keys, with dx and dy
    POINTER_DOWN = auto()
    POINTER_MOVE = auto()
    POINTER_UP = auto()
    ACTIVATE = auto()  # a pygame_gui button was pressed with the mouse
    TEXT = auto()  # text typed (SDL's TEXTINPUT, after the input method), with `text`
    COMPOSE = auto()  # the input method's word in the making (TEXTEDITING), with `text`
    EDIT = auto()  # Backspace, Delete, Home, End or paste (Ctrl+V), with `key`
    SCROLL = auto()  # the mouse wheel, or Page Up and Page Down, with dy (down is positive)
    FULLSCREEN = auto()
    # The window lost the keyboard and mouse to another program: a mouse button held down may be
    # let go where the game never hears of it.
    WINDOW_LEFT = auto()
    FACILITATOR = auto()  # a function key, with `key`
    # The right mouse button pressed, with `pos` (workshop mode's tally: a hand less)
    POINTER_ALT = auto()
    # Any other key, with `key` and the character it types (`text`): workshop mode's tally
    # counts hands with the number keys, + and - and R. Typing in a field comes as TEXT.
    KEY = auto()
    QUIT = auto()


@dataclass(frozen=True)
class Intent:
    act: Act
    dx: int = 0
    dy: int = 0
    pos: tuple[int, int] | None = None
    element: Any = None
    text: str = ""
    key: int = 0


_ARROWS = {
    pygame.K_LEFT: (-1, 0),
    pygame.K_RIGHT: (1, 0),
    pygame.K_UP: (0, -1),
    pygame.K_DOWN: (0, 1),
}
_CONFIRM_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)
_FACILITATOR_KEYS = (pygame.K_F1, pygame.K_F2, pygame.K_F3, pygame.K_F4, pygame.K_F5, pygame.K_F6)
_FACILITATOR_KEYS += (pygame.K_F7,)  # workshop mode: count the room's hands (scenes/tally.py)
_FACILITATOR_KEYS += (pygame.K_F12,)  # workshop mode (steps_game/workshop.py): a clean start
_EDIT_KEYS = (pygame.K_BACKSPACE, pygame.K_DELETE, pygame.K_HOME, pygame.K_END)
PASTE = -1  # Intent.key of Ctrl+V (Cmd+V on a Mac)
# Page Up and Down scroll a long page by a screenful (the wheel scrolls by notches)
PAGE = 8
_PAGE_KEYS = {pygame.K_PAGEUP: -PAGE, pygame.K_PAGEDOWN: PAGE}


def to_intent(event: pygame.event.Event, viewport: Viewport) -> Intent | None:
    kind = event.type
    if kind == pygame.QUIT:
        return Intent(Act.QUIT)
    if kind == pygame.KEYDOWN:
        return _key_intent(event)
    if kind == pygame.WINDOWFOCUSLOST:
        return Intent(Act.WINDOW_LEFT)
    if kind == pygame.MOUSEBUTTONDOWN and event.button == 1:
        return Intent(Act.POINTER_DOWN, pos=viewport.to_logical(event.pos))
    if kind == pygame.MOUSEBUTTONDOWN and event.button == 3:
        return Intent(Act.POINTER_ALT, pos=viewport.to_logical(event.pos))
    if kind == pygame.MOUSEBUTTONUP and event.button == 1:
        return Intent(Act.POINTER_UP, pos=viewport.to_logical(event.pos))
    if kind == pygame.MOUSEMOTION:
        return Intent(Act.POINTER_MOVE, pos=viewport.to_logical(event.pos))
    if kind == pygame_gui.UI_BUTTON_PRESSED:
        return Intent(Act.ACTIVATE, element=event.ui_element)
    if kind == pygame.TEXTINPUT:
        return Intent(Act.TEXT, text=event.text)
    if kind == pygame.TEXTEDITING:
        return Intent(Act.COMPOSE, text=event.text)
    if kind == pygame.MOUSEWHEEL:
        # pygame gives the wheel's notches, up positive; pages and lists scroll down positive
        return Intent(Act.SCROLL, dy=-int(event.y), pos=viewport.to_logical(pygame.mouse.get_pos()))
    return None


def _key_intent(event: pygame.event.Event) -> Intent | None:
    key = event.key
    if key == pygame.K_TAB:
        backwards = bool(event.mod & pygame.KMOD_SHIFT)
        return Intent(Act.FOCUS_PREV if backwards else Act.FOCUS_NEXT)
    if key == pygame.K_v and event.mod & (pygame.KMOD_CTRL | pygame.KMOD_META):
        return Intent(Act.EDIT, key=PASTE)
    if key in _EDIT_KEYS:
        return Intent(Act.EDIT, key=key)
    if key in _PAGE_KEYS:
        return Intent(Act.SCROLL, dy=_PAGE_KEYS[key], key=key)
    if key in _CONFIRM_KEYS:
        # which key: a text field takes Space as a space (its TEXTINPUT), Enter as "done"
        return Intent(Act.CONFIRM, key=key)
    if key == pygame.K_ESCAPE:
        return Intent(Act.BACK)
    if key in _ARROWS:
        dx, dy = _ARROWS[key]
        return Intent(Act.MOVE, dx=dx, dy=dy)
    if key == pygame.K_F11:
        return Intent(Act.FULLSCREEN)
    if key in _FACILITATOR_KEYS:
        return Intent(Act.FACILITATOR, key=key)
    return Intent(Act.KEY, key=key, text=getattr(event, "unicode", ""))
