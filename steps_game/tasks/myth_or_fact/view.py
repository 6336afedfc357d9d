"""Step 1 on screen: one statement at a time with Myth / Fact, then cards of what I can offer.

Every box is as tall as its words measure at the player's text size (ui/flow.py): a long
explanation goes on page by page (in workshop mode beside the card first, where that fits one
page: beside.py), and the offers show as many cards a page as fit.
"""

from __future__ import annotations

import pygame

from steps_game.tasks.myth_or_fact.model import MythOrFactModel
from steps_game.tasks.myth_or_fact.reveal import build_reveal, takes_whole_board
from steps_game.tasks.view import TaskView, build_instruction, page_slices
from steps_game.ui import palette
from steps_game.ui.builder import BUTTON_TEXT_SIZE, ViewBuilder, button_height, button_width
from steps_game.ui.flow import (
    Pager,
    Para,
    design_size,
    height_of,
    px_for,
    widest_page_turn_label,
)
from steps_game.ui.grid import card_grid, card_height
from steps_game.ui.intents import Act, Intent
from steps_game.ui.second_line import place_second, second_height

GAP = 16
# The statement's card: its words at the first of these sizes at which the card takes at most
# this share of the board (options never shrink, so the size is chosen here).
STATEMENT_SIZES = (30, 28, 26, 24, 22, 20)
STATEMENT_SHARE = 0.45
ANSWER_W = 300
RING_ROOM = 16  # under the Myth and Fact buttons: their focus ring never touches the footer
OFFER_SIZE = 19
OFFER_H = 190  # an offer card's height when its words need no more
OFFER_COLUMNS = 4


