"""The show of hands while the room counts (scenes/tally.py): every answer in view at once where
the rows fit, compact when the normal rows are too tall for that (scenes/tally_rows.py), and the
hands counted so far over all the answers at the start of the buttons' row, so the facilitator
sees at a glance whether every hand in the room is in. Where the answers still do not all fit
(a second language under each), the question stays at the top and the answers scroll under it;
the line that says how to scroll stands over the keys, never beside the buttons."""

from __future__ import annotations

import pygame

from steps_game.scenes.scroller import BAR_W, HINT_SIZE
from steps_game.scenes.sizing import GAP, row_width
from steps_game.scenes.tally_rows import Rows
from steps_game.ui import palette
from steps_game.ui.text import text_height

TOTAL_SIZE = 20
KEYS_SIZE = 16
BEFORE_SIZE = 18  # the last question's count, under the total


def counting_rows(scene, inner: pygame.Rect, width: int, bottom: int, gap: int):
    """The rows for counting, the list's box down to `bottom` (the buttons' top) and the keys
    line over the buttons: normal rows when they all fit, else compact ones; where even those
    do not all fit over the keys line (step 6's two-line question in Somali), the keys line
    gives way to the answers, which the room needs in view to vote (the workshop's key list
    names the counting keys too). Where nothing fits, compact rows scroll over the keys."""
    tr, point, tally = scene.tr, scene.point, scene.tally
    keys = tr("tally.keys", last=min(len(point.options), 9))  # ("1–2": 7 did nothing)
    keys_h = text_height(keys, KEYS_SIZE, inner.width, role="hint")
    box = scene._box(inner, bottom - GAP - keys_h - GAP)

    def fits(rows: Rows, room: int) -> bool:
        heights = [height for _, height, _ in scene._items(rows, width)]
        return sum(heights) + (rows.gap or gap) * max(0, len(heights) - 1) <= room

    normal = Rows(tr, point, tally, width)
    if fits(normal, box.height):
        return normal, box, keys
    compact = Rows(tr, point, tally, width, compact=True)  # its own gap between the rows
    if fits(compact, box.height):
        return compact, box, keys
    whole = scene._box(inner, bottom - GAP)
    if fits(compact, whole.height):
        return compact, whole, ""
    return compact, box, keys


def place_total(ui, tr, tally, row: pygame.Rect, buttons: list, before: int | None) -> None:
    """ "12 hands counted", at the start of the buttons' `row` (its whole width, its height),
    and under it the count at the room's last question where there was one: a room of twelve
    that shows 13 has a hand counted twice (Enter on an answer adds one, as a click does)."""
    free = row.width - row_width(buttons, row.width) - 2 * GAP
    words = tr("tally.counted", count=tally.total)
    if before is None:
        box = pygame.Rect(row.x, row.y, free, row.height)
        ui.text(words, box, size=TOTAL_SIZE, bold=True, middle=True, color=palette.INK)
        return
    # a count unlike the last question's says by how much, bold and coloured: grey and
    # small, 13 against 12 went by (eleventh facilitator run)
    then, differs = tr("tally.counted_before", count=before), tally.total != before
    if differs:
        then += f" (\u2066{tally.total - before:+d}\u2069)".replace("-", "−")  # (+1 both ways)
    high = text_height(words, TOTAL_SIZE, free, bold=True)
    under = text_height(then, BEFORE_SIZE, free, role="secondary", bold=differs)
    y = row.y + max(0, (row.height - high - under) // 2)  # the two together in the row's middle
    ui.text(words, pygame.Rect(row.x, y, free, high), size=TOTAL_SIZE, bold=True, color=palette.INK)
    box = pygame.Rect(row.x, y + high, free, under)
    color = palette.ACCENT_DARK if differs else palette.MUTED
    ui.text(then, box, size=BEFORE_SIZE, color=color, bold=differs, role="secondary")


def hint_room(hint: str, width: int) -> int:
    """How tall the line saying how to scroll is over the keys, with its gap."""
    return text_height(hint, HINT_SIZE, width, role="hint") + GAP


def place_hint_over_keys(ui, hint: str, x: int, y: int, width: int) -> None:
    box = pygame.Rect(x, y, width, hint_room(hint, width) - GAP)
    ui.text(hint, box, size=HINT_SIZE, color=palette.MUTED, role="hint")


def pin_question(scene, box: pygame.Rect, items: list, gap: int) -> tuple[pygame.Rect, list]:
    """Where the answers do not all fit under the question in `box`, the question stays at the
    top and only the answers scroll under it: the room always sees what it answers. Returns the
    box and the items left for the list."""
    heights = [height for _, height, _ in items]
    if sum(heights) + gap * max(0, len(items) - 1) <= box.height or items[0][0] != "question":
        return box, items
    _, height, question = items[0]
    scene._question(question, pygame.Rect(box.x, box.y, box.width - 3 * BAR_W, height))
    rest = pygame.Rect(box.x, box.y + height + gap, box.width, box.height - height - gap)
    return rest, items[1:]
