"""Workshop mode's discussion card: the step's two or three open questions for the group, and the
step's tip for real life (in workshop mode the feedback leaves it to this card).

It opens after the feedback ("next step" goes on from here) and with F5 at any moment of a step.
"""

from __future__ import annotations

import pygame

from steps_game import group_texts
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_W, step_place
from steps_game.scenes.scroller import (
    BAR_W,
    Scroller,
    ScrollingList,
    fit_list,
    hint_height,
    place_hint,
)
from steps_game.scenes.sizing import place_headings, place_row, row_height
from steps_game.ui import palette
from steps_game.ui.second_line import pair_height, place_pair
from steps_game.ui.text import text_height
from steps_game.workshop import TIMER_RECT

PANEL = pygame.Rect(60, 16, SCREEN_W - 120, 688)
QUESTION_SIZES = (30, 28, 26, 24, 22, 20)  # before the text scale; the largest at which all fit
QUESTION_GAP = 18
TIP_SIZE = 20
HEADING_SIZE = 30
STEP_SIZE = 20
TIMER_GAP = 16  # between the heading and the timer in the card's corner


class DiscussionScene(ScrollingList, Scene):
    overlay = True

    def __init__(self, app, step: int) -> None:
        super().__init__(app)
        self.step = step
        self.level = app.content.level(step)
        self.preferred_focus = "next" if self.after_feedback else "close"
        self.scroller = Scroller()
        self.track = pygame.Rect(0, 0, 0, 0)

    def timer_place(self) -> pygame.Rect | None:
        """Where the facilitator's timer stands while it is on: inside the card, in its top
        corner where the heading ends (the left one right to left), not across its border."""
        workshop = self.app.workshop
        if workshop is None or not workshop.timer.on:
            return None
        inner = PANEL.inflate(-80, -48)
        rect = pygame.Rect(0, inner.y, TIMER_RECT.width, TIMER_RECT.height)
        rect.right = inner.right
        if self.ui.mirror:
            rect.left = SCREEN_W - inner.right
        return rect

    @property
    def questions(self) -> list:
        """The step's questions the room has not talked about at a reveal yet (all of them
        when the reveals took them all): the facilitator's card repeated the reveals' own."""
        asked = self.level.discussion
        room = self.app.workshop.room if self.app.workshop is not None else None
        own = self.level.workshop.talk or {}  # choices with a question of their own
        talked = (
            room.talked_about(self.step, len(asked), own) if room is not None and asked else set()
        )
        left = [question for index, question in enumerate(asked) if index not in talked]
        return left or list(asked)

    @property
    def after_feedback(self) -> bool:
        """Over the step's feedback the card leads on to the next step."""
        from steps_game.scenes.feedback import FeedbackScene

        below = self.app.workshop.base_scene() if self.app.workshop else None
        return isinstance(below, FeedbackScene)

    def build(self) -> None:
        tr, ui = self.tr, self.ui
        ui.panel(PANEL, palette.PANEL)
        inner = PANEL.inflate(-80, -48)
        # the heading and the step's line leave the card's top corner to the timer (F6)
        timer = self.timer_place()
        top = inner.copy()
        if timer is not None:
            top.width -= timer.width + TIMER_GAP
        heading_h = place_headings(ui, tr, "workshop.discussion_heading", top, HEADING_SIZE)
        title = tr.pick(group_texts.title(self.level, workshop=True))  # a workshop's card
        step = step_place(self.app, self.step) + ": " + title
        step_h = text_height(step, STEP_SIZE, top.width, role="secondary")
        step_box = pygame.Rect(inner.x, inner.y + heading_h + 4, top.width, step_h)
        ui.text(step, step_box, size=STEP_SIZE, color=palette.MUTED, role="secondary")
        buttons = self._buttons()
        buttons_h = row_height(buttons, inner.width)
        buttons_y = inner.bottom - buttons_h

        # The tip, in a tinted box above the buttons, as tall as its words.
        tip = tr.pick(group_texts.tip(self.level, workshop=True))  # a workshop's card
        tip_w = inner.width - 48
        tip_h = text_height(tip, TIP_SIZE, tip_w)
        tip_heading_h = text_height(tr("feedback.tip"), TIP_SIZE, tip_w, bold=True)
        box = pygame.Rect(inner.x, 0, inner.width, 12 + tip_heading_h + tip_h + 16)
        box.bottom = buttons_y - 16
        ui.panel(box, palette.ACCENT_SOFT)
        ui.text(
            tr("feedback.tip"),
            pygame.Rect(box.x + 24, box.y + 12, tip_w, tip_heading_h),
            size=TIP_SIZE,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        ui.text(
            tip,
            pygame.Rect(box.x + 24, box.y + 12 + tip_heading_h, tip_w, tip_h),
            size=TIP_SIZE,
        )

        # The questions, numbered, in the room between: the largest size at which all fit,
        # else at the smallest, a question at a time (the wheel, the arrows, Page Down).
        top = step_box.bottom + 16
        questions = pygame.Rect(inner.x, top, inner.width, box.top - 16 - top)
        texts = [
            f"{tr.number(number)}. {tr.pick(question)}"
            for number, question in enumerate(self.questions, start=1)
        ]
        # each question in workshop mode's second language under it (ui/second_line.py)
        seconds = [tr.second_pick(question) for question in self.questions]
        list_w = questions.width - 3 * BAR_W
        hint = tr("plan.scroll_hint")
        # the hint beside the buttons when it fits there, else between the questions and the tip
        hint_h = hint_height(hint, buttons, inner.width)
        one_by_one = None  # the largest size at which each question fits over the hint
        for size in QUESTION_SIZES:
            heights = [
                pair_height(text, second, tr.second, size, list_w)
                for text, second in zip(texts, seconds, strict=True)
            ]
            self.scroller.lay_out(heights, questions.height, QUESTION_GAP)
            if not self.scroller.scrolls:
                break
            if one_by_one is None and max(heights) <= questions.height - hint_h:
                one_by_one = size, heights
        else:  # (a question taller than its room ran into the hint: Persian with Swedish)
            size, heights = one_by_one or (size, heights)
        questions.height = fit_list(self.scroller, heights, questions.height, QUESTION_GAP, hint_h)
        y = questions.y
        for index in self.scroller.shown():
            rect = pygame.Rect(questions.x, y, list_w, heights[index])
            place_pair(ui, texts[index], seconds[index], tr.second, rect, size)
            y += heights[index] + QUESTION_GAP
        self.track = ui.place(
            pygame.Rect(questions.right - BAR_W, questions.y, BAR_W, questions.height)
        )
        if self.scroller.scrolls:
            row = pygame.Rect(inner.x, buttons_y, inner.width, buttons_h)
            if hint_h:  # place_hint puts it just above this "row": the questions' end
                row.y, row.height = questions.bottom + hint_h, 0
            place_hint(ui, hint, buttons, row)
        place_row(ui, buttons, buttons_y, inner.x, inner.right)

    def _buttons(self) -> list:
        tr = self.tr
        if self.after_feedback:
            # after the set's last step the card leads to what our group thought, not a step
            last = self.app.workshop.plan.after(self.step) is None
            buttons = [
                (
                    "next",
                    tr("workshop.to_group") if last else tr("feedback.next"),
                    lambda: self.app.workshop.next_step(self.step),
                ),
                ("close", tr("workshop.back"), self.app.pop, {"secondary": True}),
            ]
        else:
            buttons = [("close", tr("workshop.close"), self.app.pop)]
        return buttons

    def on_back(self) -> bool:
        self.app.pop()
        return True
