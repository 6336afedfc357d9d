"""The pages of a stacked board (see sheet.py): `SheetPages` cuts a tall sheet into pages
between rows, shows one with its page turner, and turns them by key, wheel and button."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from steps_game.ui.flow import Pager, widest_page_turn_label
from steps_game.ui.measure import button_box, kept_at_foot
from steps_game.ui.sheet import GAP, TALL, UNDRAWN, Mark, Sheet

# `want` for a board that shows something new from its top, where no control is (step 6's end)
FIRST_PAGE = "(first page)"


def across_pages(
    order: list[tuple[str, int]], focused: str | None, delta: int, page: int
) -> tuple[str, int] | None:
    """Tab (`delta` 1) or Shift+Tab (-1) on a board shown page by page, whose controls are
    `order` (id, page) in Tab order: the control it goes to and its page, when that is on
    another page than `page` (the page then turns to it); None when the ring's own order goes
    on (within the page, or past the board's first or last control)."""
    ids = [control_id for control_id, _ in order]
    if focused not in ids:
        return None
    index = ids.index(focused) + delta
    if not 0 <= index < len(order) or order[index][1] == page:
        return None
    return order[index]


class SheetPages(Pager):
    """Which page of a stacked board is shown, and its page button (`control_id`, which starts
    with "more-" like every card or button that turns a page)."""

    def __init__(self, control_id: str = "more-board") -> None:
        super().__init__()
        self.control_id = control_id
        self.stacked = False  # whether the board was stacked and paged at its last build
        self._wanted: object = None
        self._stacked_for: object = None
        self._area: tuple = ()
        # the focusable things on the sheet in Tab order, with the page each stands on
        self._order: list[tuple[str, int]] = []
        # where the page button hands the focus on the last page (a view that reads on to its
        # way on: step 6's end), else it keeps it
        self.last_focus: str | None = None
        # an anchor (Sheet.anchor) after which a page holds nothing to read (step 5's "Edit
        # message" alone after the reply): the focus goes to `last_focus` on its page already
        self.read_until: str | None = None
        self._anchors: dict[str, int] = {}
        # whether each page is read, those without a control too (FocusRing.paging)
        self.every_page = False
        # whether the page button hands the focus to the first control on the page it turns
        # to (step 6: from a moment's situation to its first option), else it keeps it
        self.focus_first = False
        # head(ui, rect) -> the y under it: a line over each page after the first up to the
        # sheet's first page break, the first having it on its sheet (step 6's count of the
        # profile's items over its cards: the fourteenth Arabic play-test at 200 % saw it on
        # page 1 of 5 only); those pages keep room for it
        self.head: Callable | None = None

    def tab(self, intent, ring, rebuild: Callable[[], None]) -> bool:
        """Tab and Shift+Tab go through a paged board's controls as through any others: from
        the last one on a page to the first on the next, the page turning to show it (and
        back). Past the board's first or last control, and within a page, the ring's own
        order goes on. True when it turned the page."""
        from steps_game.ui.intents import Act

        if intent.act not in (Act.FOCUS_NEXT, Act.FOCUS_PREV) or not self.stacked:
            return False
        if not ring.visible:
            return False  # (a hidden focus: the first Tab shows it where it is)
        delta = 1 if intent.act is Act.FOCUS_NEXT else -1
        found = across_pages(self._order, ring.focused_id, delta, self.page)
        if found is None:
            return False
        target, self.page = found
        rebuild()
        ring.focus(target)
        ring.visible = True
        return True

    def show(
        self,
        ui,
        tr,
        area: pygame.Rect,
        lay_out: Callable[..., None],
        *,
        rebuild: Callable[[], None],
        want: str | None = None,
        want_key: object = None,
        footer=None,
    ) -> None:
        """Build the board `lay_out(ui, area, stacked)` in `area`: as it is when it fits, else
        stacked and paged. The page showing the control `want` is turned to each time `want`
        or `want_key` changes (the part being chosen, the person just picked). `footer`, the
        task's host: the page button goes in its footer when it fits there (footer_fits,
        footer_button), and the pages have the whole area."""
        # Once stacked, a board stays so while it shows the same thing in the same box: its
        # own pages (a column of options) may fit on one page and not on the next, and a board
        # that changed its shape with each page would never show the rest.
        same = (tuple(area), want_key) == self._stacked_for
        sheet = Sheet(ui)
        if not (self.stacked and same):
            lay_out(sheet, area, False)
        if not (self.stacked and same) and sheet.within(area):
            self.stacked = False
            self.settle(1)
            self._wanted = None
            self._order, self._anchors = [], {}
            sheet.put()
            return
        self.stacked = True
        self._stacked_for = (tuple(area), want_key)
        more_w, more_h = button_box(widest_page_turn_label(tr), area.width // 2)
        ways = paging_ways(tr, area, footer)
        in_footer = len(ways) == 1
        # Not in the footer: beside the pages (narrower) or under them (shorter), whichever
        # keeps each question with its first option, then gives fewer pages of rows that fit
        # them; a narrow column of large words can take twice the pages.
        tried = []
        for beside, width, room in ways:
            sheet = Sheet(ui, room)
            lay_out(sheet, pygame.Rect(area.x, area.y, width, TALL), True)
            rows = sheet.rows(room)
            head_h = self._head_height(ui, area, width)
            spans = _pages(rows, room, sheet.breaks(), sheet.kept(), _headed(sheet, head_h))
            fits = all(bottom - top <= room for top, bottom in spans)
            # a question kept with its first option (Sheet.keep_with_next) read with it
            apart = not kept_fit(rows, sheet.kept(), room)
            tried.append((not fits, apart, len(spans), beside, width, room, sheet, spans))
        best = min(tried, key=lambda t: t[:4])  # (a tie: under, the pages full width)
        *_, beside, width, room, sheet, spans = best
        if best is not tried[-1]:  # laid out last for the other: again, for the view's state
            sheet = Sheet(ui, room)
            lay_out(sheet, pygame.Rect(area.x, area.y, width, TALL), True)
            # cut into rows as the pages were (its tall paragraphs in pieces): else a
            # paragraph taller than a page stands on no page at all, or over the next
            rows = sheet.rows(room)
            head_h = self._head_height(ui, area, width)
            spans = _pages(rows, room, sheet.breaks(), sheet.kept(), _headed(sheet, head_h))
        self.settle(len(spans))
        if want is not None and (want, want_key) != self._wanted:
            self._wanted = (want, want_key)
            self._turn_to(want, spans, sheet)
        elif tuple(area) != self._area:
            # the box changed (the keys line under the instruction came or went): the pages
            # are cut anew, and the one with the focused control stays in front
            self._turn_to(ui.ring.focused_id, spans, sheet)
        self._area = tuple(area)
        self._order = [
            (mark.control_id, _page_of(mark, spans))
            for mark in sheet.marks
            if mark.control_id is not None and _focusable(mark)
        ]
        self._anchors = {
            mark.args[0]: _page_at(mark.rect.top, spans)
            for mark in sheet.marks
            if mark.kind == "anchor"
        }
        top, bottom = spans[self.page]
        shift = _headed(sheet, head_h)(top)
        if shift:  # (as wide as the pages: the page turner may stand beside them)
            self.head(ui, pygame.Rect(area.x, area.y, width, shift))
        with ui.ring.paging(self.arrow_turn(rebuild), self.every_page):  # arrows over pages
            sheet.put((top, bottom), dy=top - area.y - shift)
        if self.pages > 1 and in_footer:

            def turn() -> None:
                self.turn(1)
                self._turned(ui, rebuild)

            footer.footer_button(self.control_id, self.label(tr), turn)
        elif self.pages > 1:
            y = area.y if beside else area.bottom - more_h
            rect = pygame.Rect(area.right - more_w, y, more_w, more_h)
            self.button(ui, tr, rect, lambda: self._turned(ui, rebuild), self.control_id)

    def _head_height(self, ui, area: pygame.Rect, width: int) -> int:
        """How tall the `head` line is over pages `width` wide (0 without one)."""
        if self.head is None:
            return 0
        return self.head(Sheet(ui), pygame.Rect(area.x, area.y, width, TALL)) - area.y

    @property
    def order(self) -> list[tuple[str, int]]:
        """The focusable things on the sheet in Tab order, with the page each stands on."""
        return list(self._order)

    def page_of(self, control_id: str) -> int | None:
        """The page a control of the board stands on at its last build (None: not on it)."""
        return next((page for found, page in self._order if found == control_id), None)

    def anchor_page(self, name: str) -> int | None:
        """The page a named place (Sheet.anchor) stood on at the last build (None: none)."""
        return self._anchors.get(name)

    @property
    def all_read(self) -> bool:
        """Whether the page in front is the last with anything to read (`read_until`)."""
        last = self.pages - 1
        found = None if self.read_until is None else self.anchor_page(self.read_until)
        return self.page >= (last if found is None else min(last, found))

    def _turn_to(self, control_id: str | None, spans, sheet: Sheet) -> None:
        if control_id is None:
            return
        if control_id == FIRST_PAGE:
            self.page = 0
            return
        for number, (top, bottom) in enumerate(spans):
            if any(_named(m, control_id) and top <= m.rect.top < bottom for m in sheet.marks):
                self.page = number

    def _turned(self, ui, rebuild: Callable[[], None]) -> None:
        rebuild()
        first = [name for name, page in self._order if page == self.page]
        if self.last_focus is not None and self.all_read:
            ui.ring.focus(self.last_focus)  # all read: on to the way on
        elif self.focus_first and first:
            ui.ring.focus(first[0])
        else:
            ui.ring.focus(self.control_id)

    def scroll(self, dy: int, rebuild: Callable[[], None], ring=None) -> bool:
        """The mouse wheel or Page Up / Page Down: turn the page, never round from the last to
        the first (twelfth facilitator run: a clicker's Page Down on step 6's result went back
        to its nearly empty first page, Page Up on step 5's first page to its third). With the
        focus `ring`, the last page read puts the focus on the way on, as Enter on the page
        turner does (thirteenth Arabic play-test: Page Down to step 7's last page left it on
        "First page", where Enter went back). False when nothing is paged, or on going past the
        last page (a workshop's clicker then goes on: TaskHostScene.handle)."""
        if not self.stacked or self.pages <= 1:
            return False
        by = 1 if dy > 0 else -1
        turned = self.turn_within(by)
        if turned:
            rebuild()
        if ring is not None and self.last_focus is not None and self.all_read:
            ring.focus(self.last_focus)
        return turned or by < 0


def paging_ways(tr, area: pygame.Rect, footer=None) -> list[tuple[bool, int, int]]:
    """The ways SheetPages.show tries to page a stacked board in `area`: (page turner beside
    the pages, the pages' width, their height), the turner in the `footer` when it fits there
    (then the pages have the whole area), else beside the pages or under them."""
    label = widest_page_turn_label(tr)  # as wide as any page's
    more_w, more_h = button_box(label, area.width // 2)
    if footer is not None and footer.footer_fits(label):
        return [(False, area.width, area.height)]
    return [
        (True, area.width - more_w - GAP, area.height),
        (False, area.width, area.height - more_h - GAP),
    ]


def kept_fit(rows: list[tuple[int, int]], kept: list[tuple[int, int]], room: int) -> bool:
    """Whether each run of rows inside `kept` fits a page `room` tall with the row under it."""
    start = None  # the top of the kept rows over this one
    for top, bottom in rows:
        if start is not None and bottom - start > room:
            return False
        inside = any(low <= top and bottom <= high for low, high in kept)
        start = (top if start is None else start) if inside else None
    return True


def _headed(sheet: Sheet, head_h: int) -> Callable[[int], int]:
    """The room a page from `top` keeps over its rows for SheetPages.head: the line's height
    on a page after the sheet's first up to its first page break, else none."""
    marks = [mark.rect.top for mark in sheet.marks if mark.kind not in UNDRAWN]
    first = min(marks, default=0)
    cut = min(sheet.breaks(), default=TALL)
    return lambda top: head_h if head_h and first < top < cut else 0


def _focusable(mark: Mark) -> bool:
    """Whether a card or button built on a sheet takes the focus (as ViewBuilder decides)."""
    if mark.kind == "card":
        return mark.args[2] is not None
    return mark.kwargs.get("enabled", True)


def _named(mark: Mark, name: str) -> bool:
    """Whether `mark` is the control `name`, or the anchor so named (Sheet.anchor)."""
    return mark.control_id == name or (mark.kind == "anchor" and mark.args[0] == name)


def _page_at(y: int, spans: list[tuple[int, int]]) -> int:
    """The page a place `y` on the sheet falls on: the last that starts at or over it (a place
    in the gap between two pages, under a panel's padding, is the page before's)."""
    return max((n for n, (top, _bottom) in enumerate(spans) if top <= y), default=0)


def _page_of(mark: Mark, spans: list[tuple[int, int]]) -> int:
    return next((n for n, (top, bottom) in enumerate(spans) if top <= mark.rect.top < bottom), 0)


def _pages(
    rows: list[tuple[int, int]],
    room: int,
    breaks: list[int] = (),
    kept: list[tuple[int, int]] = (),
    over: Callable[[int], int] = lambda top: 0,
) -> list[tuple[int, int]]:
    """Rows gathered into pages of at most `room` (a row taller than that has a page of its
    own), a new page at each of `breaks`: each page's top and bottom on the sheet. A row
    inside one of `kept` (a question, a heading) goes on to the next page with the row under
    it rather than end a page alone, where the two fit a page together. `over(top)`: the room
    a page from `top` keeps over its rows (SheetPages.head)."""

    def fits(top: int, bottom: int) -> bool:
        return bottom - top + over(top) <= room

    keep = {
        index
        for index, (top, bottom) in enumerate(rows)
        if any(low <= top and bottom <= high for low, high in kept)
    }
    found: list[list[int]] = []  # the rows of each page
    for index, (top, bottom) in enumerate(rows):
        if not found:
            found.append([index])
            continue
        first = rows[found[-1][0]][0]
        broken = any(first < cut <= top for cut in breaks)
        if not broken and fits(first, bottom):
            found[-1].append(index)
            continue
        moved = [] if broken else kept_at_foot(found[-1], index, keep)
        if len(moved) == len(found[-1]) or (moved and not fits(rows[moved[0]][0], bottom)):
            moved = []  # (they began the page, or do not fit one with it: cut as it comes)
        del found[-1][len(found[-1]) - len(moved) :]
        found.append([*moved, index])
    return [(rows[page[0]][0], rows[page[-1]][1]) for page in found] or [(0, 0)]
