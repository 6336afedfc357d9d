"""The layout audit: every screen drawn headless and measured as it reached the screen.

For each screen it reports the smallest size each text role was drawn at, texts that did not fit
their boxes at their role's floor, texts whose letters overlap, and texts or controls outside the
screen. `python -m steps_game.audit` runs it from the command line (see __main__.py); the suite
runs it for several languages and text sizes (tests/test_audit.py).
"""

from __future__ import annotations

import math
import os

# Before pygame is first imported (here, through ui.text): no window, no sound, and no greeting
# on standard output, which would spoil --json. The audit never needs a screen.
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from dataclasses import dataclass, field

from steps_game.ui import text as text_module

# Letters of two texts may touch at their edges (a descender above an ascender); they overlap
# when they share more than this many pixels each way.
OVERLAP_TOLERANCE = 2
# The letters of a line in a panel keep this many pixels from its top and bottom edge.
PANEL_EDGE = 3


@dataclass
class ScreenReport:
    name: str
    smallest: dict[str, int] = field(default_factory=dict)  # role -> smallest size drawn
    problems: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"screen": self.name, "smallest": self.smallest, "problems": self.problems}


def drawn_by_top(app) -> list:
    """Draw the app's screen once: the texts the screen on top drew (what the screens under an
    overlay drew is not this screen's), as text_module.recording records them."""
    top = app.top
    marks: list[int] = []
    drawn_before = top.draw

    def draw_marked(canvas):
        marks.append(len(drawn))
        drawn_before(canvas)

    top.draw = draw_marked
    try:
        with text_module.recording() as drawn:
            app.draw()
    finally:
        del top.draw
    return drawn[marks[0] if marks else 0 :]


def measure(app, name: str) -> ScreenReport:
    """Draw the app's screen once and check what was drawn on it."""
    top = app.top
    report = ScreenReport(name)
    own = drawn_by_top(app)
    for item in own:
        if item.size < report.smallest.get(item.role, item.size + 1):
            report.smallest[item.role] = item.size
        if item.cut:
            report.problems.append(f"{item.role} text {item.text!r} cut off: its box is too small")
        floor = text_module.floor_size(item.role)
        if item.size < floor:
            report.problems.append(
                f"{item.role} text {item.text!r} drawn at {item.size} px, under its floor {floor}"
            )
    canvas = app.canvas
    screen = canvas.get_rect()
    on_screen = [item for item in own if item.surface == id(canvas)]
    for item in on_screen:
        if not screen.contains(item.rect):
            report.problems.append(f"text {item.text!r} outside the screen at {tuple(item.rect)}")
    report.problems += overlaps(on_screen)
    report.problems += touching_panel_edges(
        on_screen, getattr(getattr(top, "ui", None), "panels", [])
    )
    shown_controls = [c for c in top.ring.controls if c.element is None or c.element.visible]
    report.problems += sizes_side_by_side(on_screen, shown_controls)
    for control in top.ring.controls:
        shown = control.element is None or control.element.visible
        if shown and not screen.contains(control.rect):
            report.problems.append(
                f"control {control.id!r} outside the screen at {tuple(control.rect)}"
            )
    return report


def overlaps(items) -> list[str]:
    found = []
    for index, first in enumerate(items):
        for second in items[index + 1 :]:
            if _share(first.rect, second.rect):
                if first.rect == second.rect and first.text == second.text:
                    continue  # the same text drawn twice in one place (a redraw), not two texts
                found.append(f"texts overlap: {first.text!r} and {second.text!r}")
    return found


def _share(first, second) -> bool:
    """Whether two boxes share more than OVERLAP_TOLERANCE pixels each way."""
    shared = first.clip(second)
    return shared.width > OVERLAP_TOLERANCE and shared.height > OVERLAP_TOLERANCE


def controls_overlapping(controls) -> list[str]:
    """Two controls on view never lie over each other: their words may keep apart while the
    buttons do not (twenty-eighth Arabic play-test: step 4's page turner over "Next: my first
    step" by 9 px, s4_67, which no text overlap showed). Not yet part of `measure`: in Somali
    at 200 % a page turner still lies over step 4's Done under its tallest if-then choice
    (no page leaves room for both), and over a person of step 3's column; the tests hold it
    for the boards mended (tests/test_turners_clear.py)."""
    found = []
    for index, first in enumerate(controls):
        for second in controls[index + 1 :]:
            if first.data.get("round") and second.data.get("round"):
                # (markers drawn round in their boxes: boxes may meet at their corners)
                apart = math.dist(first.rect.center, second.rect.center)
                over = apart < (first.rect.width + second.rect.width) / 2 - OVERLAP_TOLERANCE
            else:
                over = _share(first.rect, second.rect)
            if over:
                found.append(
                    f"controls overlap: {first.id!r} at {tuple(first.rect)} and {second.id!r}"
                    f" at {tuple(second.rect)}"
                )
    return found


def touching_panel_edges(items, panels) -> list[str]:
    """Words in a panel keep clear of its top and bottom edge: a line whose letters reach
    within PANEL_EDGE of it (or past it) reads as cut (fifth Arabic play-test: step 6's last
    line on the box bottom with the dots under ي cut, s6_23; step 7's line on its top, s7_03)."""
    found = []
    for item in items:
        for rect, _color in panels:
            middle = item.rect.center
            if not rect.collidepoint(middle) or rect.height < item.rect.height + 2 * PANEL_EDGE:
                continue
            if item.rect.top < rect.top + PANEL_EDGE or item.rect.bottom > rect.bottom - PANEL_EDGE:
                found.append(f"text {item.text!r} touches the edge of its box at {tuple(rect)}")
                break
    return found


def sizes_side_by_side(items, controls) -> list[str]:
    """Options side by side share one size: cards of one kind in a row (the same top, size and
    kind of id) draw their words of each role in one size, line for line (the first option line
    of each card at one size, the second at one size...; a card may have more lines than
    another, a Finnish word say)."""
    rows: dict[tuple, list[list]] = {}
    for control in controls:
        inside = [i for i in items if i.role in ("option", "secondary")]
        inside = [i for i in inside if control.rect.contains(i.rect)]
        if inside:
            kind = control.id.split(":")[0]
            key = (control.rect.top, control.rect.size, kind)
            rows.setdefault(key, []).append(inside)
    found = []
    for cards in rows.values():
        by_place: dict[tuple[str, int], dict[int, str]] = {}
        for inside in cards:
            counted: dict[str, int] = {}
            for item in inside:
                place = (item.role, counted.get(item.role, 0))
                counted[item.role] = place[1] + 1
                by_place.setdefault(place, {}).setdefault(item.size, item.text)
        for (role, _), sizes in by_place.items():
            if len(sizes) > 1 and len(cards) > 1:
                words = ", ".join(f"{text!r} at {size} px" for size, text in sorted(sizes.items()))
                found.append(f"{role} texts side by side in {len(sizes)} sizes: {words}")
    return found


def failed(reports: list[ScreenReport]) -> bool:
    return any(report.problems for report in reports)
