"""What step 3 draws itself: the map seen in a mirror, its rings and life areas, the list's
chips, numbered markers, and what shows while a person is carried over the map."""

from __future__ import annotations

import pygame

from steps_game.tasks.network_map.geometry import MapGeometry
from steps_game.tasks.network_map.tooltip import NARROWER, PAD, place_tooltip
from steps_game.ui import palette
from steps_game.ui.drag import Mode
from steps_game.ui.finnish_line import words_and_finnish
from steps_game.ui.text import (
    blit_line,
    blit_text,
    floor_size,
    line_height,
    number_text,
    render,
    role_size,
    text_height,
    text_scale,
)

MARKER_RADIUS = 14  # at 100 % text; see marker_radius()
MARKER_NUMBER_SIZE = 16
CHIP_TEXT_SIZE = 20
ME_SIZE = 18


def marker_radius() -> int:
    """A marker is as large as its number needs at the current text size."""
    return max(MARKER_RADIUS, (line_height(floor_size("secondary"), bold=True) * 6) // 10)


def marker_spacing() -> int:
    """Markers in one cell stand this far apart, with room for a diamond's points."""
    return 2 * marker_radius() + 8


TRAY_LEFT = 560  # the list of people, from the task area's left edge
GAP = 12
PANEL_PAD = 11
NAME_SIZE = 20  # the carried person's name in the panel, wrapped (panel_parts.py)
INNER_FILL = (204, 230, 228)
OUTER_FILL = (255, 255, 255)


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def split(item_id: str) -> tuple[str, str]:
    """ "token:sibling" -> ("token", "sibling"): what kind of thing is held, and who."""
    kind, _, token_id = item_id.partition(":")
    return kind, token_id


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
    finnish: str = "",
) -> None:
    """A person in the list beside the map. One still to place has a grip of dots at the edge
    its words begin from (it can be moved there); one on the map shows its numbered marker
    instead, so the list is the map's key. `finnish`: the Finnish word of the key term the
    role names, after or under its words (tray.chip_heights makes room for it)."""
    on_map = marker is not None
    fill = palette.ACCENT_SOFT if selected else (palette.BACKGROUND if on_map else palette.PANEL)
    pygame.draw.rect(surface, fill, rect, border_radius=10)
    border = palette.ACCENT if lifted or selected else palette.BORDER
    pygame.draw.rect(surface, border, rect, width=3 if selected else 2, border_radius=10)
    if marker is not None:
        number, in_finland = marker
        x = rect.right - marker_radius() - 6 if mirrored else rect.x + marker_radius() + 6
        draw_marker(surface, (x, rect.centery), in_finland, number=number, selected=False)
        room = 2 * marker_radius() + 12
    else:
        for row in range(3):
            for column in range(2):
                inset = 10 + column * 6  # from the edge the words begin at
                x = rect.right - inset if mirrored else rect.x + inset
                pygame.draw.circle(surface, palette.MUTED, (x, rect.centery - 6 + row * 6), 2)
        room = 32  # tray.GRIP_ROOM
    # the words fill the rest: clear of the grip or the marker, 6 px of the other edge
    text = pygame.Rect(
        rect.x + (6 if mirrored else room), rect.y + 2, rect.width - room - 6, rect.height - 4
    )
    words_and_finnish(
        surface,
        label,
        text,
        CHIP_TEXT_SIZE,
        palette.INK,
        role="option",
        middle=True,
        finnish=finnish,
    )


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
    r = marker_radius()
    if in_finland:
        pygame.draw.circle(surface, palette.ACCENT_DARK, center, r)
        pygame.draw.circle(surface, palette.WHITE, center, r, width=2)
    else:
        points = [(x, y - r - 3), (x + r + 3, y), (x, y + r + 3), (x - r - 3, y)]
        pygame.draw.polygon(surface, palette.WARN, points)
        pygame.draw.polygon(surface, palette.WHITE, points, width=2)
    if number is not None:
        blit_line(
            surface,
            number_text(number),
            MARKER_NUMBER_SIZE,
            palette.WHITE,
            role="secondary",
            bold=True,
            center=center,
        )
    if selected:
        pygame.draw.circle(surface, palette.INK, center, r + 6, width=3)


