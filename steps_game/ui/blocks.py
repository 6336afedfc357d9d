"""A board too small for its parts at large text, shown page by page: its parts (a paragraph, a
row of buttons, a card) stand one under the other, each whole on one page, and a "Next page
(1/3)" button at the foot of the page turns to the next (the mouse wheel and Page Up / Page Down
too, through the view's handling of Act.SCROLL).

A part is never cut or shrunk under its text floor: what does not fit waits on the next page.
The view keeps a page in view by asking for the page of the part that matters now (the open
question, the chosen card) once each time that changes, not at every rebuild, so a page the
player turned to stays turned.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from steps_game.ui.builder import ViewBuilder
from steps_game.ui.flow import Pager
from steps_game.ui.measure import button_box, stack_pages
from steps_game.ui.sentences import split_sentences

GAP = 12


@dataclass(frozen=True)
class Block:
    """One part of a paged board: how tall it is, and how it builds itself in its rect."""

    height: int
    build: Callable[[pygame.Rect], None]
    # a question or heading: kept with the block after it, never alone at a page's foot
    keep_with_next: bool = False


def sentence_blocks(
    text: str,
    height_of: Callable[[str], int],
    room: int,
    draw: Callable[[str, pygame.Rect], None],
) -> list[Block]:
    """`text` as blocks of whole sentences, each as tall as `height_of` says, cut at a sentence's
    end where the whole is taller than `room` (a page's room beside its page turner): one block
    taller than that ran the page turner under it over the footer's buttons (twenty-eighth
    Arabic play-test, step 4, s4_67; Somali's weekly times at 200 %)."""
    parts, rest = [], text
    while height_of(rest) > room and (cut := split_sentences(rest, room, height_of)) is not None:
        head, rest = cut
        parts.append(head)
    parts.append(rest)
    return [Block(height_of(part), lambda rect, part=part: draw(part, rect)) for part in parts]


def more_height(more_label: Callable[[int, int], str], width: int) -> int:
    """The room a page keeps at its foot for its page button (a middle page's and the last's)."""
    return max(button_box(more_label(page, 99), width)[1] for page in (98, 99)) + GAP


def page_turn_room(
    heights: Sequence[int],
    room: int,
    more_label: Callable[[int, int], str],
    width: int,
    footer=None,
    kept: Sequence[int] = (),
) -> int:
    """The room a page keeps at its foot for its page button: none when the footer of the
    task's host (`footer`) holds the button for as many pages as the blocks take there with
    the whole room. Measured for that count, not for any count up to 99: two digits too many
    kept English step 4's times at 200 % off the footer by 10 px, and a row of the board's
    room went to the button on each of their four pages."""
    if footer is not None:
        count = len(stack_pages(list(heights), GAP, room, 0, list(kept)))
        if footer.footer_fits(more_label(count, count)):
            return 0
    return more_height(more_label, width)


class PagedBlocks:
    """Which page of a stack of blocks is on view, and what the page shows."""

    def __init__(self, control_id: str) -> None:
        self.control_id = control_id
        self.pager = Pager()
        self._kept: object = None
        self.pages: list[list[int]] = [[]]
        # where the focus goes after a turn, set by the owner as the page is built (the first
        # thing on a page the turner led to); else it stays on the turner
        self.focus_after_turn: str | None = None
        self._footer = None  # the host whose footer has the page button (lay_out)
        self._built: list[str] = []  # the ids of the controls on the page on view, in order

    def lay_out(
        self,
        blocks: Sequence[Block],
        room: int,
        more_label: Callable[[int, int], str],
        width: int,
        *,
        keep: int | None = None,
        keep_key: object = None,
        more_room: int | None = None,
        footer=None,
    ) -> list[list[int]]:
        """Pages of the blocks' indexes in `room` pixels, leaving room for the page button
        when there is more than one (`more_room`, when it stands elsewhere: in the footer);
        the page of block `keep` is shown once for each new `keep_key`, and whenever the pages
        come out differently. `footer`, the task's host: the page button goes in its footer
        when it fits there (footer_fits), and the pages have the whole room."""
        self._footer = None
        kept = [index for index, block in enumerate(blocks) if block.keep_with_next]
        heights = [b.height for b in blocks]
        if more_room is None:
            more_room = page_turn_room(heights, room, more_label, width, footer, kept)
            self._footer = footer if more_room == 0 else None
        pages = stack_pages(heights, GAP, room, more_room, kept)
        # laid out anew (the board grew or shrank): the page of what matters, again
        reflowed = pages != self.pages
        self.pages = pages
        self.pager.settle(len(self.pages))
        if keep is not None and (keep_key != self._kept or reflowed):
            self._kept = keep_key
            self.pager.page = next(
                (i for i, page in enumerate(self.pages) if keep in page), self.pager.page
            )
        return self.pages

    def now_keeping(self, keep_key: object) -> None:
        """What the page on view is for changed by the player's own turn, not by a new layout:
        `keep_key` is taken as kept, so the next layout shows its `keep` only if it reflows."""
        self._kept = keep_key

    def unused(self) -> None:
        """The board is laid out whole this time (smaller text): nothing for the wheel to turn."""
        self.pages = [[]]
        self.pager.settle(1)

    @property
    def paged(self) -> bool:
        return self.pager.pages > 1

    def build(
        self,
        ui: ViewBuilder,
        blocks: Sequence[Block],
        area: pygame.Rect,
        more_label: Callable[[int, int], str],
        rebuild: Callable[[], None],
        footer: Callable[[str, str, Callable[[], None]], bool] | None = None,
    ) -> int:
        """Build the page on view top down in `area` and, when paged, the page button at its
        foot (at the end side), or in the footer when `footer` (host.footer_button) puts it
        there; returns the y under what was built."""
        y = area.y
        start = len(ui.ring.controls)
        with ui.ring.paging(self.pager.arrow_turn(rebuild)):  # arrows go on over the pages
            for index in self.pages[self.pager.page]:
                block = blocks[index]
                block.build(pygame.Rect(area.x, y, area.width, block.height))
                y += block.height + GAP
        self._built = [control.id for control in ui.ring.controls[start:]]
        if not self.paged:
            return y - GAP
        label = more_label(self.pager.page + 1, self.pager.pages)

        def turn() -> None:
            self.pager.turn(1)
            self.focus_after_turn = None
            rebuild()
            ui.ring.focus(self.focus_after_turn or self.control_id)

        if footer is None and self._footer is not None:
            footer = self._footer.footer_button
        if footer is not None and footer(self.control_id, label, turn):
            return y - GAP
        width, height = button_box(label, area.width)
        rect = pygame.Rect(area.right - width, max(y, area.bottom - height), width, height)
        ui.button(self.control_id, label, rect, turn, secondary=True)
        return rect.bottom

    def scroll(self, dy: int) -> bool:
        """The wheel (or Page Up / Page Down): the next or the previous page."""
        return self.pager.turn(1 if dy > 0 else -1)

    def tab(self, intent, ring, rebuild: Callable[[], None]) -> bool:
        """Tab and Shift+Tab reach the controls on the other pages too, as on a stacked sheet
        (ui/sheet_pages.py): from the last control of a page to the first of the next page
        that has one (Shift+Tab: back to the last of the page before), the page turning to
        show it. Past the board's first or last control, and within a page, the ring's own
        order goes on (to the footer). Without it, Tab went from a page's last choice to the
        footer's Start over before the choices on the pages after it (seventh Arabic keyboard
        play-test, step 4). True when it turned the page."""
        from steps_game.ui.intents import Act

        if intent.act not in (Act.FOCUS_NEXT, Act.FOCUS_PREV) or not self.paged:
            return False
        if not ring.visible:
            return False  # (a hidden focus: the first Tab shows it where it is)
        delta = 1 if intent.act is Act.FOCUS_NEXT else -1
        shown = self._focusable(ring)
        if not shown or ring.focused_id != shown[-1 if delta > 0 else 0]:
            return False
        return tab_over_pages(self.pager, delta, ring, rebuild, lambda: self._focusable(ring))

    def _focusable(self, ring) -> list[str]:
        enabled = {control.id for control in ring.focusable}
        return [control_id for control_id in self._built if control_id in enabled]


def tab_over_pages(pager, delta: int, ring, rebuild: Callable[[], None], on_page) -> bool:
    """Tab (`delta` 1) or Shift+Tab (-1) past the edge of a board's page: `pager` turned a page
    at a time that way to the first page where `on_page()` (the board's controls on the page
    shown) has one, its first focused (going back, its last). True when it found one; else
    the page it was on again and the focus where it was, for the ring's own order to go on
    (to the footer). PagedBlocks.tab and step 2's goals call it."""
    page, came_from = pager.page, ring.focused_id
    while 0 <= pager.page + delta < pager.pages:
        pager.page += delta
        rebuild()
        shown = on_page()
        if shown:
            ring.focus(shown[0 if delta > 0 else -1])
            ring.visible = True
            return True
    pager.page = page  # no control on the pages that way: back, and on to the footer
    rebuild()
    ring.focus(came_from or "")
    return False
