"""A list longer than its box, shown as many whole items as fit and scrolled item by item: the
mouse wheel and the Up and Down arrows move it one item, Page Up and Page Down a boxful, Home and
End to its ends. Items are never cut in half and their words never shrink (ui/text.py)."""

from __future__ import annotations

import pygame

from steps_game.scenes import room_keys
from steps_game.scenes.sizing import GAP, row_width
from steps_game.ui import palette
from steps_game.ui.builder import button_height, button_width
from steps_game.ui.flow import Pager, widest_page_turn_label
from steps_game.ui.intents import Act, Intent
from steps_game.ui.text import role_size, text_height, text_size

BAR_W = 8
HINT_SIZE = 16  # the line that says how to scroll


class ScrollingList:
    """For a scene (mixed in before Scene) whose list scrolls in a box: the scroller takes the
    wheel and the scrolling keys, and its bar is drawn in `track`, beside the box. The scene
    sets `scroller` and `track` (list_in_box and the box's right edge)."""

    scroller: Scroller
    track: pygame.Rect

    def handle(self, intent: Intent) -> bool:
        return self.scroller.take(intent, self.rebuild)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.scroller.draw_bar(surface, self.track)


class TurnsPages:
    """For a scene (mixed in before Scene) shown page by page with a `pager` (ui/flow.Pager):
    `turn` goes to the next or previous page and draws it; the wheel, Page Up and Page Down
    turn the pages too."""

    pager: Pager
    # what a workshop clicker's Page Down presses past the last page (room_keys.page_or_on)
    clicker_way_on: str | None = None

    def turn(self, by: int = 1) -> bool:
        if self.pager.turn(by):
            self.rebuild()
            return True
        return False

    def handle(self, intent: Intent) -> bool:
        if intent.act is Act.SCROLL:
            return room_keys.page_or_on(self, intent, self.clicker_way_on)
        return False

    def turner_y(self, row_y: int, width: int, others: list[str], pages: int = 99) -> int:
        """Where the page turner stands: on the row at `row_y`, at its start, when its words
        fit there beside the buttons `others` (their words) across `width`; else on a row of
        its own above it (the page's box then ends over that row). `pages`: how many pages
        it turns, when known."""
        words = [widest_page_turn_label(self.tr, pages), *others]
        if sum(button_width(w) for w in words) + 32 * len(others) <= width:
            return row_y
        return row_y - button_height() - 12

    def turner(self, y: int, left: int) -> None:
        """The page turner ("Next page (1/3)") at the start of the row at `y`, from `left`, when
        there is more than one page: made before the row's other buttons, so that Tab goes along
        the row as it reads."""
        if self.pager.pages > 1:
            self.ui.button_row(
                [("more", self.pager.label(self.tr), self.turn, {"secondary": True})],
                y,
                align="left",
                left=left,
            )


