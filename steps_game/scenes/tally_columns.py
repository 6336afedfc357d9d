"""The reveal in two columns (scenes/tally.py), for a choice point whose bars and words do not fit
one under another: short bars (each option's words in as many lines as leave room, Rows with
`lines`) on one side, the best answer in full, why and the question to talk about on the other
(tally_notes.py). One column goes on down beside the buttons under the other; when the notes are
too tall even so, the heading stands over the bars only (the notes begin at the top beside it),
the question to talk about goes across the foot of both columns, and the choice's question over
the bars is cut to a few lines with "…" (the room read it whole while counting).

Everything is in view at once, so that the back of the room sees the explanation; the words keep
their sizes (never under their floor), and where nothing here fits, the scene shows its list
that scrolls instead."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from steps_game.scenes.tally_notes import ANSWER_SIZES, Note, notes
from steps_game.scenes.tally_rows import Rows, question_second
from steps_game.tally import ChoicePoint, Tally
from steps_game.ui.measure import shortened
from steps_game.ui.second_line import pair_height

COLUMN_GAP = 24
# The share of the width the answer, why and the question to talk about take (the least that
# fits them whole is taken: the bars keep the most room), the most lines the choice's question
# keeps over the bars (whole first: the room read it whole while counting), and the most lines
# each option's words keep beside its bar (the most that fit).
NOTES_SHARES = (0.5, 0.55, 0.6, 0.65)
QUESTION_LINES = (None, 3, 2)
SHORT_LINES = (3, 2, 1)


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
        notes_top = room.heading_h(room.width) if heading_across else 0
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
    """The question over the short bars in a column `width` x `room`: its words and height,
    and the rows; None when they do not fit even shortened."""
    whole = tr.pick(point.question)
    for most in QUESTION_LINES:
        question = whole if most is None else shortened(whole, size, width, most)
        second = question_second(tr, point, question)
        question_h = pair_height(question, second, tr.second, size, width)
        for lines in SHORT_LINES:
            rows = Rows(tr, point, tally, width, lines)
            heights = [question_h, *(rows.height(option) for option in range(tally.options))]
            if stacked(heights, gap) <= room:
                return question, question_h, rows
    return None
