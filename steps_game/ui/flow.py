"""Texts laid out from their measured size: paragraphs flowed into columns and pages, and grids
of cards that show as many per page as fit.

A text is never drawn under its role's floor (ui/text.py), so fixed boxes cut words off as the
text grew: here every box is as tall as its words measure at the size drawn, and what does not
fit the screen goes on to a next page ("Next page (1/2)", the mouse wheel: see Pager).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from steps_game.ui.measure import button_box
from steps_game.ui.reading_order import BREAK_SPACES
from steps_game.ui.sentences import split_sentences
from steps_game.ui.text import floor_size, measured_size, role_size, text_scale

PAD = 14  # inside a group's panel, round its words
PARA_GAP = 6  # between paragraphs of a group
GROUP_GAP = 12  # between groups
# Sizes tried, as shares of a text's full size, before a flow is paged: the words shrink towards
# their floor first (a whole text on one page reads better than larger words over two).
SHARES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)


@dataclass(frozen=True)
class Para:
    text: str
    size: int  # designed at 100 % text (scaled like every text: see role_size)
    role: str = "body"
    bold: bool = False
    color: tuple[int, int, int] | None = None
    heading: bool = False  # never split, and kept with the paragraph after it
    # split between pages only at a sentence's end where one fits (ui/sentences.py)
    whole_sentences: bool = False


@dataclass(frozen=True)
class Group:
    paras: tuple[Para, ...]
    fill: tuple[int, int, int] | None = None  # a panel behind the group
    new_column: bool = False  # starts a column where there are two (in one: not a page)
    span: bool = False  # across every column (only groups at the start of a flow)


@dataclass
class Piece:
    """One paragraph, or the part of it on this page, where it is drawn."""

    text: str
    rect: pygame.Rect
    size: float  # the design size to hand to ui.text: it is drawn at exactly `px`
    px: int
    para: Para


@dataclass
class Page:
    pieces: list[Piece] = field(default_factory=list)
    panels: list[tuple[pygame.Rect, tuple[int, int, int]]] = field(default_factory=list)


def px_for(para: Para, share: float = 1.0) -> int:
    """The size a paragraph is drawn at, `share` of its full size but never under its floor;
    options never shrink (options side by side share one size)."""
    full = role_size(para.size, para.role)
    if para.role == "option":
        return full
    return max(floor_size(para.role), round(full * share))


def design_size(px: int) -> float:
    """The size to give ui.text so that it draws at `px` (it scales by the text size)."""
    return px / text_scale()


def height_of(text: str, px: int, width: int, bold: bool = False) -> int:
    return measured_size(text, px, bold=bold, width=max(1, width))[1]


def largest_size(
    text: str, sizes: range | tuple[int, ...], width: int, height: int, role: str, bold=False
) -> int:
    """The first design size of `sizes` (largest first) at which `text` fits `width` x `height`
    when drawn for `role`; the last one when none does."""
    for size in sizes:
        if height_of(text, role_size(size, role), width, bold) <= height:
            return size
    return sizes[-1]


def split_words(
    text: str, px: int, width: int, room: int, bold: bool = False
) -> tuple[str, str] | None:
    """The longest beginning of `text`, at whole words, that fits `room`, and the rest; None
    when not even one word fits."""
    parts = BREAK_SPACES.split(text)
    words = len(parts[::2])
    low, high = 0, words  # low words fit; high do not (the whole text did not)
    while high - low > 1:
        middle = (low + high) // 2
        if height_of("".join(parts[: middle * 2 - 1]), px, width, bold) <= room:
            low = middle
        else:
            high = middle
    if low == 0:
        return None
    return "".join(parts[: low * 2 - 1]).rstrip(), "".join(parts[low * 2 :]).lstrip()


class _Cursor:
    """Where the next paragraph goes: a page, a column on it, and a height in that column."""

    def __init__(self, box: pygame.Rect, columns: int, gap: int) -> None:
        self.box, self.columns, self.gap = box, columns, gap
        self.pages = [Page()]
        self.spanning = True
        self.top = box.top  # where the columns of this page begin
        self.column = 0
        self.y = box.top

    @property
    def slot(self) -> pygame.Rect:
        if self.spanning:
            return pygame.Rect(self.box.x, self.top, self.box.width, self.box.bottom - self.top)
        width = (self.box.width - self.gap * (self.columns - 1)) // self.columns
        x = self.box.x + self.column * (width + self.gap)
        return pygame.Rect(x, self.top, width, self.box.bottom - self.top)

    def start_columns(self) -> None:
        if self.spanning:
            self.spanning = False
            self.top = self.y

    def next_column(self) -> None:
        if not self.spanning and self.column + 1 < self.columns:
            self.column += 1
        else:
            self.pages.append(Page())
            self.column = 0
            self.top = self.box.top
        self.y = self.top

    @property
    def at_top(self) -> bool:
        return self.y == self.top


def flow(groups: list[Group], box: pygame.Rect, columns: int = 1, gap: int = 32) -> list[Page]:
    """The groups laid out in `box`, at the largest share of their size (SHARES) that fits one
    page, else at their floor over as many pages as they need."""
    pages: list[Page] = []
    for share in SHARES:
        pages = flow_at(groups, box, columns, gap, share)
        if len(pages) == 1:
            break
    return pages


def flow_ending(
    groups: list[Group], last: Group | None, box: pygame.Rect, columns: int = 1, gap: int = 32
) -> list[Page]:
    """Like flow, with `last` across the bottom of the box (a tip under two columns) when all of
    it fits one page together; else `last` follows the rest in a column of its own."""
    if last is None:
        return flow(groups, box, columns, gap)
    for share in SHARES:
        ends = flow_at([last], box, 1, gap, share)
        if len(ends) > 1:
            continue
        end_h = bottom_of(ends[0]) - box.top
        room = pygame.Rect(box.x, box.y, box.width, box.height - end_h - GROUP_GAP)
        if room.height <= 0:
            continue
        pages = flow_at(groups, room, columns, gap, share)
        if len(pages) == 1:
            end = shift(ends[0], box.height - end_h)
            return [Page(pages[0].pieces + end.pieces, pages[0].panels + end.panels)]
    return flow([*groups, Group(last.paras, last.fill, new_column=True)], box, columns, gap)


def flow_at(groups, box, columns, gap, share) -> list[Page]:
    """The groups laid out in `box` at `share` of their size (see flow), page by page."""
    cursor = _Cursor(box, columns, gap)
    for group in groups:
        if not group.span:
            cursor.start_columns()
        if group.new_column and columns > 1 and not cursor.at_top:
            cursor.next_column()
        _place_group(cursor, group, share)
    return [page for page in cursor.pages if page.pieces]


def _place_group(cursor: _Cursor, group: Group, share: float) -> None:
    pad = PAD if group.fill else 0
    if not cursor.at_top:
        cursor.y += GROUP_GAP
    started: list[Piece] = []  # this group's pieces in the current column

    def close() -> None:
        if group.fill and started:
            area = started[0].rect.unionall([p.rect for p in started])
            slot = cursor.slot
            panel = pygame.Rect(slot.x, area.top - pad, slot.width, area.height + 2 * pad)
            cursor.pages[-1].panels.append((panel, group.fill))
            cursor.y = panel.bottom
        started.clear()

    def move_on() -> None:
        close()
        cursor.next_column()

    paras = list(group.paras)
    for index, para in enumerate(paras):
        px = px_for(para, share)
        text = para.text
        while text:
            slot = cursor.slot
            width = slot.width - 2 * pad
            top = cursor.y + (pad if not started else PARA_GAP)
            room = slot.bottom - pad - top
            need = height_of(text, px, width, para.bold)
            if para.heading and index + 1 < len(paras):
                # a heading goes with what it heads: the whole paragraph where that fits a
                # page with it (a paragraph that fits a page is moved on whole, not split),
                # else at least its first line
                after = paras[index + 1]
                whole = height_of(after.text, px_for(after, share), width, after.bold)
                need_after = need + PARA_GAP + whole
                if need_after > slot.height - 2 * pad:
                    need_after = need + PARA_GAP + _one_line(after, share)
                if need_after > room and not cursor.at_top:
                    move_on()
                    continue
            if need <= room:
                piece, text = text, ""
            else:
                whole_fits_fresh = need <= slot.height - 2 * pad
                # right under its heading a paragraph is split rather than moved on whole,
                # so that the heading is not left alone
                headed = bool(started) and started[-1].para.heading
                fresh = cursor.at_top and not started  # (a page of its own: cut it somewhere)
                cut = None if para.heading else _cut(para, text, px, width, room, fresh)
                if cut is None or (whole_fits_fresh and not cursor.at_top and not headed):
                    if cursor.at_top and not started:
                        piece, text = text, ""  # too tall for any page: drawn, and it shows
                    else:
                        move_on()
                        continue
                else:
                    piece, text = cut
                    need = height_of(piece, px, width, para.bold)
            rect = pygame.Rect(slot.x + pad, top, width, need)
            placed = Piece(piece, rect, design_size(px), px, para)
            cursor.pages[-1].pieces.append(placed)
            started.append(placed)
            cursor.y = rect.bottom
            if text:
                move_on()
    close()


def _cut(
    para: Para, text: str, px: int, width: int, room: int, fresh: bool
) -> tuple[str, str] | None:
    """Where `para`'s `text` is split to fit `room`: at whole words, or for a paragraph of
    whole sentences at a sentence's end (None: on to a fresh page; on a `fresh` page where
    not even one sentence fits, at words)."""
    if para.whole_sentences:
        cut = split_sentences(text, room, lambda head: height_of(head, px, width, para.bold))
        if cut is not None or not fresh:
            return cut
    return split_words(text, px, width, room, para.bold)


def _one_line(para: Para, share: float) -> int:
    px = px_for(para, share)
    return height_of("X", px, 10_000, para.bold)


def shift(page: Page, dy: int, dx: int = 0) -> Page:
    """The page moved down by `dy` (and right by `dx`)."""
    return Page(
        [Piece(p.text, p.rect.move(dx, dy), p.size, p.px, p.para) for p in page.pieces],
        [(rect.move(dx, dy), color) for rect, color in page.panels],
    )


def bottom_of(page: Page) -> int:
    return max([r.bottom for r, _ in page.panels] + [p.rect.bottom for p in page.pieces])


def draw_page(ui, page: Page) -> None:
    """Put a page's panels and words on the screen through the view builder (mirrored right to
    left like the rest of the screen)."""
    from steps_game.ui import palette

    for rect, color in page.panels:
        ui.panel(rect, color)
    for piece in page.pieces:
        para = piece.para
        ui.text(
            piece.text,
            piece.rect,
            size=piece.size,
            bold=para.bold,
            color=para.color or palette.INK,
            role=para.role,
        )


def page_turn_label(tr, page: int, pages: int) -> str:
    """The words of every button or card that turns a page, on every paged screen: it says
    that it turns the page and which page is shown ("Next page (1/3)"), and on the last page
    where it goes: "First page (3/3)". `page` counts from 1."""
    key = "pages.first" if page >= pages else "pages.next"
    return tr(key, page=page, pages=pages)


def widest_page_turn_label(tr, pages: int = 99) -> str:
    """The longer of the two page-turn labels for `pages` pages (two-digit numbers when not
    known yet): a screen keeps room for it, so that the button fits on every page (measured
    with the button's own words)."""
    pages = max(2, pages)
    labels = (page_turn_label(tr, pages - 1, pages), page_turn_label(tr, pages, pages))
    return max(labels, key=lambda words: button_box(words, 100_000)[0])


class Pager:
    """Which page of something paged is shown, turned by a "Next page (1/2)" button and the
    mouse wheel (and Page Up and Page Down, which the game turns into the wheel's intent)."""

    def __init__(self) -> None:
        self.page = 0
        self.pages = 1

    def settle(self, pages: int) -> int:
        """Take the number of pages of this build; returns the page to show."""
        self.pages = max(1, pages)
        self.page = min(self.page, self.pages - 1)
        return self.page

    def turn(self, by: int) -> bool:
        """Move `by` pages, round from the last to the first; False when nothing is paged."""
        if self.pages <= 1:
            return False
        self.page = (self.page + by) % self.pages
        return True

    def turn_within(self, by: int) -> bool:
        """The wheel, Page Up or Page Down, an arrow: `by` one page on or back, never round
        (twelfth facilitator run: Page Up on a first page went to the last); False at either end."""
        if not 0 <= self.page + by < self.pages:
            return False
        self.page += by
        return True

    def arrow_turn(self, rebuild: Callable[[], None]) -> Callable[[int], bool]:
        """How an arrow turns the pages (FocusRing.paged): `turn_within`, the screen built again."""

        def turn(by: int) -> bool:
            if self.turn_within(by):
                rebuild()
                return True
            return False

        return turn

    def label(self, tr) -> str:
        return page_turn_label(tr, self.page + 1, self.pages)

    def widest_label(self, tr) -> str:
        return widest_page_turn_label(tr)

    def label_for(self, tr, pages: int) -> str:
        """The words for `pages` pages without settling on them: a layout tried first (turner in
        the footer) may have fewer pages than the one shown; settling took the player back."""
        return page_turn_label(tr, min(self.page, pages - 1) + 1, pages)

    def _on(self, rebuild: Callable[[], None]) -> Callable[[], None]:
        def turn() -> None:
            self.turn(1)
            rebuild()

        return turn

    def more_card(self, ui, tr, rect, rebuild: Callable[[], None], size: int, control_id="more"):
        """The card in a paged grid's last place that turns to its next page."""
        if self.pages <= 1:
            return None
        return ui.card(control_id, self.label(tr), rect, self._on(rebuild), text_size=size)

    def button(self, ui, tr, rect: pygame.Rect, rebuild: Callable[[], None], control_id="more"):
        """The button that turns to the next page, when there is more than one."""
        if self.pages <= 1:
            return None
        return ui.button(control_id, self.label(tr), rect, self._on(rebuild), secondary=True)
