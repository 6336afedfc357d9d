"""Workshop mode's discussion card: the step's two or three open questions for the group, and the
step's tip for real life (in workshop mode the feedback leaves it to this card).

It opens after the feedback ("next step" goes on from here) and with F5 at any moment of a step.
"""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_W
from steps_game.ui import palette
from steps_game.ui.text import render, text_scale

PANEL = pygame.Rect(60, 16, SCREEN_W - 120, 688)
QUESTION_SIZES = (30, 28, 26, 24, 22)  # before the text scale; the largest at which all fit
QUESTION_GAP = 18
TIP_SIZE = 20


class DiscussionScene(Scene):
    overlay = True

    def __init__(self, app, step: int) -> None:
        super().__init__(app)
        self.step = step
        self.level = app.content.level(step)
        self.preferred_focus = "next" if self.after_feedback else "close"

    @property
    def after_feedback(self) -> bool:
        """Over the step's feedback the card leads on to the next step."""
        from steps_game.scenes.feedback import FeedbackScene

        below = self.app.workshop.base_scene() if self.app.workshop else None
        return isinstance(below, FeedbackScene)

    def build(self) -> None:
        tr = self.tr
        total = len(self.app.content.levels)
        scale = text_scale()
        self.ui.panel(PANEL, palette.PANEL)
        inner = PANEL.inflate(-80, -48)
        self.ui.text(
            tr("workshop.discussion_heading"),
            pygame.Rect(inner.x, inner.y, 860, 62),
            size=30,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        self.ui.text(
            tr("intro.step_of", n=self.step, total=total) + ": " + tr.pick(self.level.title),
            pygame.Rect(inner.x, inner.y + 64, inner.width, 44),
            size=20,
            color=palette.MUTED,
        )
        buttons_y = inner.bottom - self.ui.row_height

        # The tip, in a tinted box above the buttons, as tall as its words.
        tip = tr.pick(self.level.tip)
        tip_w = inner.width - 48
        tip_h = render(tip, round(TIP_SIZE * scale), palette.INK, width=tip_w).get_height()
        heading_h = render(tr("feedback.tip"), round(TIP_SIZE * scale), palette.INK, bold=True)
        box = pygame.Rect(inner.x, 0, inner.width, 12 + heading_h.get_height() + tip_h + 16)
        box.bottom = buttons_y - 16
        self.ui.panel(box, palette.ACCENT_SOFT)
        self.ui.text(
            tr("feedback.tip"),
            pygame.Rect(box.x + 24, box.y + 12, tip_w, heading_h.get_height()),
            size=TIP_SIZE,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        self.ui.text(
            tip,
            pygame.Rect(box.x + 24, box.y + 12 + heading_h.get_height(), tip_w, tip_h),
            size=TIP_SIZE,
        )

        # The questions, numbered, in the room between.
        top = inner.y + 124
        room = box.top - 16 - top
        texts = [
            f"{number}. {tr.pick(question)}"
            for number, question in enumerate(self.level.discussion, start=1)
        ]
        for size in QUESTION_SIZES:
            drawn = round(size * scale)
            heights = [
                render(text, drawn, palette.INK, width=inner.width).get_height() for text in texts
            ]
            if sum(heights) + QUESTION_GAP * (len(texts) - 1) <= room:
                break
        y = top
        for text, height in zip(texts, heights, strict=True):
            self.ui.text(text, pygame.Rect(inner.x, y, inner.width, height), size=size)
            y += height + QUESTION_GAP

        if self.after_feedback:
            last = self.step >= total
            buttons = [
                (
                    "next",
                    tr("workshop.to_profile") if last else tr("feedback.next"),
                    lambda: self.app.workshop.next_step(self.step),
                ),
                ("close", tr("workshop.back"), self.app.pop, {"secondary": True}),
            ]
        else:
            buttons = [("close", tr("workshop.close"), self.app.pop)]
        self.ui.button_row(buttons, buttons_y, right=inner.right)

    def on_back(self) -> bool:
        self.app.pop()
        return True
