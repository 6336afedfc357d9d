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
them, and Enter three times marks them the other way. The map is one stop of the Tab order (the
arrows go from dot to dot in it), and marking someone on a paged column goes back to the list.
"""

from __future__ import annotations

from functools import partial

import pygame

from steps_game.notebook import MAX_LABEL
from steps_game.tasks.network_map.drawing import (
    TRAY_LEFT,
    MapDrawing,
    marker_radius,
    marker_spacing,
    split,
)
from steps_game.tasks.network_map.legend import MapLegend
from steps_game.tasks.network_map.list_tab import ListTab
from steps_game.tasks.network_map.map_layout import ACROSS_FROM_SCALE, MapLayout
from steps_game.tasks.network_map.model import MapGeometry, NetworkMapModel
from steps_game.tasks.network_map.panel import ChosenPanel
from steps_game.tasks.network_map.panel_parts import PANEL
from steps_game.tasks.network_map.spread import spread
from steps_game.tasks.network_map.tray import LIST, PeopleList
from steps_game.tasks.view import (
    INSTRUCTION_SIZE,
    TaskView,
    build_instruction,
    instruction_height,
)
from steps_game.ui.blocks import Block, PagedBlocks
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.drag import DragEvent, Draggable, DragLayer, Mode
from steps_game.ui.flow import split_words
from steps_game.ui.focus import Control
from steps_game.ui.intents import Act, Intent
from steps_game.ui.text import role_size, text_scale

MAP = "map"  # a board beside the list's (tray.LIST) and the panel's (panel.PANEL)
MORE_COLUMN = "more-column"  # turns between the list and the panel at large text
BOARDS = (None, LIST, MAP)  # whose keys the column's keys line says (keys_hint)
LEAST_PLACES = 4  # the list stands above the panel while it shows this many places at least


class NetworkMapView(
    ListTab, ChosenPanel, PeopleList, MapLayout, MapLegend, MapDrawing, TaskView[NetworkMapModel]
):
    def __init__(self, host, model: NetworkMapModel) -> None:
        super().__init__(host, model)
        self.drag = DragLayer()
        self.selected: str | None = None  # the person the panel is about
        self.hover: str | None = None  # the marker under the pointer
        self.page = 0  # the page of the list on view
        # its places and their heights (tray.py)
        self._places: tuple[int, list[str | None], list[int]] | None = None
        self.geometry = MapGeometry((0, 0), (1, 2), 1)
        self.area = pygame.Rect(0, 0, 0, 0)
        self.tray_left = TRAY_LEFT  # where the list begins, from the task area's left edge
        self.shapes_row: pygame.Rect | None = None  # the shapes' legend over the list, if there
        # the largest text: both legends in a band over the whole board, map and list under it
        self.legends_across: pygame.Rect | None = None
        self.tray_rect = pygame.Rect(0, 0, 0, 0)
        # a person carried over the map is as wide as in the list (set when the list is built;
        # a page of the column without the list carries people at their own size): held_size
        self.held_width: int | None = None
        self.panel_rect = pygame.Rect(0, 0, 0, 0)
        self.markers: dict[str, pygame.Rect] = {}
        self.ring = None
        self.next_focus: str | None = None  # the person after one just placed, for the keyboard
        # While Enter holds a contact, it has its own focus mark; the ring's waits (and comes back).
        self.keyboard_hold = False
        self.ring_was_visible = False
        # Large text: the list and the panel as pages of one column (_build_paged_column)
        self.column = PagedBlocks(MORE_COLUMN)
        self.column_shows: tuple[str, int] = ("lead", 0)  # the instruction first, if it is there
        self.carrying = False  # the instruction on the board (carries_instruction)

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
        shapes_h = 0
        if self.shapes_row is not None:
            shapes_h = self.shapes_block_height(right.width)
        if self.shapes_row is not None and not self.carrying:
            self.shapes_row = pygame.Rect(right.x, right.y, right.width, shapes_h)
            right.y += shapes_h + 6
            right.height -= shapes_h + 6
        panel_h = self._panel_height(right.width)
        self.tray_bottom = right.bottom - panel_h - 8
        self.more_in_list = True
        self.add_at = None  # Add someone at the column's foot: a paged column sets it again
        if self.carrying:  # the instruction and the keys head the column's first page
            draggables = self._build_paged_column(ui, right, self._lead, shapes_h)
        elif self._list_shows(right, self.tray_bottom) >= LEAST_PLACES:
            self.column.unused()
            draggables = self._build_tray(ui, right)
            with ui.ring.board(PANEL):
                self._build_panel(ui, pygame.Rect(right.x, self.tray_bottom + 8, right.width, 0))
        else:
            draggables = self._build_paged_column(ui, right)
        with ui.ring.board(MAP):
            draggables += self._build_markers(ui)
        held = self.drag.item  # carried by keyboard while the column shows where they go
        if held is not None and all(item.id != held.id for item in draggables):
            draggables.append(held)
        self.drag.set_items(draggables)

    def carries_instruction(self, board: pygame.Rect, whole: pygame.Rect) -> bool:
        """Large text: when the map's names find no room under the instruction, the board
        takes the whole height under the title, and the instruction heads the list's column
        (its first page), beside the map."""
        self.carrying = False
        under = self._lay_out_map(self.host.ui, board)
        if under == 0 or text_scale() < ACROSS_FROM_SCALE:  # (the largest text sizes only)
            return False
        self.carrying = True
        self.carrying = self._lay_out_map(self.host.ui, whole) < under
        return self.carrying

    def _lead(self, width: int, room: int) -> list[Block]:
        """The instruction (in pieces of whole lines, each no taller than `room`) and the keys
        while the keyboard is in use, as blocks of the column."""
        ui, size = self.host.ui, role_size(INSTRUCTION_SIZE, "body")
        blocks, rest = [], self.instruction()
        while rest:
            # whole when it fits a page (split_words always leaves a rest: it is for the too tall)
            fits = instruction_height(rest, "", width, capped=False) <= room
            cut = None if fits else split_words(rest, size, width, room)
            piece, rest = cut if cut is not None else (rest, "")
            blocks.append(
                Block(
                    instruction_height(piece, "", width, capped=False),
                    partial(build_instruction, ui, piece, ""),
                )
            )
        keys = self.host.keys_text
        if keys:
            height = self._keys_height(keys, width, room - blocks[-1].height if blocks else room)
            blocks.append(Block(height, partial(build_instruction, ui, "", keys)))
        return blocks

    def _keys_height(self, keys: str, width: int, beside: int) -> int:
        """The keys block follows the focus (the page turner's keys, the list's, the map's), and
        one that grew or shrank with it laid the column out anew and turned it under the player:
        it is as tall as the tallest of those lines, where they all fit `beside` the
        instruction's last piece on its page or none does; else (Arabic: the map's a line
        longer) as tall as the tallest that fits there, or the line shown, so that the keys
        stay on the instruction's page and not on a page of their own."""
        shown = instruction_height("", keys, width)
        heights = [shown, *(instruction_height("", self.keys_hint(b), width) for b in BOARDS)]
        if max(heights) <= beside or min(heights) > beside:
            return max(heights)
        return max(shown, *(h for h in heights if h <= beside))

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
        placed: list[tuple[str, tuple[int, int], tuple[float, float]]] = []
        for ring_index, ring in enumerate(model.config.rings):
            for sector_index, sector in enumerate(model.config.sectors):
                ids = model.in_cell(ring.id, sector.id)
                spots = geo.marker_positions(ring_index, sector_index, len(ids), marker_spacing())
                placed += [
                    (token_id, (ring_index, sector_index), spot)
                    for token_id, spot in zip(ids, spots, strict=True)
                ]
        apart = spread(geo, [p[2] for p in placed], [p[1] for p in placed], 2 * marker_radius())
        for (token_id, _, _), (x, y) in zip(placed, apart, strict=True):
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
                    data={"round": True},  # (drawn within the circle its box holds: audit)
                )
            )
            made.append(
                Draggable(
                    item_id,
                    rect.inflate(8, 8),
                    carry_on_click=False,
                    held_size=self.held_size(token_id),
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
        if self.keyboard_hold and self.column.paged:
            self._show_in_column("panel")  # the page that says where they would go
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

    def _all_placed(self) -> bool:
        return not self.model.unplaced() and self.host.finishable

    def _next_chip(self, token_id: str) -> str | None:
        ids = [c.id for c in self.model.unplaced()]
        if token_id not in ids:
            return None
        index = ids.index(token_id)
        rest = ids[index + 1 :] + ids[:index][::-1]
        return f"token:{rest[0]}" if rest else None

    def handle(self, intent: Intent) -> bool:
        if self.panel_back(intent):
            return True
        if self.tab_over_list_pages(intent):
            return True
        self.tab_past_markers(intent)  # (the scene's Tab then steps on from there)
        if self.turn_column(intent):
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
        elif event.kind == "cancel" and self.keyboard_hold:
            self.put_back(kind, token_id)

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
            following = self.next_focus if kind == "token" else None
            self.act(lambda: model.place(token_id, *cell))
            if following is not None and event.slot is not None and self.ring is not None:
                self.ring.focus(following)  # placed by keyboard: on to the next person
            elif kind == "token" and self.ring is not None and self._all_placed():
                # the list's last: on to Done (the focus stayed on the column's page turner,
                # and Enter went round its pages); the map stays open to moves by Tab
                self.ring.focus("done")
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