class Scroller:
    def __init__(self) -> None:
        self.first = 0  # the item at the top of the box
        self.heights: list[int] = []
        self.room = 0
        self.gap = 0

    def lay_out(self, heights: list[int], room: int, gap: int) -> None:
        """The items' heights and the box's: the list keeps its place when it can (a rebuild
        after a setting changed), and never scrolls past the point where its end shows."""
        self.heights, self.room, self.gap = heights, room, gap
        self.first = max(0, min(self.first, self._last_first()))

    def height(self, indices: range | None = None) -> int:
        """How tall the items (all of them when not given) stand one under another."""
        indices = range(len(self.heights)) if indices is None else indices
        return sum(self.heights[i] for i in indices) + self.gap * max(0, len(indices) - 1)

    @property
    def scrolls(self) -> bool:
        return self.height() > self.room

    def shown(self) -> range:
        """The items in the box: from the first, as many as fit whole (at least one)."""
        end = self.first + 1
        while end < len(self.heights) and self.height(range(self.first, end + 1)) <= self.room:
            end += 1
        return range(self.first, min(end, len(self.heights)))

    def _last_first(self) -> int:
        """The first item of the last boxful: from it on, everything to the end fits."""
        first = len(self.heights) - 1
        while first > 0 and self.height(range(first - 1, len(self.heights))) <= self.room:
            first -= 1
        return max(first, 0)

    def scroll(self, by: int) -> bool:
        """Move by `by` items; True when the list moved."""
        before = self.first
        self.first = max(0, min(self.first + by, self._last_first()))
        return self.first != before

    def handle(self, intent: Intent) -> bool | None:
        """Scroll for the wheel, the arrows, Page Up and Down, Home and End. None when the
        intent is not for scrolling (or nothing scrolls), else whether the list moved."""
        if not self.scrolls:
            return None
        act = intent.act
        if act is Act.SCROLL:
            page = max(1, len(self.shown()) - 1)  # a boxful, the last item kept in sight
            step = page if abs(intent.dy) > 1 else 1
            return self.scroll(step if intent.dy > 0 else -step)
        if act is Act.MOVE and intent.dy:
            return self.scroll(intent.dy)
        if act is Act.EDIT and intent.key in (pygame.K_HOME, pygame.K_END):
            return self.scroll(
                -len(self.heights) if intent.key == pygame.K_HOME else len(self.heights)
            )
        return None

    def take(self, intent: Intent, rebuild) -> bool:
        """A scene's handle(): scroll when the intent is for scrolling, then `rebuild` the
        screen to show the items now in the box. The wheel and Page keys are taken even at an
        end (nothing else on the screen scrolls); arrows there move the focus as usual."""
        moved = self.handle(intent)
        if moved is None:
            return False
        if moved:
            rebuild()
        return moved or intent.act is Act.SCROLL

    def draw_bar(self, surface: pygame.Surface, track: pygame.Rect) -> None:
        """Where the box stands in the list: a thumb as long as the share shown."""
        if not self.scrolls:
            return
        pygame.draw.rect(surface, palette.BORDER, track, border_radius=4)
        count = len(self.heights)
        shown = self.shown()
        thumb = pygame.Rect(track.x, 0, track.width, 0)
        thumb.height = max(24, round(track.height * len(shown) / count))
        thumb.y = track.y + round(track.height * self.first / count)
        thumb.bottom = min(thumb.bottom, track.bottom)
        if shown.stop >= count:
            thumb.bottom = track.bottom  # the end is in sight: the thumb at the track's end
        pygame.draw.rect(surface, palette.ACCENT_DARK, thumb, border_radius=4)


def fit_list(scroller: Scroller, heights: list[int], room: int, gap: int, hint_h: int) -> int:
    """Lay out items of `heights` in at most `room` pixels; when they do not all fit, the box
    gives up `hint_h` of its room to the line that says how to scroll. Returns the box's
    height (as tall as the items when they fit). The box's room is settled before the list is
    laid out once: laid out in the larger room first, a list scrolled to its end would be
    pulled back to where the end fitted there, and its last item would not show in the box."""
    total = sum(heights) + gap * max(0, len(heights) - 1)
    if total <= room:
        scroller.lay_out(heights, room, gap)
        return scroller.height()
    scroller.lay_out(heights, room - hint_h, gap)
    return scroller.room


def list_in_box(ui, scroller: Scroller, texts: list[tuple], box: pygame.Rect, gap: int) -> None:
    """The texts `scroller` shows, one under another from the top of `box`: each text is
    (words, size, role, colour, height), its height measured at the box's width less the
    scroll bar's room (BAR_W)."""
    y = box.y
    for index in scroller.shown():
        words, size, role, color, height = texts[index]
        rect = pygame.Rect(box.x, y, box.width - 3 * BAR_W, height)
        ui.text(words, rect, size=size, role=role, color=color)
        y += height + gap


def hint_height(hint: str, buttons, width: int) -> int:
    """How much room the line saying how to scroll takes above a row of `buttons` across
    `width`: none when it fits on one line beside them."""
    if _beside(hint, buttons, width):
        return 0
    return text_height(hint, HINT_SIZE, width, role="hint") + GAP


def place_hint(ui, hint: str, buttons, row: pygame.Rect) -> None:
    """The line saying how to scroll, beside the row of `buttons` at `row` (the row's full
    width, its height) when it fits there, else just above it."""
    beside = _beside(hint, buttons, row.width)
    if beside:
        box = pygame.Rect(row.x, row.y, beside, row.height)
    else:
        height = text_height(hint, HINT_SIZE, row.width, role="hint")
        box = pygame.Rect(row.x, row.y - GAP - height, row.width, height)
    ui.text(hint, box, size=HINT_SIZE, color=palette.MUTED, role="hint", middle=bool(beside))


def _beside(hint: str, buttons, width: int) -> int:
    """The width left of the buttons when the hint fits there on one line, else 0."""
    free = width - row_width(buttons, width) - 2 * GAP
    return free if text_size(hint, role_size(HINT_SIZE, "hint"))[0] <= free else 0
