"""What step 3 draws itself: the map seen in a mirror, contact chips, numbered markers."""

from __future__ import annotations

import pygame

from steps_game.tasks.network_map.model import MapGeometry
from steps_game.ui import palette
from steps_game.ui.text import blit_text, render

MARKER_RADIUS = 13
MARKER_NUMBER_SIZE = 15
CHIP_TEXT_SIZE = 17


class MirroredMap(MapGeometry):
    """The map as a right-to-left player sees it: the left-to-right map in a mirror standing at
    its center. Sector 0 still begins at the top and the sectors follow counterclockwise; every
    point given or returned is on the screen, so the view uses it as it uses a MapGeometry."""

    def _flip(self, point: tuple[float, float]) -> tuple[float, float]:
        return 2 * self.center[0] - point[0], point[1]

    def polar(self, point: tuple[float, float]) -> tuple[float, float]:
        return super().polar(self._flip(point))

    def point(self, radius: float, degrees: float) -> tuple[float, float]:
        return self._flip(super().point(radius, degrees))

    def marker_positions(
        self, ring: int, sector: int, count: int, spacing: float
    ) -> list[tuple[float, float]]:
        return [self._flip(p) for p in super().marker_positions(ring, sector, count, spacing)]


def draw_chip(
    surface: pygame.Surface,
    rect: pygame.Rect,
    label: str,
    *,
    lifted: bool = False,
    mirrored: bool = False,
    marker: tuple[int, bool] | None = None,
    selected: bool = False,
) -> None:
    """A person in the list beside the map. One still to place has a grip of dots at the edge
    its words begin from (it can be moved there); one on the map shows its numbered marker
    instead, so the list is the map's key."""
    on_map = marker is not None
    fill = palette.ACCENT_SOFT if selected else (palette.BACKGROUND if on_map else palette.PANEL)
    pygame.draw.rect(surface, fill, rect, border_radius=10)
    border = palette.ACCENT if lifted or selected else palette.BORDER
    pygame.draw.rect(surface, border, rect, width=3 if selected else 2, border_radius=10)
    if marker is not None:
        number, in_finland = marker
        x = rect.right - 20 if mirrored else rect.x + 20
        draw_marker(surface, (x, rect.centery), in_finland, number=number, selected=False)
        room = 40
    else:
        for row in range(3):
            for column in range(2):
                inset = 10 + column * 6  # from the edge the words begin at
                x = rect.right - inset if mirrored else rect.x + inset
                pygame.draw.circle(surface, palette.MUTED, (x, rect.centery - 6 + row * 6), 2)
        room = 26
    # the words fill the rest: clear of the grip or the marker, 6 px of the other edge
    text = pygame.Rect(
        rect.x + (6 if mirrored else room), rect.y + 2, rect.width - room - 6, rect.height - 4
    )
    blit_text(surface, label, text, CHIP_TEXT_SIZE, palette.INK, middle=True)


def draw_marker(
    surface: pygame.Surface,
    center: tuple[int, int],
    in_finland: bool,
    *,
    number: int | None = None,
    selected: bool,
) -> None:
    """A person on the map: a round dot when in Finland, a diamond when abroad (shape, not only
    colour, tells them apart), with the person's number from the list; a chosen one gets a ring
    around it."""
    x, y = center
    r = MARKER_RADIUS
    if in_finland:
        pygame.draw.circle(surface, palette.ACCENT_DARK, center, r)
        pygame.draw.circle(surface, palette.WHITE, center, r, width=2)
    else:
        points = [(x, y - r - 3), (x + r + 3, y), (x, y + r + 3), (x - r - 3, y)]
        pygame.draw.polygon(surface, palette.WARN, points)
        pygame.draw.polygon(surface, palette.WHITE, points, width=2)
    if number is not None:
        image = render(str(number), MARKER_NUMBER_SIZE, palette.WHITE, bold=True)
        surface.blit(image, image.get_rect(center=center))
    if selected:
        pygame.draw.circle(surface, palette.INK, center, r + 6, width=3)
