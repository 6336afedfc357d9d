"""Step 3's chosen person's panel in parts, for a column paged at large text: the name and where
they are, In Finland / Abroad, and what to do (the player's own words, move, remove), each whole on
a page, its buttons in as many rows as their words need; the hint and the privacy note in pieces of
whole lines; and, while someone is carried by keyboard, the panel that says where they would go
(a part of the view, kept in a module of its own)."""

from __future__ import annotations

from functools import partial

import pygame

from steps_game.tasks.network_map.drawing import NAME_SIZE, PANEL_PAD, split
from steps_game.tasks.view import KEYS_SIZE, build_instruction, instruction_height
from steps_game.ui import palette
from steps_game.ui.blocks import GAP, Block
from steps_game.ui.builder import TICK_ROOM, ViewBuilder, button_height, button_width
from steps_game.ui.flow import split_words
from steps_game.ui.measure import button_box
from steps_game.ui.sentences import split_sentences
from steps_game.ui.text import line_height, role_size, text_height

HINT_SIZE = 20
NOTE_SIZE = 17
WHERE_SIZE = 17
PANEL = "panel"  # the panel's board


class PanelParts:
    """The parts of NetworkMapView's panel on the pages of a paged column (panel.py)."""

    def _carried_height(self, width: int) -> int:
        """The panel while someone is carried: their name and where they would go, as tall as
        the longest of those words need (and the mouse's few words; the keyboard's keys are on
        the instruction's line)."""
        tr, model = self.tr, self.model
        inner_w = width - 2 * PANEL_PAD
        lines = [tr("task.network_map.off_to_tray"), tr("task.network_map.off_map")]
        for ring in model.config.rings:
            hint = tr.pick(ring.hint)
            lines += [
                tr(
                    "task.network_map.placing",
                    where=self._where(ring.id, sector.id),
                    hint=hint,
                )
                for sector in model.config.sectors
            ]
        keys = 0 if self.placing_by_keyboard else 2 * line_height(role_size(16, "hint"))
        return (
            2 * PANEL_PAD
            + self._names_height(inner_w)
            + 4
            + max(text_height(line, 18, inner_w) for line in lines)
            + keys
        )

    def _names_height(self, inner_w: int) -> int:
        """The carried person's name in the panel: as tall as the longest name needs, wrapped
        (on one line, "member of a group on" lost its last word, the one that says where:
        twenty-third Arabic 200 % play-test, d_130): the name of the one held by the keyboard,
        else the longest of all (the mouse picks someone up without a new layout)."""
        held = self.drag.held
        if held is not None and self.placing_by_keyboard:
            names = [self.name(split(held)[1])]
        else:
            names = [self.name(contact.id) for contact in self.model.contacts()]
        return max(text_height(name, NAME_SIZE, inner_w, bold=True) for name in names)

    def _panel_blocks(self, ui: ViewBuilder, width: int, room: int) -> list[Block]:
        """The chosen person's panel (or the hint and the privacy note) as parts of a paged
        column, each whole on a page, on a panel of its own: the name and where they are, then
        the buttons in as many rows as their words need at this width. While someone is carried
        by the keyboard, the panel that says where they would go (drawn over the map's layer,
        drawing.py) has the page."""
        tr, model = self.tr, self.model
        inner_w = width - 2 * PANEL_PAD
        if self.placing_by_keyboard:
            if not getattr(self, "carrying", False):  # the keys are in the instruction's place
                return [Block(self._carried_height(width), self._carried_place)]
            # the instruction and its keys are on the column's first page, out of view: the
            # keys that place them, and how to mark them abroad, have the page shown while they
            # are held, and under them who it is and where they would go (the panel over the
            # map's layer says just that here: drawing.py), on the same page where both fit
            keys = tr("task.network_map.keys_keyboard"), tr("task.network_map.keys_abroad")
            wheres = [
                self._where(r.id, s.id) for r in model.config.rings for s in model.config.sectors
            ]
            where_h = max(text_height(w, 18, inner_w) for w in wheres)
            name_h = self._names_height(inner_w)
            carried = Block(name_h + 4 + where_h + 2 * PANEL_PAD, self._carried_place)
            return self._held_blocks(ui, keys, width, room, carried)
        if self.selected is None:
            hint = tr("task.network_map.choose_hint")
            note = tr.pick(model.config.privacy_note)
            return [
                *self._text_blocks(ui, hint, HINT_SIZE, "body", inner_w, room),
                *self._text_blocks(ui, note, NOTE_SIZE, "secondary", inner_w, room),
            ]
        contact_id = self.selected
        spot = model.placement(contact_id)
        name = f"{tr.number(model.number(contact_id))}  {self.name(contact_id)}"
        where = self._where(spot["ring"], spot["sector"])
        name_h = text_height(name, 20, inner_w, bold=True)
        where_h = text_height(where, WHERE_SIZE, inner_w, role="secondary")
        blocks = [
            Block(
                name_h + where_h + 2 * PANEL_PAD, partial(self._name_part, ui, name, name_h, where)
            )
        ]
        here = spot["in_finland"]
        places = [
            (
                control_id,
                tr(f"task.network_map.{key}"),
                lambda value=value: self._mark_place(contact_id, value),  # (panel.py)
                {"selected": here is value, "secondary": here is not value},
            )
            for control_id, key, value in (
                ("loc:finland", "in_finland", True),
                ("loc:abroad", "abroad", False),
            )
        ]
        actions = {
            "words": lambda: self._ask_words(contact_id),
            "move": lambda: self._move(contact_id),
            "remove": self._remove_selected,
        }
        others = [
            (key, tr(f"task.network_map.{key}"), actions[key], {"secondary": True})
            for key in self._second_row()
        ]
        # each kind of buttons whole on one page: the places (with the name above them, when
        # they fit a page together), then what to do
        other_rows = _rows(others, inner_w)
        for rows in (_rows(places, inner_w, place_width), other_rows):
            blocks.append(self._rows_block(ui, rows))
        named, places_part = blocks[0], blocks[1]
        together = named.height + places_part.height - 2 * PANEL_PAD + 10
        if together <= room:
            blocks[:2] = [Block(together, partial(self._named_places, ui, blocks[:2]))]
        # what to do, on a page without the name: the name heads it, where the page has room
        # for both (a page of My words, Move and Remove said nothing of whom they act on,
        # twenty-eighth Arabic play-test, s3_48)
        *before, doing = blocks
        if sum(block.height + GAP for block in before) + doing.height > room:
            blocks[-1:] = self._whose_blocks(ui, name, name_h, other_rows, room)
        return blocks

    def _whose_blocks(self, ui, name: str, name_h: int, rows: list, room: int) -> list[Block]:
        """The rows of what to do, the name over them, in as few parts as fit a page each (a
        row alone under the name where no more fit: Somali's narrow column at 200 %)."""
        parts: list[list] = [[]]
        for row in rows:
            part = [*parts[-1], row]
            if parts[-1] and self._rows_height(part) + name_h + 10 > room:
                parts.append([row])
            else:
                parts[-1] = part
        blocks = []
        for part in parts:
            doing = self._rows_block(ui, part)
            whose = partial(self._whose_part, ui, name, name_h, doing)
            blocks.append(Block(doing.height + name_h + 10, whose))
        return blocks

    @staticmethod
    def _rows_height(rows: list) -> int:
        """How tall rows of buttons are on their panel, each as tall as its tallest button."""
        heights = [max(box[1] for *_, box in row) for row in rows]
        return sum(heights) + 10 * (len(rows) - 1) + 2 * PANEL_PAD

    def _rows_block(self, ui: ViewBuilder, rows: list) -> Block:
        """Rows of buttons on a panel of their own, as a part of the paged column."""
        heights = [max(box[1] for *_, box in row) for row in rows]
        return Block(self._rows_height(rows), partial(self._button_part, ui, rows, heights))

    def _whose_part(self, ui: ViewBuilder, name: str, name_h: int, part: Block, box) -> None:
        """The buttons of what to do for the chosen person, their name over them."""
        ui.panel(box)
        inner = box.inflate(-2 * PANEL_PAD, -2 * PANEL_PAD)
        ui.text(name, pygame.Rect(inner.x, inner.y, inner.width, name_h), size=20, bold=True)
        under = pygame.Rect(box.x, box.y + name_h + 10, box.width, box.height - name_h - 10)
        part.build(under, panel=False)

    def _named_places(self, ui: ViewBuilder, parts: list[Block], box: pygame.Rect) -> None:
        """The name and where they are, and In Finland / Abroad under them, on one panel."""
        named, places = parts
        ui.panel(box)
        top = pygame.Rect(box.x, box.y, box.width, named.height)
        named.build(top, panel=False)
        under = pygame.Rect(box.x, box.y + named.height - 2 * PANEL_PAD + 10, box.width, 0)
        under.height = box.bottom - under.y
        places.build(under, panel=False)

    def _text_blocks(self, ui, text: str, size: int, role: str, inner_w: int, room: int):
        """A text on panels, whole, or in pieces of whole lines that each fit a page `room`
        tall (a long hint in a narrow column at the largest text)."""
        blocks, rest = [], text
        while rest:
            height = text_height(rest, size, inner_w, role=role)
            cut = None
            if height + 2 * PANEL_PAD > room:
                cut = split_words(rest, role_size(size, role), inner_w, room - 2 * PANEL_PAD)
            piece, rest = cut if cut is not None else (rest, "")
            height = text_height(piece, size, inner_w, role=role)
            blocks.append(
                Block(height + 2 * PANEL_PAD, partial(self._text_part, ui, piece, size, role))
            )
        return blocks

    def _carried_place(self, box: pygame.Rect) -> None:
        self.panel_rect = self.host.ui.place(box)

    def _held_blocks(
        self, ui: ViewBuilder, keys: tuple[str, str], width: int, room: int, carried: Block
    ) -> list[Block]:
        """The keys while someone is held (those that move and place them, and how to mark
        them abroad) over the `carried` panel on one page, where they fit it; else the panel
        right after the first keys and how to mark them abroad after it (a name of two lines
        left the panel no room under all of them: twenty-third Arabic play-test); else the
        keys on pages of their own, the panel after them, each page with room for its page
        turner (whole, at 200 % in Somali they ran under the turner, and it over Done)."""
        move, abroad = keys
        both = f"{move} {abroad}"
        if instruction_height("", both, width) + GAP + carried.height <= room:
            return [*self._key_pages(ui, both, width, room), carried]
        if instruction_height("", move, width) + GAP + carried.height <= room:
            return [
                *self._key_pages(ui, move, width, room),
                carried,
                *self._key_pages(ui, abroad, width, room),
            ]
        return [*self._key_pages(ui, both, width, room), carried]

    def _key_pages(self, ui: ViewBuilder, keys: str, width: int, room: int) -> list[Block]:
        """The keys `keys` in blocks that each fit a page `room` tall, cut at a sentence's end
        where one fits, else at a word (see _held_blocks)."""
        blocks, rest = [], keys
        while rest:
            height = instruction_height("", rest, width)
            piece = rest
            if height > room:  # at a sentence's end where one fits, else at a word
                cut = split_sentences(rest, room, lambda text: instruction_height("", text, width))
                if cut is None:
                    cut = split_words(rest, role_size(KEYS_SIZE, "hint"), width, room)
                piece, rest = cut if cut is not None else (rest, "")
                height = instruction_height("", piece, width)
            else:
                rest = ""
            blocks.append(Block(height, partial(self._held_keys, ui, piece)))
        return blocks

    @staticmethod
    def _held_keys(ui: ViewBuilder, keys: str, box: pygame.Rect) -> None:
        build_instruction(ui, "", keys, pygame.Rect(box.x, box.y, box.width, 0))

    def _text_part(self, ui: ViewBuilder, text: str, size: int, role: str, box) -> None:
        ui.panel(box)
        inner = box.inflate(-2 * PANEL_PAD, -2 * PANEL_PAD)
        color = palette.MUTED if role == "secondary" else palette.INK
        ui.text(text, inner, size=size, color=color, role=role)

    def _name_part(self, ui: ViewBuilder, name: str, name_h: int, where: str, box, *, panel=True):
        self.panel_rect = ui.place(box)
        if panel:
            ui.panel(box)
        inner = box.inflate(-2 * PANEL_PAD, -2 * PANEL_PAD)
        ui.text(name, pygame.Rect(inner.x, inner.y, inner.width, name_h), size=20, bold=True)
        ui.text(
            where,
            pygame.Rect(inner.x, inner.y + name_h, inner.width, inner.height - name_h),
            size=WHERE_SIZE,
            color=palette.MUTED,
            role="secondary",
        )

    def _button_part(self, ui, rows: list, heights: list, box: pygame.Rect, *, panel=True) -> None:
        if panel:
            ui.panel(box)
        y = box.y + PANEL_PAD
        with ui.ring.board(PANEL):
            for row, row_h in zip(rows, heights, strict=True):
                x = box.x + PANEL_PAD
                for control_id, label, action, style, (width, _) in row:
                    rect = pygame.Rect(x, y, width, row_h)
                    made = ui.button(control_id, label, rect, action, **style)
                    if control_id.startswith("loc:"):
                        made.on_move = self._down_to_move
                    x += width + 10
                y += row_h + 10


def place_width(label: str, most: int) -> tuple[int, int]:
    """In Finland / Abroad: as wide as its words with room for the chosen one's tick."""
    width = button_width(label, minimum=150) + 2 * TICK_ROOM - 20
    if width <= most:
        return width, button_height()  # (as the panel beside a list draws them: one line)
    return most, button_box(label, most, selected=True)[1]


def _rows(buttons: list, width: int, measure=button_box) -> list[list]:
    """Buttons (id, words, action, style) in rows across `width`, each as wide as its words
    (wrapped when they are wider than the row: `measure` says its size), as many a row as
    fit."""
    rows: list[list] = [[]]
    used = 0
    for control_id, label, action, style in buttons:
        box = measure(label, width)
        if rows[-1] and used + 10 + box[0] > width:
            rows.append([])
            used = 0
        used += (10 if rows[-1] else 0) + box[0]
        rows[-1].append((control_id, label, action, style, box))
    return [row for row in rows if row]
