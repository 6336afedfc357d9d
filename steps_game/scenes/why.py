""" "Why this score": the choices and reasons that earned one dimension its score."""

from __future__ import annotations

import pygame

from steps_game import group_profile, group_texts
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import overlay_panel
from steps_game.scenes.scroller import TurnsPages
from steps_game.ui import palette
from steps_game.ui.builder import button_height
from steps_game.ui.flow import Group, Pager, Para, draw_page, flow_ending
from steps_game.ui.text import text_scale

COLUMN_GAP = 32
TWO_COLUMNS_UP_TO = 1.5  # as on the feedback screen (scenes/feedback.py)


class WhyScene(TurnsPages, Scene):
    overlay = True

    def __init__(self, app, dimension_id: str) -> None:
        super().__init__(app)
        self.dimension_id = dimension_id
        self.preferred_focus = "back"
        self.pager = Pager()

    def build(self) -> None:
        tr = self.tr
        panel = overlay_panel(self.ui, 600, 1080)
        inner = panel.inflate(-64, -48)
        row_y = panel.bottom - 24 - button_height()
        box = pygame.Rect(inner.x, inner.y, inner.width, row_y - 16 - inner.y)
        columns = 2 if text_scale() <= TWO_COLUMNS_UP_TO else 1
        pages = flow_ending(self._groups(), self._next_step(), box, columns, COLUMN_GAP)
        more_y = self.turner_y(row_y, inner.width, [tr("profile.back")])
        if len(pages) > 1 and more_y != row_y:  # the turner's row above Back's
            box.height = more_y - 16 - inner.y
            pages = flow_ending(self._groups(), self._next_step(), box, columns, COLUMN_GAP)
        draw_page(self.ui, pages[self.pager.settle(len(pages))])
        # in reading order: the page turner at the row's start, then Back (which has the focus)
        self.turner(more_y, inner.x)
        self.ui.button_row([("back", tr("profile.back"), self.app.pop)], row_y, right=inner.right)

    def _groups(self) -> list[Group]:
        """The dimension and its meaning across the top; under them why the points, and what
        would earn more (side by side while the words are small enough for two columns)."""
        tr = self.tr
        dimension = self._dimension()
        outcomes = [o for o in self.app.session.outcomes() if o.dimension == self.dimension_id]
        score = outcomes[0].score if outcomes else None
        title = tr.pick(dimension.name) + ("" if score is None else f": {tr.out_of_100(score)}")
        groups = [
            Group(
                (
                    Para(title, 30, "title", bold=True, color=palette.ACCENT_DARK),
                    Para(tr.pick(dimension.meaning), 20),
                ),
                span=True,
            )
        ]
        ink = palette.ACCENT_DARK
        if not outcomes:
            workshop = self.app.workshop
            key = "profile.not_done" if workshop is None else workshop.unscored_key(dimension.id)
            heading = Para(tr(key), 20, "title", bold=True, color=ink)
            return [*groups, Group((heading,), new_column=True)]
        reasons = outcomes[0].reasons
        level = self.app.content.level(outcomes[0].step)
        for heading, earned in ((tr("feedback.earned"), True), (tr("feedback.more"), False)):
            said = [tr.pick(r.text, **r.params) for r in reasons if r.earned == earned]
            items = [Para("• " + words, 18) for words in said]
            if not items and not earned:  # nothing more to earn: what to keep doing
                heading = tr("feedback.keep")
                items = [
                    Para(tr("profile.nothing_more"), 18),
                    Para(tr.pick(group_texts.keep_doing(level, self.app.workshop is not None)), 18),
                ]
            paras = (
                Para(heading, 20, "title", bold=True, color=ink, heading=True),
                *items,
            )
            groups.append(Group(paras, new_column=True))
        return groups

    def _next_step(self) -> Group:
        tr = self.tr
        dimension = self._dimension()
        words = tr("profile.next_step") + " " + tr.pick(dimension.next_step)
        return Group((Para(words, 19),), fill=palette.ACCENT_SOFT)

    def _dimension(self):
        """The dimension as this page says it: of the model newcomer in workshop mode."""
        profile = self.app.content.profile
        return group_profile.dimension(profile, self.dimension_id, self.app.workshop is not None)

    def on_back(self) -> bool:
        self.app.pop()
        return True
