""" "Why this score": the choices and reasons that earned one dimension its score."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import overlay_panel
from steps_game.ui import palette

MAX_LINES = 5


class WhyScene(Scene):
    overlay = True

    def __init__(self, app, dimension_id: str) -> None:
        super().__init__(app)
        self.dimension_id = dimension_id
        self.preferred_focus = "back"

    def build(self) -> None:
        tr = self.tr
        content = self.app.content
        dimension = content.dimension(self.dimension_id)
        outcomes = [o for o in self.app.session.outcomes() if o.dimension == self.dimension_id]
        panel = overlay_panel(self.ui, 600, 1080)
        inner = panel.inflate(-64, -48)
        score = outcomes[0].score if outcomes else None
        title = tr.pick(dimension.name) + ("" if score is None else f": {score} / 100")
        self.ui.text(
            title,
            pygame.Rect(inner.x, inner.y, inner.width, 40),
            size=30,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        self.ui.text(
            tr.pick(dimension.meaning), pygame.Rect(inner.x, inner.y + 44, inner.width, 56), size=20
        )
        column = (inner.width - 32) // 2
        if outcomes:
            reasons = outcomes[0].reasons
            groups = (
                (tr("feedback.earned"), [r for r in reasons if r.earned]),
                (tr("feedback.more"), [r for r in reasons if not r.earned]),
            )
        else:
            groups = ((tr("profile.not_done"), []), ("", []))
        for index, (heading, items) in enumerate(groups):
            x = inner.x + index * (column + 32)
            self.ui.text(
                heading,
                pygame.Rect(x, inner.y + 112, column, 30),
                size=20,
                bold=True,
                color=palette.ACCENT_DARK,
            )
            lines = "\n".join("• " + tr.pick(r.text, **r.params) for r in items[:MAX_LINES])
            if not lines and outcomes and index == 1:
                lines = tr("profile.nothing_more")
            if lines:
                self.ui.text(lines, pygame.Rect(x, inner.y + 146, column, 250), size=18)
        self.ui.panel(pygame.Rect(inner.x, inner.y + 404, inner.width, 76), palette.ACCENT_SOFT)
        self.ui.text(
            tr("profile.next_step") + " " + tr.pick(dimension.next_step),
            pygame.Rect(inner.x + 16, inner.y + 412, inner.width - 32, 60),
            size=19,
        )
        self.ui.button_row(
            [("back", tr("profile.back"), self.app.pop)], panel.bottom - 76, right=panel.right - 32
        )

    def on_back(self) -> bool:
        self.app.pop()
        return True
