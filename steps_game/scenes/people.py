"""Who comes first in the plan: up to three people from the map, the message and the event, each
with one action and a week. The game's proposal is where it starts; the player changes it.

Keyboard: Tab or the arrows through the people (Enter puts one in or takes them out), then through
each chosen person's action and week (Enter shows the next one); Save keeps the choice. Mouse: the
same with clicks. Everything is chosen, nothing typed.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from steps_game.notebook import MAX_PICKS
from steps_game.plan import PICK_WEEKS, PersonPick, Plan, person_name, picks_page, proposed_action
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_H, SCREEN_W
from steps_game.tasks.base import Chosen
from steps_game.ui import palette
from steps_game.ui.builder import button_height

PANEL = pygame.Rect(0, 0, 1200, 690)
COLUMNS = 3
ROWS = 3
CARD_H = 62
GAP = 12
MORE = "more-people"


class PeopleScene(Scene):
    overlay = True

    def __init__(self, app, plan: Plan, on_saved: Callable[[], None]) -> None:
        super().__init__(app)
        self.candidates = list(plan.candidates)
        self.picks: list[PersonPick] = list(plan.people)
        self.on_saved = on_saved
        self.page = 0
        self.thread = app.session.thread()
        self.preferred_focus = "save"

    @property
    def actions(self):
        return self.app.content.profile.plan.person_actions

    def _name(self, person) -> str:
        return person_name(self.tr, person, with_words=True)

    # -- building ----------------------------------------------------------------------------
    def build(self) -> None:
        tr, ui = self.tr, self.ui
        panel = pygame.Rect(PANEL)
        panel.center = (SCREEN_W // 2, SCREEN_H // 2)
        ui.panel(panel, palette.PANEL)
        inner = panel.inflate(-56, -36)
        ui.text(
            tr("people.heading"),
            pygame.Rect(inner.x, inner.y, inner.width, 36),
            size=26,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        ui.text(
            tr("people.hint", most=MAX_PICKS) + " " + tr("people.change"),
            pygame.Rect(inner.x, inner.y + 38, inner.width, 56),
            size=19,
        )
        grid_top = inner.y + 100
        self._build_candidates(ui, pygame.Rect(inner.x, grid_top, inner.width, 0))
        rows_top = grid_top + ROWS * (CARD_H + GAP) + 6
        self._build_picks(ui, pygame.Rect(inner.x, rows_top, inner.width, 0))
        ui.button_row(
            [
                ("save", tr("people.save"), self._save, {}),
                ("cancel", tr("people.cancel"), self.app.pop, {"secondary": True}),
            ],
            panel.bottom - 20 - ui.row_height,
            left=inner.x,
            right=inner.right,
        )

    def _pages(self) -> list[list]:
        per_page = COLUMNS * ROWS
        if len(self.candidates) <= per_page:
            return [self.candidates]
        size = per_page - 1
        return [self.candidates[i : i + size] for i in range(0, len(self.candidates), size)]

    def _build_candidates(self, ui, area: pygame.Rect) -> None:
        pages = self._pages()
        self.page = min(self.page, len(pages) - 1)
        width = (area.width - GAP * (COLUMNS - 1)) // COLUMNS
        chosen = [p.person.ref for p in self.picks]
        shown = pages[self.page]
        for index, person in enumerate(shown):
            column, row = index % COLUMNS, index // COLUMNS
            rect = pygame.Rect(
                area.x + column * (width + GAP), area.y + row * (CARD_H + GAP), width, CARD_H
            )
            is_chosen = person.ref in chosen
            ui.card(
                f"person:{person.ref}",
                self._name(person),
                rect,
                lambda p=person: self._toggle(p),
                selected=is_chosen,
                dimmed=not is_chosen and len(self.picks) >= MAX_PICKS,
                text_size=19,
            )
        if len(pages) > 1:
            index = len(shown)
            column, row = index % COLUMNS, index // COLUMNS
            rect = pygame.Rect(
                area.x + column * (width + GAP), area.y + row * (CARD_H + GAP), width, CARD_H
            )
            ui.card(
                MORE,
                self.tr("people.more", page=self.page + 1, pages=len(pages)),
                rect,
                lambda: self._turn(len(pages)),
                text_size=19,
            )

    def _build_picks(self, ui, area: pygame.Rect) -> None:
        tr = self.tr
        if not self.picks:
            ui.text(
                tr("people.none"),
                pygame.Rect(area.x, area.y, area.width, button_height()),
                size=19,
                color=palette.MUTED,
                middle=True,
            )
            return
        name_w, week_w = 280, 150
        action_w = area.width - name_w - week_w - 2 * GAP
        for index, pick in enumerate(self.picks):
            y = area.y + index * (button_height() + 10)
            ui.text(
                self._name(pick.person),
                pygame.Rect(area.x, y, name_w, button_height()),
                size=19,
                bold=True,
                middle=True,
            )
            ui.button(
                f"action:{index}",
                tr.pick(pick.action.label),
                pygame.Rect(area.x + name_w + GAP, y, action_w, button_height()),
                lambda i=index: self._next_action(i),
                secondary=True,
            )
            ui.button(
                f"week:{index}",
                tr("people.week", week=pick.week),
                pygame.Rect(area.right - week_w, y, week_w, button_height()),
                lambda i=index: self._next_week(i),
                secondary=True,
            )

    # -- acting ------------------------------------------------------------------------------
    def _turn(self, pages: int) -> None:
        self.page = (self.page + 1) % pages
        self.rebuild()
        self.ring.focus(MORE)

    def _toggle(self, person) -> None:
        refs = [p.person.ref for p in self.picks]
        if person.ref in refs:
            del self.picks[refs.index(person.ref)]
        elif len(self.picks) < MAX_PICKS:
            action = proposed_action(person, self.thread, self.actions)
            used = {p.week for p in self.picks}
            week = next((w for w in range(1, PICK_WEEKS + 1) if w not in used), 1)
            self.picks.append(PersonPick(person, Chosen(action.id, action.label), week))
        self.rebuild()

    def _next_action(self, index: int) -> None:
        pick = self.picks[index]
        ids = [a.id for a in self.actions]
        action = self.actions[(ids.index(pick.action.id) + 1) % len(ids)]
        self.picks[index] = PersonPick(pick.person, Chosen(action.id, action.label), pick.week)
        self.rebuild()

    def _next_week(self, index: int) -> None:
        pick = self.picks[index]
        self.picks[index] = PersonPick(pick.person, pick.action, pick.week % PICK_WEEKS + 1)
        self.rebuild()

    def _save(self) -> None:
        self.app.session.write_page("plan", picks_page(self.picks))
        self.app.pop()
        self.on_saved()
        self.app.top.rebuild()

    def on_back(self) -> bool:
        self.app.pop()
        return True
