"""Step 1 on screen: one statement at a time with Myth / Fact, then cards of what I can offer."""

from __future__ import annotations

import pygame

from steps_game.tasks.myth_or_fact.model import MythOrFactModel
from steps_game.tasks.view import TaskView
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height


class MythOrFactView(TaskView[MythOrFactModel]):
    def instruction(self) -> str:
        cfg = self.model.config
        return self.tr.pick(
            cfg.offer_instruction if self.model.phase == "offer" else cfg.sort_instruction
        )

    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        if self.model.phase == "offer":
            self._build_offers(ui, area)
        else:
            self._build_statement(ui, area)

    def _build_statement(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        statement = model.current()
        n, total = model.position
        ui.text(
            tr("task.myth_or_fact.counter", n=n, total=total),
            pygame.Rect(area.x + 20, area.y, 400, 30),
            size=20,
            color=palette.MUTED,
            bold=True,
        )
        card = pygame.Rect(area.x + 20, area.y + 36, area.width - 40, 150)
        if model.phase == "sort":
            ui.card("statement", tr.pick(statement.text), card, None, text_size=30)
            y = card.bottom + 40
            width = 300
            ui.button(
                "answer:myth",
                tr("task.myth_or_fact.myth"),
                pygame.Rect(area.centerx - width - 20, y, width, button_height() + 12),
                lambda: self.act(lambda: model.answer(False)),
            )
            ui.button(
                "answer:fact",
                tr("task.myth_or_fact.fact"),
                pygame.Rect(area.centerx + 20, y, width, button_height() + 12),
                lambda: self.act(lambda: model.answer(True)),
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
        ui.card("statement", tr.pick(statement.text), card, None, text_size=28, badge=kind)
        ui.text(
            verdict,
            pygame.Rect(card.x, card.bottom + 16, card.width, 36),
            size=26,
            bold=True,
            color=palette.GOOD if right else palette.WARN,
        )
        explanation = tr.pick(statement.explanation)
        if statement.source:
            explanation += "\n" + tr("task.myth_or_fact.source", source=statement.source)
        ui.text(explanation, pygame.Rect(card.x, card.bottom + 58, card.width, 140), size=21)
        last = model.position[0] == model.position[1]
        label = tr("task.myth_or_fact.to_offers") if last else tr("task.myth_or_fact.next")
        ui.button_row(
            [("next", label, lambda: self.act(model.next))],
            area.bottom - button_height(),
            right=area.right - 20,
        )
        self.host.preferred_focus = "next"

    def _build_offers(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        tr, model, cfg = self.tr, self.model, self.model.config
        chosen = model.state["offers"]
        ui.text(
            tr("task.myth_or_fact.chosen", count=len(chosen), pick=cfg.offer_pick),
            pygame.Rect(area.x + 20, area.y, 400, 30),
            size=20,
            color=palette.MUTED,
            bold=True,
        )
        columns = 4
        gap = 16
        width = (area.width - 40 - gap * (columns - 1)) // columns
        rows = (len(cfg.offers) + columns - 1) // columns
        height = min(190, (area.height - 44 - gap * (rows - 1)) // rows)
        for index, offer in enumerate(cfg.offers):
            column, row = index % columns, index // columns
            rect = pygame.Rect(
                area.x + 20 + column * (width + gap),
                area.y + 40 + row * (height + gap),
                width,
                height,
            )
            full = len(chosen) >= cfg.offer_pick and offer.id not in chosen
            ui.card(
                f"offer:{offer.id}",
                tr.pick(offer.text),
                rect,
                lambda oid=offer.id: self.act(lambda: model.toggle_offer(oid)),
                title=tr.pick(offer.label),
                selected=offer.id in chosen,
                dimmed=full,
                text_size=19,
            )
        self.host.preferred_focus = f"offer:{cfg.offers[0].id}"
