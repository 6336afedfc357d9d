"""The drag layer's state machine: mouse drags, click-to-carry, keyboard moves, cancelling."""

from __future__ import annotations

import pygame
import pytest

from steps_game.ui import palette
from steps_game.ui.drag import Draggable, DragLayer, Mode
from steps_game.ui.intents import Act, Intent

CHIP = pygame.Rect(100, 100, 80, 40)
DOT = pygame.Rect(300, 300, 20, 20)


def layer() -> DragLayer:
    drag = DragLayer(threshold=8, step=10)
    drag.set_items([
        Draggable("chip", CHIP, carry_on_click=True, held_size=(40, 20)),
        Draggable("dot", DOT, carry_on_click=False),
    ])  # fmt: skip
    return drag


def down(pos):
    return Intent(Act.POINTER_DOWN, pos=pos)


def move(pos):
    return Intent(Act.POINTER_MOVE, pos=pos)


def up(pos):
    return Intent(Act.POINTER_UP, pos=pos)


def arrow(dx, dy):
    return Intent(Act.MOVE, dx=dx, dy=dy)


CONFIRM = Intent(Act.CONFIRM)
BACK = Intent(Act.BACK)


def test_idle_layer_leaves_everything_alone():
    drag = layer()
    for intent in (move((5, 5)), up((5, 5)), CONFIRM, BACK, arrow(1, 0), down((5, 5))):
        handled = drag.handle(intent)
        assert not handled.consumed and handled.event is None
    assert drag.mode is Mode.IDLE and not drag.active and drag.held is None


def test_press_move_release_is_a_drag_and_drop():
    drag = layer()
    handled = drag.handle(down((110, 110)))
    assert handled.consumed and handled.event.kind == "press" and handled.event.item == "chip"
    assert drag.mode is Mode.PRESSED and drag.held is None
    assert drag.handle(move((113, 112))).event is None  # a tremble is not a drag yet
    handled = drag.handle(move((200, 150)))
    assert handled.event.kind == "pick" and drag.mode is Mode.DRAGGING and drag.held == "chip"
    drag.handle(move((250, 260)))
    handled = drag.handle(up((251, 262)))
    assert handled.consumed
    assert (handled.event.kind, handled.event.item, handled.event.pos) == (
        "drop",
        "chip",
        (251, 262),
    )
    assert handled.event.slot is None and drag.mode is Mode.IDLE


def test_held_token_is_drawn_where_it_was_grabbed_at_its_held_size():
    drag = layer()
    drag.handle(down((120, 110)))  # a quarter in from the left, a quarter down
    drag.handle(move((220, 210)))
    assert drag.token_rect() == pygame.Rect(210, 205, 40, 20)
    surface = pygame.Surface((400, 400))
    drawn = []
    drag.draw(surface, lambda _s, item, rect: drawn.append((item, rect)))
    assert drawn == [("chip", pygame.Rect(210, 205, 40, 20))]
    assert tuple(surface.get_at((206, 215)))[:3] == palette.FOCUS  # a visible focus around it


def test_click_picks_up_and_the_next_click_drops():
    drag = layer()
    drag.handle(down((110, 110)))
    handled = drag.handle(up((110, 110)))
    assert handled.event.kind == "pick" and drag.mode is Mode.CARRYING
    assert drag.handle(move((300, 40))).consumed
    assert drag.token_rect().center != CHIP.center  # it follows the pointer
    handled = drag.handle(down((310, 50)))
    assert (handled.event.kind, handled.event.pos) == ("drop", (310, 50))
    assert drag.mode is Mode.IDLE
    assert not drag.handle(up((310, 50))).consumed  # the button coming up is nobody's business


def test_a_token_not_carried_on_click_reports_a_click():
    drag = layer()
    drag.handle(down((305, 305)))
    handled = drag.handle(up((305, 305)))
    assert (handled.event.kind, handled.event.item) == ("click", "dot")
    assert drag.mode is Mode.IDLE


def test_carried_token_moves_with_arrows_and_drops_with_enter():
    drag = layer()
    drag.handle(down((110, 110)))
    drag.handle(up((110, 110)))
    drag.handle(arrow(1, 0))
    drag.handle(arrow(0, 1))
    handled = drag.handle(CONFIRM)
    assert (handled.event.kind, handled.event.pos) == ("drop", (120, 120))


def test_keyboard_without_slots_moves_in_steps():
    drag = layer()
    event = drag.pick_up("chip")
    assert event.kind == "pick" and drag.mode is Mode.KEYBOARD and drag.pos == CHIP.center
    drag.handle(arrow(1, 0))
    drag.handle(arrow(1, 0))
    drag.handle(arrow(0, -1))
    assert drag.token_rect().center == (CHIP.centerx + 20, CHIP.centery - 10)
    handled = drag.handle(CONFIRM)
    assert handled.event.kind == "drop" and handled.event.pos == (
        CHIP.centerx + 20,
        CHIP.centery - 10,
    )


