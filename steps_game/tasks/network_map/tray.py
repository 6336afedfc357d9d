"""The list of people beside step 3's map: everyone keeps their place in it, numbered; someone
on the map shows their marker there instead of the grip, so the list is the map's key. Each chip is
as tall as its own words; more people than fit are shown page by page (as many as fit a page:
list_pages.py), the last place of a page turning to the next."""

from __future__ import annotations

import pygame

from steps_game.notebook import MAX_LABEL
from steps_game.tasks.network_map.drawing import CHIP_TEXT_SIZE, GAP, marker_radius
from steps_game.tasks.network_map.list_pages import cut_pages, extent, slot_tops
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.drag import Draggable
from steps_game.ui.finnish_line import extra_height
from steps_game.ui.flow import page_turn_label, widest_page_turn_label
from steps_game.ui.focus import Control
from steps_game.ui.sentences import whole_parts
from steps_game.ui.text import line_height, render, role_size, text_height, text_size

ROW_GAP = 6
MORE = "more-people"
LIST = "list"  # the list's board: arrows stay in it
GRIP_ROOM = 32  # a chip's grip of dots or its marker, beside its words
TRAY_HEADING_SIZE = 19


def chip_heights(chips: list[tuple[str, str]], width: int) -> list[int]:
    """How tall each chip of a list `width` wide must be for its own words, each chip's (words,
    Finnish word) with the line its Finnish word may take under them (and room for a marker)."""
    size = role_size(CHIP_TEXT_SIZE, "option")
    room = width - max(GRIP_ROOM, 2 * marker_radius() + 12) - 6  # beside a grip or a marker
    least = 2 * marker_radius() + 8
    return [
        max(
            least,
            render(words, size, palette.INK, width=room).get_height()
            + extra_height(words, size, finnish, room)
            + 8,
        )
        for words, finnish in chips
    ]


def chip_height(chips: list[tuple[str, str]], width: int) -> int:
    """How tall the tallest chip of a list `width` wide is (see chip_heights)."""
    return max(chip_heights(chips, width), default=0)


def more_card_height(text: str, width: int) -> int:
    """The "more" card `width` wide: a card's wider margins (ui.card) around its words."""
    size = role_size(CHIP_TEXT_SIZE, "option")
    return render(text, size, palette.INK, width=width - 50).get_height() + 20


