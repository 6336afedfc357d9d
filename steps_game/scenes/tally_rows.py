"""The tally's rows (scenes/tally.py): one bar per option of a choice point, as tall as its words.

A row is its option's number, the option's words (before the reveal) or its count in words ("7 of
12: Fact", after it), a bar behind the words that grows with the option's share of the hands, and
at its end the hands in words with a minus and a plus button (before the reveal); after it the
best option has a tick and the words "Best answer" over its words, so the answer is never shown by
colour alone. Rows are laid out left to right and placed through the builder, which mirrors
them in a right-to-left language: there the bars grow from the right.

Beside the answer in full (the reveal's two columns, scenes/tally_notes.py), the rows are tighter:
the tick stands before the best option's words instead of a line "Best answer" over them. The
words are never cut: the room sees every answer whole, on another page when it must
(scenes/tally_pages.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from steps_game.tally import MOST_HANDS, ChoicePoint, Tally
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.cards import draw_check
from steps_game.ui.focus import Control
from steps_game.ui.second_line import place_pair, under_height
from steps_game.ui.text import line_height, role_size, text_height, text_size

OPTION_SIZE = 22  # the option's words and the counts in words
COMPACT_SIZE = 20  # the same in compact rows: the option's floor (ui/text_roles.py)
COMPACT_GAP = 4  # between compact rows (None: the list's own gap)
COMPACT_BAND = 6
COMPACT_PAD = 3  # above and below a compact row's words
COMPACT_SIGN = 36  # compact rows' minus and plus: a one-line row need not grow for them
ROW_PAD = 10  # above and below a row's words
SHORT_PAD = 6  # the same in a short row
BAND_H = 12  # the solid band along a bar's foot: its length is the share of hands
INSET = 12  # between a row's edge and its words
CHECK_W = 40  # the tick's room before "Best answer"
SIGN_W = 44  # the minus and plus buttons: drawn signs in a box, no words to keep a floor for
SIGN_GAP = 8


@dataclass(frozen=True)
class Bar:
    """What a row draws under its words: the track, the share filled, and whether it is the
    best option shown after the reveal (a stronger colour, besides the tick and the words)."""

    track: pygame.Rect
    fill: pygame.Rect
    band: pygame.Rect
    best: bool


def number_width() -> int:
    """The room of an option's number at the start of its row."""
    return text_size("9", role_size(OPTION_SIZE, "option"), True)[0] + 2 * INSET


