"""Step 7 on screen: the people on the left, the chosen person's week on the right.

Each person's row shows their warmth as a word, a number and a bar (never colour alone), and what
this week's plan will do to it. Choosing a person opens their card on the right: their news, and
the ways to keep in touch with the energy each costs. "Next week" ends the week; there is no
timer. When the last week is done, the right side shows the upkeep rhythm that was played.
"""

from __future__ import annotations

import pygame

from steps_game.tasks.keep_warm.card_foot import FOOT_SIZE, NEWS_SIZE, OPTIONS, CardFoot
from steps_game.tasks.keep_warm.marks import marks
from steps_game.tasks.keep_warm.model import KeepWarmModel, Tie
from steps_game.tasks.keep_warm.people import PeopleColumn
from steps_game.tasks.keep_warm.rhythm import RhythmPanel
from steps_game.tasks.keep_warm.steering import HEAD, WeekSteering
from steps_game.tasks.keep_warm.ways import WaysGrid
from steps_game.tasks.sheet_lead import short_instruction
from steps_game.tasks.view import TaskView
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.cards import card_height, draw_check
from steps_game.ui.intents import Act, Intent
from steps_game.ui.sheet import TALL, Sheet
from steps_game.ui.sheet_pages import FIRST_PAGE, SheetPages
from steps_game.ui.text import text_height, text_scale

LEFT_W = 680  # the people column; the person's card fills the rest
GAP = 16
PEOPLE = "people"  # a board, and OPTIONS the open card's, each with its keys (keys_people ...)


