"""Step 3 on screen: the mind map on the left, the list of people on the right, and under the list
a small panel for the chosen person (in Finland or abroad, the player's own words, move, remove).
In a right-to-left language all of it is mirrored: the map on the right, its life areas following
counterclockwise.

The list is the map's key: everyone keeps their place in it, numbered; someone on the map shows
their numbered marker there instead of the grip. More people than fit are shown page by page.

Mouse: drag a person from the list onto the map, or click them and then click the map. Drag a
marker on the map to move it, back onto the list to take it off, or click it (or the person in the
list) to choose it; the panel's Move makes it follow the mouse to the next click. Keyboard: Enter
on a person, in the list or on the map, picks them up; the arrows choose the life area (left,
right: the way the highlight moves at the top of the map) and the ring (up = further out); Enter
places them and Esc puts them back. Someone already on the map is then chosen for the panel, the
focus on the place (in Finland, abroad) they are not marked with: Enter, an arrow and Enter move
them, and Enter three times marks them the other way.
"""

from __future__ import annotations

import pygame

from steps_game.notebook import MAX_LABEL
from steps_game.tasks.network_map.drawing import (
    TRAY_LEFT,
    MapDrawing,
    MirroredMap,
    marker_radius,
    marker_spacing,
    split,
)
from steps_game.tasks.network_map.legend import MapLegend
from steps_game.tasks.network_map.model import MapGeometry, NetworkMapModel
from steps_game.tasks.network_map.panel import PANEL, ChosenPanel
from steps_game.tasks.network_map.tray import LIST, PeopleList
from steps_game.tasks.view import TaskView
from steps_game.ui.blocks import PagedBlocks
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.drag import DragEvent, Draggable, DragLayer, Mode
from steps_game.ui.focus import Control
from steps_game.ui.intents import Act, Intent
from steps_game.ui.text import text_scale

ME_RADIUS = 32
MAP_RADIUS = 182  # the outer ring's edge; the life areas are written around it
SMALLEST_MAP = 140  # it shrinks down to this to keep the names clear of the legends
MAP_LEFT = 290  # the map's center, from the task area's left edge
COLUMN_LEAST = 500  # the list's column is never narrower
SHIFTS = tuple(range(0, 241, 30))  # how far the map may move toward the list to clear the legends
SLACK = 34  # a drop on the names around the map still lands in the outer ring
MAP = "map"  # a board beside the list's (tray.LIST) and the panel's (panel.PANEL)
MORE_COLUMN = "more-column"  # turns between the list and the panel at large text
LEAST_PLACES = 4  # the list stands above the panel while it shows this many places at least
ACROSS_FROM_SCALE = 1.75  # the legends' band over the board is tried from this text scale up