class MapDrawing:
    """What the map view draws itself, under and over the widgets (NetworkMapView's drawing)."""

    # -- drawing: the map ------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        geo, tr = self.geometry, self.tr
        center = (round(geo.center[0]), round(geo.center[1]))
        fills = self._ring_fills()
        for index in reversed(range(geo.rings)):
            pygame.draw.circle(surface, fills[index], center, round(geo.edges[index + 1]))
            pygame.draw.circle(
                surface, palette.BORDER, center, round(geo.edges[index + 1]), width=2
            )
        for sector in range(geo.sectors):
            angle = geo.angle(sector, 0.0)
            pygame.draw.line(
                surface,
                palette.BORDER,
                geo.point(geo.edges[0], angle),
                geo.point(geo.outer, angle),
                width=2,
            )
        self._sector_labels(surface)
        pygame.draw.circle(surface, palette.ACCENT, center, round(geo.edges[0]))
        blit_line(
            surface,
            self.newcomer_name or tr("task.network_map.me"),
            ME_SIZE,
            palette.WHITE,
            role="secondary",
            bold=True,
            center=center,
        )
        self._legend(surface)

    def _ring_fills(self) -> list[tuple[int, int, int]]:
        rings = self.geometry.rings
        return [_mix(INNER_FILL, OUTER_FILL, i / max(1, rings - 1)) for i in range(rings)]

    # -- drawing: people -------------------------------------------------------------------
    def _chip_drawer(
        self, item_id: str, label: str, rect: pygame.Rect, placed: str | None = None, finnish=""
    ):
        def draw(surface: pygame.Surface, _focused: bool) -> None:
            if self.drag.held == item_id:  # an empty place where it was lifted from
                pygame.draw.rect(surface, palette.BORDER, rect, width=2, border_radius=10)
                return
            marker = None
            if placed is not None:
                spot = self.model.placement(placed)
                if spot is not None:
                    marker = (self.model.number(placed), spot["in_finland"])
            draw_chip(
                surface,
                rect,
                label,
                mirrored=self.host.ui.mirror,
                marker=marker,
                selected=placed is not None and placed == self.selected,
                finnish=finnish,
            )

        return draw

    def _marker_drawer(self, token_id: str, rect: pygame.Rect):
        def draw(surface: pygame.Surface, _focused: bool) -> None:
            if self.drag.held in (f"marker:{token_id}", f"person:{token_id}"):
                pygame.draw.circle(surface, palette.BORDER, rect.center, marker_radius(), width=2)
                return
            spot = self.model.placement(token_id)
            if spot is not None:
                draw_marker(
                    surface,
                    rect.center,
                    spot["in_finland"],
                    number=self.model.number(token_id),
                    selected=token_id == self.selected,
                )

        return draw

    def _held_chip(self, surface: pygame.Surface, item_id: str, rect: pygame.Rect) -> None:
        _, token_id = split(item_id)
        draw_chip(
            surface,
            rect,
            self.name(token_id),
            lifted=True,
            mirrored=self.host.ui.mirror,
            finnish=self.finnish_of(token_id),
        )

    # -- drawing: above everything ---------------------------------------------------------
    def draw_overlay(self, surface: pygame.Surface) -> None:
        held = self.drag.held
        if held is None:
            self._tooltip(surface)
            return
        kind, token_id = split(held)
        if self.drag.mode is Mode.KEYBOARD:
            cell = self.drag.slot
        else:
            cell = self.geometry.locate(self.drag.pos)
        if cell is not None:
            self._highlight(surface, cell)
        self._placing_panel(surface, kind, token_id, cell)
        if self.drag.mode is Mode.KEYBOARD and cell is not None:
            spot = self._landing(token_id, cell)
            placement = self.model.placement(token_id)
            in_finland = (
                placement["in_finland"]
                if placement
                else self.model.contact(token_id).location != "abroad"
            )
            draw_marker(
                surface, spot, in_finland, number=self.model.number(token_id), selected=False
            )
            box = pygame.Rect(0, 0, 38, 38)
            box.center = spot
            pygame.draw.rect(surface, palette.SHADE, box.inflate(4, 4), width=2, border_radius=12)
            pygame.draw.rect(surface, palette.FOCUS, box, width=4, border_radius=10)
        else:
            self.drag.draw(surface, self._held_chip)

    def _landing(self, token_id: str, cell: tuple[int, int]) -> tuple[int, int]:
        """Where the held contact's marker would go in a cell (after the markers there)."""
        ring, sector = cell
        cfg = self.model.config
        others = [
            t
            for t in self.model.in_cell(cfg.rings[ring].id, cfg.sectors[sector].id)
            if t != token_id
        ]
        x, y = self.geometry.marker_positions(ring, sector, len(others) + 1, marker_spacing())[-1]
        return round(x), round(y)

    def _highlight(self, surface: pygame.Surface, cell: tuple[int, int]) -> None:
        points = self.geometry.cell_outline(*cell)
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        pygame.draw.polygon(shade, (*palette.FOCUS, 70), points)
        surface.blit(shade, (0, 0))
        pygame.draw.polygon(surface, palette.FOCUS, points, width=3)

    def _placing_panel(self, surface: pygame.Surface, kind: str, token_id: str, cell) -> None:
        tr, model = self.tr, self.model
        rect = self.panel_rect
        if not rect.width:  # (on a page of the column not in view)
            return
        pygame.draw.rect(surface, palette.PANEL, rect, border_radius=12)
        pygame.draw.rect(surface, palette.FOCUS, rect, width=3, border_radius=12)
        inner = rect.inflate(-2 * PANEL_PAD, -2 * PANEL_PAD)
        name = self.name(token_id)
        name_h = text_height(name, NAME_SIZE, inner.width, bold=True)
        # carried by keyboard, the keys are on the instruction's keys line (view.keys_hint),
        # whole at any text size; the mouse's few words stay here
        keyboard = self.drag.mode is Mode.KEYBOARD
        keys_h = 0 if keyboard else 2 * line_height(role_size(16, "hint"))
        name_box = pygame.Rect(inner.x, inner.y, inner.width, name_h)
        blit_text(surface, name, name_box, NAME_SIZE, palette.INK, bold=True)
        if cell is not None:
            ring = model.config.rings[cell[0]]
            where = self._where(ring.id, model.config.sectors[cell[1]].id)
            line = tr("task.network_map.placing", where=where, hint=tr.pick(ring.hint))
            if keyboard and getattr(self, "carrying", False):
                line = where  # under its keys, in the column (panel_parts.py): where alone
        elif kind in ("marker", "person") and self.tray_rect.collidepoint(self.drag.pos):
            line = tr("task.network_map.off_to_tray")
        else:
            line = tr("task.network_map.off_map")
        blit_text(
            surface,
            line,
            pygame.Rect(inner.x, inner.y + name_h + 4, inner.width, inner.height - name_h - keys_h),
            18,
            palette.INK,
        )
        if keyboard:
            return
        keys = (
            "task.network_map.keys_click"
            if self.drag.mode is Mode.CARRYING
            else "task.network_map.keys_drag"
        )
        blit_text(
            surface,
            tr(keys),
            pygame.Rect(inner.x, inner.bottom - keys_h, inner.width, keys_h),
            16,
            palette.MUTED,
            role="hint",
        )

    def _tooltip(self, surface: pygame.Surface) -> None:
        token_id = self.hover
        ring = self.ring
        if (
            ring is not None
            and ring.visible
            and ring.focused_id
            and ring.focused_id.startswith("marker:")
        ):
            token_id = split(ring.focused_id)[1]
        if (
            token_id is None
            or token_id not in self.markers
            or self.model.placement(token_id) is None
        ):
            return
        label = self._marker_label(token_id)
        box = self.tooltip_box(label, self.markers[token_id])
        pygame.draw.rect(surface, palette.PANEL, box, border_radius=8)
        pygame.draw.rect(surface, palette.INK, box, width=2, border_radius=8)
        blit_text(surface, label, box.inflate(-20, -12), 17, palette.INK, role="secondary")

    def tooltip_box(self, label: str, anchor: pygame.Rect) -> pygame.Rect:
        """Where a marker's tooltip with `label` stands: by its marker `anchor`, over no words
        on the screen (tooltip.py), as narrow as that takes."""
        size = role_size(17, "secondary")
        line = render(label, size, palette.INK).get_width()  # on one line, where that fits
        widths = [w for w in (line,) if w <= 1200] + [
            round(300 * text_scale() * share) for share in NARROWER
        ]
        sizes = [
            render(label, size, palette.INK, width=w).get_rect().inflate(*PAD).size for w in widths
        ]
        words = [item.rect for item in self.host.ui.texts]
        words += [c.rect for c in self.host.ring.controls if not c.id.startswith("marker:")]
        words += self.legend_boxes()
        words += [self.host.ui.place(r) for r in (self.legends_across, self.shapes_row) if r]
        me = pygame.Rect(0, 0, 2 * self.geometry.edges[0], 2 * self.geometry.edges[0])
        words.append(
            me.move(self.geometry.center[0] - me.centerx, self.geometry.center[1] - me.centery)
        )
        names = self.sector_label_boxes() + [m for m in self.markers.values() if m != anchor]
        return place_tooltip(sizes, anchor, words, pygame.Rect(0, 0, 1280, 720), names)[1]
