"""Markers of neighbouring cells pushed apart, so that no number on the map hides another.

Each cell places its own markers (MapGeometry.marker_positions) without knowing its neighbours':
at large text a marker is wider than a ring, and markers of two cells side by side covered each
other's numbers (Arabic at 200 %: 1 under 3, 7 under 5 and 10). Here every pair closer than a
marker's width is pushed apart a little at a time, and a marker moves only where it stays in its
own cell (the ring says how close a person is, the sector where they belong). Plain math.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from steps_game.tasks.network_map.geometry import MapGeometry

ROUNDS = 40  # passes over every pair; the map holds at most a few dozen markers


def spread(
    geometry: MapGeometry,
    spots: Sequence[tuple[float, float]],
    cells: Sequence[tuple[int, int]],
    gap: float,
) -> list[tuple[float, float]]:
    """`spots` (one per marker, in the cell of the same index of `cells`) moved so that markers
    stand at least `gap` apart, and clear of the "me" circle in the middle, where their cells
    have the room; a marker never leaves its cell. Where there is not room enough they come as
    far apart as their cells allow."""
    points = [list(spot) for spot in spots]
    clear = geometry.edges[0] + gap / 2  # a marker's middle this far out leaves "me" readable
    for _ in range(ROUNDS):
        moved = False
        for i in range(len(points)):
            moved |= _off_me(geometry, points[i], cells[i], clear)
            for j in range(i + 1, len(points)):
                moved |= _part(geometry, points, cells, i, j, gap)
        if not moved:
            break
    return [(x, y) for x, y in points]


def _part(
    geometry: MapGeometry,
    points: list[list[float]],
    cells: Sequence[tuple[int, int]],
    i: int,
    j: int,
    gap: float,
) -> bool:
    """Push markers i and j half their shortfall each away from each other, each only as far
    as its own cell allows. True when either moved."""
    a, b = points[i], points[j]
    dx, dy = b[0] - a[0], b[1] - a[1]
    distance = math.hypot(dx, dy)
    if distance >= gap - 0.5:
        return False
    if distance < 1e-6:  # on top of each other: part them along the line to the center
        dx, dy = a[0] - geometry.center[0], a[1] - geometry.center[1]
        dx, dy = (dy, -dx) if math.hypot(dx, dy) > 1e-6 else (1.0, 0.0)
        distance = math.hypot(dx, dy)
    push = (gap - distance) / 2
    ux, uy = dx / distance, dy / distance
    moved_a = _move(geometry, a, cells[i], -ux * push, -uy * push)
    moved_b = _move(geometry, b, cells[j], ux * push, uy * push)
    return moved_a or moved_b


def _off_me(geometry: MapGeometry, point: list[float], cell: tuple[int, int], clear: float) -> bool:
    """Move a marker out from the middle until it is `clear` of it, as far as its cell allows."""
    cx, cy = geometry.center
    dx, dy = point[0] - cx, point[1] - cy
    distance = math.hypot(dx, dy)
    if distance >= clear - 0.5 or distance < 1e-6:
        return False
    push = clear - distance
    return _move(geometry, point, cell, dx / distance * push, dy / distance * push)


def _move(
    geometry: MapGeometry, point: list[float], cell: tuple[int, int], dx: float, dy: float
) -> bool:
    """Move `point` by (dx, dy), or by as large a part of it as keeps it in `cell` (halving
    down to a tenth); False when no part of the move stays in the cell."""
    for part in (1.0, 0.5, 0.25, 0.1):
        moved = (point[0] + dx * part, point[1] + dy * part)
        if geometry.locate(moved) == cell:
            point[0], point[1] = moved
            return True
    return False
