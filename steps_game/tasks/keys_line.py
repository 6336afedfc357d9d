"""The keys line under a task's instruction: the room of the instruction with it, and the line
changed in place when only its words change."""

from __future__ import annotations

from dataclasses import replace

from steps_game.tasks.view import KEYS_SIZE, instruction_height
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.text import text_height


def swap_keys(ui: ViewBuilder, shown: str, wanted: str) -> bool:
    """The keys line `shown` (built by build_instruction) says `wanted` instead, where that is
    all a new build would change: the one line of those keys on the screen, and the new keys
    exactly as tall in its box. The focus going to another board changes only the keys; the
    whole screen was built again for them, often right after a build for the action that moved
    the focus (a quarter of all builds in a keyboard playthrough). False: build it again."""
    lines = [item for item in ui.texts if item.text == shown and item.role == "hint"]
    if not shown or not wanted or len(lines) != 1:
        return False
    line = lines[0]
    if text_height(wanted, KEYS_SIZE, line.rect.width, role="hint") != line.rect.height:
        return False
    ui.texts[ui.texts.index(line)] = replace(line, text=wanted)
    return True


def instruction_block_height(instruction: str, lines: list[str], placing: str, width: int) -> int:
    """How tall the instruction stands with the keys under it, `width` wide: the instruction
    as tall as its words at the current text size, and under it room for the tallest of the
    keys `lines` (the focused board's and every other board's: the keys follow the focus from
    board to board, and the board below keeps its room and its pages as the focus moves).
    The host passes the lines once the keys were shown, also while the mouse hides them: the
    board moved up 50 px at the first click, under the pointer, and the same spot then hit
    something else (facilitator run 4). While the keyboard carries something (a person onto
    step 3's map), the keys that place it (`placing`) stand in the instruction's place, whole:
    the block is as tall as the taller of the two, so that the board keeps its place as it is
    picked up and put down."""
    keys_h = max((instruction_height("", line, width) for line in lines), default=0)
    placing_h = instruction_height("", placing, width) if placing else 0
    return max(instruction_height(instruction, "", width) + keys_h, placing_h)
