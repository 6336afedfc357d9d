"""The reveal in two columns (scenes/tally.py), for a choice point whose bars and words do not fit
one under another: the question and the bars (Rows `beside` the answer) on one side, the best
answer in full, why and the question to talk about on the other (tally_notes.py). One column goes
on down beside the buttons under the other; when the notes are too tall even so, the heading
stands over the bars only (the notes begin at the top beside it), and the question to talk about
goes across the foot of both columns.

Everything is in view at once, so that the back of the room sees the explanation; the words keep
their sizes (never under their floor) and are never cut, and where nothing here fits, the scene
shows the reveal page by page instead (tally_pages.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pygame

from steps_game.scenes.sizing import GAP, place_row, row_height, row_width
from steps_game.scenes.tally_notes import ANSWER_SIZES, Note, notes, place_note
from steps_game.scenes.tally_rows import Rows, question_second
from steps_game.tally import ChoicePoint, Tally
from steps_game.ui.second_line import pair_height

COLUMN_GAP = 24
# The share of the width the answer, why and the question to talk about take (the least that
# fits them whole is taken: the bars keep the most room).
NOTES_SHARES = (0.45, 0.5, 0.55, 0.6, 0.65)


@dataclass(frozen=True)
class Columns:
    bars_w: int
    notes_w: int
    question: str
    question_h: int
    rows: Rows
    notes: list[Note]  # in the column beside the bars
    across: Note | None  # the question to talk about, under both columns
    buttons: str  # under which column the buttons stand: "notes", "bars" or "both"
    heading_across: bool  # the heading over both columns, else over the bars only


@dataclass(frozen=True)
class Room:
    """The panel's inside for the columns, the heading and the buttons' row: the heading across
    the top, or over the bars only (the notes begin at the top beside it), and one column goes
    on down beside the buttons when they fit under the other."""

    width: int
    height: int
    gap: int  # between items
    heading_h: Callable[[int], int]  # how tall the heading is `width` wide, with its gap
    buttons_w: int
    under: int  # the buttons' row with its gap above it
    clear: int = 0  # kept free at the top of the notes' column for the timer (F6), with its gap


def stacked(heights: list[int], gap: int) -> int:
    """How tall items of `heights` stand one under another, `gap` apart."""
    return sum(heights) + gap * max(0, len(heights) - 1)


def plan_columns(
    tr,
    point: ChoicePoint,
    tally: Tally,
    talk: Mapping[str, str] | None,
    room: Room,
    question_size: int,
) -> Columns | None:
    """The two columns for `room`; None when no way of them fits it whole. Tried in turn, the
    first that fits is taken: the best answer's words at the bars' size before their floor,
    the heading across the top before it stands over the bars only, the question to talk about
    in the notes' column before it goes across their feet, and the notes as narrow as fits."""
    for size in ANSWER_SIZES:
        for heading_across in (True, False):
            plan = _plan(tr, point, tally, talk, room, question_size, size, heading_across)
            if plan is not None:
                return plan
    return None


def _plan(tr, point, tally, talk, room: Room, question_size, answer_size, heading_across):
    gap = room.gap
    for across in (False, True) if talk else (False,):
        foot = None
        height = room.height
        if across:
            foot = notes(tr, point, tally, talk, room.width)[-1]  # the question to talk about
            height -= foot.height + gap + room.under  # over the buttons, under both columns
        notes_top = room.heading_h(room.width) if heading_across else room.clear
        for share in NOTES_SHARES:
            notes_w = round(room.width * share)
            bars_w = room.width - notes_w - COLUMN_GAP
            said = notes(tr, point, tally, None if across else talk, notes_w, answer=answer_size)
            notes_h = stacked([note.height for note in said], gap)
            bars_h = height - (notes_top if heading_across else room.heading_h(bars_w))
            # the buttons under the notes (the bars go on down beside them) or under the bars;
            # under a question to talk about across both columns, under both
            places = [("notes", notes_w), ("bars", bars_w)] if not across else [("both", 0)]
            for under, width in places:
                if room.buttons_w > width and not across:
                    continue
                notes_room = height - notes_top - (room.under if under == "notes" else 0)
                bars_room = bars_h - (room.under if under == "bars" else 0)
                if notes_h > notes_room:
                    continue
                bars = _bars(tr, point, tally, bars_w, bars_room, gap, question_size)
                if bars is not None:
                    question, question_h, rows = bars
                    return Columns(
                        bars_w,
                        notes_w,
                        question,
                        question_h,
                        rows,
                        said,
                        foot,
                        under,
                        heading_across,
                    )
    return None


def _bars(tr, point: ChoicePoint, tally: Tally, width: int, room: int, gap: int, size: int):
    """The question over the bars in a column `width` x `room`: its words and height, and the
    rows; None when they do not fit whole."""
    question = tr.pick(point.question)
    question_h = pair_height(question, question_second(tr, point), tr.second, size, width)
    rows = Rows(tr, point, tally, width, beside=True)
    heights = [question_h, *(rows.height(option) for option in range(tally.options))]
    if stacked(heights, gap) <= room:
        return question, question_h, rows
    return None


def place_columns(scene, inner: pygame.Rect, buttons: list, gap: int, question_size: int) -> bool:
    """After the reveal, in the tally `scene`: the question and the bars under the heading,
    beside the answer in full, why and the question to talk about, with the `buttons`, when
    they all fit the panel's `inner` whole; else False, and nothing is placed."""
    tr, ui, point = scene.tr, scene.ui, scene.point

    def heading_h(width: int) -> int:
        return scene._heading_height(width) + GAP

    buttons_h = row_height(buttons, inner.width)
    timer = scene.timer_place()  # the notes' column starts below the timer while it is on
    clear = timer.height + GAP if timer is not None else 0
    room = Room(
        inner.width,
        inner.height,
        gap,
        heading_h,
        row_width(buttons, inner.width),
        GAP + buttons_h,
        clear,
    )
    plan = plan_columns(tr, point, scene.tally, scene.talk, room, question_size)
    if plan is None:
        return False
    scene.scroller.lay_out([], inner.height, gap)  # nothing to scroll
    over = inner.width if plan.heading_across else plan.bars_w
    top = pygame.Rect(inner.x, inner.y, over, heading_h(over) - GAP)
    scene._place_heading(top)
    rect = pygame.Rect(inner.x, top.bottom + GAP, plan.bars_w, plan.question_h)
    scene._question(plan.question, rect)
    for option in range(scene.tally.options):
        rect = pygame.Rect(inner.x, rect.bottom + gap, plan.bars_w, plan.rows.height(option))
        scene._place_row(plan.rows, option, rect)
    y = top.bottom + GAP if plan.heading_across else inner.y + clear
    for note in plan.notes:
        rect = pygame.Rect(inner.right - plan.notes_w, y, plan.notes_w, note.height)
        tick = place_note(ui, tr, point, note, rect)
        if tick is not None:
            scene._ticks.append(tick)
        y = rect.bottom + gap
    buttons_y = inner.bottom - buttons_h
    if plan.across is not None:  # over the buttons, under both columns
        talk = pygame.Rect(inner.x, buttons_y - GAP - plan.across.height, inner.width, 0)
        talk.height = plan.across.height
        place_note(ui, tr, point, plan.across, talk)
    span = {
        "notes": (inner.right - plan.notes_w, inner.right),
        "bars": (inner.x, inner.x + plan.bars_w),
    }.get(plan.buttons, (inner.x, inner.right))
    place_row(ui, buttons, buttons_y, *span)
    return True
