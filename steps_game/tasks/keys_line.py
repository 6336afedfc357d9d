"""The keys line under a task's instruction, changed in place when only its words change."""

from __future__ import annotations

from dataclasses import replace

from steps_game.tasks.view import KEYS_SIZE
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
