"""Step 7's keyboard path through a week (a part of the view, kept in a module of its own): the
week opens on the person with news, their card on the way that answers it, a choice goes on to
the next person to reach, and "Choose someone else" (or Backspace, or the arrow that reads back)
returns to the people without spending energy. The rules of the order are in order.py."""

from __future__ import annotations

import pygame

from steps_game.tasks.keep_warm import order
from steps_game.ui.intents import Act, Intent

BACK_TO_PEOPLE = "back-to-people"
HEAD = "head:"  # the open person's card over their ways on a stacked board (view.py)


class WeekSteering:
    """KeepWarmView's focus from person to way to person."""

    _left_board = 0  # 1: left the paged board by Tab past its end; -1: by Shift+Tab before it
    answered: str | None = None  # the person a way was just chosen for (its words: view.py)

    def _people_ids(self) -> list[str]:
        return [tie.id for tie in self.model.relationships]

    def _news_of(self) -> str | None:
        """Who has news this week (one person a week in the level)."""
        model = self.model
        return next((i for i in self._people_ids() if model.news_for(i) is not None), None)

    def week_opening(self) -> str:
        """The person the week opens on: the one with news, else the first to reach. In a
        workshop the room talks over whom to reach first: there the week opens on the first
        person, as it did (its screens are the room's, not one player's keys)."""
        if self.host.app.workshop is not None:
            return self.model.relationships[0].id
        opening = order.week_opening(self._people_ids(), self._news_of(), self._can_contact)
        return opening or self.model.relationships[0].id

    def select(self, tie_id: str, *, at_head: bool = False) -> None:
        """Open a person's card; choosing whom to look at is not a change to undo. The focus
        goes where the choice is made: the way chosen, else the way that answers their news
        (with the news over it), else the first way that can be chosen (on a paged board the
        page turns to it), not "no contact", last and pages away. `at_head`: on the card's
        head over the ways instead (a person the game opened, not the player)."""
        self.selected = tie_id
        # the pages of people and of ways shown anew for them: kept page numbers pointed
        # elsewhere once the keys line (at the first key) had cut the pages again
        self._people_for = self._ways_for = None
        way = self._way_to_focus(tie_id)
        self.want = (way, tie_id)
        self.host.rebuild()
        # on a stacked board the news over the way, on the news card or again over the first
        # row (ways.py): the news box first cost an Enter a news. Only where no page holds
        # the news with a way, the news first, and Enter on it goes on to the ways.
        head = f"{HEAD}{tie_id}"
        page = self.sheet.page_of(head) if self.sheet.stacked else None
        apart = page is not None and page != self.sheet.page_of(way)
        if at_head or (apart and not self.news_over_first):
            self._focus_turning(head, ("head", tie_id))
            return
        if not self.host.ring.focus(way):
            self._focus_options()

    def answered_words(self) -> str:
        """What the way just chosen for another person does to them this week ("" for none):
        warmer, or kept from cooling."""
        tie_id = self.answered
        if tie_id is None or tie_id == self.selected:
            return ""
        return self.warmer_words(tie_id)

    def warmer_words(self, tie_id: str) -> str:
        """What the way chosen for a person does to their warmth this week, with their name
        ("" when none is chosen)."""
        model = self.model
        if model.chosen(tie_id) is None:
            return ""
        after, now = model.preview(tie_id), model.warmth()[tie_id]
        key = "answered_warmer" if after > now else "answered_stays"
        person = self.tr.pick(model.relationship(tie_id).role)
        return self._t(key, person=person, value=after, max=model.config.warmth_max)

    def card_heading(self, tie) -> str:
        """Whose ways these are on a stacked board, with how warm they are now: opened straight
        on after a choice, the ways' page said nothing of it, and the player went back to the
        people to see whether the one offered was cold or close (eighth Arabic play-test,
        s7_02, s7_19)."""
        warmth = self.warmth_text(self.model.warmth()[tie.id])
        return f"{self.tr.pick(tie.role)} · {warmth}"

    def _way_to_focus(self, tie_id: str) -> str:
        model = self.model
        chosen = model.chosen(tie_id)
        news = model.news_for(tie_id)
        way = order.way_to_focus(
            [action.id for action in model.offered(tie_id)],
            news.fits if news is not None else [],
            lambda action_id: model.can_choose(tie_id, action_id),
            chosen.id if chosen is not None else None,
        )
        return f"action:{way or 'none'}"

    def _choose(self, tie_id: str, action_id: str | None) -> None:
        """Choose how to keep in touch (None: no contact); while energy is left the focus goes
        on to the person with news still to answer, else the coolest person who can still be
        contacted (turning the page), and to "Next week" only once
        the energy is used or nobody is left."""
        model = self.model
        if action_id is None:
            self.act(lambda: model.clear(tie_id))
        else:
            self.act(lambda: model.choose(tie_id, action_id))
        after = order.after_choice(
            self._people_ids(),
            tie_id,
            self._news_of(),
            self._can_contact,
            model.energy_left,
            warmth=model.warmth(),
        )
        self.answered = tie_id if action_id is not None else None
        if not self.host.app.keyboard_mode:
            # by mouse the card and the page stay where they are: the panel switched to another
            # person under the pointer, and the list turned its page (twenty-ninth run)
            return
        if after is not order.NEXT_WEEK and self._straight_on():
            # their card, not the people's page first; on its head, not on a way: a second
            # Enter there spent the energy on someone the player had not picked, and three
            # quick ones the week (thirteenth Arabic play-test). Enter or Down go on to the ways.
            self.select(after, at_head=True)
            return
        target = "next-week" if after is order.NEXT_WEEK else f"tie:{after}"
        self._focus_turning(target, (tie_id, action_id))

    def _straight_on(self) -> bool:
        """Whether a choice goes straight on to the next person's ways: on a stacked board
        (large text), where the people's page before them cost a screen and an Enter for each
        contact (fourth Arabic play-test); "Choose someone else" and Backspace go back. Not
        in a workshop, where the room talks over whom to reach next."""
        return self.sheet.stacked and self.host.app.workshop is None

    def _can_contact(self, tie_id: str) -> bool:
        """Nothing chosen for them yet this week, and a way to them the energy left pays for."""
        model = self.model
        return model.chosen(tie_id) is None and any(
            model.can_choose(tie_id, action.id) for action in model.offered(tie_id)
        )

    def _focus_turning(self, target: str, why: object) -> None:
        """Focus `target`, on a paged board turning to its page first; beside the people,
        turning their column's page (or the ways') to it."""
        ring = self.host.ring
        if self.sheet.stacked:
            self.want = (target, why)
            self.host.rebuild()
        elif not ring.focus(target):  # the page of it is built round the focus
            ring.focused_id = target
            self.host.rebuild()
        ring.focus(target)

    def _next_week(self) -> None:
        """End the week; the focus goes to the new week's person with news (else the first),
        their card open, on the page that shows them (turned to), not "Next week", where a
        second Enter would end a week with nothing chosen."""
        self.act(self.model.next_week)
        self.answered = None
        if self.model.finished:
            return
        self.selected = self.week_opening()
        self.host.rebuild()  # their card open (beside the people it showed last week's last)
        self._focus_turning(f"tie:{self.selected}", ("week", self.model.week))

    def back_to_people(self) -> None:
        """From the open card's ways back to its person, nothing spent: a wrong Enter on a
        person cost that energy, as there was no way back but to choose."""
        # each time anew: the sheet turns only for a (target, why) not asked for just before,
        # and Backspace back to the same person a second time, after the player had turned the
        # pages or Tabbed into the ways, did nothing (fifth Arabic keyboard play-test)
        self.backs += 1
        self._focus_turning(f"tie:{self.selected}", ("back", self.selected, self.backs))

    def _way_move(self, column: int, beside: str | None = None):
        """The arrows on a way in `column` of the ways: the one that reads back (Left, or Right
        right to left) from the first column goes back to the people; across the row, to the
        way `beside` it (the person's card over the row drew the arrow away from it, and only
        Tab, which the keys line does not name, reached the second way: twentieth Arabic
        play-test, r7/s_75)."""

        def move(dx: int, _dy: int) -> bool:
            if not dx:
                return False
            way = self.host.ui.layout_dx(dx)
            if beside is not None and way == (1 if column == 0 else -1):
                return self.host.ring.focus(beside)
            if column == 0 and way == -1:
                self.back_to_people()
                return True
            return False

        return move

    def steer(self, intent: Intent) -> bool:
        """Backspace on a way (or on "Choose someone else") goes back to the people; Tab into
        a paged board from outside it enters at its start."""
        if self._tab_in(intent):
            return True
        if intent.act is not Act.EDIT or intent.key != pygame.K_BACKSPACE:
            return False
        focused = self.host.ring.focused_id or ""
        if focused.startswith(("action:", "more-ways", HEAD, BACK_TO_PEOPLE)):
            self.back_to_people()
            return True
        return False

    def _tab_in(self, intent: Intent) -> bool:
        """Tab on past the host's buttons, after leaving a paged board by Tab from its last
        control (or by Shift+Tab from its first), goes to the board's first control (or
        last), turning the page: the ring went round within the last page, and the people of
        the first pages were never reached again. A page turned to by its button is entered
        as usual."""
        sheet, ring = self.sheet, self.host.ring
        if intent.act not in (Act.FOCUS_NEXT, Act.FOCUS_PREV) or not sheet.stacked:
            return False
        delta = 1 if intent.act is Act.FOCUS_NEXT else -1
        order = [control_id for control_id, _ in sheet.order]
        ids = [control.id for control in ring.focusable]
        if not ring.visible or not order or ring.focused_id not in ids:
            return False
        if ring.focused_id in order:  # leaving the board past its end, or not
            self._left_board = delta if ring.focused_id == order[-1 if delta > 0 else 0] else 0
            return False
        following = ids[(ids.index(ring.focused_id) + delta) % len(ids)]
        start = order[0 if delta > 0 else -1]
        if self._left_board != delta or following not in order or following == start:
            return False
        self._left_board = 0
        self._focus_turning(start, ("tab", start))
        ring.visible = True
        return True
