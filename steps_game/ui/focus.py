"""Keyboard focus for every scene: Tab order, arrows, Enter/Space activation, a visible ring.

pygame_gui has no focus traversal of its own, so each scene registers its interactive things as
Controls here, pygame_gui buttons and the game's own drawn widgets alike. A mouse press on a
pygame_gui button and Enter on the focused control end in the same `activate`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pygame

from steps_game.ui.outline import draw_focus_outline

# The ids of the cards and buttons that turn a board's page begin so ("more", "more-board").
PAGE_TURNERS = "more"
# Pages an arrow may turn through to find the next item of its board (pages with none of it
# and no page turner to stand on are passed over).
MOST_TURNS = 40


@dataclass(eq=False)
class Control:
    id: str
    label: str  # the visible text; tests find controls by it and self-voicing speaks it
    rect: pygame.Rect
    on_activate: Callable[[], None] | None = None
    element: Any = None  # the pygame_gui element, when there is one
    on_move: Callable[[int, int], bool] | None = None  # arrows inside the control (boards)
    enabled: bool = True
    draw: Callable[[pygame.Surface, bool], None] | None = None  # game-drawn controls
    data: dict[str, Any] = field(default_factory=dict)
    # The board it belongs to (a grid of cards, a row of weeks, a map): arrows never leave it,
    # so that an arrow pressed one time too many cannot land on Undo or drop a choice.
    board: str | None = None

    def activate(self) -> bool:
        if not self.enabled or self.on_activate is None:
            return False
        self.on_activate()
        return True


class FocusRing:
    def __init__(self) -> None:
        self.controls: list[Control] = []
        self.focused_id: str | None = None
        self.visible = False  # shown after keyboard use, hidden after a mouse press
        # controls a rebuild never settles on by itself (a task's Undo and Start over): after
        # Page Down to a page with nothing to choose, the focus fell on Undo, and the next
        # Enter took choices back unasked (tenth Arabic keyboard play-test)
        self.not_settled_on: frozenset[str] = frozenset()
        self._boards: list[str] = []
        # the boards shown page by page, each with how to turn its page (see `paged`)
        self._turners: dict[str, Callable[[int], bool]] = {}
        # the boards whose items stand one a row (see `one_a_row`)
        self._columns: set[str] = set()
        # the grids whose columns Up and Down keep across pages (see `keeps_columns`)
        self._grids: set[str] = set()
        # the paged boards whose pages are all read, with or without items (see `paging`)
        self._read_through: set[str] = set()
        # the board an arrow last left for a page with none of its items, that page's turner
        # focused, and how the board turns: the arrows from that turner go on over the board's
        # pages (kept across the builds: the page shown may have built nothing of the board)
        self._read_from: tuple[str, str, Callable[[int], bool]] | None = None
        # (the way on, the turner) when Down went on from a board's last page to the way on:
        # Up from the way on comes back to that turner, wherever it stands (in the footer
        # beside the way on, Up went off to the Menu button)
        self._on_from: tuple[str, str] | None = None
        # the screen's way on (a task's Done or its next part), set by the screen as it builds:
        # where the arrow that reads on goes from the last page of a board read through
        self.way_on: str | None = None
        self.free_after_turn: tuple[str, str, Callable[[str], bool]] | None = None

    # -- building --------------------------------------------------------------------------
    def clear(self) -> None:
        self.controls = []
        self._boards = []
        self._turners = {}
        self._columns = set()
        self._grids = set()
        self._read_through = set()
        self.way_on = None

    def add(self, control: Control) -> Control:
        if control.board is None and self._boards:
            control.board = self._boards[-1]
        self.controls.append(control)
        return control

    @contextmanager
    def board(self, name: str) -> Iterator[None]:
        """Controls added inside belong to the board `name` (the innermost one, when nested)."""
        self._boards.append(name)
        try:
            yield
        finally:
            self._boards.pop()

    def paged(self, turn: Callable[[int], bool], boards: Iterable[str] | None = None) -> None:
        """The `boards` (by default the one being built) are shown page by page: `turn(by)`
        shows the next page (1) or the one before (-1), never round from the last to the
        first, building the screen again; False when there is none. An arrow that finds no
        item of its board on the page then turns the page (see `move`)."""
        for name in self._boards[-1:] if boards is None else boards:
            self._turners.setdefault(name, turn)

    @contextmanager
    def paging(self, turn: Callable[[int], bool], every_page: bool = False) -> Iterator[None]:
        """The boards of the controls added inside are shown page by page (see `paged`).
        `every_page`: each of their pages is to be read (step 6's profile preview under its
        items): Up and Down stop on a page without an item too, the focus then on its page
        turner, from which they go on (instead of passing over it)."""
        start = len(self.controls)
        try:
            yield
        finally:
            built = {c.board for c in self.controls[start:] if c.board is not None}
            if every_page:  # (a page without an item is the board's too)
                built |= set(self._boards[-1:])
            self.paged(turn, sorted(built))
            if every_page:
                self._read_through |= built

    def one_a_row(self, board: str) -> None:
        """The items of `board` stand one above the other (a row that did not fit the screen
        and was stacked): Right and Left then go on and back in the order they are read, as
        Down and Up do (mirrored in a right-to-left language), so that the keys a screen names
        for the row still work."""
        self._columns.add(board)

    def keeps_columns(self, board: str) -> None:
        """`board` is a grid (step 7's ways): Up and Down across its pages keep their column, not
        the reading order (thirteenth Arabic play-test: she chose the other column's way)."""
        self._grids.add(board)

    @property
    def focusable(self) -> list[Control]:
        return [c for c in self.controls if c.enabled]

    @property
    def focused(self) -> Control | None:
        for control in self.focusable:
            if control.id == self.focused_id:
                return control
        return None

    def settle(self, preferred: str | None = None) -> None:
        """After a rebuild: keep focus on the same id, else the preferred one, else the first."""
        ids = [c.id for c in self.focusable]
        if self.focused_id in ids:
            return
        if preferred in ids:
            self.focused_id = preferred
        else:
            settled = [i for i in ids if i not in self.not_settled_on] or ids
            self.focused_id = settled[0] if settled else None

    def leave_unsettled(self) -> None:
        """The focus on a control not settled on by itself (Undo, Start over) goes to the first
        item of the boards not chosen, else a page turner: after Page Down from Undo, Enter meant
        for the page turned to took choices back (eleventh Arabic keyboard play-test)."""
        if self.focused_id not in self.not_settled_on:
            return
        items = [c for c in self.focusable if c.id not in self.not_settled_on]
        on_boards = [c for c in items if c.board is not None]
        # (on a chosen card the next Enter took it out: fourteenth Arabic play-test, step 6)
        free = [c for c in on_boards if not c.data.get("selected")]
        turners = [c for c in items if c.id.startswith(PAGE_TURNERS)]
        target = (free or turners or on_boards or [None])[0]
        if target is not None:
            self.focused_id = target.id

    # -- moving ----------------------------------------------------------------------------
    def focus(self, control_id: str) -> bool:
        if any(c.id == control_id for c in self.focusable):
            self.focused_id = control_id
            return True
        return False

    def focus_next_free(self, chosen_id: str, is_chosen: Callable[[str], bool]) -> None:
        """After the card `chosen_id` ("kind:name") was chosen, the focus goes on to the next
        card of its kind not `is_chosen`, else to a page turner after it, else stays (left on
        the card, a second Enter took the choice back, sixth facilitator play-test)."""
        ids = [c.id for c in self.focusable]
        if chosen_id not in ids:
            return
        kind = chosen_id.partition(":")[0] + ":"
        after = ids[ids.index(chosen_id) + 1 :]
        free = _free(after, kind, is_chosen)
        turners = [i for i in after if i.startswith(PAGE_TURNERS)]
        target = (free or turners or [None])[0]
        if target is not None:
            self.focused_id = target
        # Enter on that turner also goes on to the card turned to (turned_to_free)
        self.free_after_turn = (target, kind, is_chosen) if not free and target else None

    def turned_to_free(self, activated: str, after) -> None:
        """After Enter on the page turner focus_next_free sent the focus to (`after`): on to the
        first card not chosen on the page turned to (it stayed, and that card took a key more)."""
        if after is None or after[0] != activated:
            return
        _, kind, is_chosen = after
        free = _free([c.id for c in self.focusable], kind, is_chosen)
        self.focus(free[0] if free else activated)

    def step(self, delta: int) -> Control | None:
        """Tab (1) or Shift+Tab (-1). While the focus is hidden (a screen just opened by the
        mouse, or the mouse was used since), the first Tab only shows where it is: on the
        screen's primary thing, which every screen settles on (`settle`), so the first Tab
        lands there on every screen instead of on the control after it."""
        items = self.focusable
        if not items:
            return None
        ids = [c.id for c in items]
        if not self.visible and self.focused_id in ids:
            self.visible = True
            return self.focused
        index = ids.index(self.focused_id) if self.focused_id in ids else (-1 if delta > 0 else 0)
        self.focused_id = ids[(index + delta) % len(ids)]
        self._read_from = self._on_from = None
        self.visible = True
        return self.focused

    def move(self, dx: int, dy: int) -> bool:
        """Arrows: the focused control may use them itself, else focus moves to the neighbour
        on the same board; at a board's edge it stays, unless the board is shown page by page:
        then Down, or the arrow that reads on (Right, or Left in a right-to-left language)
        from the page's last item, turns to the next page and its first item of the board,
        and Up, or the arrow that reads back from the first, to the last of the page before
        (a board's page turners, "more-...", are passed over); a page with none of the board's
        items is shown with its turner focused, from which the arrows go on or back (Down from
        the last page's turner to the screen's `way_on`)."""
        current = self.focused
        self.visible = True
        if current and current.on_move and current.on_move(dx, dy):
            return True
        if current is None:
            return self.step(1) is not None
        back = self._on_from
        if back is not None and back[0] == current.id and dy < 0 and not dx and self.focus(back[1]):
            self._on_from = None
            return True
        self._on_from = None  # (any other arrow: the way back is the screen's own again)
        reading = self._reading(current) if current.id.startswith(PAGE_TURNERS) else None
        if dy and not dx and reading is not None and not self._page_items(reading):
            return self._across_pages(current, 0, dy)  # a page with no item: on, or back
        if dx and not dy and current.board in self._columns:
            from steps_game.ui.text import is_rtl

            dx, dy = 0, dx * (-1 if is_rtl() else 1)  # on in the way the row read
        target = self._neighbour(current, dx, dy)
        if target is None:
            return self._across_pages(current, dx, dy)
        if self._read_from is not None and self._read_from[1] != target.id:
            self._read_from = None  # (back on the turner it was read from: it still reads on)
        self.focused_id = target.id
        return True

    def _reading(self, current: Control) -> str | None:
        """The board read page by page that `current` (its page turner) turns, if any: the one
        an arrow came from to this page, else its own, else (a turner off the boards) the
        one read through, else the first paged."""
        if self._read_from is not None and self._read_from[1] == current.id:
            return self._read_from[0]
        if current.board in self._turners:
            return current.board
        if current.board is not None:
            return None
        return next(iter(sorted(self._read_through) or sorted(self._turners)), None)

    def _page_items(self, board: str | None) -> list[Control]:
        return [c for c in self.focusable if c.board == board and not c.id.startswith(PAGE_TURNERS)]

    def _across_pages(self, current: Control, dx: int, dy: int) -> bool:
        """An arrow at the edge of a page of a paged board (see `move`): the page turned and
        the focus on the board's first item there (or last, going back); when no page that
        way has one, the page stays and so does the focus."""
        board = current.board
        if current.id.startswith(PAGE_TURNERS):
            board = self._reading(current) or board
        turn = self._turners.get(board)
        if turn is None and self._read_from is not None and self._read_from[0] == board:
            turn = self._read_from[2]
        if turn is None:
            return False
        delta = dy
        if dx:
            from steps_game.ui.text import is_rtl

            delta = dx * (-1 if is_rtl() else 1)  # the way the row reads
            items = self._page_items(board)
            end = items[-1 if delta > 0 else 0] if items else None
            if end is None or end.id != current.id:
                return False  # along a row: only from the page's last (or first) item
        # (the pager's own turn, kept across the builds: a page may have nothing of the board)
        turned = 0
        keeps = board in self._grids and not dx and not current.id.startswith(PAGE_TURNERS)
        column = current.rect.centerx if keeps else None
        while turned < MOST_TURNS and turn(delta):
            turned += 1
            items = self._page_items(board)
            if items:
                self.focused_id = _entered(items, delta, column).id
                self._read_from = None
                return True
            # A page with none of the board's items (the letter under step 5's options, the
            # info page after its people, step 6's preview) is shown all the same, the focus
            # on its page turner, from which the arrows go on or back. Passed over, it made
            # the arrow at the board's last item do nothing while the counter showed more
            # pages, and a player counting her Downs chose the wrong ask (fifth Arabic
            # keyboard play-test). A page with another board's items (step 4's actions after
            # its weeks) is not this board's to read, and is passed over.
            others = (c for c in self.focusable if not c.id.startswith(PAGE_TURNERS))
            if any(c.board not in (None, board) for c in others):
                continue
            turner = next((c for c in self.focusable if c.id.startswith(PAGE_TURNERS)), None)
            if turner is not None:
                self.focused_id, self._read_from = turner.id, (board, turner.id, turn)
                return True
        for _ in range(turned):  # none of the board on the pages that way: back to the page
            turn(-delta)
        self.focused_id = current.id
        # Down on the board's last page, its turner focused (the page read): on to the way on,
        # as a page's last item goes on to the next. Staying, the arrow did nothing there, and
        # the first Tab after it went to Start over (seventh Arabic keyboard play-test, step
        # 4's weekly time). (From the board's last item it stays: one Down too many must not
        # leave a choice.) Up from the way on comes back to this turner.
        if delta > 0 and current.id.startswith(PAGE_TURNERS) and self.focus(self.way_on or ""):
            self._on_from = (self.way_on or "", current.id)
            return True
        return False

    def _neighbour(self, current: Control, dx: int, dy: int) -> Control | None:
        origin = pygame.Vector2(current.rect.center)
        best, best_cost = None, float("inf")
        # a paged board's own page turner is passed over: the arrows go from item to item,
        # turning the page at its edge (third Arabic play-test: Down from a goal landed on
        # "Next page" first, and only the second Down on the next goal); Tab reaches it
        paged = current.board in self._turners
        for other in self.focusable:
            if other is current:
                continue
            if current.board is not None and other.board != current.board:
                continue  # a control off the boards (the footer's) may still arrow onto one
            if paged and other.id.startswith(PAGE_TURNERS):
                continue
            offset = pygame.Vector2(other.rect.center) - origin
            along = offset.x * dx + offset.y * dy
            if along <= 0:
                continue
            across = abs(offset.x * dy) + abs(offset.y * dx)
            cost = along + 2 * across
            if cost < best_cost:
                best, best_cost = other, cost
        return best

    # -- finding ---------------------------------------------------------------------------
    def by_id(self, control_id: str) -> Control | None:
        return next((c for c in self.controls if c.id == control_id), None)

    def by_label(self, label: str) -> Control | None:
        return next((c for c in self.controls if c.label == label), None)

    def by_element(self, element: Any) -> Control | None:
        return next(
            (c for c in self.controls if c.element is element and element is not None), None
        )

    def at(self, pos: tuple[int, int]) -> Control | None:
        for control in reversed(self.focusable):
            if control.rect.collidepoint(pos):
                return control
        return None

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        current = self.focused
        if current is None or not self.visible:
            return
        draw_focus_outline(surface, current.rect)


def _free(ids: list[str], kind: str, is_chosen: Callable[[str], bool]) -> list[str]:
    """The ids of `ids` that are cards of `kind` ("offer:") not `is_chosen` (by their name)."""
    return [i for i in ids if i.startswith(kind) and not is_chosen(i[len(kind) :])]


def _entered(items: list[Control], delta: int, column: int | None) -> Control:
    """Where an arrow turning to `items`' page lands: first, last, or nearest its `column`."""
    if column is None:
        return items[0] if delta > 0 else items[-1]
    edge = (min if delta > 0 else max)(c.rect.top for c in items)
    return min((c for c in items if c.rect.top == edge), key=lambda c: abs(c.rect.centerx - column))
