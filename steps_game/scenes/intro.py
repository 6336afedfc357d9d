"""A step's intro: what the step is and why it matters, before its mini-task.

In workshop mode it is the group version (group_texts.py), and the set's first step introduces
the model newcomer the room helps, once, above it; a step whose set names the one person she
writes to introduces that person under it."""

from __future__ import annotations

import pygame

from steps_game import group_texts
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import (
    MARGIN,
    SCREEN_W,
    footer_y,
)
from steps_game.scenes.scroller import TurnsPages
from steps_game.ui import palette
from steps_game.ui.flow import Group, Pager, Para, draw_page, flow

PANEL_H = 330  # the panel's height when its words need no more (at 100 % text)


class IntroScene(TurnsPages, Scene):
    menu_button = True
    # in a workshop a clicker's Page Down on the last page starts the task, as "next" goes on
    # from a slide (it did nothing here: tenth facilitator run); the wheel never does (a turn of
    # it too many would skip the intro)
    clicker_way_on = "start-task"

    def __init__(self, app, step: int) -> None:
        super().__init__(app)
        self.step = step
        self.level = app.content.level(step)
        self.pager = Pager()

    def build(self) -> None:
        tr = self.tr
        top = self.step_header(self.level) + 12
        # the button's row on the footer's line, kept on screen when the buttons are taller
        row_y = footer_y()
        room = pygame.Rect(MARGIN, top, SCREEN_W - 2 * MARGIN, row_y - 18 - top)
        # The words at their full size when they fit the screen, smaller down to their floor
        # when that keeps them on one page, else page by page (ui/flow.py).
        workshop = self.app.workshop is not None
        intro = Group((Para(tr.pick(group_texts.intro(self.level, workshop)), 30),))
        groups = [*self._newcomer(), intro, *self._given()]
        pages = flow(groups, room.inflate(-80, -60))
        more_y = self.turner_y(row_y, room.width, [tr("intro.start_task")])
        if len(pages) > 1 and more_y != row_y:  # the turner's row above the way on
            room.height = more_y - 18 - top
            pages = flow(groups, room.inflate(-80, -60))
        page = pages[self.pager.settle(len(pages))]
        used = max(piece.rect.bottom for piece in page.pieces) + 30 - top
        panel = pygame.Rect(room.x, top, room.width, min(room.height, max(PANEL_H, used)))
        self.ui.panel(panel, palette.PANEL)
        draw_page(self.ui, page)
        self.ui.button_row([("start-task", tr("intro.start_task"), self.start_task)], row_y)
        self.turner(more_y, MARGIN)

    def _newcomer(self) -> list[Group]:
        """Who the room helps today: her name and story, on the workshop set's first step."""
        workshop = self.app.workshop
        newcomer = self.app.content.profile.newcomer
        if workshop is None or newcomer is None or workshop.chosen_set is None:
            return []
        if self.step != workshop.chosen_set.first:
            return []
        tr = self.tr
        name = Para(
            tr.pick(newcomer.name), 28, "title", bold=True, color=palette.ACCENT_DARK, heading=True
        )
        return [Group((name, Para(tr.pick(newcomer.story), 30)))]

    def _given(self) -> list[Group]:
        """The one person the set has Sara write to (step 5's contact, where the set shows only
        one): who they are and their story. Without the choice of whom to write to, the room
        never read why R. (ninth facilitator run: "Who is R.? What does R. do?")."""
        workshop = self.app.workshop
        if workshop is None or workshop.chosen_set is None:
            return []
        if workshop.plan.shows_for(self.step) is None:
            return []
        table = workshop.task_config(self.step, group_texts.task_config(self.level, True))
        people = getattr(table, "contacts", None)
        if not people or len(people) != 1:
            return []
        tr, person = self.tr, people[0]
        who = Para(
            tr.pick(person.role), 28, "title", bold=True, color=palette.ACCENT_DARK, heading=True
        )
        return [Group((who, Para(tr.pick(person.story), 30)))]

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.draw_step_track(surface, self.step)

    def start_task(self) -> None:
        from steps_game.scenes.task_host import TaskHostScene

        self.app.replace(TaskHostScene(self.app, self.step))