class NetworkMapView(ChosenPanel, PeopleList, MapLegend, MapDrawing, TaskView[NetworkMapModel]):
    def __init__(self, host, model: NetworkMapModel) -> None:
        super().__init__(host, model)
        self.drag = DragLayer()
        self.selected: str | None = None  # the person the panel is about
        self.hover: str | None = None  # the marker under the pointer
        self.page = 0  # the page of the list on view
        self._places: tuple[int, list[str | None]] | None = None  # its places (tray.py)
        self.geometry = MapGeometry((0, 0), (1, 2), 1)
        self.area = pygame.Rect(0, 0, 0, 0)
        self.tray_left = TRAY_LEFT  # where the list begins, from the task area's left edge
        self.shapes_row: pygame.Rect | None = None  # the shapes' legend over the list, if there
        # the largest text: both legends in a band over the whole board, map and list under it
        self.legends_across: pygame.Rect | None = None
        self._layouts: dict[tuple, tuple] = {}  # see _lay_out_map
        self.tray_rect = pygame.Rect(0, 0, 0, 0)
        self.panel_rect = pygame.Rect(0, 0, 0, 0)
        self.markers: dict[str, pygame.Rect] = {}
        self.ring = None
        self.next_focus: str | None = None  # the person after one just placed, for the keyboard
        # While Enter holds a contact, it has its own focus mark; the ring's waits (and comes back).
        self.keyboard_hold = False
        self.ring_was_visible = False
        # Large text: the list and the panel as pages of one column (_build_paged_column)
        self.column = PagedBlocks(MORE_COLUMN)
        self.column_shows: tuple[str, int] = ("list", 0)

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
        self._lay_out_map(ui, area)
        if self.selected is not None and self.model.placement(self.selected) is None:
            self.selected = None
        left, area = self.tray_left, self.area  # (under the legends' band, when there is one)
        right = pygame.Rect(area.x + left, area.y, area.right - area.x - left, area.height)
        if self.shapes_row is not None:
            row_h = self.shapes_row_height()
            self.shapes_row = pygame.Rect(right.x, right.y, right.width, row_h)
            right.y += row_h + 6
            right.height -= row_h + 6
        panel_h = self._panel_height(right.width)
        self.tray_bottom = right.bottom - panel_h - 8
        self.more_in_list = True
        if self._list_shows(right, self.tray_bottom) >= LEAST_PLACES:
            self.column.unused()
            draggables = self._build_tray(ui, right)
            with ui.ring.board(PANEL):
                self._build_panel(ui, pygame.Rect(right.x, self.tray_bottom + 8, right.width, 0))
        else:
            draggables = self._build_paged_column(ui, right, panel_h)
        with ui.ring.board(MAP):
            draggables += self._build_markers(ui)
        self.drag.set_items(draggables)

    def _lay_out_map(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        """The map's layout, searched for once for each area, side, language and text size: the
        search measures every life area's name hundreds of times, and each action's rebuild asked
        for it again (most of a step 3 rebuild)."""
        key = (tuple(area), ui.mirror, self.tr.language, text_scale(), marker_radius())
        found = self._layouts.get(key)
        if found is None:
            self._search_map_layout(ui, area)
            rects = (self.shapes_row, self.legends_across, self.area)
            found = (
                self.geometry,
                self.tray_left,
                *(None if rect is None else pygame.Rect(rect) for rect in rects),
            )
            self._layouts[key] = found
        self.geometry, self.tray_left, *rest = found
        self.shapes_row, self.legends_across, self.area = (
            None if rect is None else pygame.Rect(rect) for rect in rest
        )

    def _search_map_layout(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        """The map as large as it can be with its life areas' names clear of the legends. With
        large text, where even the smallest map's names reach the legends, the map moves
        toward the list (the list grows narrower) until they are clear."""
        cfg = self.model.config
        shape = MirroredMap if ui.mirror else MapGeometry
        # Not even then: the markers' shapes go over the list, in a row (shapes_row); and then
        # both legends stand in a band over the whole board (legends_across), so that the map
        # has its side to itself.
        best = None
        for mode in ("beside", "shapes_over", "across"):
            self.shapes_row = pygame.Rect(0, 0, 0, 0) if mode == "shapes_over" else None
            self.legends_across = None
            self.area = pygame.Rect(area)
            if mode == "across":
                band = self.across_height(area.width)
                self.legends_across = pygame.Rect(area.x, area.y, area.width, band)
                self.area = pygame.Rect(
                    area.x, area.y + band + 6, area.width, area.height - band - 6
                )
            for shift in SHIFTS:
                if shift and area.width - TRAY_LEFT - shift < COLUMN_LEAST:
                    break  # the list keeps its room
                self.tray_left = TRAY_LEFT + shift
                for radius in range(MAP_RADIUS, SMALLEST_MAP - 1, -6):
                    width = (radius - ME_RADIUS) / len(cfg.rings)
                    edges = tuple(ME_RADIUS + i * width for i in range(len(cfg.rings) + 1))
                    self.geometry = shape(
                        ui.place_point((area.x + MAP_LEFT + shift, self.area.centery)),
                        edges,
                        len(cfg.sectors),
                        slack=SLACK,
                    )
                    troubles = self.label_troubles()
                    if troubles == 0:
                        return
                    # the band costs the map height: a fallback only at the largest text,
                    # where it leaves fewest names in trouble (python -m steps_game.audit)
                    candidate = mode != "across" or text_scale() >= ACROSS_FROM_SCALE
                    if candidate and (best is None or troubles < best[0]):
                        best = (
                            troubles,
                            self.geometry,
                            self.tray_left,
                            self.shapes_row,
                            self.legends_across,
                            self.area,
                        )
        # Nothing fits (a board far too low for the text size): the layout tried with the
        # fewest names in trouble.
        if best is not None:
            _, self.geometry, self.tray_left, *rest = best
            self.shapes_row, self.legends_across, self.area = rest

    def keys_hint(self, board: str | None) -> str:
        if board in (LIST, MAP):
            return self.tr(f"task.network_map.keys_{board}")
        return super().keys_hint(board)

    def placing_keys(self) -> str:
        return self.tr("task.network_map.keys_keyboard")

    @property
    def placing_by_keyboard(self) -> bool:
        """Carried by Enter: the keys that place them stand in the instruction's place."""
        return self.drag.held is not None and self.drag.mode is Mode.KEYBOARD

    @property
    def open_ended(self) -> bool:
        return True  # more people may go on the map after the fewest that finish the task

    def _build_markers(self, ui: ViewBuilder) -> list[Draggable]:
        model, geo = self.model, self.geometry
        self.markers = {}
        made = []
        for ring_index, ring in enumerate(model.config.rings):
            for sector_index, sector in enumerate(model.config.sectors):
                ids = model.in_cell(ring.id, sector.id)
                spots = geo.marker_positions(ring_index, sector_index, len(ids), marker_spacing())
                for token_id, (x, y) in zip(ids, spots, strict=True):
                    rect = pygame.Rect(0, 0, 2 * marker_radius(), 2 * marker_radius())
                    rect.center = (round(x), round(y))
                    self.markers[token_id] = rect
                    item_id = f"marker:{token_id}"
                    ui.ring.add(
                        Control(
                            item_id,
                            self._marker_label(token_id),
                            rect,
                            lambda item_id=item_id: self._pick_up(item_id),
                            draw=self._marker_drawer(token_id, rect),
                        )
                    )
                    made.append(
                        Draggable(
                            item_id,
                            rect.inflate(8, 8),
                            carry_on_click=False,
                            held_size=self.held_size,
                        )
                    )
        return made

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
        _, token_id = split(item_id)
        self.drag.pick_up(
            item_id, slot=self._slot_of(token_id), navigate=self._navigate, slot_pos=self._slot_pos
        )
        self.keyboard_hold = self.drag.held == item_id
        if self.ring is not None and self.keyboard_hold:
            self.ring_was_visible = self.ring.visible
            self.ring.visible = False

    def _move(self, contact_id: str) -> None:
        """The panel's Move: by keyboard the arrows move the contact; by mouse it follows the
        pointer, and the next click puts it down (as a click on someone in the list does)."""
        item_id = f"marker:{contact_id}"
        if self.host.app.keyboard_mode:
            self._pick_up(item_id)
        else:
            pointer = self.host.app.viewport.to_logical(pygame.mouse.get_pos())
            self.drag.carry(item_id, pointer)

    def _down_to_move(self, dx: int, dy: int) -> bool:
        """Down from either place goes to Move, whichever button stands under it."""
        return dy == 1 and self.ring is not None and self.ring.focus("move")

    def _choose(self, token_id: str, *, keyboard: bool) -> None:
        self.selected = token_id
        self._show_in_column("panel")
        self.host.rebuild()
        if keyboard and self.ring is not None:
            self._focus_other_place(token_id)
            self.ring.visible = True

    def _focus_other_place(self, token_id: str) -> None:
        """The place someone is not marked with: Enter there changes the mark."""
        spot = self.model.placement(token_id)
        if self.ring is not None and spot is not None:
            self.ring.focus("loc:abroad" if spot["in_finland"] else "loc:finland")

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
        if intent.act is Act.SCROLL and self.column.paged and not self.drag.active:
            self.column.scroll(intent.dy)  # the wheel turns the column's page
            self.host.rebuild()
            return True
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
        kind, token_id = split(event.item)
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
                self._show_in_column("list")  # on with the next person from the list
                if event.slot is not None:  # placed by keyboard: on to the next person's page
                    self._show_page_of(split(self.next_focus)[1] if self.next_focus else None)
            self.selected = token_id
            self.act(lambda: model.place(token_id, *cell))
            if kind != "token" and event.slot is not None:
                # moved (or put back) by keyboard: on to its panel, to mark it if need be
                if self.column.paged:
                    self._show_in_column("panel")
                    self.host.rebuild()
                self._focus_other_place(token_id)
        elif kind in ("marker", "person") and self.tray_rect.collidepoint(event.pos):
            if self.selected == token_id:
                self.selected = None
            self.act(lambda: model.remove(token_id))
