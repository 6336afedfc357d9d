"""Step 7's ways to keep in touch with the open person: a grid of cards, two a row where their
words fit, page by page when they do not all fit their box (a part of the view, kept in a
module of its own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.ui.builder import ViewBuilder
from steps_game.ui.cards import card_height
from steps_game.ui.flow import page_turn_label

if TYPE_CHECKING:
    from steps_game.tasks.keep_warm.model import Tie

OPTION_SIZE = 20
MORE_WAYS = "more-ways"


class WaysGrid:
    """KeepWarmView's ways to keep in touch."""

    def _payable(self, tie: Tie, action_id: str) -> bool:
        """Whether a way can be chosen (or is the one chosen): the energy left pays for it."""
        chosen = self.model.chosen(tie.id)
        return (chosen is not None and chosen.id == action_id) or self.model.can_choose(
            tie.id, action_id
        )

    def _answers_first(self, tie: Tie) -> list:
        """A person's ways, those that answer their news first: at 200 % only the news and
        one row of ways fit a page, and the answering way stood on the page after it, so
        every news cost an Enter on the news box to turn to it (fourth Arabic play-test)."""
        news = self.model.news_for(tie.id)
        fits = news.fits if news is not None else ()
        return sorted(self.model.offered(tie.id), key=lambda action: action.id not in fits)

    def _first_row_height(self, tie: Tie, width: int) -> int:
        """At most how tall the first row of a person's ways stands in `width` on a stacked
        board (their costs in words; two a row, else the first alone, which is lower)."""
        first = [
            self._t("action_energy", label=self.tr.pick(action.label), energy=action.energy)
            for action in self._answers_first(tie)[:2]
        ]
        half = (width - 8) // 2
        return max(card_height(text, half, text_size=OPTION_SIZE) for text in first)

    def _options(
        self, ui: ViewBuilder, tie: Tie, area: pygame.Rect, spelled=False, paged=None
    ) -> int:
        """The ways to keep in touch in `area`, page by page when they do not fit; returns the
        bottom of the last row. `spelled`: their costs in words ("- 2 energy"), where no
        line under them says what the number in brackets is (a stacked board). `paged`, on a
        stacked board: (the top of the page the card starts, a page's room, the news again
        at a y, returning the y below it, whether only over the first row), see _row_tops."""
        model = self.model
        chosen = model.chosen(tie.id)
        self.news_over_first = False
        options = self._way_words(tie, spelled)
        gap = 8
        # two columns when every option fits its words there, else one
        for columns in (2, 1):
            width = (area.width - gap * (columns - 1)) // columns
            heights = [card_height(text, width, text_size=OPTION_SIZE) for _, text in options]
            height = max(heights)
            rows = (len(options) + columns - 1) // columns
            # each row as tall as its own cards
            row_hs = [max(heights[r * columns : (r + 1) * columns]) for r in range(rows)]
            fits_all = sum(row_hs) + gap * (rows - 1) <= area.height
            if fits_all:
                break
        # with large text, the ways page by page, the last place turning to the next
        pages = [options]
        if not fits_all:
            # the grid that shows the most ways on a page, every row as tall as its tallest
            grids = []
            for count in (2, 1):
                col_w = (area.width - gap * (count - 1)) // count
                tallest = max(card_height(t, col_w, text_size=OPTION_SIZE) for _, t in options)
                per_page = max(1, (area.height + gap) // (tallest + gap)) * count
                grids.append((per_page, count, col_w, tallest))
            fit, columns, width, height = max(grids)
        if not fits_all and len(options) > fit:
            size = max(1, fit - 1)
            pages = [options[i : i + size] for i in range(0, len(options), size)]
        focus = self._way_to_focus(tie.id)  # the chosen way, else the one answering the news
        on_page = next(
            (i for i, page in enumerate(pages) for a, _ in page if f"action:{a}" == focus), 0
        )
        # another person, or another way chosen: show the page of the way the card opens on;
        # else keep the page the player turned to (a rebuild does not turn it back)
        showing = (tie.id, chosen.id if chosen else None)
        if self._ways_for != showing:
            self._ways_for = showing
            self.ways_page = on_page
        # the focused way's page, when the pages were cut anew under it (the keys line came at
        # the first key, and the page number kept showed other ways: the focus fell off them)
        focused = self.host.ring.focused_id
        self.ways_page = next(
            (i for i, page in enumerate(pages) for a, _ in page if f"action:{a}" == focused),
            min(self.ways_page, len(pages) - 1),
        )
        shown = pages[self.ways_page]
        if len(pages) > 1:

            def turn() -> None:
                self.ways_page = (self.ways_page + 1) % len(pages)
                self.host.rebuild()
                self.host.ring.focus(MORE_WAYS)

            more = page_turn_label(self.tr, self.ways_page + 1, len(pages))
            shown = [*shown, (MORE_WAYS, more)]
        options = shown
        if len(pages) > 1:  # one height for every row of a page
            row_hs = [height] * ((len(options) + columns - 1) // columns)
        tops = self._row_tops(ui, area.y, row_hs, gap, paged)
        for index, (action_id, text) in enumerate(options):
            column, row = index % columns, index // columns
            rect = pygame.Rect(area.x + column * (width + gap), tops[row], width, row_hs[row])
            other = row * columns + 1 - column if columns == 2 else len(options)
            beside = options[other][0] if other < len(options) else None
            if beside is not None and beside != MORE_WAYS:
                beside = f"action:{beside}"
            # the arrow that reads back: to the people; across the row: to the way beside
            back = self._way_move(column, beside)
            if action_id == MORE_WAYS:
                ui.card(MORE_WAYS, text, rect, turn, text_size=OPTION_SIZE, on_move=back)
                continue
            if action_id == "none":
                # never ticked: with nothing chosen yet it looked chosen for her (forty-seventh
                # run); the plan line under the person says what no contact does
                on = False
                handler = lambda tid=tie.id: self._choose(tid, None)  # noqa: E731
                usable = True
            else:
                on = chosen is not None and chosen.id == action_id
                usable = self._payable(tie, action_id)
                handler = lambda tid=tie.id, aid=action_id: self._choose(tid, aid)  # noqa: E731
            ui.card(
                f"action:{action_id}",
                text,
                rect,
                handler if usable else None,
                selected=on,
                dimmed=not usable,
                text_size=OPTION_SIZE,
                on_move=back,
            )
        return tops[-1] + row_hs[-1]

    news_over_first = False  # the news drawn again over the first row (on its page)

    def _way_words(self, tie: Tie, spelled: bool = False) -> list[tuple[str, str]]:
        """Each way's id and words on its card, the answering way first, "No contact" last."""
        tr = self.tr
        # a way the energy left does not pay for is greyed and says so in words, not only
        # by its grey (the play-tester could not tell why the way that fit the news was off)
        keys = (
            ("action_energy", "action_energy_too_dear")
            if spelled
            else ("action", "action_too_dear")
        )
        options = [
            (
                action.id,
                self._t(
                    keys[0] if self._payable(tie, action.id) else keys[1],
                    label=tr.pick(action.label),
                    energy=action.energy,
                ),
            )
            for action in self._answers_first(tie)
        ]
        return [*options, ("none", self._t("no_contact"))]

    def least_ways_height(self, tie: Tie, width: int) -> int:
        """The least room the ways need side by side in `width`: one row of two (a way and the
        page turner beside it), or two rows of one, whichever is lower."""
        words = [text for _, text in self._way_words(tie)]
        words.append(page_turn_label(self.tr, 9, 9))
        gap = 8
        half = max(card_height(text, (width - gap) // 2, text_size=OPTION_SIZE) for text in words)
        whole = max(card_height(text, width, text_size=OPTION_SIZE) for text in words)
        return min(half, 2 * whole + gap)

    def _row_tops(self, ui, y: int, row_hs: list[int], gap: int, paged) -> list[int]:
        """The tops of the rows of ways from `y`. On a stacked board (`paged`), a row that
        does not fit the page starts the next one, under the person's news again where that
        pushes no row of ways off the page (over the first row always): the play-tester chose
        on the second page of ways without the request she was answering (third Arabic
        play-test)."""
        tops: list[int] = []
        if paged is None:
            for height in row_hs:
                tops.append(y)
                y += height + gap
            return tops
        page_top, room, news_again, first_only = paged

        def rows_fitting(room_left: int, rest: list[int]) -> int:
            """How many of the rows `rest` fit one under another in `room_left`."""
            count = 0
            for height in rest:
                room_left -= height + (gap if count else 0)
                if room_left < 0:
                    break
                count += 1
            return count

        for row, height in enumerate(row_hs):
            if y + height - page_top > room:  # this row starts the next page
                ui.page_break(y)
                page_top = y
                news_h = news_again(y, True) - y
                rest = row_hs[row:]
                # over the first row (the answering way, where there is news) even where it
                # pushes rows on to a later page: the way is focused there (steering.py)
                need = 1 if row == 0 else max(1, rows_fitting(room, rest))
                wanted = row == 0 or not first_only
                if wanted and rows_fitting(room - news_h, rest) >= need:
                    self.news_over_first = self.news_over_first or row == 0
                    below = news_again(y, False)
                    ui.keep_with_next(y, below)
                    y = below
                elif rows_fitting(room - (news_again(y, True, True) - y), rest) >= need:
                    below = news_again(y, False, True)  # whose ways these are, at least
                    ui.keep_with_next(y, below)
                    y = below
            tops.append(y)
            y += height + gap
        return tops
