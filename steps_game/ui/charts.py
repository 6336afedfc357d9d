"""The profile's radar chart, drawn by the game itself (one axis per dimension, 0-100)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pygame

from steps_game.ui import palette
from steps_game.ui.text import blit_line, blit_text, font, is_rtl, number_text, render, role_size

RINGS = (25, 50, 75, 100)


def axis_angle(index: int, count: int, clockwise: bool = True) -> float:
    """Axis `index` of `count`, starting straight up and going clockwise, or counterclockwise
    for a right-to-left reader, who follows the steps from the right."""
    turn = 2 * math.pi * index / count
    return -math.pi / 2 + (turn if clockwise else -turn)


def radar_points(
    center: tuple[float, float],
    radius: float,
    values: Sequence[int | None],
    clockwise: bool = True,
) -> list[tuple[float, float]]:
    """Where each value lands on its axis; a missing value sits at the centre."""
    points = []
    for index, value in enumerate(values):
        angle = axis_angle(index, len(values), clockwise)
        length = radius * max(0, min(100, value or 0)) / 100
        points.append((center[0] + length * math.cos(angle), center[1] + length * math.sin(angle)))
    return points


def _wrap_width(label: str, size: int) -> int:
    """Wrap a label at about seven letter widths, but never inside a word."""
    longest = max(font(size, True).size(word)[0] for word in label.split() or [label])
    return max(size * 7, longest + 4)


def draw_radar(
    surface: pygame.Surface,
    rect: pygame.Rect,
    values: Sequence[int | None],
    labels: Sequence[str],
    *,
    label_size: int = 18,
    grown: float = 1.0,
) -> None:
    """The chart in `rect`, each value's name and number outside its axis. `grown` (0 to 1)
    draws the shape that much of the way out from the centre (ui/motion.py); the numbers are
    always the whole values."""
    count = len(values)
    center = rect.center
    clockwise = not is_rtl()
    # The names are secondary texts: they grow with the player's text size like every text
    designed = label_size
    label_size = role_size(designed, "secondary")
    blocks = _label_blocks(values, labels, label_size)
    radius = max(_radius(rect, blocks, label_size), label_size * 2)
    for ring in RINGS:
        ring_points = radar_points(center, radius, [ring] * count, clockwise)
        pygame.draw.polygon(surface, palette.BORDER, ring_points, width=1)
    for index in range(count):
        end = radar_points(
            center, radius, [100 if i == index else 0 for i in range(count)], clockwise
        )[index]
        pygame.draw.line(surface, palette.BORDER, center, end, width=1)
    shape = radar_points(center, radius * grown, values, clockwise)
    # The see-through fill goes on a layer just the size of the shape: a whole-screen layer was
    # a screen-sized surface made, filled and blended on every frame of the profile.
    xs, ys = [x for x, _ in shape], [y for _, y in shape]
    left, top = int(min(xs)), int(min(ys))
    layer = pygame.Surface((int(max(xs)) - left + 2, int(max(ys)) - top + 2), pygame.SRCALPHA)
    pygame.draw.polygon(layer, (*palette.ACCENT, 70), [(x - left, y - top) for x, y in shape])
    surface.blit(layer, (left, top))
    pygame.draw.polygon(surface, palette.ACCENT_DARK, shape, width=3)
    for point in shape:
        pygame.draw.circle(surface, palette.ACCENT_DARK, point, 5)
    placed = []
    for index, (words, number) in enumerate(blocks):
        angle = axis_angle(index, count, clockwise)
        block = pygame.Rect(
            0,
            0,
            max(words.get_width(), number.get_width()),
            words.get_height() + number.get_height(),
        )
        # The whole block (name over number) sits outside the chart, pushed along its axis, so
        # it never covers the shape, whichever side it is on.
        reach = radius + label_size * 0.6
        block.center = (
            center[0] + reach * math.cos(angle) + math.cos(angle) * block.width / 2,
            center[1] + reach * math.sin(angle) + math.sin(angle) * block.height / 2,
        )
        placed.append(block)
    _spread_apart(placed, gap=label_size // 2)
    for block in placed:  # spread apart, a name near the edge is kept inside the chart's box
        block.x = min(max(block.x, rect.left), rect.right - block.width)
    for block, (words, _number), label, value in zip(placed, blocks, labels, values, strict=True):
        # drawn through blit_text and blit_line, so the layout audit sees them
        box = words.get_rect(midtop=block.midtop)
        blit_text(
            surface, label, box, designed, palette.INK, role="secondary", bold=True, center=True
        )
        shown = "–" if value is None else number_text(value)
        blit_line(
            surface,
            shown,
            designed,
            palette.ACCENT_DARK,
            role="secondary",
            bold=True,
            midbottom=block.midbottom,
        )


def _label_blocks(values, labels, label_size: int) -> list[tuple[pygame.Surface, pygame.Surface]]:
    """Each axis's name (wrapped) and number, drawn at `label_size`."""
    return [
        (
            render(
                label,
                label_size,
                palette.INK,
                bold=True,
                width=_wrap_width(label, label_size),
                center=True,
            ),
            render(
                "–" if value is None else number_text(value),
                label_size,
                palette.ACCENT_DARK,
                bold=True,
            ),
        )
        for value, label in zip(values, labels, strict=True)
    ]


def _radius(rect: pygame.Rect, blocks, label_size: int) -> float:
    """The largest chart whose labels, each pushed out along its own axis, stay inside `rect`."""
    count = len(blocks)
    clockwise = not is_rtl()
    radius = min(rect.width, rect.height) / 2
    for index, (words, number) in enumerate(blocks):
        width = max(words.get_width(), number.get_width())
        height = words.get_height() + number.get_height()
        angle = axis_angle(index, count, clockwise)
        for along, half_room, size in (
            (abs(math.cos(angle)), rect.width / 2, width),
            (abs(math.sin(angle)), rect.height / 2, height),
        ):
            if along > 0.01:
                fits = (half_room - size / 2 * (1 + along)) / along - label_size * 0.6
                radius = min(radius, fits)
    return radius


def radar_radius(rect: pygame.Rect, values, labels, *, label_size: int = 18) -> float:
    """How large draw_radar can make the chart in `rect` with all its labels inside it (under
    zero when the labels alone do not fit)."""
    size = role_size(label_size, "secondary")
    return _radius(rect, _label_blocks(values, labels, size), size)


def _spread_apart(blocks: list[pygame.Rect], gap: int) -> None:
    """Neighbouring labels near the top or bottom can touch: move such pairs sideways apart."""
    for _ in range(3):
        for first, second in zip(blocks, blocks[1:] + blocks[:1], strict=True):
            if first is second or not first.inflate(gap, 0).colliderect(second):
                continue
            left, right = sorted((first, second), key=lambda r: r.centerx)
            overlap = left.right + gap - right.left
            if overlap > 0:
                left.x -= (overlap + 1) // 2
                right.x += (overlap + 1) // 2
