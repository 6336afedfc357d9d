"""Step 3 on screen: the mind map on the left, the tray of contacts on the right, and under the
tray a small panel for the chosen contact (in Finland or abroad, move, remove). In a right-to-left
language all of it is mirrored: the map on the right, its life areas following counterclockwise.

Mouse: drag a contact from the tray onto the map, or click it and then click the map. Drag a dot
on the map to move it, back onto the tray to take it off, or click it to choose it. Keyboard: Enter
on a contact picks it up; the arrows choose the life area (left, right: the way the highlight
moves at the top of the map) and the ring (up = further out); Enter places it and Esc puts it
back. Enter on a dot chooses it for the panel.
"""

from __future__ import annotations

import math

import pygame

from steps_game.tasks.network_map.model import MapGeometry, NetworkMapModel
from steps_game.tasks.view import TaskView
from steps_game.ui import palette
from steps_game.ui.builder import BUTTON_HEIGHT, BUTTON_TEXT_SIZE, TICK_ROOM, ViewBuilder
from steps_game.ui.drag import DragEvent, Draggable, DragLayer, Mode
from steps_game.ui.focus import Control
from steps_game.ui.intents import Act, Intent
from steps_game.ui.text import blit_text, font, render

ME_RADIUS = 32
MAP_RADIUS = 182  # the outer ring's edge; the life areas are written around it
MAP_LEFT = 290  # the map's center, from the task area's left edge
SLACK = 34  # a drop on the names around the map still lands in the outer ring
LABEL_SIZE = 17
MARKER_RADIUS = 10
MARKER_SPACING = 25
TRAY_LEFT = 560  # from the task area's left edge
TRAY_COLUMNS = 3
TRAY_ROWS = 5
CHIP_HEIGHT = 52
CHIP_TEXT_SIZE = 17
GAP = 12
ROW_GAP = 6
HELD_SIZE = (190, 46)
PANEL_PAD = 11

INNER_FILL = (204, 230, 228)
OUTER_FILL = (255, 255, 255)


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _split(item_id: str) -> tuple[str, str]:
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


