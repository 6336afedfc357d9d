"""Step 3's column beside the map: the list of people above the chosen person's panel (in
Finland or abroad, the player's own words, move, remove), or, with large text where both do not
fit one above the other, the two as pages of the column (a part of the view, in a module of its
own)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pygame

from steps_game.tasks.network_map.drawing import PANEL_PAD
from steps_game.tasks.network_map.panel_parts import (
    HINT_SIZE,
    NOTE_SIZE,
    WHERE_SIZE,
    PanelParts,
)
from steps_game.tasks.network_map.tray import ROW_GAP, chip_height
from steps_game.ui import palette
from steps_game.ui.blocks import GAP, Block, more_height
from steps_game.ui.builder import TICK_ROOM, ViewBuilder, button_height, button_width
from steps_game.ui.drag import Draggable
from steps_game.ui.flow import page_turn_label
from steps_game.ui.intents import Act, Intent
from steps_game.ui.measure import button_box
from steps_game.ui.text import line_height, role_size, text_height

MARKER = "marker:"  # a person on the map (drawing.py)


class ChosenPanel(PanelParts):
    """NetworkMapView's panel for the chosen person and the column it shares with the list."""

    def _panel_height(self, width: int) -> int:
        """The chosen person's panel: as tall as its most words need, whoever is chosen, so the
        list above it keeps its places (a name, two rows of buttons; or the hint and the privacy
        note; or, while someone is carried, where they would go and the keys)."""
        tr, inner_w = self.tr, width - 2 * PANEL_PAD
        chosen = (
            line_height(role_size(20, "body"), bold=True)
            + line_height(role_size(WHERE_SIZE, "secondary"))
            + button_height()
            + self._second_row_height(width - 2 * PANEL_PAD)
            + 16
        )
        hint = text_height(tr("task.network_map.choose_hint"), HINT_SIZE, inner_w)
        note = text_height(
            tr.pick(self.model.config.privacy_note), NOTE_SIZE, inner_w, role="secondary"
        )
        carried = (
            line_height(role_size(20, "body"), bold=True)
            + 3 * line_height(role_size(18, "body"))
            + 2 * line_height(role_size(16, "hint"))
        )
        return 2 * PANEL_PAD + max(chosen, hint + 6 + note, carried)

    def _build_paged_column(
        self,
        ui: ViewBuilder,
        right: pygame.Rect,
        lead: Callable[[int, int], list[Block]] | None = None,
        shapes_h: int = 0,
    ) -> list[Draggable]:
        """Large text: the list and the chosen person's panel do not fit one above the other,
        so each page of the list, and the panel's parts (_panel_blocks: each whole on a page),
        are pages of the column, turned by one More button (and the wheel). Choosing someone
        shows the panel; picking someone up by keyboard shows where they would go in its place;
        putting someone on the map from the list keeps the list on view, at the next person's
        page. The blocks `lead`
        makes for a width and a page's room (the instruction) head the column, above the
        list's first page when they fit there together. The markers' shapes (`shapes_h` tall)
        stand over the column, or, when the list would then have no room for one person (a
        narrow column at the largest text), they and Add someone go with the instruction."""
        more = lambda page, pages: page_turn_label(self.tr, page, pages)  # noqa: E731
        # Add someone at the foot, at the start side of the page button, when both fit there;
        # else with the list's heading (beside or under it)
        label = self.tr("task.network_map.add")
        add_w, add_h = button_box(label, right.width)
        more_w = button_box(more(99, 99), right.width)[0]
        in_footer = lead is not None and self.host.footer_fits(more(99, 99))
        self.add_at = None
        if in_footer:
            # (a page of the instruction then keeps no room at its foot for a button it does
            # not show: its keys stay on its page)
            foot_h = 0
        else:  # as tall as its longest words need ("More (10/12)")
            foot_h = button_box(more(99, 99), right.width)[1] + GAP
            if add_w + GAP + more_w <= right.width and add_h <= foot_h - GAP:
                self.add_at = pygame.Rect(right.x, right.bottom - add_h, add_w, add_h)
        extra: list[Block] = []
        if shapes_h and self._holds_one(right.width, right.height - foot_h - shapes_h - 6):
            self.shapes_row = pygame.Rect(right.x, right.y, right.width, shapes_h)
            right = pygame.Rect(right.x, right.y + shapes_h + 6, right.width, right.height)
            right.height -= shapes_h + 6
        elif shapes_h:
            self.shapes_row = pygame.Rect(0, 0, 0, 0)  # on the first page, when it is on view
            extra.append(Block(shapes_h, lambda box: setattr(self, "shapes_row", box)))
        crowded = lead is not None and not self._holds_one(right.width, right.height - foot_h)
        if crowded and self._adds() and self.add_at is None:
            self.add_at = pygame.Rect(0, 0, 0, 0)  # on the first page, under the instruction
            extra.append(Block(add_h, partial(self._add_button, ui, label, add_w)))
        list_h = right.height - foot_h
        leads = [] if lead is None else lead(right.width, list_h - GAP) + extra
        lead_h = sum(block.height + GAP for block in leads)
        if leads and list_h - lead_h - GAP > right.height // 2:
            list_h -= lead_h + GAP  # else the instruction has the first page alone
        elif not in_footer:
            # a page of the list alone is never the column's last (the panel's parts follow):
            # its page button says "Next", often on fewer lines than "First page" needs, and the
            # list takes the room down to it (and to Add someone beside it)
            next_h = button_box(more(98, 99), right.width)[1]
            if self.add_at is not None:
                next_h = max(next_h, add_h)
            list_h = max(list_h, right.height - next_h - GAP)
        made: list[Draggable] = []
        self.tray_rect = pygame.Rect(0, 0, 0, 0)
        self.host.preferred_focus = None
        self.more_in_list = False
        self._fit_list(right, right.y + list_h)
        pages = len(self._pages())

        def the_list(rect: pygame.Rect, page: int) -> None:
            self.page = page
            if self.column_shows[0] == "lead":
                # the player turned from the instruction to the people: the column now keeps
                # their page when it is laid out anew (the keys line follows the focus onto
                # the list, a line shorter or longer), instead of going back to the instruction
                self.column_shows = ("list", self.column_shows[1] + 1)
                self.column.now_keeping(self.column_shows)
            # the room the pages were cut for (_fit_list above), though the block be taller
            self.tray_bottom = rect.y + list_h
            made.extend(self._build_tray(ui, rect))

        # each page of the list a page of the column, however little room there is
        page_h = max(list_h, right.height // 2 + 1)
        blocks = list(leads)
        first = len(blocks)  # the list's first page
        blocks += [Block(page_h, partial(the_list, page=page)) for page in range(pages)]
        panel_first = len(blocks)
        page_room = right.height - GAP - (foot_h if in_footer else more_height(more, right.width))
        blocks += self._panel_blocks(ui, right.width, page_room)
        shows = self.column_shows[0]
        keep = panel_first if shows == "panel" else first + min(self.page, pages - 1)
        if shows == "lead":  # the instruction, until the player goes on to the list
            keep = 0
        self.column.lay_out(
            blocks,
            right.height,
            more,
            right.width,
            keep=keep,
            keep_key=self.column_shows,
            more_room=foot_h if in_footer else None,
        )
        # while someone is carried from the list by the mouse, where they would go shows at its
        # foot (by the keyboard, on a page of its own: _panel_blocks)
        carried_h = min(self._carried_height(right.width), list_h)
        carried = pygame.Rect(right.x, right.y + list_h - carried_h, right.width, carried_h)
        # (by the keyboard: where its block is, when that is on view; else nowhere)
        self.panel_rect = pygame.Rect(0, 0, 0, 0) if self.placing_by_keyboard else ui.place(carried)
        footer = self.host.footer_button if in_footer else None
        self.column.build(ui, blocks, right, more, self.host.rebuild, footer)
        on_view = self.column.pages[self.column.pager.page]
        if first in on_view and first not in self.column.pages[0] and made:
            # turned from the instruction's own page to the list: on to its first person
            self.column.focus_after_turn = self.host.preferred_focus
        if self.host.preferred_focus is None and self.column.paged and not made:
            # the instruction's page, no one on view: the first Tab goes to the page turner that
            # leads to the people, not to the footer's Start over
            self.host.preferred_focus = self.column.control_id
        return made

    def _holds_one(self, width: int, room: int) -> bool:
        """Whether a list page `room` tall shows one person at least, under its heading."""
        chips = self._chip_words()
        return self._tray_header_height(width) + ROW_GAP + chip_height(chips, width) <= room

    def _add_button(self, ui: ViewBuilder, label: str, width: int, box: pygame.Rect) -> None:
        rect = pygame.Rect(box.x, box.y, width, box.height)
        ui.button("add-person", label, rect, self._ask_new_person, secondary=True)

    def _show_in_column(self, part: str) -> None:
        """Which page of a paged column to show now: the list or the chosen person's panel."""
        self.column_shows = (part, self.column_shows[1] + 1)

    def _build_panel(self, ui: ViewBuilder, panel: pygame.Rect) -> None:
        """The chosen person's panel from the top of `panel` (its height is the panel's)."""
        tr, model = self.tr, self.model
        panel = pygame.Rect(panel.x, panel.y, panel.width, self._panel_height(panel.width))
        self.panel_rect = ui.place(panel)
        ui.panel(panel)
        inner = panel.inflate(-2 * PANEL_PAD, -2 * PANEL_PAD)
        if self.selected is None:
            hint = tr("task.network_map.choose_hint")
            hint_h = text_height(hint, HINT_SIZE, inner.width)
            ui.text(hint, pygame.Rect(inner.x, inner.y, inner.width, hint_h), size=HINT_SIZE)
            ui.text(
                tr.pick(model.config.privacy_note),
                pygame.Rect(inner.x, inner.y + hint_h + 6, inner.width, inner.height - hint_h - 6),
                size=NOTE_SIZE,
                color=palette.MUTED,
                role="secondary",
            )
            return
        contact_id = self.selected
        spot = model.placement(contact_id)
        name_h = line_height(role_size(20, "body"), bold=True)
        where_h = line_height(role_size(WHERE_SIZE, "secondary"))
        ui.text(
            f"{tr.number(model.number(contact_id))}  {self.name(contact_id)}",
            pygame.Rect(inner.x, inner.y, inner.width, name_h),
            size=20,
            bold=True,
            middle=True,
        )
        # Row 1: where they live, each button as wide as its own word with room for a tick, and
        # where they are on the map beside them; row 2: the player's words, move and remove.
        place_w = max(
            button_width(tr(f"task.network_map.{k}"), minimum=150) + 2 * TICK_ROOM - 20
            for k in ("in_finland", "abroad")
        )
        row2_h = self._second_row_height(inner.width)
        row1, row2 = inner.bottom - row2_h - button_height() - 8, inner.bottom - row2_h
        here = spot["in_finland"]
        # the one not chosen is outlined, so that only the chosen one looks chosen
        for index, (control_id, key, value) in enumerate(
            (("loc:finland", "in_finland", True), ("loc:abroad", "abroad", False))
        ):
            ui.button(
                control_id,
                tr(f"task.network_map.{key}"),
                pygame.Rect(inner.x + index * (place_w + 10), row1, place_w, button_height()),
                lambda value=value: self._mark_place(contact_id, value),
                selected=here is value,
                secondary=here is not value,
            ).on_move = self._down_to_move
        # where they are on the map: beside the buttons when it fits there, else under the name
        where = self._where(spot["ring"], spot["sector"])
        where_x = inner.x + 2 * place_w + 24
        where_rect = pygame.Rect(where_x, row1, inner.right - where_x, button_height())
        if text_height(where, WHERE_SIZE, where_rect.width, role="secondary") > where_rect.height:
            where_rect = pygame.Rect(inner.x, inner.y + name_h, inner.width, where_h)
        ui.text(
            where, where_rect, size=WHERE_SIZE, color=palette.MUTED, middle=True, role="secondary"
        )
        actions = {
            "words": lambda: self._ask_words(contact_id),
            "move": lambda: self._move(contact_id),
            "remove": self._remove_selected,
        }
        keys = self._second_row()
        width = (inner.width - 10 * (len(keys) - 1)) // len(keys)
        for index, key in enumerate(keys):
            ui.button(
                key,
                tr(f"task.network_map.{key}"),
                pygame.Rect(inner.x + index * (width + 10), row2, width, row2_h),
                actions[key],
                secondary=True,
            )

    def _mark_place(self, contact_id: str, in_finland: bool) -> None:
        """Mark someone in Finland or abroad. On a paged column the panel then gives way to
        the list, at the next person to place: the panel stayed on with no way back but the
        page turner, Tab went on into the map and Esc to the pause menu (nineteenth Arabic
        keyboard play-test, s3_67-80)."""
        if self.column.paged:
            self.back_to_list()
        self.act(lambda: self.model.set_in_finland(contact_id, in_finland))

    def put_back(self, kind: str, token_id: str) -> None:
        """Esc on someone carried by keyboard: from the list, the list again at their page,
        their card focused; from the map, their own panel. The column had stayed on the panel
        of the person chosen before, whose In Finland / Abroad she could then mark for the
        wrong one (twenty-sixth and twenty-seventh Arabic play-tests)."""
        if kind != "token":
            self.selected = token_id
            if self.column.paged:
                self._show_in_column("panel")
                self.host.rebuild()
            return
        if not self.column.paged:
            return
        self._show_page_of(token_id)
        self._show_in_column("list")
        self.host.rebuild()
        self.host.ring.focus(f"token:{token_id}")

    def back_to_list(self) -> None:
        """On a paged column, the list instead of the chosen person's panel: the page of the
        first person still to place, focused (else of the chosen person)."""
        unplaced = [contact.id for contact in self.model.unplaced()]
        shown = unplaced[0] if unplaced else self.selected
        self.next_focus = f"token:{shown}" if unplaced else None
        self._show_page_of(shown)
        self._show_in_column("list")  # (also when no page holds them)

    def panel_back(self, intent: Intent) -> bool:
        """Esc on the chosen person's page of a paged column: back to the list, not to the
        pause menu (nineteenth Arabic keyboard play-test, s3_69)."""
        if (
            intent.act is not Act.BACK
            or not self.column.paged
            or self.column_shows[0] != "panel"
            or self.drag.active
            or self.keyboard_hold
        ):
            return False
        self.back_to_list()
        self.host.rebuild()
        return True

    def turn_column(self, intent: Intent) -> bool:
        """The wheel (and Page Up / Page Down) turns the column's page; by keyboard also while
        someone is carried, as how to mark them abroad may stand a page on (a name of two
        lines: twenty-fifth Arabic play-test found Page Down did nothing there). The focus
        ring stays hidden while they are held, as at the pick-up: shown on the page turner,
        Enter seemed to go there (twenty-sixth)."""
        held = self.drag.active and not self.placing_by_keyboard
        if intent.act is not Act.SCROLL or not self.column.paged or held:
            return False
        self.column.scroll(intent.dy)
        self.host.rebuild()
        if self.placing_by_keyboard:
            self.host.ring.visible = False
        return True

    def tab_past_markers(self, intent: Intent) -> None:
        """Tab (or Shift+Tab) on a marker on the map: the focus to the last marker that way,
        from which the ring's own step goes on past the map. The map is one stop of the Tab
        order, the arrows go from marker to marker in it: from the list, Tab went through
        every marker, each with its tooltip, and Done came at the 13th Tab (twentieth Arabic
        keyboard play-test, s3_77-89)."""
        ring = self.host.ring
        focused = ring.focused_id or ""
        if intent.act not in (Act.FOCUS_NEXT, Act.FOCUS_PREV) or not focused.startswith(MARKER):
            return
        if not ring.visible:
            return  # (the first Tab only shows where the focus is: FocusRing.step)
        ids = [control.id for control in ring.focusable]
        delta = 1 if intent.act is Act.FOCUS_NEXT else -1
        at = ids.index(focused)
        for _ in ids:  # (the markers stand together in the ring, which goes round)
            if not ids[(at + delta) % len(ids)].startswith(MARKER):
                break
            at = (at + delta) % len(ids)
        ring.focused_id = ids[at]

    def _second_row(self) -> list[str]:
        """The panel's second row: the player's own words (not in a workshop), move, remove."""
        return ["words", "move", "remove"] if self.own_words else ["move", "remove"]

    def _second_row_height(self, inner_w: int) -> int:
        """As tall as the longest words of the second row's buttons need, wrapped (larger text
        in a narrower column)."""
        keys = self._second_row()
        width = (inner_w - 10 * (len(keys) - 1)) // len(keys)
        return max(button_box(self.tr(f"task.network_map.{k}"), width)[1] for k in keys)

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
            token=f"{tr.number(model.number(token_id))} {self.name(token_id)}",
            where=self._where(spot["ring"], spot["sector"]),
            place=place,
        )
