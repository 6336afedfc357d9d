"""A status line of parts joined by " · " wraps only between its parts (seventh Arabic play-test,
step 3 at 200 %: "To place: 9 · On the map:" over a lone "6")."""

from __future__ import annotations

import pygame
import pytest

from steps_game.ui import text
from steps_game.ui.sentences import whole_parts


def test_the_spaces_inside_each_part_do_not_break():
    line = whole_parts("To place: 9 · On the map: 6")
    assert line == "To\u00a0place:\u00a09 · On\u00a0the\u00a0map:\u00a06"
    assert whole_parts("one part only") == "one\u00a0part\u00a0only"


@pytest.mark.parametrize(
    ("language", "words"),
    [("ar", "للوضع: 9 · على الخريطة: 6"), ("en", "To place: 9 · On the map: 6")],
)
def test_a_narrow_box_wraps_the_line_between_its_parts(language, words):
    pygame.init()
    text.set_text_scale(2.0)
    rtl = language == "ar"
    text.set_writing("arabic" if rtl else "latin", rtl)
    try:
        size = text.role_size(20, "body")
        one_line = text.measured_size(words, size, bold=True)[0]
        width = one_line - 20  # (the whole line does not fit: it wraps once)
        lines = text.wrapped_lines(whole_parts(words), size, width, bold=True)
        parts = [part.replace(" ", "\u00a0") for part in words.split(" · ")]
        assert len(lines) == 2, lines
        assert all(any(part in line for part in parts) for line in lines), lines
        assert not any(line.strip() in {"6", "\u00a06"} for line in lines)
    finally:
        text.set_text_scale(1.0)
        text.set_writing("latin", False)


def test_step_3s_count_line_keeps_its_parts_whole(make_driver):
    from tests.test_keyboard_rules import open_step

    driver = open_step(make_driver, 3, "ar", 200)
    model = driver.scene.model
    counts = {"left": len(model.unplaced()), "placed": len(model.placed())}
    words = driver.app.tr("task.network_map.tray", **counts)
    seen = []
    for _ in range(3):  # (the list may stand on the page after the instruction's)
        with text.recording() as drawn:
            driver.app.draw()
        seen += [item.words or item.text for item in drawn]
        turner = next((c for c in driver.ring.focusable if c.id.startswith("more")), None)
        if turner is None:
            break
        driver.click(control_id=turner.id)
    assert whole_parts(words) in seen
    assert words not in seen


def test_a_dot_between_parts_never_hangs_at_a_line_s_end_in_arabic():
    """Nineteenth and twentieth Arabic play-tests (step 3's list at 200 %): the line broke after
    the separating dot, which hung alone at the first line's end ("للوضع: 15 ·"). Where the
    game breaks the lines itself (right to left, and other scripts), the dot at a break is left
    out: the break parts the two already."""
    pygame.init()
    text.set_text_scale(2.0)
    text.set_writing("arabic", True)
    try:
        words = "للوضع: 15 · على الخريطة: 0"
        size = text.role_size(16, "secondary")
        one_line = text.measured_size(words, size, bold=True)[0]
        lines = text.wrapped_lines(whole_parts(words), size, one_line - 20, bold=True)
        assert len(lines) == 2, lines
        assert not [line for line in lines if line.strip().endswith("·")], lines
        assert not [line for line in lines if line.strip().startswith("·")], lines
    finally:
        text.set_text_scale(1.0)
        text.set_writing("latin", False)


def test_a_part_wider_than_its_box_breaks_at_its_spaces_never_inside_a_number():
    """Somali at 200 % in step 3's narrow column: "Khariidadda dul: 10", one part bound whole,
    was wider than the box, and the line broke inside the number ("dul: 1" over "0"). A part
    that does not fit keeps its spaces breakable, but its last word (the count) stays with the
    word before it."""
    words = "La dhigayo: 5 · Khariidadda dul: 10"
    narrow = whole_parts(words, fits=lambda part: len(part) <= 14)
    assert narrow == "La\u00a0dhigayo:\u00a05 · Khariidadda dul:\u00a010"
    assert whole_parts(words, fits=lambda part: True) == whole_parts(words)
    pygame.init()
    text.set_text_scale(2.0)
    text.set_writing("latin", False)
    try:
        size = text.role_size(19, "body")
        width = text.measured_size("Khariidadda dul: 10", size, bold=True)[0] - 30
        fits = lambda part: text.measured_size(part, size, bold=True)[0] <= width  # noqa: E731
        lines = text.wrapped_lines(whole_parts(words, fits=fits), size, width, bold=True)
        assert all("10" in line or "1" not in line.replace("5", "") for line in lines), lines
        assert any(line.strip().endswith("10") for line in lines), lines
    finally:
        text.set_text_scale(1.0)
