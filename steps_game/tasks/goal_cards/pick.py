"""Step 2's first part: the table of goal cards, with why a goal can matter under them, or at
large text each goal with its own why under it, one under the other (column.py). The why under
the table explains the goal of the focused card while the
keyboard is in use, else the last one chosen (third Arabic play-test at 200 %: it still told
of the goal chosen before while the focus was on the next one)."""

from __future__ import annotations

import pygame

from steps_game.tasks.goal_cards import column
from steps_game.tasks.goal_cards.compact import measured
from steps_game.tasks.goal_cards.why import why_group
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.flow import Para, bottom_of, draw_page, flow_at, height_of, px_for
from steps_game.ui.grid import card_height

GAP = 12
COLUMNS = 4
CARD_SIZE = 19
CARD_H = 100  # a goal card's height when its words need no more
ROW_GAP = 8


class PickBoard:
    """GoalCardsView's goal cards (its first part)."""

    _why_shown: str | None = None  # the goal whose why the board shows (None: the hint)
    _compact_pick = False  # the cards in one column, each why under its card (column.py)
    carrying = False  # the instruction and the keys head that column (carries_instruction)

    def _why_goal(self):
        """The goal the why explains: while the keyboard is in use, the focused card's, and
        the last focused card's while the focus is elsewhere (on the page turner); else the
        last chosen (None: none yet, the hint to choose one)."""
        offered = {goal.id: goal for goal in self.model.offered_goals()}
        if self.host.app.keyboard_mode:
            focused = self.host.ring.focused_id or ""
            wanted = focused.partition(":")[2] if focused.startswith("goal:") else None
            found = offered.get(wanted or self._why_shown or "")
            if found is not None:
                return found
        return self.model.last_goal()

    def update(self, dt: float) -> None:
        """The focus went to another goal card: the why is built again for its goal."""
        if self.model.phase != "pick" or self._compact_pick:
            return
        goal = self._why_goal()
        if (goal.id if goal is not None else None) != self._why_shown:
            visible = self.host.ring.visible
            self.host.rebuild()
            self.host.ring.visible = visible

    def way_on_to_come(self) -> str:
        """The cards' way on once a goal is chosen: the footer keeps its room from the start,
        so that the cards' page turner stays where it is when it comes (third Arabic
        play-test: it jumped from the footer to over it after the first choice)."""
        return self._t("to_concrete") if self.model.phase == "pick" else ""

    def _cards(self) -> list:
        """(goal, words, badge, Finnish word) of each goal card."""
        badge, tr = self._t("field_badge"), self.tr
        return [
            (goal, tr.pick(goal.label), badge if goal.fields else "", self.finnish(goal.term))
            for goal in self.model.offered_goals()
        ]

    def _grid_room(self, area: pygame.Rect, cards) -> tuple[int, int, int]:
        """The cards' top, the height left them over the why across the board, and the height
        of their tallest card one a row: at large text that is taller than the room."""
        model = self.model
        counter = self._t("counter", count=len(model.state["goals"]), most=model.config.most_goals)
        top = (
            area.y
            + 4
            + height_of(counter, px_for(Para(counter, 20, "secondary")), area.width, True)
        )
        # Under the cards: why the last chosen goal matters, across the board (the way on is in
        # the footer: next_part). As tall as the longest why, so the cards keep their places
        # whichever goal is chosen.
        whys = [why_group(self.tr, goal) for goal, *_ in cards] + [why_group(self.tr, None)]
        strip_h = max(bottom_of(measured(group, area.width)) for group in whys)
        tallest = max(
            card_height(text, area.width, CARD_SIZE, badge=b, finnish=fi)
            for _, text, b, fi in cards
        )
        return top, area.bottom - strip_h - ROW_GAP - top, tallest

    def carries_instruction(self, board: pygame.Rect, whole: pygame.Rect) -> bool:
        """At large text, where a goal and its whole why do not fit a page of the column under
        the instruction (Arabic at 200 %: the goal a nurse wants, its why cut over two pages),
        the column takes the whole height under the title, and the instruction and the keys
        head its first page, as step 3's map does."""
        self.carrying = False
        if self.model.phase != "pick":
            return False
        area, cards = board.inflate(-40, 0), self._cards()
        _, room, tallest = self._grid_room(area, cards)
        ui = self.host.ui
        if tallest <= room or column.whole_whys(column.pick_column(self, ui, area, cards, False)):
            return False
        self.carrying = True
        return True

    def _build_cards(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        cards = self._cards()
        chosen = model.state["goals"]
        counter = self._t("counter", count=len(chosen), most=model.config.most_goals)
        top, room, tallest_one = self._grid_room(area, cards)
        self._compact_pick = self.carrying or tallest_one > room
        if self._compact_pick:
            # larger words: not even one row of cards fits above the why, so each goal stands
            # with its own why under it, one under the other across the board (column.py)
            column.build_pick_column(self, ui, area, cards)
            return
        strip_h = area.bottom - ROW_GAP - top - room

        def tallest(width: int) -> int:
            return max(
                card_height(text, width, CARD_SIZE, badge=b, finnish=fi) for _, text, b, fi in cards
            )

        cards_box = pygame.Rect(area.x, top, area.width, room)
        self._line(
            ui,
            counter,
            (area.x, area.y, area.width),
            20,
            role="secondary",
            bold=True,
            color=palette.MUTED,
        )
        last = self._why_goal()
        self._why_shown = last.id if last is not None else None
        pages = self.card_pages(
            self.pager,
            tallest,
            len(cards),
            cards_box,
            COLUMNS,
            GAP,
            ROW_GAP,
            least_height=CARD_H,
            ids=[f"goal:{goal.id}" for goal, *_ in cards],
        )
        shown = [cards[i] for i in pages.shown]
        for index, (goal, text, card_badge, finnish) in enumerate(shown):
            is_chosen = goal.id in chosen
            ui.card(
                f"goal:{goal.id}",
                text,
                pages.grid.rect(area.x, top, index, GAP, ROW_GAP),
                lambda gid=goal.id: self._toggle_goal(gid),
                selected=is_chosen,
                dimmed=not is_chosen and not model.can_choose_more(),
                badge=card_badge,
                text_size=CARD_SIZE,
                finnish=finnish,
            )
        pages.place_more(ui, tr, self.pager, self.host.rebuild, CARD_SIZE, "more")
        strip = pygame.Rect(area.x, area.bottom - strip_h, area.width, strip_h)
        draw_page(ui, flow_at([why_group(tr, last)], strip, 1, 0, 1.0)[0])
        first = shown[0][0].id if shown else None
        self.host.preferred_focus = f"goal:{first}" if first else None

    def _toggle_goal(self, goal_id: str) -> None:
        """Choose or drop a goal; the last one there is room for sends the focus on to the way
        on (fourth Arabic keyboard play-test: it stayed on the third goal, and going on took
        four Tabs through the page turner, Undo and Start over). One more while the most are
        chosen says why nothing is added: it did nothing, silently (twenty-fifth Arabic
        play-test)."""
        model = self.model
        if goal_id not in model.state["goals"] and not model.can_choose_more():
            from steps_game.scenes.confirm import NoticeScene

            app = self.host.app
            app.push(NoticeScene(app, "task.goal_cards.full", most=model.config.most_goals))
            return
        self.act(lambda: model.toggle_goal(goal_id))
        if goal_id in model.state["goals"] and not model.can_choose_more():
            self.host.ring.focus("to-concrete")

    def next_part(self):
        """From the cards on to making a goal concrete, once one is chosen."""
        model = self.model
        if model.phase != "pick" or not model.state["goals"]:
            return None
        return ("to-concrete", self._t("to_concrete"), lambda: self.act(model.make_concrete))
