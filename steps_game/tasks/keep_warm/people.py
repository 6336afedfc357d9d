"""Step 7's people column: each person's card, their warmth in words and as a bar, and what
this week does to it; page by page when they do not all fit at the text size (a part of the
view, kept in a module of its own)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.flow import page_turn_label
from steps_game.ui.grid import card_height
from steps_game.ui.text import role_size, text_height, text_size

if TYPE_CHECKING:
    from steps_game.tasks.keep_warm.marks import Marks
    from steps_game.tasks.keep_warm.model import Tie

ROW_GAP = 6
CARD_W = 408
ROLE_SIZE = 20
WARMTH_SIZE = 19
PLAN_SIZE = 16
MORE_PEOPLE = "more-ties"
PAIR_GAP = 16  # between two people side by side on a stacked board


class PeopleColumn:
    """KeepWarmView's people."""

    paired = False  # two people a row (a stacked board at large text)
    marks: Marks  # the sizes of the warmth bar's segments, at the text size
    _measured: dict[tuple, int | bool]  # see _measured_once

    def _measured_once(self, key: tuple, measure: Callable[[], int | bool]) -> int | bool:
        """A measure of the people column, taken once a build: the sheet lays the board out
        up to four times a build (side by side, then stacked beside or under its page turner),
        and each layout asked for the same warmth words at each width again and again (at
        200 % step 7 spent half its time here). The view empties `_measured` as it builds."""
        if key not in self._measured:
            self._measured[key] = measure()
        return self._measured[key]

    def _row_height(self, meter_w: int, card_w: int = CARD_W) -> int:
        """One person's row: as tall as the longest role with its news badge, or the warmth
        line with the longest plan any choice could give under it, at the current text size
        (so that choosing does not change the rows); without a card (`card_w` 0), the warmth
        and the plan alone."""
        return self._measured_once(
            ("row", meter_w, card_w), lambda: self._measure_row(meter_w, card_w)
        )

    def _measure_row(self, meter_w: int, card_w: int) -> int:
        model = self.model
        badge = self._t("news_badge")  # room for it on every card: news comes and goes
        card = (
            0
            if not card_w
            else max(self._card_height(tie, card_w, badge) for tie in model.relationships)
        )
        plan = max(
            text_height(text, PLAN_SIZE, meter_w, role="secondary")
            for tie in model.relationships
            for text in self._plan_texts(tie)
        )
        bar = 0 if self._bar_beside(meter_w) else self.marks.bar_h + 4
        return max(card, self._warmth_height(meter_w) + 4 + bar + 6 + plan + 4)

    def _plan_texts(self, tie: Tie) -> list[str]:
        """Every plan line a person's row may show this week: as it is, and for each way."""
        model, cfg = self.model, self.model.config
        texts = [self.plan_text(tie)]
        if model.finished:
            return texts
        news = model.news_for(tie.id) is not None and cfg.news_bonus
        for action in model.offered(tie.id):
            label = self.tr.pick(action.label)
            key = "plan_bonus" if news else "plan"
            texts.append(self._t(key, action=label, value=cfg.warmth_max, bonus=cfg.news_bonus))
        return texts

    def _bar_width(self) -> int:
        return self.marks.bar_width(self.model.config.warmth_max)

    def _bar_beside(self, meter_w: int) -> bool:
        """Whether the warmth bar fits beside the warmth words, or goes under them."""
        return self._measured_once(("beside", meter_w), lambda: self._measure_beside(meter_w))

    def _measure_beside(self, meter_w: int) -> bool:
        size = role_size(WARMTH_SIZE, "body")
        widest = max(
            text_size(self.warmth_text(value), size, bold=True)[0]
            for value in range(self.model.config.warmth_max + 1)
        )
        return widest + 10 + self._bar_width() <= meter_w

    def _warmth_height(self, meter_w: int) -> int:
        """The warmth words: one line, or two where the words are long."""
        return self._measured_once(("warmth", meter_w), lambda: self._measure_warmth(meter_w))

    def _measure_warmth(self, meter_w: int) -> int:
        model = self.model
        width = meter_w - self._bar_width() - 10 if self._bar_beside(meter_w) else meter_w
        return max(
            text_height(self.warmth_text(value), WARMTH_SIZE, width, bold=True)
            for value in range(model.config.warmth_max + 1)
        )

    def _people(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        model, tr = self.model, self.tr
        self.paired = False
        meter_w = area.width - CARD_W - 14
        row_h = self._row_height(meter_w)
        fit = max(1, (area.height + ROW_GAP) // (row_h + ROW_GAP))
        ties = model.relationships
        pages = (
            [ties]
            if len(ties) <= fit
            else [ties[i : i + max(1, fit - 1)] for i in range(0, len(ties), max(1, fit - 1))]
        )
        if self._people_for != self.selected:  # someone else chosen: show their page
            self._people_for = self.selected
            for number, page in enumerate(pages):
                if any(tie.id == self.selected for tie in page):
                    self.page = number
        focused = self.host.ring.focused_id  # (its page, when the pages were cut anew)
        self.page = next(
            (i for i, page in enumerate(pages) for tie in page if f"tie:{tie.id}" == focused),
            min(self.page, len(pages) - 1),
        )
        shown = pages[self.page]
        for index, tie in enumerate(shown):
            top = area.y + index * (row_h + ROW_GAP)
            card = pygame.Rect(area.x, top, CARD_W, row_h)
            self._row(ui, tie, card, pygame.Rect(card.right + 14, top, meter_w, row_h))
        if len(pages) > 1:
            y = area.y + len(shown) * (row_h + ROW_GAP)

            def turn() -> None:
                self.page = (self.page + 1) % len(pages)
                self.host.rebuild()
                self.host.ring.focus(MORE_PEOPLE)

            more = page_turn_label(tr, self.page + 1, len(pages))
            ui.card(MORE_PEOPLE, more, pygame.Rect(area.x, y, CARD_W, row_h), turn)
        if not model.finished:
            self.host.preferred_focus = f"tie:{self.selected}"

    def _stacked_people(self, ui: ViewBuilder, area: pygame.Rect, details) -> int:
        """Every person's card across the board, their warmth under it, two people a row
        where that is shorter (so that a page of a stacked board holds more of them);
        `details(y)` puts the chosen person's card under their row and returns the y below it.
        Returns the y below the last person."""
        model = self.model
        ties = model.relationships
        columns = (
            2 if self._paired_height(area.width, 2) < self._paired_height(area.width, 1) else 1
        )
        self.paired = columns == 2
        width = (area.width - PAIR_GAP * (columns - 1)) // columns
        y = area.y
        for start in range(0, len(ties), columns):
            row = ties[start : start + columns]
            card_h = max(self._stacked_card_height(tie, width) for tie in row)
            meter_h = self._meter_height(row, width)
            for index, tie in enumerate(row):
                card = pygame.Rect(area.x + index * (width + PAIR_GAP), y, width, card_h)
                meter = pygame.Rect(card.x, card.bottom + ROW_GAP, width, meter_h)
                self._row(ui, tie, card, meter)
            # one place over the row: a page break never parts a card from its warmth (it
            # left the plan's line alone at the top of the next page)
            ui.place(pygame.Rect(area.x, y, area.width, card_h + ROW_GAP + meter_h))
            y += card_h + ROW_GAP + meter_h + 2 * ROW_GAP
            if not model.finished and any(tie.id == self.selected for tie in row):
                y = details(y) + 2 * ROW_GAP
        if not model.finished:
            self.host.preferred_focus = f"tie:{self.selected}"
        return y

    def _card_height(self, tie: Tie, width: int, badge: str) -> int:
        """A person's card `width` wide: their role, the Finnish word of a key term it names
        (after or under it) and `badge` (the news badge, or "" for none)."""
        role = self.tr.pick(tie.role)
        return card_height(role, width, ROLE_SIZE, badge=badge, finnish=self.finnish(tie.term))

    def _stacked_card_height(self, tie: Tie, width: int) -> int:
        news = not self.model.finished and self.model.news_for(tie.id) is not None
        return self._card_height(tie, width, self._t("news_badge") if news else "")

    def _paired_height(self, width: int, columns: int) -> int:
        """How tall the people stand, `columns` a row, in `width`."""
        ties = self.model.relationships
        width = (width - PAIR_GAP * (columns - 1)) // columns
        rows = [ties[i : i + columns] for i in range(0, len(ties), columns)]
        return sum(
            max(self._stacked_card_height(tie, width) for tie in row)
            + self._meter_height(row, width)
            + 3 * ROW_GAP
            for row in rows
        )

    def _meter_height(self, row: list[Tie], width: int) -> int:
        """The warmth and this week's plan of a row of people, as tall as their plans are
        now: a stacked board moves its rows as a person opens anyway, and a line kept for the
        longest plan any choice could give made each row too tall for a page at 200 %."""
        key = ("meter", width, *(tie.id for tie in row))
        return self._measured_once(key, lambda: self._measure_meter(row, width))

    def _measure_meter(self, row: list[Tie], width: int) -> int:
        bar = 0 if self._bar_beside(width) else self.marks.bar_h + 4
        plan = max(
            text_height(self.plan_text(tie), PLAN_SIZE, width, role="secondary") for tie in row
        )
        return self._warmth_height(width) + 4 + bar + 6 + plan + 4

    def _person_move(self, dx: int, dy: int) -> bool:
        """Arrows on a person: one person a row, towards the card, on to its ways. Two people
        a row (side by side, as the keys line then says: the arrows change the person): left
        and right go to the one beside, the way the row reads (mirrored right to left), and
        up and down to the person before or after, so that the one beside is not skipped."""
        if not self.paired:
            return self._to_options(dx, dy) if dx else False  # else the one above or below
        ring = self.host.ring
        ids = [f"tie:{tie.id}" for tie in self.model.relationships]
        step = self.host.ui.layout_dx(dx) if dx else (1 if dy > 0 else -1)
        there = ids.index(ring.focused_id) + step
        if 0 <= there < len(ids):
            return ring.focus(ids[there])  # (else on another page: the ring turns to it)
        # on from the last person to the first, as the page turner goes round from the last
        # page: alone on the last page, Down and the arrow that reads on did nothing there
        # (sixth Arabic play-test, s7_04-05)
        self._focus_turning(ids[there % len(ids)], ("round", object()))  # (each time anew)
        return True

    def _to_options(self, dx: int, dy: int) -> bool:
        """The arrow towards the person's card (right; left when the board is mirrored) on a
        person: on to the open card's options (the chosen one first)."""
        if self.host.ui.layout_dx(dx) != 1:
            return False
        return self._focus_options()

    def _focus_options(self) -> bool:
        """Focus the open card's chosen way; with none chosen yet (or that one on another
        page of the ways), the first way on the page shown, where the choosing starts."""
        chosen = self.model.chosen(self.selected)
        ring = self.host.ring
        if chosen is not None and ring.focus(f"action:{chosen.id}"):
            return True
        shown = [c.id for c in ring.focusable if c.id.startswith("action:")]
        return bool(shown) and ring.focus(shown[0])

    def _row(self, ui: ViewBuilder, tie: Tie, card: pygame.Rect, meter: pygame.Rect) -> None:
        """One person: their card, and in `meter` their warmth and what this week does."""
        model, tr = self.model, self.tr
        warmth = model.warmth()
        y, row_h, meter_w = meter.y, meter.height, meter.width
        news = None if model.finished else model.news_for(tie.id)
        ui.card(
            f"tie:{tie.id}",
            tr.pick(tie.role),
            card,
            None if model.finished else (lambda tid=tie.id: self.select(tid)),
            # the tick: contacted this week (it marked the open card, and read as "done")
            selected=not model.finished and model.chosen(tie.id) is not None,
            badge=self._t("news_badge") if news is not None else "",
            text_size=ROLE_SIZE,
            on_move=None if model.finished else self._person_move,
            finnish=self.finnish(tie.term),
        )
        sizes = self.marks  # (grown with the text size: marks.py)
        bar_w, bar_h = sizes.bar_width(model.config.warmth_max), sizes.bar_h
        # the warmth in words, its bar under them, then what this week does to it
        warmth_h = self._warmth_height(meter_w)
        beside = self._bar_beside(meter_w)
        bar = pygame.Rect(meter.x, y + 4 + warmth_h + 4, bar_w, bar_h)
        words_w = meter.width
        if beside:  # at the end of the warmth words' line
            bar = pygame.Rect(meter.right - bar_w, y + 4 + (warmth_h - bar_h) // 2, bar_w, bar_h)
            words_w = meter.width - bar_w - 10
        ui.text(
            self.warmth_text(warmth[tie.id]),
            pygame.Rect(meter.x, y + 4, words_w, warmth_h),
            size=WARMTH_SIZE,
            bold=True,
        )
        plan_y = max(bar.bottom, y + 4 + warmth_h) + 6
        for segment in range(model.config.warmth_max):
            rect = pygame.Rect(
                bar.x + segment * (sizes.segment_w + sizes.segment_gap),
                bar.y,
                sizes.segment_w,
                bar.height,
            )
            self._segments.append((ui.place(rect), segment < warmth[tie.id]))
        ui.text(
            self.plan_text(tie),
            pygame.Rect(meter.x, plan_y, meter.width, row_h - (plan_y - y)),
            size=PLAN_SIZE,
            color=palette.MUTED,
            role="secondary",
        )
