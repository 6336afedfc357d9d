"""The foot of step 7's open card (a part of the view, kept in a module of its own): the ways on
a stacked board with what the chosen way does, "Choose someone else" and "Next week", the energy
left as pips and words, and the text flowed down the card."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.tasks.keep_warm.steering import BACK_TO_PEOPLE
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.sheet import TALL
from steps_game.ui.text import text_height

if TYPE_CHECKING:
    from steps_game.tasks.keep_warm.model import Tie

NEWS_SIZE = 18
FOOT_SIZE = 16
OPTIONS = "options"  # the open card's board (view.py)
WEEK = "week"  # "Next week": a board of its own, which the arrows of the others pass by


class CardFoot:
    """KeepWarmView's open card, from its ways down."""

    def _stacked_foot(self, ui: ViewBuilder, tie: Tie, area: pygame.Rect, y: int, words) -> int:
        """The card's lower part on a stacked board: the ways (their costs in words), what the
        chosen way does (or how last week went), then "Choose someone else" and "Next week";
        the energy stands in the instruction over every page. Once it is used, a sentence says
        so right over "Next week", kept on its page (it stood on the page before, and "Next
        week" beside an empty box). Returns its bottom."""
        _energy, label, foot, foot_color = words
        room = getattr(ui, "page_room", None)
        # over the ways on a page of their own: the news (which names the person), else what
        # the way just chosen did and whose ways these are (said over the card's heading,
        # which may stand on the page before: alone over the ways, the last person's name
        # read as theirs, Somali at 200 %)
        news = self._news_words(tie)
        done = "" if news else self.answered_words()
        heading = self.card_heading(tie)
        paged = None
        if room and (news or done):
            lines = [(news, NEWS_SIZE, {"bold": True})] if news else []
            name = [(heading, 20, {"bold": True})]
            if done:  # the name at least, where a page has no room for both over its ways
                lines = [(done, NEWS_SIZE, {"role": "secondary"}), *name]
                first_row = self._first_row_height(tie, area.width) + 8
                if sum(text_height(t, z, area.width, **k) + 2 for t, z, k in lines) + 8 > (
                    room - first_row
                ):
                    lines = name

            def news_again(top: int, measure: bool, short: bool = False) -> int:
                """The lines over a later page of ways; `short`: the person's name alone
                (where the news has no room: ways without a name, eighteenth Arabic run)."""
                for text, size, style in name if short else lines:
                    if measure:
                        top += text_height(text, size, area.width, **style) + 2
                    else:
                        top = self._flow(ui, area, y=top, text=text, size=size, **style)
                return top + 8

            paged = (self._card_top, room, news_again, not news)
        ui.ring.keeps_columns(OPTIONS)  # (its ways in two columns, over pages)
        with ui.ring.board(OPTIONS):
            box = pygame.Rect(area.x, y, area.width, TALL)
            y = self._options(ui, tie, box, spelled=True, paged=paged)
        y += 8
        # what the chosen way did, with "Next week" on its page (fifth Arabic play-test: on
        # the page before it, the "energy used" page said nothing of the last answer, s7_29)
        top = y
        back, row_h = self._t("back_to_people"), button_height()
        width, back_w = button_width(label), button_width(back)
        rows_h = row_h if back_w + 12 + width <= area.width else 2 * row_h + 8  # (one row or two)
        if foot:
            style = {"color": foot_color, "role": "secondary"}
            size = self._foot_size(foot, area.width, room, rows_h)
            y = self._flow(ui, area, y=y, text=foot, size=size, **style) + 6
        if self.model.energy_left == 0:
            y = self._flow(ui, area, y=y, text=self._t("energy_out"), size=NEWS_SIZE, bold=True)
            y += 4
        ui.ring.keeps_columns(OPTIONS)  # (its ways in two columns, over pages)
        with ui.ring.board(OPTIONS):  # after the ways, as the arrows and Tab find it
            rect = pygame.Rect(area.x, y, min(back_w, area.width), row_h)
            ui.button(BACK_TO_PEOPLE, back, rect, self.back_to_people, secondary=True)
        if rows_h > row_h:  # not both on one row
            y += row_h + 8
        ui.keep_with_next(top, y)
        self._next_week_button(ui, label, pygame.Rect(area.right - width, y, width, row_h))
        return y + row_h

    def _foot_size(self, foot: str, width: int, room, rows_h: int) -> int:
        """What the chosen way did, as large as the same words over the next person's card
        (smaller on the "energy used" page, that result was read as the lesser one: twenty-
        fourth Arabic 200 % play-test, s7_123), where it stands on one page with the energy's
        sentence and the buttons under it; else a size smaller (long in Finnish)."""
        if not room:
            return FOOT_SIZE
        energy = 0
        if self.model.energy_left == 0:
            energy = text_height(self._t("energy_out"), NEWS_SIZE, width, bold=True) + 4
        large = text_height(foot, NEWS_SIZE, width, role="secondary") + 6 + energy + rows_h
        return NEWS_SIZE if large <= room else FOOT_SIZE

    def row_of_two_arrows(self) -> None:
        """Once the board is built (a stacked board draws its controls page by page): Left and
        Right between "Choose someone else" and "Next week"."""
        ring = self.host.ring
        back, week = ring.by_id(BACK_TO_PEOPLE), ring.by_id("next-week")
        if back is not None and week is not None:
            back.on_move = self._across_the_row(back, week)
            week.on_move = self._across_the_row(week, back)

    def _across_the_row(self, here, other):
        """Left and Right on "Choose someone else" or "Next week": to the other where it stands
        beside it, else nowhere (in the ways' reading order Left went on to a way above, and
        one Enter there spent the week's energy: eighteenth Arabic play-test). Up and Down as
        the board goes."""

        def move(dx: int, dy: int) -> bool:
            if not dx or dy:
                return False
            toward = (other.rect.centerx - here.rect.centerx) * dx > 0
            if toward and abs(other.rect.centery - here.rect.centery) < here.rect.height // 2:
                self.host.ring.focus(other.id)
            return True

        return move

    def _energy(self, ui, x: int, y: int, width: int, words: str, measure=False) -> int:
        """The energy left, as pips and in words, from (x, y) in `width`; returns its height."""
        energy_per_week = self.model.config.energy_per_week
        pip_size = self.marks.pip
        pips_w = energy_per_week * (pip_size + 6) + 4
        height = text_height(words, NEWS_SIZE, width - pips_w, bold=True)
        if measure:
            return height
        for index in range(energy_per_week):
            pip = pygame.Rect(x + index * (pip_size + 6), y + 6, pip_size, pip_size)
            self._pips.append((ui.place(pip), index < self.model.energy_left))
        rect = pygame.Rect(x + pips_w, y, width - pips_w, height)
        ui.text(words, rect, size=NEWS_SIZE, bold=True)
        return height

    def _next_week_button(self, ui: ViewBuilder, label: str, row: pygame.Rect) -> None:
        """ "Next week" at the end of `row`, in the middle of its height (none: at its top)."""
        rect = pygame.Rect(row.x, row.y, row.width, button_height())
        rect.centery = row.centery if row.height else rect.centery
        # a board of its own: on a stacked board it stands between the people's rows, and Down
        # from the first row reached it before the others (Enter there ended the week unused)
        secondary = self.model.energy_left > 0
        with ui.ring.board(WEEK):
            ui.button("next-week", label, rect, self._next_week, secondary=secondary)

    @staticmethod
    def _flow(ui: ViewBuilder, area: pygame.Rect, *, y: int, text: str, size: int, **style) -> int:
        """A text as tall as its words, from `y` across `area`; returns the y below it."""
        height = text_height(
            text, size, area.width, role=style.get("role", "body"), bold=style.get("bold", False)
        )
        ui.text(text, pygame.Rect(area.x, y, area.width, height), size=size, **style)
        return y + height + 2
