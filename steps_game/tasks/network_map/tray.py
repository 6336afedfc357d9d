"""The list of people beside step 3's map: everyone keeps their place in it, numbered; someone
on the map shows their marker there instead of the grip, so the list is the map's key. More people
than fit are shown page by page, the last place of a page turning to the next."""

from __future__ import annotations

import pygame

from steps_game.notebook import MAX_LABEL
from steps_game.tasks.network_map.drawing import GAP
from steps_game.ui import palette
from steps_game.ui.builder import BUTTON_TEXT_SIZE, ViewBuilder
from steps_game.ui.drag import Draggable
from steps_game.ui.focus import Control
from steps_game.ui.text import font

TRAY_COLUMNS = 3
TRAY_ROWS = 4
PAGE_SIZE = TRAY_COLUMNS * TRAY_ROWS
HEADER_H = 44
CHIP_HEIGHT = 52
ROW_GAP = 6
HELD_SIZE = (190, 46)
MORE = "more-people"
LIST = "list"  # the list's board: arrows stay in it


class PeopleList:
    """NetworkMapView's list of people (a part of the view, kept in a module of its own)."""

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
        shown = self._kept_places(pages)
        with ui.ring.board(LIST):
            for index, contact_id in enumerate(shown):
                if contact_id is not None:
                    made.append(self._chip(ui, contact_id, ui.place(slot(index))))
            if len(pages) > 1:
                self._more_card(ui, slot(len(shown)), len(pages))
        unplaced = [f"token:{c.id}" for c in model.unplaced() if c.id in shown]
        wanted = self.next_focus if self.next_focus in unplaced else None
        self.host.preferred_focus = wanted or (unplaced[0] if unplaced else None)
        self.next_focus = None
        return [d for d in made if d is not None]

    def _kept_places(self, pages: list[list[str]]) -> list[str | None]:
        """The page on view, everyone where they were while it stays on view: someone who left
        the list (one of the player's own taken off the map) leaves a gap, so that the cards
        under the pointer do not shift after a drop. Newcomers go after the last place; a page
        they would overflow is laid out afresh."""
        page = pages[self.page]
        kept = self._places
        if kept is None or kept[0] != self.page:
            places: list[str | None] = list(page)
        else:
            places = [c if c in page else None for c in kept[1]]
            places += [c for c in page if c not in places]
            room = PAGE_SIZE - (1 if len(pages) > 1 else 0)
            if len(places) > room:
                places = list(page)
        while places and places[-1] is None:
            places.pop()
        self._places = (self.page, places)
        return places

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
                lambda: self._pick_up(item_id),
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

    # -- someone of the player's own ------------------------------------------------------
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
        # the new person is picked up at once, to be put where they belong on the map: with the
        # keyboard's arrows, or following the mouse to the next click
        self._show_page_of(new_id)
        self.host.rebuild()
        self.host.ring.focus(f"token:{new_id}")
        if self.host.app.keyboard_mode:
            self._pick_up(f"token:{new_id}")
        else:
            pointer = self.host.app.viewport.to_logical(pygame.mouse.get_pos())
            self.drag.carry(f"token:{new_id}", pointer)
