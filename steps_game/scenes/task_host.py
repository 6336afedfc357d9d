"""Runs any mini-task: header, the task's own view, and a footer with undo, start over and done.

The host owns the undo history: every change a view makes goes through `act`, which keeps a
snapshot of the model's state first and then rebuilds the screen from the model.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pygame

from steps_game.outcome import Outcome
from steps_game.scenes import room_keys
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y
from steps_game.tasks.keys_line import instruction_block_height, swap_keys
from steps_game.tasks.registry import TASK_KINDS
from steps_game.tasks.view import build_instruction
from steps_game.thread import step_config
from steps_game.ui import palette
from steps_game.ui.builder import button_width
from steps_game.ui.flow import widest_page_turn_label
from steps_game.ui.intents import Act, Intent
from steps_game.ui.text import text_height

TASK_AREA = pygame.Rect(40, 176, 1200, 456)  # at 100 % text; see build()
TASK_BOARD = "task"  # the board of a task's controls that a view puts on no board of its own
UNDO_LIMIT = 200
GOES_ON = ("next", "to-event")  # what a workshop clicker's Page Down goes on with
# A task in progress is saved after an action, at most once a second (a save, synced to disk, took
# about 2 ms on the test machine; slower disks must not stutter a burst of clicks), so a kill or a
# power cut loses at most the last second of a task.
AUTOSAVE_SECONDS = 1.0


class TaskHostScene(Scene):
    menu_button = True

    def __init__(self, app, step: int, *, resume_saved: bool = True) -> None:
        super().__init__(app)
        self.step = step
        self.level = app.content.level(step)
        kind = TASK_KINDS[self.level.task.kind]
        # What the steps before this one handed on: the goal, the people of the map ...
        thread = app.session.thread(before=step)
        # in workshop mode with the group's texts: the room helps the model newcomer
        # (on the short way with only the level's [short] choices)
        config = step_config(self.level, workshop=app.workshop is not None, short=app.session.short)
        if app.workshop is not None:  # the set may play only some of its choices
            config = app.workshop.task_config(step, config)
        self.model = kind.model(config, app.session.field_id, thread)
        saved = app.session.task_state(step) if resume_saved else None
        if saved is not None:
            try:
                self.model.restore(saved)
            except (ValueError, KeyError, TypeError):
                self.model.reset()  # a state that no longer fits the level: start the task afresh
        self.view = kind.view_class()(self, self.model)
        self.history: list[dict] = []
        self._unsaved = False
        self._saved_at = float("-inf")
        # whether the keyboard is in use, the keys of its board, whether it carries something
        self._keys_shown: tuple[bool, str, bool] = (False, "", False)
        self._keys_kept = False  # the keys line was shown: its room stays (see build)
        self._footer_free = 0  # see footer_button
        self._footer_free_below = 0
        self._footer_extra: tuple[str, str, Callable[[], None]] | None = None
        self._boards: set[str | None] = set()  # the boards of the last build, for their keys
        self.ring.not_settled_on = frozenset({"undo", "start-over"})  # reached by Tab only

    @property
    def field_id(self) -> str | None:
        return self.app.session.field_id

    # -- building ------------------------------------------------------------------------
    def build(self) -> None:
        tr = self.tr
        top = self.step_header(self.level, spare_track=True)
        footer = footer_y()
        complete = self.finishable
        next_part = None if self.model.is_complete() else self.view.next_part()
        words = next_part[1] if next_part else tr("host.done")  # (or the one to come: room)
        way_on = max(button_width(words), button_width(self.view.way_on_to_come()))
        # Undo and Start over at the left, the way on at the right: on one row, or (long words
        # at large text) Undo and Start over on a row above the way on's
        two_rows = self._left_width() + 24 + way_on > SCREEN_W - 2 * MARGIN
        left_row = footer - self.ui.row_height - 8 if two_rows else footer
        self._footer_free = self._footer_room(0 if two_rows else way_on)
        # on two rows, the way on's row has room at its start too
        self._footer_free_below = SCREEN_W - 2 * MARGIN - way_on - 16 if two_rows else 0
        self._footer_extra = None
        # the instruction with the keys under it (tasks/keys_line.py), their room kept once shown
        instruction, keys = self.view.instruction(), self.keys_text
        width = SCREEN_W - 2 * MARGIN
        placing = self.view.placing_keys() if keys else ""
        self._keys_kept = self._keys_kept or bool(keys)
        boards = [self.view.keys_hint(board) for board in self._boards]
        lines = [keys, *boards] if self._keys_kept else []
        height = instruction_block_height(instruction, lines, placing, width)
        whole = pygame.Rect(TASK_AREA.x, top + 8, TASK_AREA.width, left_row - 20 - top)
        area = pygame.Rect(whole.x, whole.y + height, whole.width, whole.height - height)
        if self.view.carries_instruction(area, whole):
            area = whole
        elif placing and self._keys_shown[2]:
            build_instruction(self.ui, "", placing, pygame.Rect(MARGIN, top, width, 0))
        else:
            build_instruction(self.ui, instruction, keys, pygame.Rect(MARGIN, top, width, 0))
        self.area = area  # where the board is (the tests look at what is drawn there)
        # A task view lays out its rows for normal-sized words (in workshop mode its buttons get
        # larger words where they fit: ViewBuilder.button), left to right: in a right-to-left
        # language ui.place and ui.place_point mirror what it draws or hit-tests itself.
        scale, self.ui.scale = self.ui.scale, 1.0
        # Everything of the task is on its board at least (a view may split it into several):
        # arrows inside the task never reach the footer's Undo and Start over.
        with self.ring.board(TASK_BOARD):
            self.view.build(self.ui, area)
        self._boards = {control.board for control in self.ring.controls}
        self.ui.scale = scale
        # The footer in reading order (Undo, Start over, a page turner, the way on), so that Tab
        # goes along it the way the row reads: from the left, or from the right in a
        # right-to-left language. After a choice the focus goes to the way on by itself.
        made = self.ui.button_row(
            [
                (
                    "undo",
                    tr("host.undo"),
                    self.undo,
                    {"secondary": True, "enabled": bool(self.history)},
                ),
                ("start-over", tr("host.start_over"), self.ask_start_over, {"secondary": True}),
            ],
            left_row,
            align="left",
            left=MARGIN,
        )
        extra = []
        in_footer = [self._footer_extra] if self._footer_extra is not None else []
        if in_footer and not self._fits_beside_start_over(in_footer[0][1]):
            # (too wide beside Start over: at the start of the way on's row under it)
            self.ui.button_row(
                [(*in_footer[0], {"secondary": True})], footer, align="left", left=MARGIN
            )
            in_footer = []
        tally = self._tally_button(in_footer)
        if tally is not None:
            in_footer.append(tally)
        if in_footer:
            # a board's page turner, in the footer's free middle beside Start over (the board
            # keeps its room), and in workshop mode the room's show of hands at a choice
            extra = self.ui.button_row(
                [
                    (control_id, label, action, {"secondary": True})
                    for control_id, label, action in in_footer
                ],
                left_row,
                align="left",
                left=MARGIN + self._left_width() + 16,
            )
        if next_part is not None:
            # The way on to the task's next part, in Done's place: one way on at a time (a
            # greyed Done beside it looked like a second way on that did nothing).
            self.ui.button_row([next_part], footer)
        self.ring.way_on = next_part[0] if next_part else "done"  # (FocusRing._across_pages)
        after_left = self.ui.place(made[-1].rect).right + 24
        if extra:  # the page turner as close to Start over as they are to each other
            after_left = self.ui.place(extra[-1].rect).right + 16
        if next_part is not None:
            return
        before_done = SCREEN_W - MARGIN - (0 if two_rows else way_on + 24)
        words = tr("host.not_done")
        # the words stay only where they fit beside the buttons, no higher than the board's foot
        fits = before_done - after_left >= 80 and (
            text_height(words, 18, before_done - after_left, role="secondary")
            <= self.ui.row_height + 8
        )
        # (the greyed Done says it too, where the words find no room; with the way on in the
        # board, they would send the player to finish what is finished)
        if not complete and fits and not self.view.way_on_in_board:
            # the footer's buttons are on screen, mirrored in a right-to-left language: their
            # place in the left-to-right layout is placed back (a mirror is its own inverse)
            width = before_done - after_left
            # as tall as its words (two lines in some languages), its foot at the buttons' foot
            height = max(self.ui.row_height, text_height(words, 18, width, role="secondary"))
            self.ui.text(
                words,
                pygame.Rect(after_left, left_row + self.ui.row_height - height, width, height),
                size=18,
                color=palette.MUTED,
                middle=True,
                role="secondary",
            )
        self.ui.button_row([("done", tr("host.done"), self.finish, {"enabled": complete})], footer)
        ids = {c.id for c in self.ring.focusable}
        if complete and self.ring.focused_id not in ids and self.preferred_focus not in ids:
            # on to the way on, never to Undo (where Enter would take the last step back)
            self.preferred_focus = "done"
        elif "tally" in ids and (self.preferred_focus or "").startswith(("option:", "answer:")):
            # a stray Enter on the first option chose for the room before a count (ninth run)
            self.preferred_focus = "tally"

    @property
    def finishable(self) -> bool:
        """Whether Done may end the task: it is complete and its board holds no way on."""
        return self.model.is_complete() and not self.view.way_on_in_board

    @property
    def keys_text(self) -> str:
        """The keys of the focused board while the keyboard is in use, else nothing."""
        return self._keys_shown[1]

    def _left_width(self) -> int:
        """How wide Undo and Start over are side by side."""
        return button_width(self.tr("host.undo")) + 16 + button_width(self.tr("host.start_over"))

    def _footer_room(self, way_on: int) -> int:
        """How wide a button may be in the footer after Start over, before the way on (Done,
        or the task's next part) `way_on` wide on the same row."""
        return SCREEN_W - 2 * MARGIN - self._left_width() - 16 - (way_on + 16 if way_on else 0)

    def footer_fits(self, label: str, beside: str = "") -> bool:
        """Whether a page turner with words `label` would have the footer's place on every page
        ("First page" on the last), with a button of words `beside` there too (Count hands)."""
        if not beside and self._tally_button([]) is not None:  # a room's choice: Count hands
            beside = self.tr("tally.count_button")  # stays in view (eleventh facilitator run)
        width = self._turner_width(label) + (button_width(beside) + 16 if beside else 0)
        room = max(self._footer_free, self._footer_free_below)
        return self._footer_extra is None and width <= room

    def _fits_beside_start_over(self, label: str) -> bool:
        return self._turner_width(label) <= self._footer_free

    def _turner_width(self, label: str) -> int:
        """A page turner's width on any of its pages: its words, or "First page (n/n)" for
        the number of pages its words say."""
        numbers = re.findall(r"\d+", label)
        pages = int(numbers[-1]) if numbers else 99
        return max(button_width(label), button_width(widest_page_turn_label(self.tr, pages)))

    def footer_button(self, control_id: str, label: str, action: Callable[[], None]) -> bool:
        """A board's page turner ("Next page (1/3)") in the footer beside Start over, when it fits
        there (the board keeps its room for its cards); False when it does not, or another is
        there (the board places it itself). Tab reaches it after the board, before the way on."""
        if not self.footer_fits(label):
            return False  # one page turner in the footer at most
        self._footer_extra = (control_id, label, action)
        return True

    def _tally_button(self, beside: list) -> tuple[str, str, Callable[[], None]] | None:
        """In workshop mode at a choice for the room: "Count hands" in the footer (F7 and the
        number keys open the same tally), where it fits beside what is there."""
        if self.app.workshop is None or self.view.choice_point() is None:
            return None
        from steps_game.scenes.tally import open_tally

        label = self.tr("tally.count_button")
        used = sum(button_width(item[1]) + 16 for item in beside)
        if button_width(label) > self._footer_free - used:
            return None
        return ("tally", label, lambda: open_tally(self.app))

    def _keys_wanted(self) -> tuple[bool, str, bool]:
        """Whether the keyboard is in use, and the keys of its board (said after instructions)."""
        if not self.app.keyboard_mode:
            return (False, "", False)
        focused = self.ring.by_id(self.ring.focused_id or "") or self.ring.by_id(
            self.preferred_focus or ""
        )
        keys = self.view.keys_hint(focused.board if focused else None)
        return (True, keys, self.view.placing_by_keyboard)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(palette.BACKGROUND)
        self.ui.draw_panels(surface)
        self.view.draw(surface)  # under the texts and cards: lines of a map, a chart
        self.ui.draw_texts(surface)
        self.ui.draw_controls(surface)
        self.draw_step_track(surface, self.step)

    def draw_overlay(self, surface: pygame.Surface) -> None:
        super().draw_overlay(surface)
        self.view.draw_overlay(surface)

    # -- acting --------------------------------------------------------------------------
    def act(self, change: Callable[[], None]) -> None:
        before = self.model.snapshot()
        was_complete = self.finishable
        change()
        if self.model.snapshot() != before:
            self.history.append(before)
            del self.history[:-UNDO_LIMIT]
            self._unsaved = True
        self.rebuild()
        if not was_complete and self.finishable and not self.view.open_ended:
            # done: Enter goes on, or reads on first where the view prefers its page turner
            reading_on = (self.preferred_focus or "").startswith("more")  # (step 6's end)
            self.ring.focus(self.preferred_focus if reading_on else "done")
        self.autosave()

    def undo(self) -> None:
        """Take back the last change; the focus leaves Undo for the page: left there, a second
        Enter took back a second change (thirteenth Arabic play-test). Shift+Tab is Undo."""
        if self.history:
            self.model.restore(self.history.pop())
            self._unsaved = True
            self.rebuild()
            self.ring.leave_unsettled()
            self.autosave()

    def ask_start_over(self) -> None:
        """Start over clears the whole task: it asks first (Esc or Cancel keep all), if any."""
        from steps_game.scenes.confirm import ConfirmScene

        before = self.model.snapshot()
        self.model.reset()
        fresh = self.model.snapshot()
        self.model.restore(before)
        if fresh == before:
            return
        self.app.push(
            ConfirmScene(self.app, "host.start_over_confirm", "host.start_over_yes", self.confirmed)
        )

    def confirmed(self) -> None:
        self.app.pop()
        self.start_over()

    def start_over(self) -> None:
        before = self.model.snapshot()
        self.model.reset()
        if self.model.snapshot() != before:
            self.history.append(before)
            self._unsaved = True
        self.rebuild()
        self.autosave()

    def autosave(self) -> None:
        """Save the task in progress when it changed and the last save is a second old (else a
        later frame does, through `update`)."""
        now = time.monotonic()
        if self._unsaved and now - self._saved_at >= AUTOSAVE_SECONDS:
            self._unsaved = False
            self._saved_at = now
            self.app.session.keep_task_state(self.step, self.model.snapshot())

    def finish(self) -> None:
        if not self.model.is_complete():
            return
        from steps_game.scenes.feedback import FeedbackScene

        result = self.model.result()
        outcome = Outcome(
            step=self.step,
            level_id=self.level.id,
            dimension=self.level.dimension,
            score=result.score,
            reasons=result.reasons,
            choices=result.choices,
        )
        self.app.session.record(outcome, result.pages)
        self.app.replace(FeedbackScene(self.app, self.step, outcome))

    # -- input and time ------------------------------------------------------------------
    def handle(self, intent: Intent) -> bool:
        workshop = self.app.workshop is not None
        if workshop and room_keys.count_hand(self.app, intent):
            return True
        handled = self.view.handle(intent)
        if intent.act is Act.SCROLL and intent.key:  # Page Up or Down: to the page (its last
            self.ring.leave_unsettled()  # too: step 5's parts end with their options)
        return handled or (workshop and room_keys.clicker_goes_on(self.ring, intent, GOES_ON))

    @property
    def animating(self) -> bool:
        return self.view.animating

    def update(self, dt: float) -> None:
        self.view.update(dt)
        wanted = self._keys_wanted()
        if not self.paused and wanted != self._keys_shown:
            # the keyboard came into use, or its focus went to another board: the instruction
            # says the keys there (the focus ring stays as it is, hidden while a token is held);
            # the layout makes room for them, so the screen is built again, unless only the
            # words of the keys line change (swap_keys)
            shown, self._keys_shown = self._keys_shown, wanted
            same_use = shown[0] == wanted[0] and shown[2] == wanted[2]
            if not (same_use and swap_keys(self.ui, shown[1], wanted[1])):
                visible = self.ring.visible
                self.rebuild()
                self.ring.visible = visible
        self.autosave()

    def pause(self) -> None:
        super().pause()
        self.app.session.keep_task_state(self.step, self.model.snapshot())

    def on_quit(self) -> None:
        self.app.session.keep_task_state(self.step, self.model.snapshot())