class MythOrFactView(TaskView[MythOrFactModel]):
    def __init__(self, host, model: MythOrFactModel) -> None:
        super().__init__(host, model)
        self.pager = Pager()
        self._paged: object = None  # what the pager pages: a new statement starts at page 1
        self.carrying = False  # the offers' instruction on the board (carries_instruction)
        self.board_height = 0  # the board's height under the question (reveal.py)
        self.reveal_card = True  # the answer shows the statement's card (reveal.py)
        self.cards_fit: dict = {}  # whether every answer fits a page with its card (reveal.py)

    def instruction(self) -> str:
        cfg = self.model.config
        return self.tr.pick(
            cfg.offer_instruction if self.model.phase == "offer" else cfg.sort_instruction
        )

    def choice_point(self):
        """Myth or fact, named in the interface's words in every language."""
        from steps_game.i18n import in_every_language

        return self.model.choice_point(
            in_every_language("task.myth_or_fact.myth"), in_every_language("task.myth_or_fact.fact")
        )

    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        area = area.inflate(-40, 0)
        model = self.model
        paged = "offers" if model.phase == "offer" else model.current().id
        if paged != self._paged:
            self._paged, self.pager.page = paged, 0
        if model.phase == "offer":
            self._build_offers(ui, area)
        else:
            self._build_statement(ui, area)

    def handle(self, intent: Intent) -> bool:
        if intent.act is Act.SCROLL and self.pager.turn_within(1 if intent.dy > 0 else -1):
            self.host.rebuild()  # the wheel, Page Up and Page Down turn the pages
            return True
        return False

    def carries_instruction(self, board: pygame.Rect, whole: pygame.Rect) -> bool:
        """Large text: when not even one offer card and its page turner fit under the
        instruction (and the keys), the board takes the whole height under the title; the
        instruction has the offers' first page, and the cards the pages after it."""
        self.carrying, self.reveal_card = False, True
        if self.model.phase == "reveal":  # (the answer on the whole board: reveal.py)
            return takes_whole_board(self, board, whole)
        if self.model.phase != "offer":
            return False
        area = board.inflate(-40, 0)
        top = area.y + self._counter_height(area, self._chosen_text())
        box = pygame.Rect(area.x, top, area.width, area.bottom - top)
        count = len(self.model.config.offers)
        fits = self.card_pages_fit(
            self.pager, self._tallest, count, box, OFFER_COLUMNS, GAP, GAP, least_height=OFFER_H
        )
        self.carrying = not fits
        return self.carrying

    def _counter_height(self, area: pygame.Rect, text: str) -> int:
        para = Para(text, 20, "secondary", bold=True)
        return height_of(text, px_for(para), area.width, bold=True) + 6

    def _counter(self, ui: ViewBuilder, area: pygame.Rect, text: str) -> int:
        """A short muted line at the top of the board; returns the y under it."""
        para = Para(text, 20, "secondary", bold=True)
        height = height_of(text, px_for(para), area.width, bold=True)
        ui.text(
            text,
            pygame.Rect(area.x, area.y, area.width, height),
            size=design_size(px_for(para)),
            color=palette.MUTED,
            bold=True,
            role="secondary",
        )
        return area.y + height + 6

    def _second(self, statement) -> tuple[str, str] | None:
        """The statement in the workshop's second language, with its code (None without)."""
        words = self.tr.second_pick(statement.text)
        return (words, self.tr.second) if words else None

    def _statement_size(self, area, text, *, badge="", second=None) -> tuple[int, int]:
        """The statements' words' size and this card's height (with the words in a second
        language under them, when the workshop shows one). One size for every statement,
        before and after its answer: the first of STATEMENT_SIZES at which each card, with
        its "This is a myth/fact" line, takes at most STATEMENT_SHARE of the board (third
        Arabic play-test at 200 %: the words changed size from statement to statement, and
        shrank when the answer came)."""
        budget = round(area.height * STATEMENT_SHARE)
        tr = self.tr
        cards = [
            (tr.pick(statement.text), self._kind(statement), self._second(statement))
            for statement in self.model.config.statements
        ]

        def height(size: int, words: str, badge: str, second) -> int:
            return card_height(
                words, area.width, size, badge=badge, selectable=False, second=second
            )

        size = next(
            (
                size
                for size in STATEMENT_SIZES
                if all(height(size, *card) <= budget for card in cards)
            ),
            STATEMENT_SIZES[-1],
        )
        return size, height(size, text, badge, second)

    def _kind(self, statement) -> str:
        """ "This is a fact." or "This is a myth.", on the card once answered."""
        return self._t("is_fact" if statement.is_fact else "is_myth")

    def _statement_card(
        self, ui, area, top, text, *, badge="", spoken="", second=None
    ) -> pygame.Rect:
        """The statement's card. It takes the focus like any control, so that Tab and
        Shift+Tab reach it (after an answer too, to read it again); Enter on it reads it
        aloud, with what it means once answered (`spoken`), when reading aloud is on."""
        size, height = self._statement_size(area, text, badge=badge, second=second)
        card = pygame.Rect(area.x, top, area.width, height)
        said = " ".join(part for part in (text, f"({badge})" if badge else "", spoken) if part)
        ui.card(
            "statement",
            text,
            card,
            lambda: self.host.app.announce(said),
            text_size=size,
            badge=badge,
            label=said,
            second=second,
        )
        return card

    def _build_statement(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        statement = model.current()
        n, total = model.position
        counter = tr("task.myth_or_fact.counter", n=n, total=total)
        if model.phase == "reveal":
            build_reveal(self, ui, area, counter)
            return
        top = self._counter(ui, area, counter)
        second = self._second(statement)
        card = self._statement_card(ui, area, top, tr.pick(statement.text), second=second)
        keys = ("task.myth_or_fact.myth", "task.myth_or_fact.fact")
        # myth and fact, the options 1 and 2 of the room's count (tally.py)
        labels = tuple(self.numbered(index, tr(key)) for index, key in enumerate(keys))
        width = max(ANSWER_W, *(button_width(label) for label in labels))
        width = min(width, (area.width - 40) // 2)  # longer words wrap (never shrink)
        height = button_height() + 12
        # under the card, with room for the focus ring clear of the footer's buttons
        y = max(card.bottom + 16, min(card.bottom + 40, area.bottom - height - RING_ROOM))
        for index, (answer, label) in enumerate(zip((False, True), labels, strict=True)):
            x = area.centerx - width - 20 if index == 0 else area.centerx + 20
            ui.button(
                f"answer:{'fact' if answer else 'myth'}",
                label,
                pygame.Rect(x, y, width, height),
                lambda answer=answer: self.act(lambda: model.answer(answer)),
            )
            # the answer in the second language under its button (muted words would not
            # read on the button's colour)
            words = tr.second_say(keys[index])
            below = pygame.Rect(x, y + height + 4, width, 0)
            below.height = second_height(words, tr.second, BUTTON_TEXT_SIZE, width)
            place_second(ui, words, tr.second, below, BUTTON_TEXT_SIZE, center=True)
        self.host.preferred_focus = "answer:myth"

    def play_choice(self, option: int) -> None:
        """The room's answer from its count, whose reveal showed the answer and its reason: on
        past the task's verdict, which said them again (a page read aloud twice, warm-up
        facilitator run), to the next statement or the offers, or, all answered and no offers
        to choose, to the score."""
        model = self.model

        def answer_and_on() -> None:
            model.play_choice(option)
            if not model.is_complete():
                model.next()

        self.act(answer_and_on)
        if model.is_complete():
            self.host.finish()

    def next_part(self):
        """From an answered statement on to the next one (or to the offers), in the footer."""
        model = self.model
        if model.phase != "reveal":
            return None
        last = model.position[0] == model.position[1]
        label = self._t("to_offers") if last else self._t("next")
        return ("next", label, lambda: self.act(model.next))

    def _t(self, key: str) -> str:
        return self.tr(f"task.myth_or_fact.{key}")

    def _more_label(self, pages) -> str:
        return self.pager.label_for(self.tr, len(pages))

    def _turn(self) -> None:
        self.pager.turn(1)
        self.host.rebuild()
        if self.model.phase == "reveal" and self.pager.page == self.pager.pages - 1:
            self.host.ring.focus("next")  # the why read to its end: on to what comes next

    @property
    def open_ended(self) -> bool:
        """The offers: one chosen completes the task, and more may still be chosen up to the
        number asked for; the focus stays on the cards until then."""
        return self.model.phase == "offer" and self._offers_left() > 0

    def _offers_left(self) -> int:
        return self.model.config.offer_pick - len(self.model.state["offers"])

    def _toggle_offer(self, offer_id: str) -> None:
        """Choose or drop an offer; a chosen one sends the focus on to the next free card, and
        the last one asked for to Done (Enter on the card would drop it again)."""
        self.act(lambda: self.model.toggle_offer(offer_id))
        chosen = self.model.state["offers"]
        if self._offers_left() == 0 and self.model.is_complete():
            self.host.ring.focus("done")
        elif offer_id in chosen:
            self.host.ring.focus_next_free(f"offer:{offer_id}", chosen.__contains__)

    def _chosen_text(self) -> str:
        cfg = self.model.config
        chosen = self.model.state["offers"]
        return self.tr("task.myth_or_fact.chosen", count=len(chosen), pick=cfg.offer_pick)

    def _tallest(self, width: int) -> int:
        """How tall the offer cards are `width` wide (all one size: the tallest's words)."""
        tr = self.tr
        return max(
            card_height(tr.pick(offer.text), width, OFFER_SIZE, title=tr.pick(offer.label))
            for offer in self.model.config.offers
        )

    def _offer_card(self, ui: ViewBuilder, offer, rect: pygame.Rect) -> None:
        model, tr = self.model, self.tr
        chosen = model.state["offers"]
        ui.card(
            f"offer:{offer.id}",
            tr.pick(offer.text),
            rect,
            lambda oid=offer.id: self._toggle_offer(oid),
            title=tr.pick(offer.label),
            selected=offer.id in chosen,
            dimmed=len(chosen) >= model.config.offer_pick and offer.id not in chosen,
            text_size=OFFER_SIZE,
        )

    def _build_offers(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        if self.carrying:
            self._build_offers_carried(ui, area)
            return
        tr, cfg = self.tr, self.model.config
        top = self._counter(ui, area, self._chosen_text())
        cards = list(cfg.offers)
        box = pygame.Rect(area.x, top, area.width, area.bottom - top)
        pages = self.card_pages(
            self.pager,
            self._tallest,
            len(cards),
            box,
            OFFER_COLUMNS,
            GAP,
            GAP,
            least_height=OFFER_H,
            ids=[f"offer:{offer.id}" for offer in cards],
        )
        shown = [cards[i] for i in pages.shown]
        for index, offer in enumerate(shown):
            self._offer_card(ui, offer, pages.grid.rect(area.x, top, index, GAP, GAP))
        pages.place_more(ui, tr, self.pager, self.host.rebuild, OFFER_SIZE, "more")
        if shown:
            self.host.preferred_focus = f"offer:{shown[0].id}"

    def _build_offers_carried(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        """The offers on the whole board: the instruction, the keys and the counter on the
        first page, then the cards as many a page as fit under the counter, each page with
        its turner in the footer or under the cards, where it stays as the pages turn."""
        tr, cards = self.tr, list(self.model.config.offers)
        counter = self._chosen_text()
        top = area.y + self._counter_height(area, counter)
        box = pygame.Rect(area.x, top, area.width, area.bottom - top)

        def grid_in(room: pygame.Rect):
            grid = card_grid(
                self._tallest, len(cards), room.size, OFFER_COLUMNS, GAP, GAP, least_height=OFFER_H
            )
            return grid, page_slices(len(cards), grid.per_page)

        grid, slices = grid_in(box)
        in_footer = self.host.footer_button(
            "more", self.pager.label_for(tr, 1 + len(slices)), self._turn
        )
        row = pygame.Rect(area.x, area.bottom - button_height(), area.width, button_height())
        if not in_footer:
            box.height = row.y - GAP - box.y
            grid, slices = grid_in(box)
        before, focused = self.pager.pages, self.host.ring.focused_id
        page = self.pager.settle(1 + len(slices))
        self.host.ring.paged(self.pager.arrow_turn(self.host.rebuild))  # arrows over the pages
        ids = [f"offer:{offer.id}" for offer in cards]
        if self.pager.pages != before and focused in ids:
            # the pages changed under the focused card (the keys' line came): show its page
            index = ids.index(focused)
            page = self.pager.page = 1 + next(n for n, part in enumerate(slices) if index in part)
        if page == 0:
            lead = build_instruction(
                ui,
                self.instruction(),
                self.host.keys_text,
                pygame.Rect(area.x, area.y, area.width, 0),
            )
            under = pygame.Rect(area.x, area.y + lead + 12, area.width, area.height)
            self._counter(ui, under, counter)
            self.host.preferred_focus = "more"
        else:
            self._counter(ui, area, counter)
            shown = [cards[i] for i in slices[page - 1]]
            for index, offer in enumerate(shown):
                self._offer_card(ui, offer, grid.rect(area.x, top, index, GAP, GAP))
            self.host.preferred_focus = f"offer:{shown[0].id}"
        if not in_footer:
            row.width = min(area.width, button_width(widest_page_turn_label(tr, self.pager.pages)))
            self.pager.button(ui, tr, row, self.host.rebuild, "more")