class KeepWarmView(
    PeopleColumn, WaysGrid, CardFoot, RhythmPanel, WeekSteering, TaskView[KeepWarmModel]
):
    def __init__(self, host, model: KeepWarmModel) -> None:
        super().__init__(host, model)
        self.selected = self.week_opening()  # the person with news, their card open
        self.page = 0  # of the people, when they do not all fit at the text size
        self._people_for: str | None = None  # whose page of people is shown
        self.ways_page = 0  # of the chosen person's ways to keep in touch
        self._ways_for: tuple[str, str | None] | None = None  # for whom, with which chosen
        # What draw() draws, on screen: the warmth bars' segments (filled or not), the energy
        # pips (full or not) and the rhythm's cells (contacted or not).
        self._segments: list[tuple[pygame.Rect, bool]] = []
        self._pips: list[tuple[pygame.Rect, bool]] = []
        self._cells: list[tuple[pygame.Rect, bool]] = []
        # The board stacked and paged at large text (ui/sheet.py), and the control whose page
        # it turns to, with what asked for it: the person picked, the choice just made.
        self.sheet = SheetPages()
        # the week opens on the person with news, on their page (order.py)
        self.want: tuple[str | None, object] = (f"tie:{self.selected}", ("week", model.week))
        self.backs = 0  # times Backspace went back to the people (steering.back_to_people)
        self._measured = {}  # the people column's measures, taken once a build
        self.marks = marks(text_scale())  # the sizes of the marks drawn (marks.py)
        self._card_top = 0  # the top of the open card on a stacked board

    # -- words ---------------------------------------------------------------------------
    def _t(self, key: str, **params: object) -> str:
        return self.tr(f"task.keep_warm.{key}", **params)

    def instruction(self) -> str:
        model, cfg = self.model, self.model.config
        if model.finished:
            return self.tr.pick(cfg.finished_instruction)
        # the energy before it is spent (the play-tester saw it only once it was gone), and
        # from week 2 on only the week: the rules are known by then; at large text from week
        # 1, as the long instruction took two lines from every page of the stacked board (the
        # intro, the plan lines' "No contact: cools to 1" and the keys line say the rules)
        energy = self._t("energy_now", left=model.energy_left, total=cfg.energy_per_week)
        week = {"week": model.week + 1, "weeks": cfg.weeks}
        large = short_instruction(self.host.app)
        if model.week == 0 and not large:  # (a workshop's room reads the rules on week 1)
            return f"{self.tr.pick(cfg.instruction, **week)} {energy}"
        if large:  # over every page of a stacked board: in numbers (read ~25 times a step)
            return self._t("week_energy", left=model.energy_left, total=cfg.energy_per_week, **week)
        return f"{self._t('week_short', **week)} {energy}"

    def warmth_text(self, value: int) -> str:
        word = self.tr.pick(self.model.word(value))
        return self._t("warmth", word=word, value=value, max=self.model.config.warmth_max)

    def plan_text(self, tie: Tie) -> str:
        """What this week will do to a person, or at the end how often they were contacted."""
        model, cfg = self.model, self.model.config
        if model.finished:
            count = sum(1 for action in model.rhythm()[tie.id] if action is not None)
            return self._t("contacts", count=count, weeks=cfg.weeks)
        after = model.preview(tie.id)
        chosen = model.chosen(tie.id)
        if chosen is None:
            key = "cools" if after < model.warmth()[tie.id] else "stays"
            return self._t(key, value=after)
        action = self.tr.pick(chosen.label)
        if model.noticed_now(tie.id) and cfg.news_bonus:
            return self._t("plan_bonus", action=action, value=after, bonus=cfg.news_bonus)
        return self._t("plan", action=action, value=after)

    def recap_text(self) -> str:
        model = self.model
        if model.week == 0:
            return ""
        last = model.records()[-1]
        return self._t("recap", contacted=len(last.contacted), cooled=len(last.cooled))

    # -- building ------------------------------------------------------------------------
    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        self._measured = {}  # the model, the words or the text size may have changed
        self.marks = marks(text_scale())
        want, key = self.want
        finished = self.model.finished
        if finished:  # the end read from its top: the people's warmth first
            want, key = FIRST_PAGE, "finished"
        self.sheet.last_focus = "done" if finished else None
        self.show_sheet(ui, area, want, key)
        self.row_of_two_arrows()
        if finished and self.sheet.stacked and self.sheet.page < self.sheet.pages - 1:
            # Enter turns the pages until the weeks' grid was seen, then Done has the focus:
            # it had it at once, on a page without the grid the instruction speaks of (fourth
            # Arabic play-test: four Tabs to the page turner)
            self.host.preferred_focus = self.sheet.control_id

    def _told_before(self, tie_id: str, action_id: str) -> bool:
        """Whether the way's effect was on screen already: chosen in an earlier week, or for
        someone else this week."""
        model = self.model
        return any(
            action == action_id and (week < model.week or place != tie_id)
            for week, plan in enumerate(model.state["plans"][: model.week + 1])
            for place, action in plan.items()
        )

    def handle(self, intent: Intent) -> bool:
        """While the board is stacked and paged, the mouse wheel and Page Up / Page Down turn
        its page, and Tab reaches the controls of its other pages."""
        if self.steer(intent) or self.tab_through_pages(self.sheet, intent):
            return True
        if intent.act is not Act.SCROLL:
            return False
        return self.sheet.scroll(intent.dy, self.host.rebuild, self.host.ring)

    def _lay_out(self, ui: ViewBuilder, area: pygame.Rect, stacked: bool) -> None:
        inner = area.inflate(-40, 0)  # the same side margins as the header and footer
        self._segments, self._pips, self._cells = [], [], []
        if stacked:
            self._lay_out_stacked(ui, inner)
            return
        left = pygame.Rect(inner.x, inner.y, LEFT_W, inner.height)
        right = pygame.Rect(left.right + GAP, inner.y, inner.right - left.right - GAP, inner.height)
        # Built in Tab order: the people, the chosen person's options, then "Next week".
        with ui.ring.board(PEOPLE):
            self._people(ui, left)
        ui.panel(right, palette.PANEL)
        if self.model.finished:
            self._rhythm(ui, right.inflate(-32, -24))
        else:
            self._person(ui, right.inflate(-32, -24))

    def _lay_out_stacked(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        """Large words in a small box: the people one under another, the chosen person's card
        opened under their row (the board is then paged: ui/sheet.py); at the end, the rhythm
        of the weeks with each one's warmth."""

        def details(y: int) -> int:
            box = pygame.Rect(area.x, y, area.width, TALL)
            room = getattr(ui, "page_room", None)
            self._card_top = y
            probe = Sheet(ui, room)  # measured first: the panel goes under the card's words
            bottom = self._person(probe, box.inflate(-32, -24), stacked=True)
            self._pips = []
            ui.panel(pygame.Rect(area.x, y, area.width, bottom + 12 - y), palette.PANEL)
            return self._person(ui, box.inflate(-32, -24), stacked=True) + 12

        if self.model.finished:  # the grid with each one's warmth, in place of their cards
            self._rhythm(ui, pygame.Rect(area.x, area.y, area.width, TALL), warmth=True)
            return
        with ui.ring.board(PEOPLE):
            self._stacked_people(ui, area, details)

    def keys_hint(self, board: str | None) -> str:
        if board == PEOPLE and self.paired:  # side by side: not "up and down"
            return self._t("keys_people_row")
        if board == OPTIONS and self._straight_on():  # (no people's page between persons)
            return self._t("keys_options_back")
        if board in (PEOPLE, OPTIONS):
            return self._t(f"keys_{board}")
        return super().keys_hint(board)

    def _person(self, ui: ViewBuilder, area: pygame.Rect, *, stacked: bool = False) -> int:
        """The chosen person's card in `area`: their news, the energy left, the ways to keep in
        touch and "Next week" at its foot; `stacked`, as tall as it needs from the top of
        `area` instead. Returns its bottom."""
        model, tr, cfg = self.model, self.tr, self.model.config
        tie = model.relationship(self.selected)
        # whose ways these are, on a paged board where the person's own card is pages away: in
        # the words of that card (the fourth Arabic play-test read "Ways to keep in touch
        # with:" and the news's cost, said again by the ways under it, on every card)
        heading = self.card_heading(tie) if stacked else tr.pick(tie.role)
        words = self._news_words(tie)
        y = area.y
        # on a stacked board, what the way just chosen did to the person before, over this
        # one's name: under it, in the name's bold, it read as this person's (sixth Arabic
        # play-test, s7_08); over their news too (a thanks that opened the next person's news
        # was never said to have done anything, thirty-eighth run)
        done = self.answered_words() if stacked else ""
        if done and words and not self._fits_over_news(ui, area.width, done, words):
            done = ""  # (Somali at 200 %: it stood alone on the page before the news)
        if done:
            y = self._flow(ui, area, y=y, text=done, size=NEWS_SIZE, role="secondary") + 8
        if stacked:  # their news or their name, a card the focus stands on after a choice
            # (steering.py); "no news" on it pushed their ways to the next page, read as a
            # screen of its own after each choice (eighteenth Arabic play-test)
            y = self._head_card(ui, tie, area, y, words, heading)
        else:
            y = self._flow(ui, area, y=y, text=tr.pick(tie.role), size=22, bold=True)
            style = {"color": palette.MUTED, "role": "secondary"}
            y = self._flow(ui, area, y=y, text=tr.pick(tie.context), size=18, **style)
        if words and not stacked:  # (stacked: the card above, which the focus can stand on)
            height = text_height(words, NEWS_SIZE, area.width - 12, bold=True)
            box = pygame.Rect(area.x, y + 4, area.width, height + 8)
            ui.panel(box.inflate(12, 0), palette.ACCENT_SOFT)
            ui.text(words, box.inflate(-12, 0), size=NEWS_SIZE, bold=True, middle=True)
            y = box.bottom + 8
        elif not stacked and not words:  # that there is no news
            no_news = self._t("no_news")
            y = self._flow(ui, area, y=y + 4, text=no_news, size=NEWS_SIZE, color=palette.MUTED)
            y += 4
        if done:  # the line over the card kept with it and the first ways, never alone at a
            # page's foot: the ways stood on a page that did not say whose they were
            ui.keep_with_next(area.y, y)
        left = self._t("energy_left", left=model.energy_left, total=cfg.energy_per_week)
        out = self._t("energy_out")  # the pips show none left; the words say what next
        energy = left if model.energy_left else out
        last = model.week == cfg.weeks - 1
        label = self._t("last_week") if last else self._t("next_week")
        width = button_width(label)
        # What the chosen way does, else how last week went.
        chosen = model.chosen(tie.id)
        foot = self.recap_text()
        if chosen is not None:
            # what a way does, said once: the same sentence again each week was a sixth of
            # the words read at 200 % (eighteenth Arabic play-test); after, how warm it made
            told = self._told_before(tie.id, chosen.id)
            foot = "" if told else tr.pick(chosen.effect)
            if stacked or told:  # whose: the card's heading may stand pages before (fifth
                # Arabic play-test: the effect alone on the "energy used" page, s7_03, s7_29)
                foot = f"{self.warmer_words(tie.id)} {foot}".strip()
            foot += self._bonus_words(tie)
        foot_color = palette.INK if chosen is not None else palette.MUTED
        if stacked:
            return self._stacked_foot(ui, tie, area, y, (energy, label, foot, foot_color))
        # the energy's line as tall whether energy is left or used up ("used" can take a line
        # less): the ways stay where they were when one is chosen (thirty-sixth run, mouse),
        # where that still leaves them a row
        tallest = max(self._energy(ui, 0, 0, area.width, w, measure=True) for w in (left, out))
        least_ways = self.least_ways_height(tie, area.width)
        if y + tallest + least_ways + button_height() + 16 > area.bottom:
            tallest = self._energy(ui, 0, 0, area.width, energy, measure=True)
        self._energy(ui, area.x, y, area.width, energy)
        y += tallest + 8
        foot_w = area.width - width - 12  # beside "Next week"
        foot, foot_h = self._foot_within(tie, foot, foot_w, area.bottom - 8 - y - least_ways)
        ui.ring.keeps_columns(OPTIONS)  # (its ways in two columns, over pages)
        with ui.ring.board(OPTIONS):
            self._options(ui, tie, pygame.Rect(area.x, y, area.width, area.bottom - foot_h - 8 - y))
        bottom = area.bottom - button_height()
        self._next_week_button(ui, label, pygame.Rect(area.right - width, bottom, width, 0))
        ui.text(
            foot,
            pygame.Rect(area.x, area.bottom - foot_h, foot_w, foot_h),
            size=FOOT_SIZE,
            color=foot_color,
            middle=True,
            role="secondary",
        )
        return area.bottom

    def _foot_within(self, tie: Tie, foot: str, width: int, room: int) -> tuple[str, int]:
        """The side-by-side card's foot beside "Next week", and its height, in words that leave
        the ways a row (`room`): the chosen way's effect, else only how warm it made the person,
        else nothing (the people's column says it too). The longer words took the ways' room
        and sent the board stacked and paged under the pointer, at the choice that used the
        week's last energy (thirtieth and thirty-first runs, by mouse)."""
        shorter = [foot]
        if self.model.chosen(tie.id) is not None:
            shorter += [self.warmer_words(tie.id) + self._bonus_words(tie), ""]
        for words in shorter:
            height = text_height(words, FOOT_SIZE, width, role="secondary") if words else 0
            height = max(button_height(), height)
            if height <= room:
                break
        return words, height

    def _bonus_words(self, tie: Tie) -> str:
        """The bonus said after a way that answers their news ("+1 warmth"), else ""."""
        cfg = self.model.config
        if not (self.model.noticed_now(tie.id) and cfg.news_bonus):
            return ""
        return " " + self._t("bonus", bonus=cfg.news_bonus)

    def _news_words(self, tie: Tie) -> str:
        """A person's news this week ("" for none)."""
        model = self.model
        news = model.news_for(tie.id)
        return "" if news is None else self._t("news", text=self.tr.pick(model.news_text(news)))

    def _fits_over_news(self, ui, width: int, done: str, words: str) -> bool:
        """Whether what the last way did fits one page over the open person's news card (the
        card at its shortest, as _head_card may draw it)."""
        room = getattr(ui, "page_room", None)
        if room is None:
            return True
        line = text_height(done, NEWS_SIZE, width, role="secondary") + 8
        return line + card_height(words, width, text_size=NEWS_SIZE) <= room

    def _head_card(self, ui: ViewBuilder, tie: Tie, area: pygame.Rect, y: int, words, title):
        """The open person's card on a paged board, with their news (or their name alone),
        kept with their first ways: at 200 % the news stood on the page before them, and the
        player answered news she never saw. Where the two do not fit one page, opening the
        person shows the card first (select), and Enter on it goes on to the ways; a choice
        going straight on to the next person stops here too. Its title says whose ways follow,
        where a page holds the card with them (the news itself names the person). Returns the
        y below it."""
        room = getattr(ui, "page_room", None) or TALL
        # the card and the first row of ways (the answering way first: ways.py) on one page,
        # dropping words from the card until they fit: at 200 % the news stood alone on a
        # page and took an Enter of its own before every answer (fourth Arabic play-test)
        first_row = self._first_row_height(tie, area.width) + 8
        # (no news: the card is their name)
        tries = ((words, title), (words, "")) if words else ((title, ""),)
        for fits in (room - first_row, room):
            for shown, heading in tries:
                height = card_height(shown, area.width, title=heading, text_size=NEWS_SIZE)
                if height <= fits:
                    break
            if height <= fits:
                break
        box = pygame.Rect(area.x, y, area.width, height)
        ui.ring.keeps_columns(OPTIONS)  # (its ways in two columns, over pages)
        with ui.ring.board(OPTIONS):  # with the ways: the arrows from person to person pass it
            to_ways = lambda: self._to_ways(tie.id)  # noqa: E731
            ui.card(
                f"{HEAD}{tie.id}",
                shown,
                box,
                to_ways,
                text_size=NEWS_SIZE,
                title=heading,
                on_move=self._way_move(0),
            )
        ui.keep_with_next(box.top, box.bottom)
        return box.bottom + 8

    def _to_ways(self, tie_id: str) -> None:
        self._focus_turning(self._way_to_focus(tie_id), ("ways", tie_id))

    # -- drawing -------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        # (a paged board's drawings on other pages have no size: see ui/sheet.py)
        for segment, filled in self._segments:
            if not segment.width:
                continue
            if filled:
                pygame.draw.rect(surface, palette.ACCENT, segment, border_radius=4)
            else:
                pygame.draw.rect(surface, palette.PANEL, segment, border_radius=4)
                pygame.draw.rect(surface, palette.BORDER, segment, width=2, border_radius=4)
        for pip, full in self._pips:
            if not pip.width:
                continue
            if full:
                pygame.draw.circle(surface, palette.ACCENT, pip.center, pip.width // 2)
            else:
                pygame.draw.circle(surface, palette.BORDER, pip.center, pip.width // 2, width=2)
        for cell, contacted in self._cells:
            if not cell.width:
                continue
            if contacted:
                pygame.draw.rect(surface, palette.ACCENT_SOFT, cell, border_radius=6)
                pygame.draw.rect(surface, palette.ACCENT, cell, width=2, border_radius=6)
                draw_check(surface, cell.center, self.marks.tick, palette.ACCENT_DARK)
            else:
                pygame.draw.rect(surface, palette.BORDER, cell, width=2, border_radius=6)
