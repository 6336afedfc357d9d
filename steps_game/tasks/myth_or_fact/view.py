"""Step 1 on screen: one statement at a time with Myth / Fact, then cards of what I can offer.

Every box is as tall as its words measure at the player's text size (ui/flow.py): a long
explanation goes on page by page, and the offers show as many cards a page as fit.
"""

from __future__ import annotations

import pygame

from steps_game.tasks.myth_or_fact.model import MythOrFactModel
from steps_game.tasks.view import TaskView
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.flow import (
    Group,
    Pager,
    Para,
    design_size,
    draw_page,
    flow,
    height_of,
    px_for,
)
from steps_game.ui.grid import card_grid, card_height
from steps_game.ui.intents import Act, Intent

GAP = 16
# The statement's card: its words at the first of these sizes at which the card takes at most
# this share of the board (options never shrink, so the size is chosen here).
STATEMENT_SIZES = (30, 28, 26, 24, 22, 20)
STATEMENT_SHARE = 0.45
ANSWER_W = 300
OFFER_SIZE = 19
OFFER_H = 190  # an offer card's height when its words need no more
OFFER_COLUMNS = 4


class MythOrFactView(TaskView[MythOrFactModel]):
    def __init__(self, host, model: MythOrFactModel) -> None:
        super().__init__(host, model)
        self.pager = Pager()
        self._paged: object = None  # what the pager pages: a new statement starts at page 1

    def instruction(self) -> str:
        cfg = self.model.config
        return self.tr.pick(
            cfg.offer_instruction if self.model.phase == "offer" else cfg.sort_instruction
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
        if intent.act is Act.SCROLL and self.pager.turn(1 if intent.dy > 0 else -1):
            self.host.rebuild()  # the wheel, Page Up and Page Down turn the pages
            return True
        return False

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

    def _statement_card(self, ui, area, top, text, *, badge="") -> pygame.Rect:
        budget = round(area.height * STATEMENT_SHARE)
        size = STATEMENT_SIZES[-1]
        for size in STATEMENT_SIZES:
            if card_height(text, area.width, size, badge=badge, selectable=False) <= budget:
                break
        height = card_height(text, area.width, size, badge=badge, selectable=False)
        card = pygame.Rect(area.x, top, area.width, height)
        ui.card("statement", text, card, None, text_size=size, badge=badge)
        return card

    def _build_statement(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        statement = model.current()
        n, total = model.position
        top = self._counter(ui, area, tr("task.myth_or_fact.counter", n=n, total=total))
        if model.phase == "sort":
            card = self._statement_card(ui, area, top, tr.pick(statement.text))
            labels = (tr("task.myth_or_fact.myth"), tr("task.myth_or_fact.fact"))
            width = max(ANSWER_W, *(button_width(label) for label in labels))
            width = min(width, (area.width - 40) // 2)  # longer words wrap (never shrink)
            y = card.bottom + 40
            height = button_height() + 12
            for index, (answer, label) in enumerate(zip((False, True), labels, strict=True)):
                x = area.centerx - width - 20 if index == 0 else area.centerx + 20
                ui.button(
                    f"answer:{'fact' if answer else 'myth'}",
                    label,
                    pygame.Rect(x, y, width, height),
                    lambda answer=answer: self.act(lambda: model.answer(answer)),
                )
            self.host.preferred_focus = "answer:myth"
            return
        right = model.answered_right(statement.id)
        verdict = tr("task.myth_or_fact.right") if right else tr("task.myth_or_fact.wrong")
        kind = (
            tr("task.myth_or_fact.is_fact")
            if statement.is_fact
            else tr("task.myth_or_fact.is_myth")
        )
        card = self._statement_card(ui, area, top, tr.pick(statement.text), badge=kind)
        explanation = tr.pick(statement.explanation)
        if statement.source:
            explanation += "\n" + tr("task.myth_or_fact.source", source=tr.pick(statement.source))
        row_y = area.bottom - button_height()
        box = pygame.Rect(area.x, card.bottom + 12, area.width, row_y - 12 - card.bottom - 12)
        color = palette.GOOD if right else palette.WARN
        groups = [
            Group((Para(verdict, 26, "title", bold=True, color=color, heading=True),)),
            Group((Para(explanation, 21),)),
        ]
        pages = flow(groups, box)
        draw_page(ui, pages[self.pager.settle(len(pages))])
        last = model.position[0] == model.position[1]
        label = tr("task.myth_or_fact.to_offers") if last else tr("task.myth_or_fact.next")
        ui.button_row([("next", label, lambda: self.act(model.next))], row_y, right=area.right)
        self._pager_row(ui, area, row_y)
        self.host.preferred_focus = "next"

    def _pager_row(self, ui: ViewBuilder, area: pygame.Rect, y: int) -> None:
        if self.pager.pages > 1:
            row = [("more", self.pager.label(self.tr), self._turn, {"secondary": True})]
            ui.button_row(row, y, align="left", left=area.x)

    def _turn(self) -> None:
        self.pager.turn(1)
        self.host.rebuild()

    def _build_offers(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        tr, model, cfg = self.tr, self.model, self.model.config
        chosen = model.state["offers"]
        top = self._counter(
            ui, area, tr("task.myth_or_fact.chosen", count=len(chosen), pick=cfg.offer_pick)
        )
        cards = [(offer, tr.pick(offer.label), tr.pick(offer.text)) for offer in cfg.offers]

        def tallest(width: int) -> int:
            return max(
                card_height(text, width, OFFER_SIZE, title=title) for _, title, text in cards
            )

        def grid_in(height: int):
            room = (area.width, height)
            most = OFFER_COLUMNS
            return card_grid(tallest, len(cards), room, most, GAP, GAP, least_height=OFFER_H)

        grid = grid_in(area.bottom - top)
        slices = grid.slices(len(cards))
        shown = [cards[i] for i in slices[self.pager.settle(len(slices))]]
        for index, (offer, title, text) in enumerate(shown):
            full = len(chosen) >= cfg.offer_pick and offer.id not in chosen
            ui.card(
                f"offer:{offer.id}",
                text,
                grid.rect(area.x, top, index, GAP, GAP),
                lambda oid=offer.id: self.act(lambda: model.toggle_offer(oid)),
                title=title,
                selected=offer.id in chosen,
                dimmed=full,
                text_size=OFFER_SIZE,
            )
        more = grid.rect(area.x, top, len(shown), GAP, GAP)
        self.pager.more_card(ui, tr, more, self.host.rebuild, OFFER_SIZE)
        if shown:
            self.host.preferred_focus = f"offer:{shown[0][0].id}"
