"""Workshop mode's show of hands (issue 15): over a task's choice point, the facilitator counts the
room's hands for each option, then reveals the answer.

Counting: number keys 1-9 add a hand to that option, + and - (the keypad's too) add or take one
on the focused option, Up and Down move between the options, a click on an option's bar adds one
(a right-click, or its minus button, takes one away). The answer stays hidden. R, or "Show the
answer", reveals: every bar with its count in words ("7 of 12: Fact"), the best option marked with
a tick and words, why it is best, and one of the step's questions to talk about.

"Go on" plays the room's choice in the task (the option most hands chose; a tie is settled by the
answer where it is among the tied): what follows (the task's own verdict, the step's feedback, the
group's profile) speaks of what the room chose. Every count is kept in the room's record
(room_record.py) as it changes; with no hands counted nothing is kept and nothing is played, so
the step goes on exactly as without a tally. F7 or Esc closes the tally over the task.

The scene reaches the game only through what it is given: the choice point, `play` (the task's
way to play an option) and `record` (the room's record for this point).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_W
from steps_game.scenes.scroller import BAR_W, Scroller, fit_list, hint_height, place_hint
from steps_game.scenes.sizing import GAP, heading_height, panel_heading, place_row, row_height
from steps_game.scenes.tally_rows import Rows, draw_bars, draw_ticks
from steps_game.tally import ChoicePoint, Tally
from steps_game.ui import palette
from steps_game.ui.intents import Act, Intent
from steps_game.ui.second_line import pair_height, place_pair, place_under
from steps_game.ui.text import text_height

PANEL = pygame.Rect(24, 12, SCREEN_W - 48, 696)
PAD_X, PAD_Y = 32, 20
HEADING_SIZE = 28
QUESTION_SIZE = 20
NOTE_SIZE = 20  # why, and the question to talk about
KEYS_SIZE = 16
ITEM_GAP = 10
NOTE_PAD = 10
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
    ) -> None:
        super().__init__(app)
        self.point = point
        self.play = play
        self.record = record
        self.talk = talk
        options = len(point.options)
        counts = list(earlier) if len(earlier) == options else []
        self.tally = Tally(options, counts)
        self.scroller = Scroller()
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
        if act is Act.SCROLL and self.scroller.take(intent, self.rebuild):
            return True
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
        key = "tally.answer_heading" if tally.revealed else "tally.heading"
        heading = tr(key)
        heading_h = heading_height(heading, HEADING_SIZE, inner.width)
        panel_heading(ui, heading, inner, heading_h, HEADING_SIZE, center=False)
        heading_h += place_under(  # in workshop mode's second language too, if one is shown
            ui,
            heading,
            tr.second_say(key),
            tr.second,
            inner.x,
            inner.y + heading_h,
            inner.width,
            HEADING_SIZE,
            role="title",
            bold=True,
        )
        buttons = self._buttons()
        buttons_h = row_height(buttons, inner.width)
        buttons_y = inner.bottom - buttons_h
        bottom = buttons_y - GAP
        if not tally.revealed:  # the keys, right above the buttons
            keys = tr("tally.keys")
            keys_h = text_height(keys, KEYS_SIZE, inner.width, role="hint")
            bottom -= keys_h
            keys_box = pygame.Rect(inner.x, bottom, inner.width, keys_h)
            ui.text(keys, keys_box, size=KEYS_SIZE, color=palette.ACCENT_DARK, role="hint")
            bottom -= GAP
        top = inner.y + heading_h + GAP
        box = pygame.Rect(inner.x, top, inner.width, bottom - top)
        width = box.width - 3 * BAR_W
        rows = Rows(tr, self.point, tally, width)
        items = self._items(rows, width)
        heights = [height for _, height, _ in items]
        hint = tr("plan.scroll_hint")
        box.height = fit_list(
            self.scroller, heights, box.height, ITEM_GAP, hint_height(hint, buttons, inner.width)
        )
        self._bars, self._ticks, self._rows = [], [], {}
        y = box.y
        for index, (kind, height, value) in enumerate(items):
            if kind == "row":
                self._rows[f"bar:{value}"] = index
            if index not in self.scroller.shown():
                continue
            rect = pygame.Rect(box.x, y, width, height)
            if kind == "row":
                bar, tick = rows.place(ui, value, rect, self.add)
                self._bars.append(bar)
                if tick is not None:
                    self._ticks.append(tick)
            else:
                self._note(kind, value, rect)
            y += height + ITEM_GAP
        self.track = ui.place(pygame.Rect(box.right - BAR_W, box.y, BAR_W, box.height))
        if self.scroller.scrolls:
            row = pygame.Rect(inner.x, buttons_y, inner.width, buttons_h)
            if not tally.revealed and hint_height(hint, buttons, inner.width):
                row.y = box.bottom + GAP + hint_height(hint, buttons, inner.width)  # over the keys
            place_hint(ui, hint, buttons, row)
        place_row(ui, buttons, buttons_y, inner.x, inner.right)

    def _buttons(self) -> list:
        tr, tally = self.tr, self.tally
        close = ("close", tr("workshop.close"), self.app.pop, {"secondary": True})
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
        second = tr.second_pick(self.point.question)  # workshop mode's second language
        bold = not tally.revealed
        items: list[tuple[str, int, object]] = [
            (
                "question",
                pair_height(question, second, tr.second, QUESTION_SIZE, width, bold=bold),
                (question, second),
            )
        ]
        items += [("row", rows.height(option), option) for option in range(tally.options)]
        if not tally.revealed:
            return items
        if tally.counted and tally.most() is None:
            tie = tr("tally.tie", number=tally.room_choice(self.point) + 1)
            items.append(("tie", text_height(tie, NOTE_SIZE, width), tie))
        notes = [("why", tr("tally.why"), tr.pick(self.point.reason), "")]
        if self.talk:  # the question to talk about, in the second language too
            talk = (tr.pick(self.talk), tr.second_pick(self.talk))
            notes.append(("talk", tr("tally.talk"), *talk))
        for kind, label, words, second in notes:
            # the label starts the paragraph ("Why? ..."): a line of its own would push the
            # question to talk about out of sight at workshop size
            text = f"{label} {words}"
            inner_w = width - 2 * NOTE_PAD
            height = pair_height(text, second, tr.second, NOTE_SIZE, inner_w) + 2 * NOTE_PAD
            items.append((kind, height, (text, second)))
        return items

    def _note(self, kind: str, value, rect: pygame.Rect) -> None:
        ui = self.ui
        if kind == "question":
            # bold while the room decides; after the reveal the answer stands out instead
            question, second = value
            bold = not self.tally.revealed
            place_pair(ui, question, second, self.tr.second, rect, QUESTION_SIZE, bold=bold)
            return
        if kind == "tie":
            ui.text(value, rect, size=NOTE_SIZE, color=palette.ACCENT_DARK)
            return
        ui.panel(rect, palette.ACCENT_SOFT if kind == "why" else palette.BACKGROUND)
        text, second = value
        inner = rect.inflate(-2 * NOTE_PAD, -2 * NOTE_PAD)
        place_pair(ui, text, second, self.tr.second, inner, NOTE_SIZE)

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
    earlier = room.answer(step, point.key)
    questions = host.level.discussion
    app.push(
        TallyScene(
            app,
            point,
            play=host.view.play_choice,
            record=lambda tally: room.record(step, point, tally),
            earlier=earlier.counts if earlier is not None else (),
            talk=questions[point.order % len(questions)] if questions else None,
            hand=hand,
        )
    )
    return True
