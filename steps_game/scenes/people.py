"""Who comes first in the plan: up to three people from the map, the message and the event, each
with one action and a week. The game's proposal is where it starts; the player changes it.

Keyboard: Tab or the arrows through the people (Enter puts one in or takes them out), then through
each chosen person's action and week (Enter shows the next one); Save keeps the choice. Mouse: the
same with clicks. Everything is chosen, nothing typed.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from steps_game import group_profile
from steps_game.notebook import MAX_PICKS
from steps_game.plan import PICK_WEEKS, PersonPick, Plan, person_name, picks_page, proposed_action
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_H, SCREEN_W
from steps_game.tasks.base import Chosen
from steps_game.ui import palette
from steps_game.ui.builder import button_height, button_width
from steps_game.ui.flow import page_turn_label, widest_page_turn_label
from steps_game.ui.measure import button_box, card_grid, card_height, stack_pages, text_height
from steps_game.ui.measure import pages as paged

PANEL = pygame.Rect(0, 0, 1200, 690)
COLUMNS = 3
GAP = 12
NAME_W = 280  # a chosen person's name, at the left of their action and week
MORE = "more-people"
MORE_CHOSEN = "more-chosen"
ROW_GAP = 10  # between the chosen rows
NAME_GAP = 4  # between a name and its action and week, stacked


class PeopleScene(Scene):
    overlay = True

    def __init__(self, app, plan: Plan, on_saved: Callable[[], None]) -> None:
        super().__init__(app)
        self.candidates = list(plan.candidates)
        self.picks: list[PersonPick] = list(plan.people)
        self.on_saved = on_saved
        self.page = 0
        self.pick_page = 0  # of the chosen rows, when they take more than one
        # each chosen name over its action and week ("over"), or beside its week over its
        # action ("split"), at large text
        self.stacked: bool | str = False
        self.more_chosen: tuple[str, Callable[[], None]] | None = None  # beside Save, if paged
        # where the people's page turner is: the grid's last place, or at large text beside
        # the grid's first row, or up beside the heading (the grid then keeps no place for it)
        self.turner_at = "grid"
        self.one_per_page = False  # the chosen rows one a page (the largest words), perhaps
        self.alone_on_page = False  # the one shown without the people's cards (build)
        self.heading_row = pygame.Rect(0, 0, 0, 0)
        self.thread = app.session.thread()
        # what to do with each: in a workshop said of the model newcomer ("Sara asks for advice")
        self.actions = group_profile.person_actions(app.content.profile, app.session.workshop)
        self.preferred_focus = "save"

    def _name(self, person) -> str:
        return person_name(self.tr, person, with_words=True)

    # -- building ----------------------------------------------------------------------------
    def build(self) -> None:
        tr, ui = self.tr, self.ui
        panel = pygame.Rect(PANEL)
        if self.app.text_scale > 1.0:
            panel.height = SCREEN_H - 8  # larger words: every pixel of the screen's height
        panel.center = (SCREEN_W // 2, SCREEN_H // 2)
        ui.panel(panel, palette.PANEL)
        large = self.app.text_scale > 1.0  # larger words: closer to the panel's edges
        inner = panel.inflate(-56, -20 if large else -36)
        heading = tr("people.heading")
        turner_w = button_width(widest_page_turn_label(tr))
        hint = tr("people.hint", most=MAX_PICKS) + " " + tr("people.change")
        buttons_top = inner.bottom - ui.row_height + (0 if large else -2)
        bottom = buttons_top - (6 if large else 12)
        # At large text the people's page turner may go up beside the heading, so that one
        # card a page still has room (the grid then keeps no place for it)
        for self.turner_at in ("grid", "beside", "up"):
            up = self.turner_at == "up"
            heading_w = inner.width - (turner_w + 16 if up else 0)
            heading_h = text_height(heading, 26, heading_w, role="title", bold=True)
            if up:
                heading_h = max(heading_h, ui.row_height)
            hint_h = text_height(hint, 19, inner.width)
            grid_top = inner.y + heading_h + 2 + hint_h + 8
            heights, rows_h = self._rows_for(inner, bottom - grid_top - 6)
            if bottom - rows_h - 6 - grid_top >= self._lowest_cards(inner.width):
                break
        ui.text(
            heading,
            pygame.Rect(inner.x, inner.y, heading_w, heading_h),
            size=26,
            bold=True,
            color=palette.ACCENT_DARK,
            role="title",
            middle=up,
        )
        self.heading_row = pygame.Rect(inner.x, inner.y, inner.width, heading_h)
        y = inner.y + heading_h + 2
        ui.text(hint, pygame.Rect(inner.x, y, inner.width, hint_h), size=19)
        # The people keep at least a row of cards. A chosen person on a page of their own whose
        # row leaves no room for that (the longest words at 200 %) has the people's place on
        # its page; the people are on the chosen rows' other pages (alone_on_page).
        least = grid_top + 6 + self._lowest_cards(inner.width)
        self.alone_on_page = self.one_per_page and bottom - rows_h < least
        rows_top = grid_top if self.alone_on_page else max(bottom - rows_h, least)
        rows_h = bottom - rows_top
        if not self.alone_on_page:
            grid = pygame.Rect(inner.x, grid_top, inner.width, rows_top - 6 - grid_top)
            self._build_candidates(ui, grid)
        self.more_chosen = None
        self._build_picks(ui, pygame.Rect(inner.x, rows_top, inner.width, rows_h), heights)
        if self.more_chosen is not None:
            label, turn = self.more_chosen
            row = [(MORE_CHOSEN, label, turn, {"secondary": True})]
            ui.button_row(row, buttons_top, left=inner.x, right=inner.right, align="left")
        ui.button_row(
            [
                ("save", tr("people.save"), self._save, {}),
                ("cancel", tr("people.cancel"), self.app.pop, {"secondary": True}),
            ],
            buttons_top,
            left=inner.x,
            right=inner.right,
        )

    def _rows_for(self, inner: pygame.Rect, room: int) -> tuple[list[int], int]:
        """The chosen rows' heights and the room they take, given `room` for them and a row of
        people's cards: room for every person that can be chosen (a row each, as tall as its
        words), so the board above changes as little as it can; when the rows leave the people
        less than a row of cards (large text), the chosen rows page too."""
        rows_room = room - self._lowest_cards(inner.width)
        self.one_per_page = False
        for self.stacked in (False, "over", "split"):  # names over their actions, if need be
            heights = [self._pick_row_height(pick, inner.width) for pick in self.picks]
            heights += [button_height()] * (MAX_PICKS - len(heights))
            rows_h = sum(height + ROW_GAP for height in heights)
            if rows_h <= rows_room:
                return heights, rows_h
        # still too tall: the rows page, each page room for the tallest row and (unless it goes
        # beside Save and Cancel) the 'more' card; names beside or over their actions, whichever
        # makes the lower rows
        heights = self._paged_heights(inner.width)
        more_h = 0 if self._more_beside_buttons(inner.width) else self._more_chosen_h(inner)
        under = ROW_GAP + more_h if more_h else 0
        rows_h = max(rows_room, max(heights) + under)
        self.one_per_page = room - rows_h < self._lowest_cards(inner.width) and bool(self.picks)
        if self.one_per_page:
            # not even the tallest row leaves the people a row of cards: one chosen person a
            # page, in the arrangement lowest for them, the rows as tall as theirs
            shown = self.picks[min(self.pick_page, len(self.picks) - 1)]
            options = ("over", "split", False)
            self.stacked = min(options, key=lambda way: self._row_as(way, shown, inner.width))
            heights = [self._pick_row_height(pick, inner.width) for pick in self.picks]
            rows_h = self._pick_row_height(shown, inner.width) + under
        return heights, rows_h

    def _row_as(self, way: bool | str, pick: PersonPick, width: int) -> int:
        self.stacked = way
        return self._pick_row_height(pick, width)

    def _paged_heights(self, width: int) -> list[int]:
        """The chosen rows' heights, beside or stacked, whichever makes the tallest lower
        (self.stacked says which)."""
        best: tuple[int, bool | str, list[int]] | None = None
        for self.stacked in (False, "over", "split"):
            heights = [self._pick_row_height(pick, width) for pick in self.picks]
            heights = heights or [button_height()]
            if best is None or max(heights) < best[0]:
                best = (max(heights), self.stacked, heights)
        assert best is not None
        self.stacked = best[1]
        return best[2]

    def _more_chosen_h(self, inner: pygame.Rect) -> int:
        return card_height(widest_page_turn_label(self.tr), inner.width, text_size=19)

    def _more_beside_buttons(self, width: int) -> bool:
        """Whether the chosen rows' page turner fits at the left of Save and Cancel."""
        tr = self.tr
        words = [widest_page_turn_label(self.tr), tr("people.save"), tr("people.cancel")]
        return sum(button_width(w) for w in words) + 2 * 16 + 24 <= width

    def _week_width(self) -> int:
        return max(
            button_width(self.tr("people.week", week=week), 120)
            for week in range(1, PICK_WEEKS + 1)
        )

    def _pick_row_height(self, pick: PersonPick, width: int) -> int:
        """A chosen person's row: as tall as their name, or the longest action, needs; or,
        stacked, their name across the row over the action and the week."""
        name = self._name(pick.person)
        if self.stacked == "over":  # the name across the row, over the action and the week
            name_h = text_height(name, 19, width, bold=True)
            action_w = width - self._week_width() - GAP
            action = button_box(self.tr.pick(pick.action.label), action_w)[1]
            return name_h + NAME_GAP + max(button_height(), action)
        if self.stacked:  # the name and the week on a line, the action across under them
            week_w = self._week_width()
            name_h = max(button_height(), text_height(name, 19, width - week_w - GAP, bold=True))
            # across the whole row the action is a line at most sizes: as tall as its own words
            # (the longest action's would take the people's row of cards at the largest sizes)
            action = button_box(self.tr.pick(pick.action.label), width)[1]
            return name_h + NAME_GAP + max(button_height(), action)
        action_w = width - NAME_W - self._week_width() - 2 * GAP
        return max(text_height(name, 19, NAME_W, bold=True), self._actions_height(action_w))

    def _actions_height(self, width: int) -> int:
        """The action button's height at `width`: the longest action's, whichever is chosen."""
        actions = [self.tr.pick(action.label) for action in self.actions]
        return max([button_height(), *(button_box(action, width)[1] for action in actions)])

    def _tallest_card(self, width: int) -> int:
        texts = [self._name(person) for person in self.candidates]
        if self.turner_at == "grid":
            texts.append(widest_page_turn_label(self.tr))
        return max(card_height(text, width, text_size=19) for text in texts)

    def _turner_width(self) -> int:
        return button_width(widest_page_turn_label(self.tr))

    def _lowest_cards(self, width: int) -> int:
        """The height of the lowest row of people's cards that still shows two of them (a
        person and the card that turns the page) side by side."""
        if self.turner_at == "beside":
            return self._tallest_card(width - self._turner_width() - GAP)
        least = 1 if self.turner_at == "up" else 2  # one a row when the turner is by the heading
        return min(
            self._tallest_card((width - GAP * (columns - 1)) // columns)
            for columns in range(least, COLUMNS + 1)
        )

    def _build_candidates(self, ui, area: pygame.Rect) -> None:
        beside = self.turner_at == "beside"
        grid_w = area.width - (self._turner_width() + GAP if beside else 0)
        columns, width, height, per_page = card_grid(
            grid_w, area.height, GAP, COLUMNS, self._tallest_card
        )
        if self.turner_at != "grid":  # no place kept in the grid for the turner
            pages = [
                self.candidates[i : i + per_page] for i in range(0, len(self.candidates), per_page)
            ]
        else:
            pages = paged(self.candidates, per_page)
        self.page = min(self.page, len(pages) - 1)
        chosen = [p.person.ref for p in self.picks]
        shown = pages[self.page]
        places = [
            pygame.Rect(
                area.x + (index % columns) * (width + GAP),
                area.y + (index // columns) * (height + GAP),
                width,
                height,
            )
            for index in range(len(shown) + 1)
        ]
        for person, rect in zip(shown, places, strict=False):
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
            label = page_turn_label(self.tr, self.page + 1, len(pages))
            turn = lambda: self._turn(len(pages))  # noqa: E731
            if beside:  # at the right of the first row of cards
                rect = pygame.Rect(0, area.y, self._turner_width(), height)
                rect.right = area.right
                ui.button(MORE, label, rect, turn, secondary=True)
            elif self.turner_at == "up":
                top = self.heading_row
                rect = pygame.Rect(0, top.y, button_width(label), ui.row_height)
                rect.right = top.right
                ui.button(MORE, label, rect, turn, secondary=True)
            else:
                ui.card(MORE, label, places[len(shown)], turn, text_size=19)

    def _build_picks(self, ui, area: pygame.Rect, heights: list[int]) -> None:
        tr = self.tr
        if not self.picks:
            ui.text(
                tr("people.none"),
                pygame.Rect(area.x, area.y, area.width, heights[0]),
                size=19,
                color=palette.MUTED,
                middle=True,
            )
            return
        beside = self._more_beside_buttons(area.width)
        more_h = 0 if beside else self._more_chosen_h(area)
        pages = stack_pages(heights[: len(self.picks)], ROW_GAP, area.height, more_h)
        if self.one_per_page:
            pages = [[index] for index in range(len(self.picks))]
        self.pick_page = min(self.pick_page, len(pages) - 1)
        week_w = self._week_width()
        y = area.y
        for index in pages[self.pick_page]:
            pick, row_h = self.picks[index], heights[index]
            name = self._name(pick.person)
            if self.stacked == "over":
                name_h = text_height(name, 19, area.width, bold=True)
                ui.text(name, pygame.Rect(area.x, y, area.width, name_h), size=19, bold=True)
                row_y = y + name_h + NAME_GAP
                action = pygame.Rect(area.x, row_y, area.width - week_w - GAP, y + row_h - row_y)
                week = pygame.Rect(area.right - week_w, row_y, week_w, action.height)
            elif self.stacked:
                name_w = area.width - week_w - GAP
                name_h = max(button_height(), text_height(name, 19, name_w, bold=True))
                ui.text(
                    name, pygame.Rect(area.x, y, name_w, name_h), size=19, bold=True, middle=True
                )
                week = pygame.Rect(area.right - week_w, y, week_w, name_h)
                action_y = y + name_h + NAME_GAP
                action = pygame.Rect(area.x, action_y, area.width, y + row_h - action_y)
            else:
                ui.text(
                    name, pygame.Rect(area.x, y, NAME_W, row_h), size=19, bold=True, middle=True
                )
                row = pygame.Rect(area.x + NAME_W + GAP, y, area.width - NAME_W - GAP, row_h)
                action = pygame.Rect(row.x, row.y, row.width - week_w - GAP, row.height)
                week = pygame.Rect(area.right - week_w, row.y, week_w, row.height)
            ui.button(
                f"action:{index}",
                tr.pick(pick.action.label),
                action,
                lambda i=index: self._next_action(i),
                secondary=True,
            )
            ui.button(
                f"week:{index}",
                tr("people.week", week=pick.week),
                week,
                lambda i=index: self._next_week(i),
                secondary=True,
            )
            y += row_h + ROW_GAP
        if len(pages) > 1:
            label = page_turn_label(self.tr, self.pick_page + 1, len(pages))
            turn = lambda: self._turn_chosen(len(pages))  # noqa: E731
            if beside:  # at the left of Save and Cancel, on their row
                self.more_chosen = (label, turn)
            else:
                rect = pygame.Rect(area.x, area.bottom - more_h, area.width, more_h)
                ui.card(MORE_CHOSEN, label, rect, turn, text_size=19)

    # -- acting ------------------------------------------------------------------------------
    def _turn(self, pages: int) -> None:
        self.page = (self.page + 1) % pages
        self.rebuild()
        self.ring.focus(MORE)

    def _turn_chosen(self, pages: int) -> None:
        self.pick_page = (self.pick_page + 1) % pages
        self.rebuild()
        self.ring.focus(MORE_CHOSEN)

    def _toggle(self, person) -> None:
        refs = [p.person.ref for p in self.picks]
        if person.ref in refs:
            del self.picks[refs.index(person.ref)]
        elif len(self.picks) < MAX_PICKS:
            action = proposed_action(person, self.thread, self.actions)
            used = {p.week for p in self.picks}
            week = next((w for w in range(1, PICK_WEEKS + 1) if w not in used), 1)
            self.picks.append(PersonPick(person, Chosen(action.id, action.label), week))
            self.pick_page = MAX_PICKS  # the page the newcomer is on: the last one
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
