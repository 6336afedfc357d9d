"""Workshop mode's show of hands (issue 15): over a task's choice point, the facilitator counts the
room's hands for each option, then reveals the answer.

Counting: number keys 1-9 add a hand to that option, + and - (the keypad's too) add or take one
on the focused option, Up and Down move between the options, a click on an option's bar adds one
(a right-click, or its minus button, takes one away). The answer stays hidden. R, or "Show the
answer", reveals: every bar with its count in words ("7 of 12: Fact"), the best option marked with
a tick and words, why it is best, and one of the step's questions to talk about, all of it in
view at once where it can be: one list when it fits, else two columns (scenes/tally_columns.py),
and page by page where neither fits (scenes/tally_pages.py): no answer is ever cut.

"Go on" plays the room's choice in the task (the option most hands chose; a tie is settled by the
answer where it is among the tied): what follows speaks of what the room chose. Every count is
kept in the room's record (room_record.py) as it changes; with no hands counted nothing is kept
and nothing is played, as without a tally. F7 or Esc closes the tally over the task.

The scene reaches the game only through what it is given: the choice point, `play` (the task's
way to play an option) and `record` (the room's record for this point).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pygame

from steps_game.scenes import room_keys
from steps_game.scenes import tally_count as counting
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_W
from steps_game.scenes.scroller import BAR_W, Scroller, fit_list, hint_height, place_hint
from steps_game.scenes.sizing import GAP, headings_height, place_headings, place_row, row_height
from steps_game.scenes.tally_columns import place_columns, stacked
from steps_game.scenes.tally_count import KEYS_SIZE
from steps_game.scenes.tally_notes import notes, paged_ways, place_note, talk_about
from steps_game.scenes.tally_pages import fewest_pages, focus_for, page_buttons
from steps_game.scenes.tally_rows import Rows, draw_bars, draw_ticks, question_second
from steps_game.scenes.timer_corner import corner, room_beside, tall_enough
from steps_game.tally import ChoicePoint, Tally
from steps_game.ui import palette
from steps_game.ui.flow import Pager
from steps_game.ui.intents import Act, Intent
from steps_game.ui.second_line import pair_height, place_pair

PANEL = pygame.Rect(24, 12, SCREEN_W - 48, 696)
PAD_X, PAD_Y = 32, 20
HEADING_SIZE = 28
QUESTION_SIZE = 20
ITEM_GAP = 10
DIGIT_KEYS = {getattr(pygame, f"K_{n}"): n for n in range(1, 10)}
DIGIT_KEYS |= {getattr(pygame, f"K_KP{n}"): n for n in range(1, 10)}
PLUS_KEYS = (pygame.K_PLUS, pygame.K_KP_PLUS)
MINUS_KEYS = (pygame.K_MINUS, pygame.K_KP_MINUS)


def hand_key(intent: Intent) -> int | None:
    """The option a number key names (1-9, the keypad's too), else None."""
    if intent.act is not Act.KEY:
        return None
    return DIGIT_KEYS.get(intent.key)


class TallyScene(Scene):
    overlay = True

    def __init__(
        self,
        app,
        point: ChoicePoint,
        *,
        play: Callable[[int], None],
        record: Callable[[Tally], None],
        earlier: tuple[int, ...] = (),
        talk: Mapping[str, str] | None = None,
        hand: int | None = None,
        before: int | None = None,
    ) -> None:
        super().__init__(app)
        self.before = before  # the hands counted at the room's last question, to compare
        self.point = point
        self.play = play
        self.record = record
        self.talk = talk
        options = len(point.options)
        counts = list(earlier) if len(earlier) == options else []
        self.tally = Tally(options, counts)
        self.scroller = Scroller()
        self.pager = Pager()  # the reveal's pages, where it has more than one
        self.track = pygame.Rect(0, 0, 0, 0)
        self._bars: list = []
        self._ticks: list = []
        self._rows: dict[str, int] = {}  # a row's control id -> its place in the list
        if hand is not None:
            self.tally.digit(hand)
            self.record(self.tally)
        self.preferred_focus = f"bar:{self.tally.focus}"

    # -- counting and revealing --------------------------------------------------------------
    def add(self, option: int, hands: int = 1) -> None:
        if self.tally.revealed:
            return
        self.tally.add(option, hands)
        self.record(self.tally)
        self._show(option)

    def reveal(self) -> None:
        self.tally.reveal()
        self.record(self.tally)
        self.scroller.first = 0
        self.preferred_focus = "go-on"
        self.ring.focused_id = "go-on"
        self.rebuild()
        self.app.announce(self.tr("tally.answer_heading"))

    def go_on(self) -> None:
        """Close the tally and play the room's choice in the task (nothing without hands)."""
        choice = self.tally.room_choice(self.point)
        self.app.pop()
        if choice is not None:
            self.play(choice)

    def _show(self, option: int) -> None:
        """After a count or a move: the option focused and in sight."""
        self.tally.focus = option
        self.ring.focused_id = f"bar:{option}"
        self.rebuild()
        index = self._rows.get(f"bar:{option}")
        if index is not None and index not in self.scroller.shown():
            self.scroller.scroll(index - self.scroller.first)
            self.ring.focused_id = f"bar:{option}"
            self.rebuild()

    def _focused_option(self) -> int:
        focused = self.ring.focused_id or ""
        kind, _, number = focused.partition(":")
        if kind in ("bar", "minus", "plus") and number.isdigit():
            return int(number)
        return self.tally.focus

    # -- input ---------------------------------------------------------------------------------
    def handle(self, intent: Intent) -> bool:
        act = intent.act
        if act is Act.SCROLL and not self.scroller.take(intent, self.rebuild):  # (a list first)
            # pages, or on: with the answer, or (hands in: warm-up facilitator run) the reveal
            on = "go-on" if self.tally.revealed else ("reveal" if self.tally.total else None)
            return room_keys.page_or_on(self, intent, on)
        if act is Act.KEY:
            return self._key(intent)
        if act is Act.POINTER_ALT and intent.pos is not None:
            control = self.ring.at(intent.pos)
            if control is not None and control.id.startswith("bar:"):
                self.add(int(control.id[4:]), -1)
                return True
            return False
        if act is Act.MOVE and intent.dy:
            if not self.tally.revealed:  # Up and Down: from option to option
                self.ring.visible = True
                self._show((self._focused_option() + intent.dy) % self.tally.options)
                return True
            return self.scroller.take(intent, self.rebuild)
        return False

    def _key(self, intent: Intent) -> bool:
        number = hand_key(intent)
        if number is not None:
            if number <= self.tally.options:
                self.add(number - 1)
            return True
        plus = intent.key in PLUS_KEYS or intent.text == "+"
        minus = intent.key in MINUS_KEYS or intent.text == "-"
        if plus or minus:
            self.add(self._focused_option(), 1 if plus else -1)
            return True
        if intent.key == pygame.K_r and not self.tally.revealed:
            self.reveal()
            return True
        return False

    def on_back(self) -> bool:
        self.app.pop()  # the counts stay in the room's record; the task goes on as it was
        return True

    # -- building ------------------------------------------------------------------------------
    def build(self) -> None:
        tr, ui, tally = self.tr, self.ui, self.tally
        ui.panel(PANEL, palette.PANEL)
        inner = PANEL.inflate(-2 * PAD_X, -2 * PAD_Y)
        self._bars, self._ticks, self._rows = [], [], {}
        self.track = pygame.Rect(inner.right, inner.y, 0, 0)
        width = inner.width - 3 * BAR_W
        rows = Rows(tr, self.point, tally, width)
        if tally.revealed:
            self._reveal(inner, rows, width)
            return
        buttons = self._buttons()
        buttons_y = inner.bottom - row_height(buttons, inner.width)
        rows, box, keys = counting.counting_rows(self, inner, width, buttons_y, ITEM_GAP)
        self._place_heading(inner)
        if keys:  # right above the buttons
            keys_box = pygame.Rect(inner.x, box.bottom + GAP, inner.width, buttons_y - GAP)
            keys_box.height -= keys_box.y
            ui.text(keys, keys_box, size=KEYS_SIZE, color=palette.ACCENT_DARK, role="hint")
        items = self._items(rows, width)
        box, items = counting.pin_question(self, box, items, rows.gap or ITEM_GAP)
        self._in_list(box, rows, items, buttons)
        row = pygame.Rect(inner.x, buttons_y, inner.width, inner.bottom - buttons_y)
        counting.place_total(ui, tr, tally, row, buttons, self.before)  # all in, none twice?

    def _box(self, inner: pygame.Rect, bottom: int) -> pygame.Rect:
        """The list's box: under the heading, down to `bottom`."""
        top = inner.y + self._heading_height(inner.width) + GAP
        return pygame.Rect(inner.x, top, inner.width, bottom - top)

    def _reveal(self, inner: pygame.Rect, rows: Rows, width: int) -> None:
        """After the reveal, bars, answer, why and the question to talk about: in one list when
        it fits, else in two columns, else page by page (tally_pages.py), every answer whole."""
        buttons = self._buttons()
        items = self._items(rows, width)
        box = self._box(inner, inner.bottom - row_height(buttons, inner.width) - GAP)
        if stacked([height for _, height, _ in items], ITEM_GAP) <= box.height:
            self.pager.settle(1)
            self._place_heading(inner)
            self._in_list(box, rows, items, buttons)
            return
        if place_columns(self, inner, buttons, ITEM_GAP, QUESTION_SIZE):
            self.pager.settle(1)
            return
        go_on, close = buttons, self._close()  # (outlined: the page turner is the way on)
        widest = page_buttons(self.tr, self.pager, go_on, close, self.turn, widest=True)
        box = self._box(inner, inner.bottom - row_height(widest, inner.width) - GAP)
        # tight rows, a tick before each best answer (its words in full on the notes' page):
        # every bar on the first page, at the options' floor where their own size needs two
        for compact in (False, True):
            rows = Rows(self.tr, self.point, self.tally, width, beside=True, compact=compact)
            items = [item for item in self._items(rows, width) if item[0] in ("question", "row")]
            gap = rows.gap or ITEM_GAP  # (as _in_list places them)
            if stacked([height for _, height, _ in items], gap) <= box.height:
                break
        # the notes on as few pages as they go (the question to talk about not alone on one)
        ways = paged_ways(self.tr, self.point, self.tally, self.talk, width, gap)
        pages, items = fewest_pages([items + way for way in ways], box.height, gap)
        shown = pages[self.pager.settle(len(pages))]
        self.preferred_focus = focus_for(self.pager)
        self._place_heading(inner)
        buttons = page_buttons(self.tr, self.pager, go_on, close, self.turn)
        self._in_list(box, rows, [items[index] for index in shown], buttons)

    def turn(self, by: int = 1) -> bool:
        """The reveal's next page (the last page turns to the first), the focus where it goes
        on that page."""
        if not self.pager.turn(by):
            return False
        self.ring.focused_id = None
        self.rebuild()
        return True

    def _in_list(self, box: pygame.Rect, rows: Rows, items: list, buttons: list) -> None:
        """The `items` one under another in `box`, scrolled when they do not all fit, the
        buttons under them; the line that says how to scroll over the buttons."""
        ui, tally = self.ui, self.tally
        inner_w = PANEL.width - 2 * PAD_X
        inner_bottom = PANEL.bottom - PAD_Y
        buttons_h = row_height(buttons, inner_w)
        buttons_y = inner_bottom - buttons_h
        heights = [height for _, height, _ in items]
        hint = self.tr("plan.scroll_hint")
        # while counting the total stands beside the buttons: the hint goes over the keys
        hint_h = counting.hint_room(hint, inner_w) if not tally.revealed else None
        hint_h = hint_height(hint, buttons, inner_w) if hint_h is None else hint_h
        gap = rows.gap or ITEM_GAP  # compact rows stand closer
        box.height = fit_list(self.scroller, heights, box.height, gap, hint_h)
        y = box.y
        for index, (kind, height, value) in enumerate(items):
            if kind == "row":
                self._rows[f"bar:{value}"] = index
            if index not in self.scroller.shown():
                continue
            rect = pygame.Rect(box.x, y, box.width - 3 * BAR_W, height)
            if kind == "row":
                self._place_row(rows, value, rect)
            elif kind == "question":
                self._question(value, rect)
            else:
                tick = place_note(ui, self.tr, self.point, value, rect)
                if tick is not None:
                    self._ticks.append(tick)
            y += height + gap
        self.track = ui.place(pygame.Rect(box.right - BAR_W, box.y, BAR_W, box.height))
        if self.scroller.scrolls and not tally.revealed:
            counting.place_hint_over_keys(ui, hint, box.x, box.bottom + GAP, inner_w)
        elif self.scroller.scrolls:
            place_hint(ui, hint, buttons, pygame.Rect(box.x, buttons_y, inner_w, buttons_h))
        place_row(ui, buttons, buttons_y, box.x, box.x + inner_w)

    def _place_row(self, rows: Rows, option: int, rect: pygame.Rect) -> None:
        bar, tick = rows.place(self.ui, option, rect, self.add)
        self._bars.append(bar)
        if tick is not None:
            self._ticks.append(tick)

    def _heading_key(self) -> str:
        return "tally.answer_heading" if self.tally.revealed else "tally.heading"

    def timer_place(self) -> pygame.Rect | None:
        """The facilitator's timer (F6) in the panel's top corner where the heading ends."""
        return corner(self.app, PANEL.inflate(-2 * PAD_X, -2 * PAD_Y), self.ui.mirror)

    def _heading_height(self, width: int) -> int:
        # beside the timer while it is on, and at least as tall as it
        width -= room_beside(self.app)
        own = headings_height(self.tr, self._heading_key(), HEADING_SIZE, width)
        return tall_enough(self.app, own)

    def _place_heading(self, box: pygame.Rect) -> None:
        box = pygame.Rect(box.x, box.y, box.width - room_beside(self.app), box.height)
        place_headings(self.ui, self.tr, self._heading_key(), box, HEADING_SIZE)

    def _question(self, question: str, rect: pygame.Rect) -> None:
        # bold while the room decides; after the reveal the answer stands out instead
        bold = not self.tally.revealed
        second = question_second(self.tr, self.point)
        place_pair(self.ui, question, second, self.tr.second, rect, QUESTION_SIZE, bold=bold)

    def _close(self) -> tuple:
        return ("close", self.tr("workshop.close"), self.app.pop, {"secondary": True})

    def _buttons(self) -> list:
        tr, tally, close = self.tr, self.tally, self._close()
        if not tally.revealed:
            return [("reveal", tr("tally.reveal"), self.reveal), close]
        choice = tally.room_choice(self.point)
        if choice is None:
            return [("go-on", tr("tally.go_on_plain"), self.go_on)]
        return [("go-on", tr("tally.go_on", number=choice + 1), self.go_on), close]

    def _items(self, rows: Rows, width: int) -> list[tuple[str, int, object]]:
        """The list under the heading: the question, a row per option and, after the reveal,
        a word on a tie, why the best option is best and a question to talk about."""
        tr, tally = self.tr, self.tally
        question = tr.pick(self.point.question)
        items: list[tuple[str, int, object]] = [
            (
                "question",
                pair_height(
                    question,
                    question_second(tr, self.point),
                    tr.second,
                    QUESTION_SIZE,
                    width,
                    bold=not tally.revealed,
                ),
                question,
            )
        ]
        items += [("row", rows.height(option), option) for option in range(tally.options)]
        if tally.revealed:
            items += [
                (note.kind, note.height, note)
                for note in notes(tr, self.point, tally, self.talk, width)
            ]
        return items

    # -- drawing -------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        ui = self.ui
        ui.draw_panels(surface)
        draw_bars(surface, self._bars)  # under the words
        ui.draw_texts(surface)
        ui.draw_controls(surface)
        draw_ticks(surface, self._ticks)
        self.scroller.draw_bar(surface, self.track)


def open_tally(app, hand: int | None = None) -> bool:
    """In workshop mode, over a task at a choice point: the tally for that point, with a first
    hand for option `hand` (a number key pressed on the task). False where there is none."""
    from steps_game.scenes.task_host import TaskHostScene

    workshop, host = app.workshop, app.top
    if workshop is None or not isinstance(host, TaskHostScene):
        return False
    point = host.view.choice_point()
    if point is None:
        return False
    step, room = host.step, workshop.room
    # a count closed before its reveal goes on; after it, a new one (thirteenth run)
    earlier = None if room.was_revealed(step, point.key) else room.answer(step, point.key)
    app.push(
        TallyScene(
            app,
            point,
            play=host.view.play_choice,
            record=lambda tally: room.record(step, point, tally),
            earlier=earlier.counts if earlier is not None else (),
            talk=talk_about(host.level, point),
            hand=hand,
            before=room.hands_before(step, point.key),
        )
    )
    return True
