"""The feedback card after a step: the score, why, what would earn more, and a tip for real life."""

from __future__ import annotations

from dataclasses import replace

import pygame

from steps_game import group_texts
from steps_game.outcome import Outcome
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import (
    MARGIN,
    SCREEN_W,
    footer_y,
)
from steps_game.scenes.scroller import TurnsPages
from steps_game.ui import palette
from steps_game.ui.flow import Group, Page, Pager, Para, draw_page, flow_ending, height_of, px_for
from steps_game.ui.motion import Reveal
from steps_game.ui.text import line_height, text_scale

SCORE_W = 760
BAR_H = 18
COLUMN_GAP = 40
# Two columns side by side while their words are at most this many times their 100 % size; one
# under the other when larger (a column would hold a few words a line). In workshop mode the tip
# moves to the discussion card that follows (scenes/discussion.py).
TWO_COLUMNS_UP_TO = 1.5


def draw_score_bar(
    surface: pygame.Surface, rect: pygame.Rect, score: int, *, from_right: bool = False
) -> None:
    """The score as a bar filled from where reading starts: from the right in a mirrored
    (right-to-left) layout, where the bar also stands under the right-aligned score."""
    pygame.draw.rect(surface, palette.PANEL, rect, border_radius=rect.height // 2)
    filled = rect.copy()
    filled.width = max(rect.height, round(rect.width * score / 100)) if score else 0
    if from_right:
        filled.right = rect.right
    if filled.width:
        pygame.draw.rect(surface, palette.ACCENT, filled, border_radius=rect.height // 2)
    pygame.draw.rect(surface, palette.BORDER, rect, width=2, border_radius=rect.height // 2)


class FeedbackScene(TurnsPages, Scene):
    clicker_way_on = "next"  # past the last page of why, a workshop clicker goes on
    menu_button = True

    def __init__(self, app, step: int, outcome: Outcome) -> None:
        super().__init__(app)
        self.step = step
        self.outcome = outcome
        self.level = app.content.level(step)
        self.preferred_focus = "next"
        self.reveal = Reveal.start(app.settings.reduced_motion)  # the bar fills once
        self.pager = Pager()
        self.read_to = 0  # the last page of why shown so far
        self.bar_y = 166

    def _reason_text(self, reason) -> str:
        return "• " + self.tr.pick(reason.text, **reason.params)

    def build(self) -> None:
        tr = self.tr
        dimension = self.app.content.dimension(self.outcome.dimension)
        below = self.step_header(self.level, spare_track=True)
        workshop = self.app.workshop is not None
        card = self._to_card()
        score = tr("feedback.score", dimension=tr.pick(dimension.name), score=self.outcome.score)
        heading = Para(score, 26, "title", bold=True)
        top = below + 4
        # beside nothing (the Menu button stands higher): as wide as the screen when the
        # score's words would wrap in its usual measure
        score_w = SCORE_W
        if height_of(score, px_for(heading), SCORE_W, bold=True) > line_height(
            px_for(heading), bold=True
        ):
            score_w = SCREEN_W - 2 * MARGIN
        score_h = height_of(score, px_for(heading), score_w, bold=True)
        self.ui.text(
            score, pygame.Rect(MARGIN, top, score_w, score_h), size=26, bold=True, role="title"
        )
        self.bar_y = top + score_h + 4
        box = pygame.Rect(MARGIN, self.bar_y + BAR_H + 16, SCREEN_W - 2 * MARGIN, 0)
        # the buttons' row a little under the footer's line, kept on screen when they are taller
        row_y = footer_y()
        last = self.step >= len(self.app.content.levels)
        go_on = tr("feedback.to_profile") if last else tr("feedback.next")
        if card:  # the group talks before moving on
            go_on = tr("workshop.to_discussion")
        elif workshop and self.app.workshop.plan.after(self.step) is None:
            go_on = tr("workshop.to_group")  # (the set's last step)
        others = [go_on, tr("feedback.retry")]
        box.height = row_y - 12 - box.top
        shown = self.pager.page  # (a first try must not take the player off the last page)
        page = self._pages(box, tip=self._tip_under(card))
        # paged: the turner at the start of the buttons' row when the words for that many
        # pages fit there, else on a row of its own above it
        more_y = self.turner_y(row_y, SCREEN_W - 2 * MARGIN, others, self.pager.pages)
        if self.pager.pages > 1 and more_y != row_y:
            self.pager.page = shown
            box.height = more_y - 12 - box.top
            page = self._pages(box, tip=self._tip_under(card))
        draw_page(self.ui, page)
        # made in reading order, the page turner at the row's start first, so that Tab goes
        # along the row as it reads (right to left in a right-to-left language); the focus
        # starts on the way on (preferred_focus), or on the page turner while pages of why are
        # unread (third Arabic keyboard play-test at 200 %: the focus on Next step passed
        # pages 2 and 3 by)
        # (not in a workshop with discussion cards: the facilitator reads out what the room
        # needs and goes on to the talk; Enter that turned a page instead cost the second
        # real-time run 0:38. Without cards the step's tip may stand on the last page, and
        # Enter on "Next step" passed it by, tenth facilitator run)
        self.read_to = max(self.read_to, self.pager.page)
        unread = self.pager.pages > 1 and self.read_to < self.pager.pages - 1
        self.preferred_focus = "more" if unread and not card else "next"
        self.turner(more_y, MARGIN)
        self.ui.button_row(
            [
                ("next", go_on, self.go_on),
                ("retry", tr("feedback.retry"), self.retry, {"secondary": True}),
            ],
            row_y,
        )

    def _tip_under(self, card: bool) -> Group | None:
        """The step's tip under the columns, where no discussion card carries it (in a
        workshop whose set has cards) and no column stands in its place (_columns)."""
        if card or self._tip_beside():
            return None
        return self._tip()

    def _tip_beside(self) -> bool:
        """In a workshop without discussion cards, a full score's second column is the tip (it
        says what to do next) instead of what to keep doing: both under two columns took the
        projector a second page, which the facilitator, going on, never showed the room."""
        workshop = self.app.workshop
        full = not any(not reason.earned for reason in self.outcome.reasons)
        return workshop is not None and not workshop.plan.discussion_cards and full

    def _columns(self) -> list[Group]:
        """Why the points, and what would earn more (or, when nothing would, what to keep
        doing, in two columns): a column each while the words are small enough for two, one
        under the other when they are larger."""
        if self.app.session.short:
            return self._one_reason()
        tr = self.tr
        groups = []
        for title, earned in ((tr("feedback.earned"), True), (tr("feedback.more"), False)):
            # words the task said just after the choice are not said again here: step 1's
            # score page repeated an explanation word for word (nineteenth Arabic play-test);
            # the profile's why has them
            all_of = [r for r in self.outcome.reasons if r.earned == earned]
            reasons = [r for r in all_of if not r.said]
            if not earned and all_of and not reasons:
                continue  # (all of it read in the task a minute ago)
            if earned and not reasons:
                continue  # (a heading with nothing under it: a page of nothing at large text)
            lines = [self._reason_text(r) for r in reasons]
            if not earned and not reasons and self._tip_beside():
                groups.append(replace(self._tip(), new_column=True))
                continue
            if not earned and not reasons and text_scale() > TWO_COLUMNS_UP_TO:
                # a full score in one column: what to keep doing said again what the points
                # above say, a page of its own at 200 % (eighteenth Arabic play-test); the
                # profile's why still says it
                continue
            if not earned and not reasons:  # a full score: nothing more, so what to keep doing
                keep = group_texts.keep_doing(self.level, self.app.workshop is not None)
                title, lines = tr("feedback.keep"), [tr.pick(keep)]
            paras = [Para(title, 22, "title", bold=True, color=palette.ACCENT_DARK, heading=True)]
            paras += [Para(line, 20) for line in lines]
            groups.append(Group(tuple(paras), fill=palette.PANEL, new_column=True))
        return groups

    def _one_reason(self) -> list[Group]:
        """The short way's score card: one reason, the one that would earn the most points
        (said in the task or not: step 6's 83 was left unexplained when the greeting's missed
        points, said at the event, were passed over, fortieth run), or with nothing left to
        earn the first reason for the points, and where the rest are. Reading was most of a
        step's minutes for a new player at 200 % (thirty-fifth run: the score's three to four
        pages were 70 to 100 words of the step's 400 to 580); the profile's why lists every
        reason."""
        tr = self.tr
        reasons = self.outcome.reasons
        more = [reason for reason in reasons if not reason.earned]
        earned = [reason for reason in reasons if reason.earned and not reason.said]
        paras = []
        if more or earned:
            title = tr("feedback.more") if more else tr("feedback.earned")
            # (the first of the largest: the levels list the weightiest first)
            reason = max(more, key=lambda r: r.points) if more else earned[0]
            paras += [
                Para(title, 22, "title", bold=True, color=palette.ACCENT_DARK, heading=True),
                Para(self._reason_text(reason), 20),
            ]
        if len(reasons) > 1:
            paras.append(Para(tr("feedback.all_in_profile"), 18, "secondary"))
        return [Group(tuple(paras), fill=palette.PANEL)] if paras else []

    def _tip(self) -> Group:
        tr = self.tr
        return Group(
            (
                Para(tr("feedback.tip"), 20, bold=True, color=palette.ACCENT_DARK, heading=True),
                Para(tr.pick(group_texts.tip(self.level, self.app.workshop is not None)), 21),
            ),
            fill=palette.ACCENT_SOFT,
        )

    def _pages(self, box: pygame.Rect, tip: Group | None) -> Page:
        """The page shown: the two columns with the tip across the bottom when they fit the
        screen together, else all of it page by page."""
        groups = self._columns()
        # one group (no points earned, or a full score's tip beside it) across the whole width:
        # in two columns its last words went on alone in the second (thirteenth facilitator run)
        columns = 2 if text_scale() <= TWO_COLUMNS_UP_TO and len(groups) > 1 else 1
        pages = flow_ending(groups, tip, box, columns, COLUMN_GAP)
        return pages[self.pager.settle(len(pages))]

    def turn(self, by: int = 1) -> bool:
        """Turn the page; the turner hands the focus to the way on at the last page, all read
        (as step 6's end does, SheetPages.last_focus)."""
        turned = super().turn(by)
        last = self.pager.page == self.pager.pages - 1
        if turned and last and self.ring.focused_id == "more":
            self.ring.focus("next")
        return turned

    @property
    def animating(self) -> bool:
        return not self.reveal.done

    def update(self, dt: float) -> None:
        self.reveal.advance(dt)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        shown = round(self.outcome.score * self.reveal.share)
        bar = self.ui.place(pygame.Rect(MARGIN, self.bar_y, 560, BAR_H))
        draw_score_bar(surface, bar, shown, from_right=self.ui.mirror)
        self.draw_step_track(surface, self.step)

    def go_on(self) -> None:
        from steps_game.scenes.flow import scene_for_step

        if self._to_card():
            self.app.workshop.toggle_discussion()
        elif self.app.workshop is not None:
            self.app.workshop.next_step(self.step)
        else:
            self.app.replace(scene_for_step(self.app, self.step + 1))

    def _to_card(self) -> bool:
        """Whether the way on is the step's discussion card (with the step's tip on it): in a
        workshop whose set has them. The short set's talk is each choice's reveal: its card
        after every step cost the 15 minutes a minute and a half (eighth facilitator run)."""
        workshop = self.app.workshop
        return workshop is not None and workshop.plan.discussion_cards

    def retry(self) -> None:
        """Try again clears the step's board: it asks first (Cancel has the focus), since it
        sits where Done was and a double click on Done pressed it (twelfth facilitator run)."""
        from steps_game.scenes.confirm import ConfirmScene

        self.app.push(
            ConfirmScene(self.app, "feedback.retry_confirm", "feedback.retry_yes", self._retried)
        )

    def _retried(self) -> None:
        from steps_game.scenes.task_host import TaskHostScene

        self.app.pop()
        self.app.replace(TaskHostScene(self.app, self.step, resume_saved=False))