def test_keyboard_with_slots_moves_between_slots():
    drag = layer()
    slots = {(0, 0): (10, 10), (0, 1): (50, 10), (1, 1): (50, 50)}

    def navigate(slot, dx, dy):
        wanted = (slot[0] + dy, slot[1] + dx)
        return wanted if wanted in slots else slot

    drag.pick_up("chip", slot=(0, 0), navigate=navigate, slot_pos=slots.__getitem__)
    assert drag.pos == (10, 10) and drag.slot == (0, 0)
    drag.handle(arrow(1, 0))
    drag.handle(arrow(0, 1))
    drag.handle(arrow(0, 1))  # no slot further down: stays
    assert drag.slot == (1, 1) and drag.pos == (50, 50)
    handled = drag.handle(CONFIRM)
    assert (handled.event.kind, handled.event.slot, handled.event.pos) == ("drop", (1, 1), (50, 50))


def test_keyboard_hold_can_be_dropped_with_a_click():
    drag = layer()
    drag.pick_up("chip", slot=0, navigate=lambda s, dx, dy: s + dx, slot_pos=lambda s: (s, s))
    assert drag.handle(move((400, 400))).consumed and drag.mode is Mode.KEYBOARD
    handled = drag.handle(down((333, 222)))
    assert (handled.event.kind, handled.event.pos, handled.event.slot) == ("drop", (333, 222), None)


@pytest.mark.parametrize("how", ["pressed", "dragging", "carrying", "keyboard"])
def test_escape_cancels_in_every_mode_and_is_consumed(how):
    drag = layer()
    if how == "keyboard":
        drag.pick_up("chip")
    else:
        drag.handle(down((110, 110)))
        if how == "dragging":
            drag.handle(move((200, 200)))
        elif how == "carrying":
            drag.handle(up((110, 110)))
    assert drag.active
    handled = drag.handle(BACK)
    assert handled.consumed and handled.event.kind == "cancel" and handled.event.item == "chip"
    assert drag.mode is Mode.IDLE
    assert not drag.handle(BACK).consumed  # now Esc is the scene's again (the pause menu)


@pytest.mark.parametrize(
    "intent",
    [
        CONFIRM,
        arrow(0, 1),
        Intent(Act.FOCUS_NEXT),
        Intent(Act.FOCUS_PREV),
        move((1, 1)),
        up((1, 1)),
    ],
)
def test_a_held_token_keeps_keys_and_pointer_from_the_scene(intent):
    drag = layer()
    drag.pick_up("dot", slot=0, navigate=lambda s, dx, dy: s, slot_pos=lambda s: (0, 0))
    assert drag.handle(intent).consumed


def test_a_gui_button_press_cancels_and_goes_on():
    drag = layer()
    drag.handle(down((110, 110)))
    drag.handle(move((200, 200)))
    handled = drag.handle(Intent(Act.ACTIVATE, element=object()))
    assert not handled.consumed and drag.mode is Mode.IDLE
    drag.pick_up("chip")
    assert not drag.handle(Intent(Act.FACILITATOR, key=1)).consumed and drag.active


def test_rebuild_keeps_a_held_token_and_drops_a_vanished_one():
    drag = layer()
    drag.pick_up("chip")
    moved = pygame.Rect(0, 0, 80, 40)
    drag.set_items([Draggable("chip", moved)])
    assert drag.held == "chip" and drag.item.rect == moved
    drag.set_items([Draggable("dot", DOT)])
    assert drag.mode is Mode.IDLE and drag.held is None
    assert drag.pick_up("chip") is None  # no such token on screen


def test_the_topmost_token_is_picked():
    drag = DragLayer()
    drag.set_items(
        [
            Draggable("under", pygame.Rect(0, 0, 50, 50)),
            Draggable("over", pygame.Rect(20, 20, 50, 50)),
        ]
    )
    assert drag.item_at((30, 30)).id == "over"
    assert drag.item_at((5, 5)).id == "under"
    assert drag.item_at((200, 200)) is None


def test_cancel_when_idle_is_harmless():
    drag = layer()
    assert drag.cancel() is None and drag.mode is Mode.IDLE
    assert drag.token_rect() is None


def test_losing_the_window_puts_back_a_token_held_by_the_mouse_only():
    left = Intent(Act.WINDOW_LEFT)
    drag = layer()
    drag.handle(down((310, 310)))
    drag.handle(move((400, 400)))
    assert drag.mode is Mode.DRAGGING
    handled = drag.handle(left)
    assert handled.consumed and handled.event.kind == "cancel" and handled.event.item == "dot"
    assert drag.mode is Mode.IDLE and drag.held is None
    assert not drag.handle(up((400, 400))).consumed  # the release that comes later is no drop

    drag.handle(down((110, 110)))
    drag.handle(up((110, 110)))  # a click carries the chip
    assert drag.mode is Mode.CARRYING
    assert not drag.handle(left).consumed
    assert drag.mode is Mode.CARRYING and drag.held == "chip"


def test_losing_the_window_is_an_intent():
    from steps_game.ui.intents import to_intent
    from steps_game.ui.viewport import Viewport

    intent = to_intent(pygame.event.Event(pygame.WINDOWFOCUSLOST), Viewport((1280, 720)))
    assert intent is not None and intent.act is Act.WINDOW_LEFT
