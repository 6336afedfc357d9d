"""Step 3 on screen: the mind map on the left, the list of people on the right, and under the list
a small panel for the chosen person (in Finland or abroad, the player's own words, move, remove).
In a right-to-left language all of it is mirrored: the map on the right, its life areas following
counterclockwise.

The list is the map's key: everyone keeps their place in it, numbered; someone on the map shows
their numbered marker there instead of the grip. More people than fit are shown page by page.

Mouse: drag a person from the list onto the map, or click them and then click the map. Drag a
marker on the map to move it, back onto the list to take it off, or click it (or the person in the
list) to choose it. Keyboard: Enter on a person picks them up; the arrows choose the life area
(left, right: the way the highlight moves at the top of the map) and the ring (up = further out);
Enter places them and Esc puts them back. Enter on a marker chooses it for the panel.
"""

from __future__ import annotations

import math

import pygame

from steps_game.notebook import MAX_LABEL
from steps_game.tasks.network_map.drawing import (
    MARKER_RADIUS,
    MirroredMap,
    draw_chip,
    draw_marker,
)
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
MARKER_SPACING = 31
TRAY_LEFT = 560  # from the task area's left edge
TRAY_COLUMNS = 3
TRAY_ROWS = 4
PAGE_SIZE = TRAY_COLUMNS * TRAY_ROWS
HEADER_H = 44
CHIP_HEIGHT = 52
GAP = 12
ROW_GAP = 6
HELD_SIZE = (190, 46)
PANEL_PAD = 11
MORE = "more-people"

INNER_FILL = (204, 230, 228)
OUTER_FILL = (255, 255, 255)


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _split(item_id: str) -> tuple[str, str]:
    kind, _, token_id = item_id.partition(":")
    return kind, token_id


