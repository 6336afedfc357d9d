"""The feedback card after a step: the score, why, what would earn more, and a tip for real life."""

from __future__ import annotations

import pygame

from steps_game.outcome import Outcome
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y
from steps_game.ui import palette
from steps_game.ui.motion import Reveal

MAX_LINES = 5
# Workshop mode: larger words, so the columns grow, show two reasons each, and the tip moves to
# the discussion card that follows (scenes/discussion.py).
WORKSHOP_MAX_LINES = 2


def draw_score_bar(surface: pygame.Surface, rect: pygame.Rect, score: int) -> None:
    pygame.draw.rect(surface, palette.PANEL, rect, border_radius=rect.height // 2)
    filled = rect.copy()
    filled.width = max(rect.height, round(rect.width * score / 100)) if score else 0
    if filled.width:
        pygame.draw.rect(surface, palette.ACCENT, filled, border_radius=rect.height // 2)
    pygame.draw.rect(surface, palette.BORDER, rect, width=2, border_radius=rect.height // 2)


class FeedbackScene(Scene):
    menu_button = True

    def __init__(self, app, step: int, outcome: Outcome) -> None:
        super().__init__(app)
        self.step = step
        self.outcome = outcome
        self.level = app.content.level(step)
        self.preferred_focus = "next"
        self.reveal = Reveal.start(app.settings.reduced_motion)  # the bar fills once

    def _reason_text(self, reason) -> str:
        return "• " + self.tr.pick(reason.text, **reason.params)

    def build(self) -> None:
        tr = self.tr
        dimension = self.app.content.dimension(self.outcome.dimension)
        self.step_header(self.level)
        workshop = self.app.workshop is not None
        self.ui.text(
            tr("feedback.score", dimension=tr.pick(dimension.name), score=self.outcome.score),
            pygame.Rect(MARGIN, 118, 760, 56) if workshop else pygame.Rect(MARGIN, 120, 600, 40),
            size=26,
            bold=True,
        )
        column_w = (SCREEN_W - 2 * MARGIN - 40) // 2
        lines = WORKSHOP_MAX_LINES if workshop else MAX_LINES
        earned = [r for r in self.outcome.reasons if r.earned][:lines]
        missed = [r for r in self.outcome.reasons if not r.earned][:lines]
        top, height, heading_h = (210, 422, 46) if workshop else (200, 300, 32)
        for index, (title, reasons) in enumerate(
            ((tr("feedback.earned"), earned), (tr("feedback.more"), missed))
        ):
            x = MARGIN + index * (column_w + 40)
            self.ui.panel(pygame.Rect(x, top, column_w, height))
            self.ui.text(
                title,
                pygame.Rect(x + 24, top + 16, column_w - 48, heading_h),
                size=22,
                bold=True,
                color=palette.ACCENT_DARK,
            )
            text = "\n".join(self._reason_text(r) for r in reasons)
            if text:
                below = top + 24 + heading_h
                body = pygame.Rect(x + 24, below, column_w - 48, top + height - 14 - below)
                self.ui.text(text, body, size=20)
        if not workshop:
            self.build_tip()
        last = self.step >= len(self.app.content.levels)
        go_on = tr("feedback.to_profile") if last else tr("feedback.next")
        if workshop:  # the group talks before moving on
            go_on = tr("workshop.to_discussion")
        self.ui.button_row(
            [
                ("next", go_on, self.go_on),
                ("retry", tr("feedback.retry"), self.retry, {"secondary": True}),
            ],
            footer_y(),
        )

    def build_tip(self) -> None:
        tr = self.tr
        self.ui.panel(pygame.Rect(MARGIN, 516, SCREEN_W - 2 * MARGIN, 116), palette.ACCENT_SOFT)
        self.ui.text(
            tr("feedback.tip"),
            pygame.Rect(MARGIN + 24, 528, 600, 30),
            size=20,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        self.ui.text(
            tr.pick(self.level.tip),
            pygame.Rect(MARGIN + 24, 560, SCREEN_W - 2 * MARGIN - 48, 64),
            size=21,
        )

    @property
    def animating(self) -> bool:
        return not self.reveal.done

    def update(self, dt: float) -> None:
        self.reveal.advance(dt)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        bar_y = 180 if self.app.workshop is not None else 166
        shown = round(self.outcome.score * self.reveal.share)
        draw_score_bar(surface, pygame.Rect(MARGIN, bar_y, 560, 18), shown)
        self.draw_step_track(surface, self.step)

    def go_on(self) -> None:
        from steps_game.scenes.flow import scene_for_step

        if self.app.workshop is not None:
            self.app.workshop.toggle_discussion()
            return
        self.app.replace(scene_for_step(self.app, self.step + 1))

    def retry(self) -> None:
        from steps_game.scenes.task_host import TaskHostScene

        self.app.replace(TaskHostScene(self.app, self.step, resume_saved=False))