class NetworkMapView(TaskView[NetworkMapModel]):
    def __init__(self, host, model: NetworkMapModel) -> None:
        super().__init__(host, model)
        self.drag = DragLayer()
        self.selected: str | None = None  # the contact the panel is about
        self.hover: str | None = None  # the dot under the pointer
        self.geometry = MapGeometry((0, 0), (1, 2), 1)
        self.area = pygame.Rect(0, 0, 0, 0)
        self.tray_rect = pygame.Rect(0, 0, 0, 0)
        self.panel_rect = pygame.Rect(0, 0, 0, 0)
        self.markers: dict[str, pygame.Rect] = {}
        self.ring = None
        self.next_focus: str | None = None  # the chip after one just placed, for keyboard users
        # While Enter holds a contact, it has its own focus mark; the ring's waits (and comes back).
        self.keyboard_hold = False
        self.ring_was_visible = False

    def instruction(self) -> str:
        return self.tr.pick(self.model.config.instruction)

    # -- building ------------------------------------------------------------------------
    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        self.ring = ui.ring
        self.area = pygame.Rect(area)
        cfg = self.model.config
        width = (MAP_RADIUS - ME_RADIUS) / len(cfg.rings)
        edges = tuple(ME_RADIUS + i * width for i in range(len(cfg.rings) + 1))
        shape = MirroredMap if ui.mirror else MapGeometry
        self.geometry = shape(
            ui.place_point((area.x + MAP_LEFT, area.centery)),
            edges,
            len(cfg.sectors),
            slack=SLACK,
        )
        if self.selected is not None and self.model.placement(self.selected) is None:
            self.selected = None
        right = pygame.Rect(
            area.x + TRAY_LEFT, area.y, area.right - area.x - TRAY_LEFT, area.height
        )
        draggables = self._build_tray(ui, right)
        self._build_panel(ui, right)
        draggables += self._build_markers(ui)
        self.drag.set_items(draggables)

    def _build_tray(self, ui: ViewBuilder, right: pygame.Rect) -> list[Draggable]:
        tr, model = self.tr, self.model
        unplaced = model.unplaced()
        ui.text(
            tr("task.network_map.tray", left=len(unplaced), placed=len(model.placed())),
            pygame.Rect(right.x, right.y, right.width, 28),
            size=19,
            color=palette.MUTED,
            bold=True,
        )
        top = right.y + 30
        tray = pygame.Rect(right.x, top, right.width, TRAY_ROWS * (CHIP_HEIGHT + ROW_GAP) - ROW_GAP)
        self.tray_rect = ui.place(tray)
        chip_width = (right.width - GAP * (TRAY_COLUMNS - 1)) // TRAY_COLUMNS
        made = []
        for index, token in enumerate(unplaced):
            column, row = index % TRAY_COLUMNS, index // TRAY_COLUMNS
            rect = ui.place(
                pygame.Rect(
                    right.x + column * (chip_width + GAP),
                    top + row * (CHIP_HEIGHT + ROW_GAP),
                    chip_width,
                    CHIP_HEIGHT,
                )
            )
            label = tr.pick(token.label)
            item_id = f"token:{token.id}"
            ui.ring.add(
                Control(
                    item_id,
                    label,
                    rect,
                    lambda tid=token.id: self._pick_up(f"token:{tid}"),
                    draw=self._chip_drawer(item_id, label, rect),
                )
            )
            made.append(Draggable(item_id, rect, carry_on_click=True, held_size=HELD_SIZE))
        if not unplaced:
            ui.text(
                tr("task.network_map.tray_empty"),
                tray.inflate(-40, 0),
                size=20,
                color=palette.MUTED,
                center=True,
                middle=True,
            )
        ids = [d.id for d in made]
        wanted = self.next_focus if self.next_focus in ids else None
        self.host.preferred_focus = wanted or (ids[0] if ids else None)
        self.next_focus = None
        return made

    def _build_panel(self, ui: ViewBuilder, right: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        top = self.tray_rect.bottom + 8
        panel = pygame.Rect(right.x, top, right.width, right.bottom - top)
        self.panel_rect = ui.place(panel)
        ui.panel(panel)
        inner = panel.inflate(-2 * PANEL_PAD, -2 * PANEL_PAD)
        if self.selected is None:
            ui.text(
                tr("task.network_map.choose_hint"),
                pygame.Rect(inner.x, inner.y, inner.width, 52),
                size=19,
            )
            ui.text(
                tr.pick(model.config.privacy_note),
                pygame.Rect(inner.x, inner.y + 56, inner.width, inner.height - 56),
                size=17,
                color=palette.MUTED,
            )
            return
        token_id = self.selected
        spot = model.placement(token_id)
        # Two columns of buttons, each as wide as its own longer word (with room for a chosen
        # button's tick at both sides): one long word, as Somali's "in Finland", then leaves the
        # contact's name and place their room beside them.
        columns = (("in_finland", "move"), ("abroad", "remove"))
        widths = [
            max(
                170,
                max(font(BUTTON_TEXT_SIZE).size(tr(f"task.network_map.{key}"))[0] for key in keys)
                + 2 * TICK_ROOM
                + 16,
            )
            for keys in columns
        ]
        text_width = inner.width - sum(widths) - 10 - 14
        ui.text(
            tr.pick(model.token(token_id).label),
            pygame.Rect(inner.x, inner.y, text_width, 54),
            size=20,
            bold=True,
        )
        ui.text(
            self._where(spot["ring"], spot["sector"]),
            pygame.Rect(inner.x, inner.y + 58, text_width, inner.height - 58),
            size=17,
            color=palette.MUTED,
        )
        grid_left = inner.right - sum(widths) - 10
        row2 = inner.bottom - BUTTON_HEIGHT

        def at(column: int, y: int) -> pygame.Rect:
            left = grid_left + (widths[0] + 10 if column else 0)
            return pygame.Rect(left, y, widths[column], BUTTON_HEIGHT)

        here = spot["in_finland"]
        ui.button(
            "loc:finland",
            tr("task.network_map.in_finland"),
            at(0, inner.y),
            lambda: self.act(lambda: model.set_in_finland(token_id, True)),
            selected=here,
        )
        ui.button(
            "loc:abroad",
            tr("task.network_map.abroad"),
            at(1, inner.y),
            lambda: self.act(lambda: model.set_in_finland(token_id, False)),
            selected=not here,
        )
        ui.button(
            "move",
            tr("task.network_map.move"),
            at(0, row2),
            lambda: self._pick_up(f"marker:{token_id}"),
            secondary=True,
        )
        ui.button(
            "remove",
            tr("task.network_map.remove"),
            at(1, row2),
            self._remove_selected,
            secondary=True,
        )

    def _build_markers(self, ui: ViewBuilder) -> list[Draggable]:
        model, geo = self.model, self.geometry
        self.markers = {}
        made = []
        for ring_index, ring in enumerate(model.config.rings):
            for sector_index, sector in enumerate(model.config.sectors):
                ids = model.in_cell(ring.id, sector.id)
                spots = geo.marker_positions(ring_index, sector_index, len(ids), MARKER_SPACING)
                for token_id, (x, y) in zip(ids, spots, strict=True):
                    rect = pygame.Rect(0, 0, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS)
                    rect.center = (round(x), round(y))
                    self.markers[token_id] = rect
                    item_id = f"marker:{token_id}"
                    ui.ring.add(
                        Control(
                            item_id,
                            self._marker_label(token_id),
                            rect,
                            lambda tid=token_id: self._choose(tid, keyboard=True),
                            draw=self._marker_drawer(token_id, rect),
                        )
                    )
                    made.append(
                        Draggable(
                            item_id, rect.inflate(8, 8), carry_on_click=False, held_size=HELD_SIZE
                        )
                    )
        return made

    # -- words -----------------------------------------------------------------------------
    def _where(self, ring_id: str, sector_id: str) -> str:
        tr, model = self.tr, self.model
        return tr(
            "task.network_map.where",
            sector=tr.pick(model.sector(sector_id).name),
            ring=tr.pick(model.ring(ring_id).name),
        )

    def _marker_label(self, token_id: str) -> str:
        tr, model = self.tr, self.model
        spot = model.placement(token_id)
        place = tr(
            "task.network_map.in_finland" if spot["in_finland"] else "task.network_map.abroad"
        )
        return tr(
            "task.network_map.marker",
            token=tr.pick(model.token(token_id).label),
            where=self._where(spot["ring"], spot["sector"]),
            place=place,
        )

    # -- acting ----------------------------------------------------------------------------
    def _slot_of(self, token_id: str) -> tuple[int, int]:
        return self.model.index_of(*self.model.start_cell(token_id))

    def _navigate(self, slot, dx: int, dy: int) -> tuple[int, int]:
        ring, sector = slot
        rings, sectors = self.geometry.rings, self.geometry.sectors
        return min(max(ring - dy, 0), rings - 1), (sector + self.host.ui.layout_dx(dx)) % sectors

    def _slot_pos(self, slot) -> tuple[int, int]:
        x, y = self.geometry.cell_center(*slot)
        return round(x), round(y)

    def _pick_up(self, item_id: str) -> None:
        """Enter on a contact (or Move in the panel): hold it, starting where it is or belongs."""
        _, token_id = _split(item_id)
        self.drag.pick_up(
            item_id, slot=self._slot_of(token_id), navigate=self._navigate, slot_pos=self._slot_pos
        )
        self.keyboard_hold = self.drag.held == item_id
        if self.ring is not None and self.keyboard_hold:
            self.ring_was_visible = self.ring.visible
            self.ring.visible = False

    def _choose(self, token_id: str, *, keyboard: bool) -> None:
        self.selected = token_id
        self.host.rebuild()
        if keyboard and self.ring is not None:
            self.ring.focus("loc:finland")
            self.ring.visible = True

    def _remove_selected(self) -> None:
        token_id = self.selected
        if token_id is None:
            return
        self.selected = None
        self.act(lambda: self.model.remove(token_id))

    def _next_chip(self, token_id: str) -> str | None:
        ids = [t.id for t in self.model.unplaced()]
        if token_id not in ids:
            return None
        index = ids.index(token_id)
        rest = ids[index + 1 :] + ids[:index][::-1]
        return f"token:{rest[0]}" if rest else None

    def handle(self, intent: Intent) -> bool:
        if intent.act is Act.POINTER_MOVE and intent.pos is not None:
            self.hover = next(
                (
                    tid
                    for tid, rect in self.markers.items()
                    if rect.inflate(8, 8).collidepoint(intent.pos)
                ),
                None,
            )
        handled = self.drag.handle(intent)
        if handled.event is not None:
            self._on_drag(handled.event)
        if self.keyboard_hold and not self.drag.active:
            self.keyboard_hold = False
            if self.ring is not None:
                self.ring.visible = self.ring_was_visible
        return handled.consumed

    def _on_drag(self, event: DragEvent) -> None:
        kind, token_id = _split(event.item)
        if event.kind == "press":
            if self.ring is not None:
                self.ring.focused_id = event.item
                self.ring.visible = False
        elif event.kind == "click":
            self._choose(token_id, keyboard=False)
        elif event.kind == "drop":
            self._drop(kind, token_id, event)

    def _drop(self, kind: str, token_id: str, event: DragEvent) -> None:
        model = self.model
        if event.slot is not None:
            ring_index, sector_index = event.slot
            cell = model.config.rings[ring_index].id, model.config.sectors[sector_index].id
        else:
            cell = model.cell_at(self.geometry, event.pos)
        if cell is not None:
            if kind == "token":
                self.next_focus = self._next_chip(token_id)
            self.selected = token_id
            self.act(lambda: model.place(token_id, *cell))
        elif kind == "marker" and self.tray_rect.collidepoint(event.pos):
            if self.selected == token_id:
                self.selected = None
            self.act(lambda: model.remove(token_id))

    # -- drawing: the map ------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        geo, cfg, tr = self.geometry, self.model.config, self.tr
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
        for index, sector in enumerate(cfg.sectors):
            self._sector_label(surface, tr.pick(sector.name), geo.angle(index))
        pygame.draw.circle(surface, palette.ACCENT, center, round(geo.edges[0]))
        me = pygame.Rect(0, 0, round(geo.edges[0] * 2) - 4, 26)
        me.center = center
        blit_text(
            surface,
            tr("task.network_map.me"),
            me,
            17,
            palette.WHITE,
            bold=True,
            center=True,
            middle=True,
        )
        self._legend(surface)

    def _ring_fills(self) -> list[tuple[int, int, int]]:
        rings = self.geometry.rings
        return [_mix(INNER_FILL, OUTER_FILL, i / max(1, rings - 1)) for i in range(rings)]

    def _sector_label(self, surface: pygame.Surface, text: str, angle: float) -> None:
        image = render(text, LABEL_SIZE, palette.INK, bold=True)
        width, height = image.get_size()
        rad = math.radians(angle)
        # Push the label out until its nearest edge clears the map, whatever its direction.
        reach = abs(math.cos(rad)) * width / 2 + abs(math.sin(rad)) * height / 2
        box = image.get_rect(center=self.geometry.point(self.geometry.outer + 6 + reach, angle))
        # within the map's side of the task area: the contacts' tray begins at TRAY_LEFT
        side = pygame.Rect(self.area.x, self.area.y, TRAY_LEFT - GAP, self.area.height)
        box.clamp_ip(self.host.ui.place(side))
        surface.blit(image, box)

    def _legend(self, surface: pygame.Surface) -> None:
        # The rings, top left: a small map with that ring filled in, then its name (the dots on
        # the map would cover names written on the rings themselves). Laid out left to right and
        # placed, so that a mirrored board has it top right, the names to the left of the maps.
        ui = self.host.ui
        rings = self.geometry.rings
        for index, ring in enumerate(self.model.config.rings):
            x, y = self.area.x + 18, self.area.y + 20 + index * 38
            center = ui.place_point((x, y))
            edges = [round(6 + 12 * k / rings) for k in range(rings + 1)]
            pygame.draw.circle(surface, palette.PANEL, center, edges[-1])
            pygame.draw.circle(surface, palette.ACCENT_DARK, center, edges[index + 1])
            pygame.draw.circle(surface, palette.PANEL, center, edges[index])
            for radius in edges[1:]:
                pygame.draw.circle(surface, palette.MUTED, center, radius, width=1)
            pygame.draw.circle(surface, palette.MUTED, center, 2)  # me
            image = render(self.tr.pick(ring.name), 17, palette.INK)
            surface.blit(image, ui.place(image.get_rect(midleft=(x + 26, y))))
        # The markers' shapes, bottom left, one above the other: side by side, longer words
        # (Somali, Russian) reached the life area written below the map.
        x = self.area.x + 14
        for row, (in_finland, key) in enumerate(
            ((True, "task.network_map.in_finland"), (False, "task.network_map.abroad"))
        ):
            y = self.area.bottom - 40 + 24 * row
            _draw_marker(surface, ui.place_point((x, y)), in_finland, selected=False)
            image = render(self.tr(key), 17, palette.INK)
            surface.blit(image, ui.place(image.get_rect(midleft=(x + 16, y))))

    # -- drawing: tokens -------------------------------------------------------------------
    def _chip_drawer(self, item_id: str, label: str, rect: pygame.Rect):
        def draw(surface: pygame.Surface, _focused: bool) -> None:
            if self.drag.held == item_id:  # an empty place where it was lifted from
                pygame.draw.rect(surface, palette.BORDER, rect, width=2, border_radius=10)
                return
            _draw_chip(surface, rect, label, mirrored=self.host.ui.mirror)

        return draw

    def _marker_drawer(self, token_id: str, rect: pygame.Rect):
        def draw(surface: pygame.Surface, _focused: bool) -> None:
            if self.drag.held == f"marker:{token_id}":
                pygame.draw.circle(surface, palette.BORDER, rect.center, MARKER_RADIUS, width=2)
                return
            spot = self.model.placement(token_id)
            if spot is not None:
                _draw_marker(
                    surface, rect.center, spot["in_finland"], selected=token_id == self.selected
                )

        return draw

    def _held_chip(self, surface: pygame.Surface, item_id: str, rect: pygame.Rect) -> None:
        _, token_id = _split(item_id)
        label = self.tr.pick(self.model.token(token_id).label)
        _draw_chip(surface, rect, label, lifted=True, mirrored=self.host.ui.mirror)

    # -- drawing: above everything ---------------------------------------------------------
    def draw_overlay(self, surface: pygame.Surface) -> None:
        held = self.drag.held
        if held is None:
            self._tooltip(surface)
            return
        kind, token_id = _split(held)
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
                else self.model.token(token_id).location != "abroad"
            )
            _draw_marker(surface, spot, in_finland, selected=False)
            box = pygame.Rect(0, 0, 34, 34)
            box.center = spot
            pygame.draw.rect(surface, palette.SHADE, box.inflate(4, 4), width=2, border_radius=12)
            pygame.draw.rect(surface, palette.FOCUS, box, width=4, border_radius=10)
        else:
            self.drag.draw(surface, self._held_chip)

    def _landing(self, token_id: str, cell: tuple[int, int]) -> tuple[int, int]:
        """Where the held contact's dot would go in a cell (after the dots already there)."""
        ring, sector = cell
        cfg = self.model.config
        others = [
            t
            for t in self.model.in_cell(cfg.rings[ring].id, cfg.sectors[sector].id)
            if t != token_id
        ]
        x, y = self.geometry.marker_positions(ring, sector, len(others) + 1, MARKER_SPACING)[-1]
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
        pygame.draw.rect(surface, palette.PANEL, rect, border_radius=12)
        pygame.draw.rect(surface, palette.FOCUS, rect, width=3, border_radius=12)
        inner = rect.inflate(-2 * PANEL_PAD, -2 * PANEL_PAD)
        blit_text(
            surface,
            tr.pick(model.token(token_id).label),
            pygame.Rect(inner.x, inner.y, inner.width, 28),
            20,
            palette.INK,
            bold=True,
        )
        if cell is not None:
            ring = model.config.rings[cell[0]]
            where = self._where(ring.id, model.config.sectors[cell[1]].id)
            line = tr("task.network_map.placing", where=where, hint=tr.pick(ring.hint))
        elif kind == "marker" and self.tray_rect.collidepoint(self.drag.pos):
            line = tr("task.network_map.off_to_tray")
        else:
            line = tr("task.network_map.off_map")
        blit_text(
            surface, line, pygame.Rect(inner.x, inner.y + 30, inner.width, 48), 18, palette.INK
        )
        keys = {
            Mode.KEYBOARD: "task.network_map.keys_keyboard",
            Mode.CARRYING: "task.network_map.keys_click",
        }.get(self.drag.mode, "task.network_map.keys_drag")
        blit_text(
            surface,
            tr(keys),
            pygame.Rect(inner.x, inner.bottom - 44, inner.width, 44),
            16,
            palette.MUTED,
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
            token_id = _split(ring.focused_id)[1]
        if (
            token_id is None
            or token_id not in self.markers
            or self.model.placement(token_id) is None
        ):
            return
        image = render(self._marker_label(token_id), 17, palette.INK, width=300)
        box = image.get_rect().inflate(20, 12)
        anchor = self.markers[token_id]
        box.midbottom = (anchor.centerx, anchor.top - 12)
        if box.top < self.area.top - 40:
            box.midtop = (anchor.centerx, anchor.bottom + 12)
        box.clamp_ip(pygame.Rect(0, 0, 1280, 720))
        pygame.draw.rect(surface, palette.PANEL, box, border_radius=8)
        pygame.draw.rect(surface, palette.INK, box, width=2, border_radius=8)
        surface.blit(image, image.get_rect(center=box.center))


def _draw_chip(
    surface: pygame.Surface,
    rect: pygame.Rect,
    label: str,
    *,
    lifted: bool = False,
    mirrored: bool = False,
) -> None:
    """A contact in the tray: a card with a grip of dots at the edge its words begin from (it can
    be moved): the left edge, or the right one on a mirrored board."""
    pygame.draw.rect(surface, palette.PANEL, rect, border_radius=10)
    pygame.draw.rect(
        surface, palette.ACCENT if lifted else palette.BORDER, rect, width=2, border_radius=10
    )
    for row in range(3):
        for column in range(2):
            inset = 10 + column * 6  # from the edge the words begin at
            x = rect.right - inset if mirrored else rect.x + inset
            pygame.draw.circle(surface, palette.MUTED, (x, rect.centery - 6 + row * 6), 2)
    # the words fill the rest: 26 px clear of the grip's edge, 6 px of the other
    text = pygame.Rect(
        rect.x + (6 if mirrored else 26), rect.y + 2, rect.width - 32, rect.height - 4
    )
    blit_text(surface, label, text, CHIP_TEXT_SIZE, palette.INK, middle=True)


def _draw_marker(
    surface: pygame.Surface, center: tuple[int, int], in_finland: bool, *, selected: bool
) -> None:
    """A contact on the map: a round dot when in Finland, a diamond when abroad (shape, not only
    colour, tells them apart); a chosen one gets a ring around it."""
    x, y = center
    r = MARKER_RADIUS
    if in_finland:
        pygame.draw.circle(surface, palette.ACCENT_DARK, center, r)
        pygame.draw.circle(surface, palette.WHITE, center, r, width=2)
    else:
        points = [(x, y - r - 2), (x + r + 2, y), (x, y + r + 2), (x - r - 2, y)]
        pygame.draw.polygon(surface, palette.WARN, points)
        pygame.draw.polygon(surface, palette.WHITE, points, width=2)
    if selected:
        pygame.draw.circle(surface, palette.INK, center, r + 5, width=3)