class NetworkMapView(TaskView[NetworkMapModel]):
    def __init__(self, host, model: NetworkMapModel) -> None:
        super().__init__(host, model)
        self.drag = DragLayer()
        self.selected: str | None = None  # the person the panel is about
        self.hover: str | None = None  # the marker under the pointer
        self.page = 0  # the page of the list on view
        self.geometry = MapGeometry((0, 0), (1, 2), 1)
        self.area = pygame.Rect(0, 0, 0, 0)
        self.tray_rect = pygame.Rect(0, 0, 0, 0)
        self.panel_rect = pygame.Rect(0, 0, 0, 0)
        self.markers: dict[str, pygame.Rect] = {}
        self.ring = None
        self.next_focus: str | None = None  # the person after one just placed, for the keyboard
        # While Enter holds a contact, it has its own focus mark; the ring's waits (and comes back).
        self.keyboard_hold = False
        self.ring_was_visible = False

    def instruction(self) -> str:
        return self.tr.pick(self.model.config.instruction)

    def name(self, contact_id: str) -> str:
        """How someone is shown: the player's own words, else the level's role."""
        contact = self.model.contact(contact_id)
        return contact.words or self.tr.pick(contact.label or {})

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

    def _pages(self) -> list[list[str]]:
        """The people of the list, page by page: all on one, or a place for "more" on each."""
        ids = [c.id for c in self.model.contacts()]
        if len(ids) <= PAGE_SIZE:
            return [ids]
        size = PAGE_SIZE - 1
        return [ids[i : i + size] for i in range(0, len(ids), size)]

    def _show_page_of(self, contact_id: str | None) -> None:
        for index, page in enumerate(self._pages()):
            if contact_id in page:
                self.page = index

    def _build_tray(self, ui: ViewBuilder, right: pygame.Rect) -> list[Draggable]:
        tr, model = self.tr, self.model
        pages = self._pages()
        self.page = min(self.page, len(pages) - 1)
        header = pygame.Rect(right.x, right.y, right.width, HEADER_H - 6)
        if self.own_words and model.can_add:
            label = tr("task.network_map.add")
            width = max(150, font(BUTTON_TEXT_SIZE).size(label)[0] + 36)
            ui.button(
                "add-person",
                label,
                pygame.Rect(header.right - width, header.y, width, header.height),
                self._ask_new_person,
                secondary=True,
            )
            header.width -= width + GAP
        ui.text(
            tr("task.network_map.tray", left=len(model.unplaced()), placed=len(model.placed())),
            header,
            size=19,
            color=palette.MUTED,
            bold=True,
            middle=True,
        )
        top = right.y + HEADER_H
        tray = pygame.Rect(right.x, top, right.width, TRAY_ROWS * (CHIP_HEIGHT + ROW_GAP) - ROW_GAP)
        self.tray_rect = ui.place(tray)
        chip_width = (right.width - GAP * (TRAY_COLUMNS - 1)) // TRAY_COLUMNS

        def slot(index: int) -> pygame.Rect:
            """A place in the list, laid out left to right (placed by whoever draws there)."""
            column, row = index % TRAY_COLUMNS, index // TRAY_COLUMNS
            return pygame.Rect(
                right.x + column * (chip_width + GAP),
                top + row * (CHIP_HEIGHT + ROW_GAP),
                chip_width,
                CHIP_HEIGHT,
            )

        made = []
        shown = pages[self.page]
        for index, contact_id in enumerate(shown):
            made.append(self._chip(ui, contact_id, ui.place(slot(index))))
        if len(pages) > 1:
            self._more_card(ui, slot(len(shown)), len(pages))
        unplaced = [f"token:{c.id}" for c in model.unplaced() if c.id in shown]
        wanted = self.next_focus if self.next_focus in unplaced else None
        self.host.preferred_focus = wanted or (unplaced[0] if unplaced else None)
        self.next_focus = None
        return [d for d in made if d is not None]

    def _chip(self, ui: ViewBuilder, contact_id: str, rect: pygame.Rect) -> Draggable:
        model = self.model
        label = self.name(contact_id)
        spot = model.placement(contact_id)
        if spot is None:
            item_id = f"token:{contact_id}"
            ui.ring.add(
                Control(
                    item_id,
                    label,
                    rect,
                    lambda: self._pick_up(item_id),
                    draw=self._chip_drawer(item_id, label, rect),
                )
            )
            return Draggable(item_id, rect, carry_on_click=True, held_size=HELD_SIZE)
        item_id = f"person:{contact_id}"
        ui.ring.add(
            Control(
                item_id,
                self._marker_label(contact_id),
                rect,
                lambda: self._choose(contact_id, keyboard=True),
                draw=self._chip_drawer(item_id, label, rect, contact_id),
            )
        )
        return Draggable(item_id, rect, carry_on_click=False, held_size=HELD_SIZE)

    def _more_card(self, ui: ViewBuilder, rect: pygame.Rect, pages: int) -> None:
        text = self.tr("task.network_map.more", page=self.page + 1, pages=pages)

        def turn() -> None:
            self.page = (self.page + 1) % pages
            self.host.rebuild()
            self.host.ring.focus(MORE)

        ui.card(MORE, text, rect, turn, text_size=19)

    def _build_panel(self, ui: ViewBuilder, right: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        top = right.y + HEADER_H + TRAY_ROWS * (CHIP_HEIGHT + ROW_GAP) + 2
        panel = pygame.Rect(right.x, top, right.width, right.bottom - top)
        self.panel_rect = ui.place(panel)
        ui.panel(panel)
        inner = panel.inflate(-2 * PANEL_PAD, -2 * PANEL_PAD)
        if self.selected is None:
            ui.text(
                tr("task.network_map.choose_hint"),
                pygame.Rect(inner.x, inner.y, inner.width, 56),
                size=19,
            )
            ui.text(
                tr.pick(model.config.privacy_note),
                pygame.Rect(inner.x, inner.y + 60, inner.width, inner.height - 60),
                size=17,
                color=palette.MUTED,
            )
            return
        contact_id = self.selected
        spot = model.placement(contact_id)
        ui.text(
            f"{model.number(contact_id)}  {self.name(contact_id)}",
            pygame.Rect(inner.x, inner.y, inner.width, 30),
            size=20,
            bold=True,
            middle=True,
        )
        # Row 1: where they live, each button as wide as its own word with room for a tick, and
        # where they are on the map beside them; row 2: the player's words, move and remove.
        place_w = max(
            150,
            max(
                font(BUTTON_TEXT_SIZE).size(tr(f"task.network_map.{k}"))[0]
                for k in ("in_finland", "abroad")
            )
            + 2 * TICK_ROOM
            + 16,
        )
        row1, row2 = inner.bottom - 2 * BUTTON_HEIGHT - 8, inner.bottom - BUTTON_HEIGHT
        here = spot["in_finland"]
        ui.button(
            "loc:finland",
            tr("task.network_map.in_finland"),
            pygame.Rect(inner.x, row1, place_w, BUTTON_HEIGHT),
            lambda: self.act(lambda: model.set_in_finland(contact_id, True)),
            selected=here,
        )
        ui.button(
            "loc:abroad",
            tr("task.network_map.abroad"),
            pygame.Rect(inner.x + place_w + 10, row1, place_w, BUTTON_HEIGHT),
            lambda: self.act(lambda: model.set_in_finland(contact_id, False)),
            selected=not here,
        )
        where_x = inner.x + 2 * place_w + 24
        ui.text(
            self._where(spot["ring"], spot["sector"]),
            pygame.Rect(where_x, row1, inner.right - where_x, BUTTON_HEIGHT),
            size=17,
            color=palette.MUTED,
            middle=True,
        )
        row = [("move", "move", lambda: self._pick_up(f"marker:{contact_id}"))]
        row.append(("remove", "remove", self._remove_selected))
        if self.own_words:
            row.insert(0, ("words", "words", lambda: self._ask_words(contact_id)))
        width = (inner.width - 10 * (len(row) - 1)) // len(row)
        for index, (control_id, key, action) in enumerate(row):
            ui.button(
                control_id,
                tr(f"task.network_map.{key}"),
                pygame.Rect(inner.x + index * (width + 10), row2, width, BUTTON_HEIGHT),
                action,
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
            token=f"{model.number(token_id)} {self.name(token_id)}",
            where=self._where(spot["ring"], spot["sector"]),
            place=place,
        )

    # -- the player's own words ------------------------------------------------------------
    def _ask_words(self, contact_id: str) -> None:
        contact = self.model.contact(contact_id)
        role = self.tr.pick(contact.label or {})
        self.ask_words(
            self.tr("task.network_map.words_heading", role=role or contact.words),
            self.tr("task.network_map.words_hint", most=MAX_LABEL),
            contact.words,
            lambda words: self.act(lambda: self.model.set_words(contact_id, words)),
            limit=MAX_LABEL,
            required=contact.added,
        )

    def _ask_new_person(self) -> None:
        self.ask_words(
            self.tr("task.network_map.add_heading"),
            self.tr("task.network_map.add_hint", most=MAX_LABEL),
            "",
            self._add_person,
            limit=MAX_LABEL,
            required=True,
        )

    def _add_person(self, words: str) -> None:
        found: list[str | None] = []
        self.act(lambda: found.append(self.model.add_person(words)))
        new_id = found[0] if found else None
        if new_id is None:
            return
        # the new person is picked up at once, to be put where they belong on the map
        self._show_page_of(new_id)
        self.host.rebuild()
        self.host.ring.focus(f"token:{new_id}")
        self._pick_up(f"token:{new_id}")

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
        ids = [c.id for c in self.model.unplaced()]
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
                self._show_page_of(_split(self.next_focus)[1] if self.next_focus else None)
            self.selected = token_id
            self.act(lambda: model.place(token_id, *cell))
        elif kind in ("marker", "person") and self.tray_rect.collidepoint(event.pos):
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
        # within the map's side of the task area: the list of people begins at TRAY_LEFT
        side = pygame.Rect(self.area.x, self.area.y, TRAY_LEFT - GAP, self.area.height)
        box.clamp_ip(self.host.ui.place(side))
        surface.blit(image, box)

    def _legend(self, surface: pygame.Surface) -> None:
        # The rings, top left: a small map with that ring filled in, then its name (the markers
        # would cover names written on the rings themselves). Laid out left to right and placed,
        # so that a mirrored board has it top right, the names to the left of the maps.
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
        x = self.area.x + 18  # a diamond reaches 16 px out from its middle
        for row, (in_finland, key) in enumerate(
            ((True, "task.network_map.in_finland"), (False, "task.network_map.abroad"))
        ):
            y = self.area.bottom - 50 + 28 * row
            draw_marker(surface, ui.place_point((x, y)), in_finland, selected=False)
            image = render(self.tr(key), 17, palette.INK)
            surface.blit(image, ui.place(image.get_rect(midleft=(x + 22, y))))

    # -- drawing: people -------------------------------------------------------------------
    def _chip_drawer(self, item_id: str, label: str, rect: pygame.Rect, placed: str | None = None):
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
            )

        return draw

    def _marker_drawer(self, token_id: str, rect: pygame.Rect):
        def draw(surface: pygame.Surface, _focused: bool) -> None:
            if self.drag.held in (f"marker:{token_id}", f"person:{token_id}"):
                pygame.draw.circle(surface, palette.BORDER, rect.center, MARKER_RADIUS, width=2)
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
        _, token_id = _split(item_id)
        draw_chip(surface, rect, self.name(token_id), lifted=True, mirrored=self.host.ui.mirror)

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
            self.name(token_id),
            pygame.Rect(inner.x, inner.y, inner.width, 28),
            20,
            palette.INK,
            bold=True,
        )
        if cell is not None:
            ring = model.config.rings[cell[0]]
            where = self._where(ring.id, model.config.sectors[cell[1]].id)
            line = tr("task.network_map.placing", where=where, hint=tr.pick(ring.hint))
        elif kind in ("marker", "person") and self.tray_rect.collidepoint(self.drag.pos):
            line = tr("task.network_map.off_to_tray")
        else:
            line = tr("task.network_map.off_map")
        blit_text(
            surface, line, pygame.Rect(inner.x, inner.y + 32, inner.width, 72), 18, palette.INK
        )
        keys = {
            Mode.KEYBOARD: "task.network_map.keys_keyboard",
            Mode.CARRYING: "task.network_map.keys_click",
        }.get(self.drag.mode, "task.network_map.keys_drag")
        blit_text(
            surface,
            tr(keys),
            pygame.Rect(inner.x, inner.bottom - 48, inner.width, 48),
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
