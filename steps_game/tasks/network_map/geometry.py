"""The network map's geometry: which ring and life area a point of the drawn map is in, and
where markers go. Plain math, tested without a window."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class MapGeometry:
    """Rings and sectors around a center, in screen coordinates (y grows downwards).

    `edges` are radii: the "me" circle, then each ring's outer edge, inner to outer. Sector 0 begins
    at `start` degrees (-90 = straight up) and the sectors follow clockwise on the screen. A point
    up to `slack` outside the outer ring still counts as the outer ring (a forgiving drop).
    """

    center: tuple[float, float]
    edges: tuple[float, ...]
    sectors: int
    start: float = -90.0
    slack: float = 0.0

    def __post_init__(self) -> None:
        if self.sectors < 1 or len(self.edges) < 2:
            raise ValueError("a map needs at least one sector and one ring")
        if any(b <= a for a, b in itertools.pairwise(self.edges)) or self.edges[0] < 0:
            raise ValueError("ring edges must grow outwards from zero")

    @property
    def rings(self) -> int:
        return len(self.edges) - 1

    @property
    def span(self) -> float:
        """Degrees per sector."""
        return 360.0 / self.sectors

    @property
    def outer(self) -> float:
        return self.edges[-1]

    def polar(self, point: tuple[float, float]) -> tuple[float, float]:
        """Distance from the center, and degrees clockwise from where sector 0 begins."""
        dx, dy = point[0] - self.center[0], point[1] - self.center[1]
        return math.hypot(dx, dy), (math.degrees(math.atan2(dy, dx)) - self.start) % 360.0

    def locate(self, point: tuple[float, float]) -> tuple[int, int] | None:
        """(ring, sector) indices of the cell under `point`; None on "me" or off the map."""
        radius, angle = self.polar(point)
        if radius < self.edges[0] or radius >= self.outer + self.slack:
            return None
        ring = next((i for i in range(self.rings) if radius < self.edges[i + 1]), self.rings - 1)
        sector = min(int(angle // self.span), self.sectors - 1)
        return ring, sector

    def angle(self, sector: int, fraction: float = 0.5) -> float:
        """Screen degrees of a point `fraction` of the way through a sector, clockwise."""
        return self.start + (sector + fraction) * self.span

    def point(self, radius: float, degrees: float) -> tuple[float, float]:
        rad = math.radians(degrees)
        return self.center[0] + radius * math.cos(rad), self.center[1] + radius * math.sin(rad)

    def mid_radius(self, ring: int) -> float:
        return (self.edges[ring] + self.edges[ring + 1]) / 2

    def cell_center(self, ring: int, sector: int) -> tuple[float, float]:
        return self.point(self.mid_radius(ring), self.angle(sector))

    def cell_outline(self, ring: int, sector: int, steps: int = 12) -> list[tuple[float, float]]:
        """The corners of a cell's ring segment as a polygon, for drawing a highlight."""
        inner, outer = self.edges[ring], self.edges[ring + 1]
        fractions = [i / steps for i in range(steps + 1)]
        points = [self.point(outer, self.angle(sector, f)) for f in fractions]
        points += [self.point(inner, self.angle(sector, f)) for f in reversed(fractions)]
        return points

    def marker_positions(
        self, ring: int, sector: int, count: int, spacing: float
    ) -> list[tuple[float, float]]:
        """Where `count` markers go inside a cell: in arcs, `spacing` apart while there is room,
        squeezed closer when there is not. Always `count` points, all inside the cell."""
        if count <= 0:
            return []
        inner, outer = self.edges[ring], self.edges[ring + 1]
        rows = max(1, int((outer - inner) // spacing))
        radii = [inner + (outer - inner) * (i + 0.5) / rows for i in range(rows)]
        usable = math.radians(self.span) * 0.8  # keep clear of the sector's edge lines
        capacity = [max(1, int(usable * r // spacing)) for r in radii]
        if count <= capacity[rows // 2] or rows == 1:
            plan = [(self.mid_radius(ring), count)]
        else:
            counts = [0] * rows
            order = sorted(range(rows), key=lambda i: -radii[i])  # outer arcs hold more
            left = count
            for i in order:
                counts[i] = min(capacity[i], left)
                left -= counts[i]
            i = 0
            while left > 0:  # more markers than room: share the rest out, they will overlap
                counts[order[i % rows]] += 1
                left -= 1
                i += 1
            plan = [(radii[i], counts[i]) for i in range(rows) if counts[i]]
        # Rings narrower than a marker (large text on a small map): the markers of neighbouring
        # rings stand to either side of the sector's middle, so as not to cover each other.
        lean = 0.0
        if outer - inner < spacing and len(plan) == 1:
            lean = (1 if ring % 2 == 0 else -1) * 0.5
        positions = []
        for radius, n in plan:
            step = min(spacing / radius, usable / n) if radius > 0 else 0.0
            if n > 1 and radius > 0 and step < spacing / radius:
                # crowded: the markers spread over the whole arc, the outer ones just inside
                # the sector's edges (a marker is spacing - 8 wide), so that fewer overlap
                whole = math.radians(self.span) - (spacing - 4) / radius
                step = min(spacing / radius, max(step, whole / (n - 1)))
            free = max(0.0, usable - (n - 1) * step)
            mid = math.radians(self.angle(sector)) + lean * free
            for j in range(n):
                rad = mid + (j - (n - 1) / 2) * step
                positions.append(
                    (
                        self.center[0] + radius * math.cos(rad),
                        self.center[1] + radius * math.sin(rad),
                    )
                )
        return positions
