"""The profile's radar chart, drawn by the game itself (one axis per dimension, 0-100)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pygame

from steps_game.ui import palette
from steps_game.ui.text import render

RINGS = (25, 50, 75, 100)


def axis_angle(index: int, count: int) -> float:
    """Axis `index` of `count`, starting straight up and going clockwise."""
    return -math.pi / 2 + 2 * math.pi * index / count


def radar_points(
    center: tuple[float, float], radius: float, values: Sequence[int | None]
) -> list[tuple[float, float]]:
    """Where each value lands on its axis; a missing value sits at the centre."""
    points = []
    for index, value in enumerate(values):
        angle = axis_angle(index, len(values))
        length = radius * max(0, min(100, value or 0)) / 100
        points.append((center[0] + length * math.cos(angle), center[1] + length * math.sin(angle)))
    return points


def draw_radar(
    surface: pygame.Surface,
    rect: pygame.Rect,
    values: Sequence[int | None],
    labels: Sequence[str],
    *,
    label_size: int = 18,
) -> None:
    count = len(values)
    center = rect.center
    radius = min(rect.width, rect.height) / 2 - label_size * 3.2
    for ring in RINGS:
        ring_points = radar_points(center, radius, [ring] * count)
        pygame.draw.polygon(surface, palette.BORDER, ring_points, width=1)
    for index in range(count):
        end = radar_points(center, radius, [100 if i == index else 0 for i in range(count)])[index]
        pygame.draw.line(surface, palette.BORDER, center, end, width=1)
    shape = radar_points(center, radius, values)
    layer = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    pygame.draw.polygon(layer, (*palette.ACCENT, 70), shape)
    surface.blit(layer, (0, 0))
    pygame.draw.polygon(surface, palette.ACCENT_DARK, shape, width=3)
    for point in shape:
        pygame.draw.circle(surface, palette.ACCENT_DARK, point, 5)
    for index, (value, label) in enumerate(zip(values, labels, strict=True)):
        angle = axis_angle(index, count)
        anchor = (
            center[0] + (radius + label_size * 1.6) * math.cos(angle),
            center[1] + (radius + label_size * 1.6) * math.sin(angle),
        )
        words = render(label, label_size, palette.INK, bold=True, width=170, center=True)
        number = render(
            "–" if value is None else str(value), label_size, palette.ACCENT_DARK, bold=True
        )
        box = words.get_rect(center=anchor)
        box.clamp_ip(rect)
        surface.blit(words, box)
        surface.blit(number, number.get_rect(midtop=(box.centerx, box.bottom)))
