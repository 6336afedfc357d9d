"""A task board that does not fit its box at the player's text size, shown a page at a time.

A view lays its board out as usual, but on a `Sheet` that stands in for the ViewBuilder and only
keeps what is built. When everything kept lies inside the box, it goes on the screen as it is.
When it does not, the view lays the board out again in one column on a tall sheet (its parts one
under another instead of side by side), and `SheetPages` (sheet_pages.py) cuts that column into
pages between rows, never through a card, a button or a line of words, and shows one page with a
"Next page (1/3)" button that turns to the next (the mouse wheel and Page Up / Page Down turn it
too: see `SheetPages.scroll`). Words never shrink for it: a paragraph taller than a page goes on
over the next page, whole lines at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field

import pygame

from steps_game.ui.flow import split_words
from steps_game.ui.text import role_size, text_height

TALL = 100_000  # the height of the sheet a stacked board is laid out on
GAP = 12  # between the page and its page button
KEPT_GAP = 24  # at most this far under a kept heading, a paragraph is the one it is kept with
PANEL_PAD = 12  # a panel's own room over and under the words in it, kept where a page cuts it
# where a full page has no room for that under its last line, its panel still reaches this far
# past the page's foot, into the gap every board keeps under its pages (GAP over the page
# button, 20 over the footer): cut flush, the last line's letters touched the panel's cut edge
FOOT_BLEED = 6
UNDRAWN = ("break", "keep", "anchor")  # marks that say where pages are cut, and draw nothing


@dataclass
class Mark:
    """One thing built on a sheet: its kind (text, card, button, panel, place, a page break,
    or a part kept with the next), where it stands in the left-to-right layout, what it was
    built with, and the boards it is on."""

    kind: str
    rect: pygame.Rect
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    boards: tuple[str, ...] = ()
    out: pygame.Rect | None = None  # a place's rect handed to the view, set when put on screen

    @property
    def control_id(self) -> str | None:
        return self.args[0] if self.kind in ("card", "button") else None


class _Ring:
    """The focus ring as a view sees it on a sheet: boards are noted for each thing built (the
    real ring gets them when the thing is put on the screen); the rest is the real ring."""

    def __init__(self, ring, boards: list[str]) -> None:
        self._ring = ring
        self._boards = boards

    @contextmanager
    def board(self, name: str) -> Iterator[None]:
        self._boards.append(name)
        try:
            yield
        finally:
            self._boards.pop()

    def __getattr__(self, name: str):
        return getattr(self._ring, name)


class Sheet:
    """Stands in for a ViewBuilder while a board is laid out (see the module's words)."""

    def __init__(self, ui, page_room: int | None = None) -> None:
        self.ui = ui
        # stacked: the height of a page it will be cut into, for a view to fit what it keeps
        # together on one page (step 5 shortens the words over its options)
        self.page_room = page_room
        self.marks: list[Mark] = []
        self._boards: list[str] = []
        self.ring = _Ring(ui.ring, self._boards)
        self._room = TALL  # a page's height, once the sheet is cut into rows
        self.unfitting = False  # a view said this layout cannot show what it must (unfit)

    # -- what a view calls, as on a ViewBuilder ------------------------------------------
    @property
    def scale(self) -> float:
        return self.ui.scale

    @property
    def row_height(self) -> int:
        return self.ui.row_height

    @property
    def row_text_size(self) -> int:
        return self.ui.row_text_size

    def layout_dx(self, dx: int) -> int:
        return self.ui.layout_dx(dx)

    def _mark(self, kind: str, rect, args=(), kwargs=None) -> Mark:
        mark = Mark(kind, pygame.Rect(rect), args, dict(kwargs or {}), tuple(self._boards))
        self.marks.append(mark)
        return mark

    def unfit(self) -> None:
        """The view cannot show what it must in this layout (a part of it taller than its box
        that would otherwise be hidden): the layout does not fit, and the board is stacked."""
        self.unfitting = True

    def place(self, rect: pygame.Rect) -> pygame.Rect:
        """A rect the view draws in itself: it is set to its place on screen when the sheet is
        put there (no size when it is on another page)."""
        mark = self._mark("place", rect)
        mark.out = pygame.Rect(0, 0, 0, 0)
        return mark.out

    def text(self, text: str, rect: pygame.Rect, **style) -> None:
        self._mark("text", rect, (text,), style)

    def panel(self, rect: pygame.Rect, color=None) -> None:
        self._mark("panel", rect, (color,))

    def card(self, control_id: str, text: str, rect: pygame.Rect, on_activate, **style) -> None:
        self._mark("card", rect, (control_id, text, on_activate), style)

    def button(self, control_id: str, text: str, rect: pygame.Rect, on_activate, **style) -> None:
        self._mark("button", rect, (control_id, text, on_activate), style)

    def page_break(self, y: int) -> None:
        """On a stacked board: what stands from `y` down starts a new page (a part the room
        should see whole, such as step 6's profile under its cards)."""
        self._mark("break", pygame.Rect(0, y, 0, 0))

    def anchor(self, name: str, y: int) -> None:
        """On a stacked board: a named place at `y` that SheetPages can turn to as it turns to a
        control (`want`), such as step 5's letter, which has no control at its top."""
        self._mark("anchor", pygame.Rect(0, y, 0, 0), (name,))

    def breaks(self) -> list[int]:
        return sorted(mark.rect.top for mark in self.marks if mark.kind == "break")

    def keep_with_next(self, top: int, bottom: int) -> None:
        """On a stacked board: what stands from `top` to `bottom` (a question, a heading) is
        kept with the row under it, never left alone at a page's foot (see sheet_pages)."""
        self._mark("keep", pygame.Rect(0, top, 0, bottom - top))

    def kept(self) -> list[tuple[int, int]]:
        return [(mark.rect.top, mark.rect.bottom) for mark in self.marks if mark.kind == "keep"]

    # -- what was built ----------------------------------------------------------------
    def within(self, area: pygame.Rect) -> bool:
        """Whether everything built stands inside `area` (panels may reach a little past its
        sides, as a box round words does) with no two texts, cards or buttons on each other."""
        if self.unfitting:
            return False
        solid = [mark.rect for mark in self.marks if mark.kind in ("card", "button", "text")]
        if any(rect.collidelist(solid[index + 1 :]) >= 0 for index, rect in enumerate(solid)):
            return False
        drawn = [mark for mark in self.marks if mark.kind not in UNDRAWN]
        return all(
            mark.rect.top >= area.top and mark.rect.bottom <= area.bottom
            for mark in drawn
            if mark.kind != "panel" or mark.rect.height < area.height
        ) and all(
            mark.rect.left >= area.left - 20 and mark.rect.right <= area.right + 20
            for mark in drawn
        )

    def put(self, span: tuple[int, int] | None = None, dy: int = 0) -> None:
        """Put what stands in `span` (top, bottom; everything when None) on the screen, moved
        up by `dy`; panels are cut to the span, keeping up to PANEL_PAD of their own over and
        under it where the page has room: cut flush they pressed the first line against the
        box's top and cut the marks under an Arabic last line (fifth Arabic play-test, s7_03,
        s6_23)."""
        ui = self.ui
        over = under = 0
        if span is not None:
            over, under = self.panel_pads(span)
            dy -= over  # the page's words lower by the padding over them
        for mark in self.marks:
            rect = mark.rect
            if mark.kind in UNDRAWN:
                continue
            if span is not None:
                top, bottom = span
                if mark.kind == "panel" or (mark.kind == "place" and self._wide(mark)):
                    if rect.top >= bottom or rect.bottom <= top:
                        rect = pygame.Rect(rect.x, rect.y, rect.width, 0)
                    else:
                        pads = (over, under) if mark.kind == "panel" else (0, 0)
                        cut = pygame.Rect(rect.x, top - pads[0], rect.width, 0)
                        cut.height = bottom + pads[1] - cut.top
                        rect = rect.clip(cut)
                    if not rect.height:
                        if mark.out is not None:
                            mark.out.update(0, 0, 0, 0)
                        continue
                elif rect.top < top or rect.bottom > bottom:
                    continue
            rect = rect.move(0, -dy)
            with ExitStack() as boards:
                for name in mark.boards:
                    boards.enter_context(ui.ring.board(name))
                if mark.kind == "place":
                    mark.out.update(ui.place(rect))
                elif mark.kind == "text":
                    ui.text(mark.args[0], rect, **mark.kwargs)
                elif mark.kind == "panel":
                    ui.panel(rect, mark.args[0])
                else:
                    control_id, words, action = mark.args
                    getattr(ui, mark.kind)(control_id, words, rect, action, **mark.kwargs)

    def panel_pads(self, span: tuple[int, int]) -> tuple[int, int]:
        """How much of a panel cut by the page's top and by its bottom is kept over and under
        the page's words: PANEL_PAD each where the page (`_room` tall) has room for it, and
        under them at least FOOT_BLEED, past the page's foot where it has none."""
        top, bottom = span
        panels = [
            mark.rect
            for mark in self.marks
            if mark.kind == "panel" and mark.rect.top < bottom and mark.rect.bottom > top
        ]
        slack = max(0, self._room - (bottom - top)) if self._room < TALL else 0
        over = min(PANEL_PAD, slack, max((top - r.top for r in panels), default=0))
        below = max((r.bottom - bottom for r in panels), default=0)  # the panel's rest
        under = max(min(PANEL_PAD, slack - over), min(FOOT_BLEED, below), 0)
        return max(0, over), min(under, max(below, 0))

    def rows(self, room: int) -> list[tuple[int, int]]:
        """The sheet's rows, top to bottom: the spans where nothing stands across a cut (panels
        do not count: they are cut with the page). A paragraph taller than `room` is split into
        pieces of whole lines first, each a row of its own."""
        self._split_tall_texts(room)
        self._room = room
        spans = sorted(
            (mark.rect.top, mark.rect.bottom)
            for mark in self.marks
            if mark.kind not in ("panel", *UNDRAWN) and not self._wide(mark)
        )
        rows: list[list[int]] = []
        for top, bottom in spans:
            if rows and top < rows[-1][1]:
                rows[-1][1] = max(rows[-1][1], bottom)
            else:
                rows.append([top, bottom])
        return [(top, bottom) for top, bottom in rows]

    def _wide(self, mark: Mark) -> bool:
        """A place taller than a page (where a board stands, for the mouse wheel): cut with the
        page like a panel, not a row of its own."""
        return mark.kind == "place" and mark.rect.height > self._room

    def _split_tall_texts(self, room: int) -> None:
        """Each paragraph taller than `room` in pieces of whole lines, one under another. The
        pieces can come out taller together than the paragraph was measured (each piece's
        last line takes its full height): what stands under the paragraph moves down by as
        much, so that no piece lies over the words under it."""
        index = 0
        while index < len(self.marks):
            mark = self.marks[index]
            first = self._room_under_kept(mark, room)
            if mark.kind != "text" or mark.rect.height <= first:
                index += 1
                continue
            pieces = self._pieces(mark, room, first)
            grown = pieces[-1].rect.bottom - mark.rect.bottom
            if grown > 0:
                self._push_down(mark, grown)
            self.marks[index : index + 1] = pieces
            index += len(pieces)

    def _room_under_kept(self, mark: Mark, room: int) -> int:
        """The room for the first lines of a paragraph right under a heading kept with it
        (keep_with_next): what is left of a page under the heading, when the two do not fit
        a page whole (the fifth Arabic play-test's step 6 chat heading stood alone at a page's
        foot, its message on the next page, s6_21); else `room`."""
        if mark.kind != "text" or mark.kwargs.get("bold") or mark.rect.height <= room // 2:
            return room  # (a heading or a short line is never cut: only a long paragraph)
        for keep in (other.rect for other in self.marks if other.kind == "keep"):
            gap = mark.rect.top - keep.bottom
            fits_whole = mark.rect.bottom - keep.top <= room
            if 0 <= gap <= KEPT_GAP and not fits_whole and mark.rect.top - keep.top < room // 2:
                return room - (mark.rect.top - keep.top)
        return room

    def _pieces(self, mark: Mark, room: int, first: int | None = None) -> list[Mark]:
        style, width = mark.kwargs, mark.rect.width
        size, role = style.get("size", 22), style.get("role", "body")
        bold = style.get("bold", False)
        rest, y, pieces = mark.args[0], mark.rect.top, []
        while rest:
            this = room if pieces or first is None else first
            cut = split_words(rest, role_size(size, role), width, this, bold)
            piece, rest = cut if cut is not None else (rest, "")
            height = text_height(piece, size, width, role=role, bold=bold)
            rect = pygame.Rect(mark.rect.x, y, width, height)
            pieces.append(Mark("text", rect, (piece,), style, mark.boards))
            y += height
        return pieces

    def _push_down(self, grown_mark: Mark, by: int) -> None:
        """Everything under `grown_mark` down by `by` pixels; a panel (or a place) round it
        grows by as much."""
        edge = grown_mark.rect.bottom
        for mark in (other for other in self.marks if other is not grown_mark):
            if mark.rect.top >= edge:
                mark.rect.move_ip(0, by)
            elif mark.kind in ("panel", "place", "keep") and mark.rect.bottom >= edge:
                mark.rect.height += by