class Rows:
    """Measures and places the rows of one choice point in a list `width` wide; after the
    reveal and `beside` the answer in full, tighter rows with the tick before the best words."""

    def __init__(
        self,
        tr,
        point: ChoicePoint,
        tally: Tally,
        width: int,
        beside: bool = False,
        compact: bool = False,
    ) -> None:
        self.tr, self.point, self.tally, self.width = tr, point, tally, width
        self.beside = beside and tally.revealed
        # compact: every answer in view at once where the normal rows are too tall for that, at
        # the options' floor and tighter (one size for all the rows): while counting, and
        # beside the answer on a paged reveal's first page
        compact = compact and (not tally.revealed or self.beside)
        self.size = COMPACT_SIZE if compact else OPTION_SIZE
        self.number_w = number_width()
        self.lead = CHECK_W if self.beside else 0  # the tick's room before the words
        self.pad = COMPACT_PAD if compact else SHORT_PAD if self.beside else ROW_PAD
        self.sign = COMPACT_SIGN if compact else SIGN_W
        self.band = COMPACT_BAND if compact else BAND_H
        self.gap = COMPACT_GAP if compact else None
        if tally.revealed:  # the words take the whole row; the best one says so above them
            self.end_w = 0
            self.text_w = width - self.number_w - 2 * INSET - self.lead
            return
        widest = max(tally.total, MOST_HANDS)  # the column keeps its width as hands come
        words = max(self.hands(count) for count in (1, 2, widest, *tally.counts))
        self.end_w = words + INSET + 2 * self.sign + SIGN_GAP + INSET  # clear of the row's edge
        # the number, the words with room either side, a gap, the end column
        self.text_w = width - self.number_w - self.end_w - 3 * INSET

    def hands(self, count: int) -> int:
        size = role_size(self.size, "option")
        return text_size(self.tr("tally.hands", count=count), size, True)[0]

    def full_words(self, option: int) -> str:
        """Before the reveal the option's words; after it, how many chose it, in words."""
        text = self.tr.pick(self.point.options[option])
        return self._framed(option, text) if self.tally.revealed else text

    def _framed(self, option: int, words: str) -> str:
        count, total = self.tally.counts[option], self.tally.total
        return self.tr("tally.of", count=count, total=total, option=words)

    def words_height(self, option: int) -> int:
        return text_height(
            self.full_words(option), self.size, self.text_w, role="option", bold=self.bold(option)
        )

    def second(self, option: int) -> str:
        """The option's words in workshop mode's second language, under its words ("" without
        one), before the reveal and after it alike."""
        return self.tr.second_pick(self.point.options[option])

    def bold(self, option: int) -> bool:
        return self.best_shown(option)

    def best_shown(self, option: int) -> bool:
        return self.tally.revealed and self.point.is_best(option)

    def tag_height(self, option: int) -> int:
        """The line "Best answer" over the best option's words after the reveal (else 0)."""
        if not self.best_shown(option) or self.beside:
            return 0
        return text_height(
            self.tr("tally.best"), self.size, self.text_w - CHECK_W, role="option", bold=True
        )

    def height(self, option: int) -> int:
        words = self.words_height(option)
        words += under_height(self.second(option), self.tr.second, self.size, self.text_w)
        least = 0 if self.tally.revealed else self.sign  # room for minus and plus
        return max(words + self.tag_height(option), least) + 2 * self.pad + self.band

    def place(
        self,
        ui: ViewBuilder,
        option: int,
        row: pygame.Rect,
        on_add: Callable[[int, int], None],
    ) -> tuple[Bar, tuple[int, int] | None]:
        """Build the row of `option` in `row` (left-to-right layout): its texts, its control
        (a press adds a hand) and its buttons. Returns the bar to draw and, for a best option
        after the reveal, where its tick goes on screen."""
        tr, tally = self.tr, self.tally
        revealed = tally.revealed
        ui.panel(row, palette.BACKGROUND)
        number = pygame.Rect(row.x, row.y, self.number_w, row.height - self.band)
        ui.text(
            tr("tally.number", number=option + 1),
            number,
            size=self.size,
            bold=True,
            center=True,
            middle=True,
            role="option",
        )
        text_x = row.x + self.number_w
        # after the reveal the words reach the row's end: the track stops short of its rounded
        # corner, where its foot line would stick out of the row
        end = INSET if revealed else 2 * INSET
        track = pygame.Rect(text_x, row.y + 4, self.text_w + end + self.lead, row.height - 8)
        share = round(track.width * tally.share(option))
        fill = pygame.Rect(track.x, track.y, share, track.height)
        band = pygame.Rect(track.x, track.bottom - self.band, share, self.band)
        words = self.full_words(option)
        tag_h = self.tag_height(option)
        words_top = row.y + self.pad + tag_h
        words_h = row.bottom - self.pad - self.band - words_top
        box = pygame.Rect(text_x + INSET + self.lead, words_top, self.text_w, words_h)
        second = self.second(option)
        if second:  # the option in the second language under its words, both in the middle
            both = self.words_height(option)
            both += under_height(second, tr.second, self.size, self.text_w)
            box.y += max(0, (words_h - both) // 2)
            box.height = both
            place_pair(
                ui,
                words,
                second,
                tr.second,
                box,
                self.size,
                role="option",
                bold=self.bold(option),
            )
        else:
            ui.text(words, box, size=self.size, bold=self.bold(option), middle=True, role="option")
        spoken = f"{tr('tally.number', number=option + 1)} {self.full_words(option)}"
        if not revealed:
            spoken += f": {tr('tally.hands', count=tally.counts[option])}"
        # the bar first: the minus and plus on it come after it, and a press on them is theirs
        ui.ring.add(
            Control(
                f"bar:{option}",
                spoken,
                ui.place(row),
                (lambda: on_add(option, 1)) if not revealed else None,
                enabled=not revealed,
            )
        )
        tick = None
        if tag_h:  # a tick and "Best answer": the answer is not shown by colour alone
            tag = pygame.Rect(
                text_x + INSET + CHECK_W, row.y + self.pad, self.text_w - CHECK_W, tag_h
            )
            ui.text(
                tr("tally.best"),
                tag,
                size=self.size,
                bold=True,
                color=palette.GOOD,
                middle=True,
                role="option",
            )
            tick = ui.place(pygame.Rect(text_x + INSET, tag.y, CHECK_W, tag_h)).center
        elif self.lead and self.best_shown(option):  # the tick before the first line's words
            line = line_height(role_size(self.size, "option"), True)
            both = self.words_height(option)
            both += under_height(self.second(option), tr.second, self.size, self.text_w)
            words_y = words_top + max(0, (words_h - both) // 2)
            tick = ui.place(pygame.Rect(text_x + INSET, words_y, CHECK_W, line)).center
        elif not revealed:
            end = pygame.Rect(track.right + INSET, row.y, self.end_w, row.height - self.band)
            self._counting_end(ui, option, end, on_add)
        placed = Bar(ui.place(track), ui.place(fill), ui.place(band), tick is not None)
        return placed, tick

    def _counting_end(self, ui: ViewBuilder, option: int, end: pygame.Rect, on_add) -> None:
        """The hands in words, and a small minus and plus button for the mouse."""
        words = self.tr("tally.hands", count=self.tally.counts[option])
        words_w = end.width - 2 * self.sign - SIGN_GAP - 2 * INSET
        ui.text(
            words,
            pygame.Rect(end.x, end.y, words_w, end.height),
            size=self.size,
            bold=True,
            middle=True,
            role="option",
        )
        top = end.centery - self.sign // 2
        for index, (kind, hands) in enumerate((("minus", -1), ("plus", 1))):
            x = end.x + words_w + INSET + index * (self.sign + SIGN_GAP)
            rect = ui.place(pygame.Rect(x, top, self.sign, self.sign))
            ui.ring.add(
                Control(
                    f"{kind}:{option}",
                    "−" if hands < 0 else "+",
                    rect,
                    lambda hands=hands: on_add(option, hands),
                    draw=lambda surface, _focused, rect=rect, plus=hands > 0: draw_sign(
                        surface, rect, plus
                    ),
                )
            )


def draw_sign(surface: pygame.Surface, rect: pygame.Rect, plus: bool) -> None:
    """A minus or plus button drawn as lines: a sign the room reads at any text size."""
    pygame.draw.rect(surface, palette.PANEL, rect, border_radius=8)
    pygame.draw.rect(surface, palette.ACCENT_DARK, rect, width=3, border_radius=8)
    half = rect.width // 4
    x, y = rect.center
    pygame.draw.line(surface, palette.ACCENT_DARK, (x - half, y), (x + half, y), width=5)
    if plus:
        pygame.draw.line(surface, palette.ACCENT_DARK, (x, y - half), (x, y + half), width=5)


def draw_bars(surface: pygame.Surface, bars: list[Bar]) -> None:
    """The bars under the rows' words: a light fill as long as the option's share of the hands
    and a solid band along its foot (green on the best option after the reveal)."""
    for bar in bars:
        pygame.draw.line(
            surface, palette.BORDER, bar.track.bottomleft, bar.track.bottomright, width=2
        )
        if bar.fill.width <= 0:
            continue
        pygame.draw.rect(surface, palette.ACCENT_SOFT, bar.fill)
        pygame.draw.rect(surface, palette.GOOD if bar.best else palette.ACCENT, bar.band)


def draw_ticks(surface: pygame.Surface, ticks: list[tuple[int, int]]) -> None:
    for center in ticks:
        draw_check(surface, center, 28, palette.GOOD)


def question_second(tr, point) -> str:
    """The choice's question in workshop mode's second language, under its words."""
    return tr.second_pick(point.question)
