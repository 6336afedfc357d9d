""" "My networking plan": goals, actions by week, people to approach, and the upkeep rhythm."""

from __future__ import annotations

import pygame

from steps_game.plan import plan_entries
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import FOOTER_Y, MARGIN, SCREEN_W, header
from steps_game.tasks.base import PLAN_SECTIONS
from steps_game.ui import palette

TOP = 112
GAP = 20
MAX_LINES = 7


def entry_text(tr, entry) -> str:
    words = tr.pick(entry.text, **entry.params)
    if entry.week is not None:
        return tr("plan.week", week=entry.week) + " " + words
    return words


class PlanScene(Scene):
    def __init__(self, app) -> None:
        super().__init__(app)
        self.sections = plan_entries(app.content, app.session.outcomes(), app.session.field_id)

    def build(self) -> None:
        tr = self.tr
        header(self.ui, tr("game.name"), tr("plan.heading"))
        width = (SCREEN_W - 2 * MARGIN - GAP) // 2
        height = (FOOTER_Y - 16 - TOP - GAP) // 2
        for index, name in enumerate(PLAN_SECTIONS):
            column, row = index % 2, index // 2
            box = pygame.Rect(
                MARGIN + column * (width + GAP), TOP + row * (height + GAP), width, height
            )
            self.ui.panel(box)
            self.ui.text(
                tr(f"plan.{name}"),
                pygame.Rect(box.x + 20, box.y + 12, box.width - 40, 30),
                size=21,
                bold=True,
                color=palette.ACCENT_DARK,
            )
            entries = self.sections.get(name, [])
            lines = [("• " + entry_text(tr, e)) for e in entries[:MAX_LINES]]
            if len(entries) > MAX_LINES:
                lines.append(tr("plan.more", count=len(entries) - MAX_LINES))
            text = "\n".join(lines) or tr(f"plan.empty_{name}")
            self.ui.text(
                text, pygame.Rect(box.x + 20, box.y + 48, box.width - 40, box.height - 60), size=18
            )
        self.ui.button_row([("back", tr("plan.back"), self.app.pop)], FOOTER_Y + 4)

    def on_back(self) -> bool:
        self.app.pop()
        return True