class PeopleList:
    """NetworkMapView's list of people (a part of the view, kept in a module of its own)."""

    # The list's own "More people" card turns its pages; at large text the column's More
    # button turns them instead (panel.py), and the list keeps no place for the card.
    more_in_list = True
    # At large text Add someone stands at the column's foot, beside its page button, where
    # the view puts it (the counts above the list then take one line, the list a place more).
    add_at: pygame.Rect | None = None

    # How the list is laid out, (columns, chip width, room): set by _fit_list for the list's
    # pages (None until the list is first laid out: everyone on one page)
    list_fit: tuple[int, int, int] | None = None

    def _pages(self) -> list[list[str]]:
        """The people of the list, page by page: all on one, or as many as fit each page with
        its "more" place (list_pages.cut_pages), each chip as tall as its own words."""
        ids = [c.id for c in self.model.contacts()]
        if self.list_fit is None:
            return [ids]
        columns, width, room = self.list_fit
        more = self._more_height(width) if self.more_in_list else None
        cut = cut_pages(self._heights(width), columns, room, ROW_GAP, more)
        return [[ids[i] for i in page] for page in cut]

    def _heights(self, width: int) -> list[int]:
        """Each person's chip height in the list's order, `width` wide."""
        return chip_heights(self._chip_words(), width)

    def _more_height(self, width: int) -> int:
        return more_card_height(widest_page_turn_label(self.tr), width)

    def _fit_list(self, right: pygame.Rect, bottom: int) -> tuple[int, int]:
        """Lay the list out from the top of `right` (under its heading) down to `bottom`, for
        its pages: (columns, the list's top)."""
        top = right.y + self._tray_header_height(right.width) + ROW_GAP
        columns, _, _ = self._tray_grid(right, bottom - top)
        width = (right.width - GAP * (columns - 1)) // columns
        self.list_fit = (columns, width, bottom - top)
        return columns, top

    def finnish_of(self, contact_id: str) -> str:
        """The Finnish word of the key term someone's role names, shown beside it ("" for none:
        the setting is off, the game is in Finnish, or the player's own words stand there)."""
        contact = self.model.contact(contact_id)
        return "" if contact.words else self.finnish(contact.term)

    def _chip_words(self) -> list[tuple[str, str]]:
        """(words, Finnish word) of everyone in the list, as their chips show them."""
        return [(self.name(c.id), self.finnish_of(c.id)) for c in self.model.contacts()]

    def _tray_grid(self, right: pygame.Rect, room: int) -> tuple[int, int, int]:
        """(columns, rows, chip height) for the list: the grid that shows the most people, the
        words of each chip on at most two lines (and a Finnish word's line under them)."""
        words = self._chip_words()
        more = widest_page_turn_label(self.tr)
        size = role_size(CHIP_TEXT_SIZE, "option")
        finnish = max((line_height(size) for _, word in words if word), default=0)
        two_lines = 2 * line_height(size) + 8 + finnish
        grids = []
        for columns in (3, 2, 1):
            width = (right.width - GAP * (columns - 1)) // columns
            more_h = more_card_height(more, width)
            height = max(chip_height(words, width), more_h)
            rows = max(1, (room + ROW_GAP) // (height + ROW_GAP))
            # chips that fit the room, their words on one or two lines first; then the most
            # people at once
            fits = height <= room
            # (when none fits, the chips on the fewest lines)
            most = columns * rows if fits else -height
            grids.append((fits, height <= two_lines, most, -columns, columns, rows, height))
        *_, columns, rows, height = max(grids)
        return columns, rows, height

    def _adds(self) -> bool:
        """Whether the list offers Add someone (beside its heading)."""
        return self.own_words and self.model.can_add

    def _tray_heading(self, width: int) -> str:
        """The counts over the list, each part whole on a line where it fits `width`."""
        model = self.model
        counts = {"left": len(model.unplaced()), "placed": len(model.placed())}
        size = role_size(TRAY_HEADING_SIZE, "body")
        fits = lambda part: text_size(part, size, bold=True)[0] <= width  # noqa: E731
        return whole_parts(self.tr("task.network_map.tray", **counts), fits)

    def _tray_header_height(self, width: int) -> int:
        """The list's heading row: as tall as Add someone beside it, or as the counts need
        (two lines at large text: they are never cut)."""
        line = line_height(role_size(TRAY_HEADING_SIZE, "body"), True)
        heading = self._tray_heading(width)
        alone = max(line, text_height(heading, TRAY_HEADING_SIZE, width, bold=True))
        if not self._adds() or self.add_at is not None:
            return alone
        if self._add_under(width):
            return alone + ROW_GAP + button_height()
        beside = width - self._add_width() - GAP
        return max(
            button_height(),
            text_height(self._tray_heading(beside), TRAY_HEADING_SIZE, beside, bold=True),
        )

    def _add_width(self) -> int:
        return button_width(self.tr("task.network_map.add"), minimum=150)

    def _add_under(self, width: int) -> bool:
        """Whether Add someone stands on a row of its own under the counts: they would take
        more lines beside it (a narrow column at large text)."""
        beside = width - self._add_width() - GAP
        if beside <= 0:
            return True
        heading = self._tray_heading(beside)
        return text_height(heading, TRAY_HEADING_SIZE, beside, bold=True) > (
            text_height(self._tray_heading(width), TRAY_HEADING_SIZE, width, bold=True)
        )

    def _list_shows(self, right: pygame.Rect, bottom: int) -> int:
        """How many places the list has from the top of `right` down to `bottom`."""
        top = right.y + self._tray_header_height(right.width) + ROW_GAP
        columns, rows, _ = self._tray_grid(right, bottom - top)
        return columns * rows if bottom - top > 0 else 0

    def held_size(self, contact_id: str) -> tuple[int, int] | None:
        """How large someone on the map is drawn when carried: as in the list, as tall as their
        own words (None while the list is not on view: at their own size)."""
        if self.held_width is None:
            return None
        width = self.held_width
        words = [(self.name(contact_id), self.finnish_of(contact_id))]
        return width, chip_heights(words, width)[0]

    def _show_page_of(self, contact_id: str | None) -> None:
        for index, page in enumerate(self._pages()):
            if contact_id in page:
                self.page = index
                self._show_in_column("list")  # at large text, the column shows that page

    def _build_tray(self, ui: ViewBuilder, right: pygame.Rect) -> list[Draggable]:
        """The list from the top of `right` down to self.tray_bottom (set by the view: the
        chosen person's panel is under it)."""
        tr, model = self.tr, self.model
        header_h = self._tray_header_height(right.width)
        header = pygame.Rect(right.x, right.y, right.width, header_h)
        if self._adds() and self.add_at is None:
            label = tr("task.network_map.add")
            width = min(self._add_width(), right.width)
            if self._add_under(right.width):  # on a row of its own, under the counts
                row = pygame.Rect(right.x, header.bottom - button_height(), width, button_height())
                header.height -= button_height() + ROW_GAP
            else:  # beside the counts
                row = pygame.Rect(header.right - width, header.y, width, header.height)
                header.width -= width + GAP
            ui.button("add-person", label, row, self._ask_new_person, secondary=True)
        ui.text(
            self._tray_heading(header.width),
            header,
            size=TRAY_HEADING_SIZE,
            color=palette.MUTED,
            bold=True,
            middle=True,
        )
        columns, top = self._fit_list(right, self.tray_bottom)
        chip_width = self.list_fit[1]
        pages = self._pages()
        self.page = min(self.page, len(pages) - 1)
        # the room under the heading takes people dropped off the map
        tray = pygame.Rect(right.x, top, right.width, max(0, self.tray_bottom - top))
        self.tray_rect = ui.place(tray)
        # a person carried over the map is drawn as large as in the list: their words fit there
        self.held_width = chip_width
        shown, heights = self._kept_places(pages)
        more = len(pages) > 1 and self.more_in_list
        if more:
            heights = [*heights, self._more_height(chip_width)]
        slots = slot_tops(heights, columns, ROW_GAP)

        def slot(index: int) -> pygame.Rect:
            """A place in the list, laid out left to right (placed by whoever draws there)."""
            y, height = slots[index]
            x = right.x + (index % columns) * (chip_width + GAP)
            return pygame.Rect(x, top + y, chip_width, height)

        made = []
        with ui.ring.board(LIST):
            for index, contact_id in enumerate(shown):
                if contact_id is not None:
                    made.append(self._chip(ui, contact_id, ui.place(slot(index))))
            if more:
                self._more_card(ui, slot(len(shown)), len(pages))
        if self._adds() and self.add_at is not None and self.add_at.width:
            ui.button(
                "add-person",
                tr("task.network_map.add"),
                self.add_at,
                self._ask_new_person,
                secondary=True,
            )
        unplaced = [f"token:{c.id}" for c in model.unplaced() if c.id in shown]
        wanted = self.next_focus if self.next_focus in unplaced else None
        self.host.preferred_focus = wanted or (unplaced[0] if unplaced else None)
        self.next_focus = None
        return [d for d in made if d is not None]

    def _kept_places(self, pages: list[list[str]]) -> tuple[list[str | None], list[int]]:
        """The page on view and its places' heights, everyone where they were while it stays on
        view: someone who left the list (one of the player's own taken off the map) leaves a
        gap as tall as their chip was, so that the cards under the pointer do not shift after a
        drop. Newcomers go after the last place; a page they would overflow is laid out
        afresh."""
        page = pages[self.page]
        columns, width, room = self.list_fit
        own = dict(zip([c.id for c in self.model.contacts()], self._heights(width), strict=True))
        places: list[str | None] = list(page)
        heights = [own[c] for c in page]
        kept = self._places
        if kept is not None and kept[0] == self.page:
            stay = [(c, own[c]) if c in page else (None, h) for c, h in zip(*kept[1:], strict=True)]
            stay += [(c, own[c]) for c in page if c not in kept[1]]
            more = [self._more_height(width)] if len(pages) > 1 and self.more_in_list else []
            if extent([h for _, h in stay] + more, columns, ROW_GAP) <= room:
                places, heights = [c for c, _ in stay], [h for _, h in stay]
        while places and places[-1] is None:
            places.pop()
            heights.pop()
        self._places = (self.page, places, heights)
        return places, heights

    def _chip(self, ui: ViewBuilder, contact_id: str, rect: pygame.Rect) -> Draggable:
        model = self.model
        label = self.name(contact_id)
        finnish = self.finnish_of(contact_id)
        data = {"text": label, "finnish": finnish}
        spot = model.placement(contact_id)
        if spot is None:
            item_id = f"token:{contact_id}"
            ui.ring.add(
                Control(
                    item_id,
                    f"{label} {finnish}" if finnish else label,
                    rect,
                    lambda: self._pick_up(item_id),
                    draw=self._chip_drawer(item_id, label, rect, finnish=finnish),
                    data=data,
                )
            )
            return Draggable(item_id, rect, carry_on_click=True, held_size=rect.size)
        item_id = f"person:{contact_id}"
        ui.ring.add(
            Control(
                item_id,
                self._marker_label(contact_id),
                rect,
                lambda: self._pick_up(item_id),
                draw=self._chip_drawer(item_id, label, rect, contact_id, finnish),
                data=data,
            )
        )
        return Draggable(item_id, rect, carry_on_click=False, held_size=rect.size)

    def _more_card(self, ui: ViewBuilder, rect: pygame.Rect, pages: int) -> None:
        text = page_turn_label(self.tr, self.page + 1, pages)

        def turn() -> None:
            self.page = (self.page + 1) % pages
            self.host.rebuild()
            self.host.ring.focus(MORE)

        ui.card(MORE, text, rect, turn, text_size=CHIP_TEXT_SIZE)

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
