"""The reveal's words with the bars (scenes/tally.py): a word on a tie, why the best answer is
best and a question to talk about, each a Note as tall as its words at a given width. Beside
the bars in the reveal's two columns, and on the reveal's last page when it is paged, the notes
begin with the best answer in full: a tick, "Best answer" and the option's number and words
(both of them under "Best answers", when two are as good), each with its words in workshop
mode's second language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pygame

from steps_game.scenes.tally_rows import CHECK_W, OPTION_SIZE, number_width
from steps_game.tally import ChoicePoint, Tally
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.second_line import pair_height, place_pair
from steps_game.ui.text import line_height, role_size, text_height

NOTE_SIZE = 20  # the tie, why, and the question to talk about
NOTE_PAD = 8  # (10 put an English tie's notes 7 px over one page: a third page)
ANSWER_GAP = 6  # between "Best answer" and each best option's words
# The best answer's words in full: as large as the bars' words, else at their floor, so that two
# long ones fit beside the bars
ANSWER_SIZES = (OPTION_SIZE, 20)


@dataclass(frozen=True)
class Note:
    kind: str  # "answer", "tie", "why" or "talk"
    text: str
    height: int
    size: int = NOTE_SIZE  # the answer's: its options' words
    second: str = ""  # the question to talk about in workshop mode's second language


def notes(
    tr,
    point: ChoicePoint,
    tally: Tally,
    talk: Mapping[str, str] | None,
    width: int,
    *,
    answer: int | None = None,
) -> list[Note]:
    """What the reveal says besides the bars, measured `width` wide; with `answer` (a size),
    the best answer in full first, its words at that size."""
    found = []
    if answer is not None:
        height = _answer_height(tr, point, width, answer)
        found.append(Note("answer", tr(_answer_tag(point)), height, answer))
    if tally.counted and tally.most() is None:
        tie = tr("tally.tie", number=tally.room_choice(point) + 1)
        found.append(Note("tie", tie, text_height(tie, NOTE_SIZE, width)))
    # why every best answer is best: with one reason, the room that chose the other of two
    # just as good answers heard nothing of its own (facilitator's fifth run)
    why = " ".join(tr.pick(reason) for reason in (point.reason, *point.also_reasons))
    said = [("why", tr("tally.why"), why, "")]
    if talk:  # the question to talk about, in the second language too
        said.append(("talk", tr("tally.talk"), tr.pick(talk), tr.second_pick(talk)))
    for kind, label, words, second in said:
        # the label starts the paragraph ("Why? ..."): a line of its own would push the
        # question to talk about out of sight at workshop size
        text = f"{label} {words}"
        inner_w = width - 2 * NOTE_PAD
        height = pair_height(text, second, tr.second, NOTE_SIZE, inner_w) + 2 * NOTE_PAD
        found.append(Note(kind, text, height, second=second))
    return found


@dataclass(frozen=True)
class NotePair:
    """Why and the question to talk about side by side, each half as wide (a paged reveal's
    last way to keep them on one page with the best answer)."""

    left: Note
    right: Note
    gap: int
    kind: str = "pair"

    @property
    def height(self) -> int:
        return max(self.left.height, self.right.height)


def paged_ways(tr, point, tally, talk, width: int, gap: int) -> list[list]:
    """The ways a paged reveal's notes may follow the bars, as (kind, height, note) items, in
    the order they are tried: the best answer's words at the options' size, then at their
    floor, then also why and the question to talk about side by side (Arabic's ask left the
    question alone on a third page, seventh facilitator run). A tie's line first in each, by
    the counts it speaks of."""
    ways = []
    for size in ANSWER_SIZES:
        said = notes(tr, point, tally, talk, width, answer=size)
        said.sort(key=lambda note: note.kind != "tie")
        ways.append([(note.kind, note.height, note) for note in said])
    half = {n.kind: n for n in notes(tr, point, tally, talk, (width - gap) // 2)}
    if "why" in half and "talk" in half:
        pair = NotePair(half["why"], half["talk"], gap)
        rest = [item for item in ways[-1] if item[0] not in ("why", "talk")]
        ways.append([*rest, (pair.kind, pair.height, pair)])
    return ways


def best_options(point: ChoicePoint) -> list[int]:
    return [option for option in range(len(point.options)) if point.is_best(option)]


def _answer_tag(point: ChoicePoint) -> str:
    """The key of the words over the best answer in full: plural over two just as good."""
    return "tally.best_many" if len(best_options(point)) > 1 else "tally.best"


def _answer_parts(tr, point: ChoicePoint, width: int, size: int):
    """The answer note's measures: the height of "Best answer", and each best option with its
    words, their words in the second language and the height of both."""
    inner = width - 2 * NOTE_PAD
    tag_h = text_height(
        tr(_answer_tag(point)), OPTION_SIZE, inner - CHECK_W, role="option", bold=True
    )
    words_w = inner - number_width()
    parts = []
    for option in best_options(point):
        words = tr.pick(point.options[option])
        second = tr.second_pick(point.options[option])
        height = pair_height(words, second, tr.second, size, words_w, role="option", bold=True)
        parts.append((option, words, second, height))
    return tag_h, parts


def _answer_height(tr, point: ChoicePoint, width: int, size: int) -> int:
    tag_h, parts = _answer_parts(tr, point, width, size)
    return 2 * NOTE_PAD + tag_h + sum(ANSWER_GAP + height for *_, height in parts)


def place_note(
    ui: ViewBuilder, tr, point: ChoicePoint, note: Note | NotePair, rect: pygame.Rect
) -> tuple[int, int] | None:
    """Build `note` in `rect` (left-to-right layout, mirrored by the builder). Returns where the
    answer's tick goes on screen, else None."""
    if isinstance(note, NotePair):
        width = (rect.width - note.gap) // 2
        for part, x in ((note.left, rect.x), (note.right, rect.right - width)):
            place_note(ui, tr, point, part, pygame.Rect(x, rect.y, width, part.height))
        return None
    if note.kind == "tie":
        ui.text(note.text, rect, size=NOTE_SIZE, color=palette.ACCENT_DARK)
        return None
    inner = rect.inflate(-2 * NOTE_PAD, -2 * NOTE_PAD)
    if note.kind != "answer":
        ui.panel(rect, palette.ACCENT_SOFT if note.kind == "why" else palette.BACKGROUND)
        place_pair(ui, note.text, note.second, tr.second, inner, NOTE_SIZE)
        return None
    ui.panel(rect, palette.BACKGROUND)
    tag_h, parts = _answer_parts(tr, point, rect.width, note.size)
    tag = pygame.Rect(inner.x + CHECK_W, inner.y, inner.width - CHECK_W, tag_h)
    ui.text(
        note.text, tag, size=OPTION_SIZE, bold=True, color=palette.GOOD, middle=True, role="option"
    )
    tick = ui.place(pygame.Rect(inner.x, inner.y, CHECK_W, tag_h)).center
    number_w, line = number_width(), line_height(role_size(OPTION_SIZE, "option"), True)
    y = tag.bottom
    for option, words, second, height in parts:
        y += ANSWER_GAP
        ui.text(
            tr("tally.number", number=option + 1),
            pygame.Rect(inner.x, y, number_w, line),
            size=OPTION_SIZE,
            bold=True,
            center=True,
            role="option",
        )
        box = pygame.Rect(inner.x + number_w, y, inner.width - number_w, height)
        place_pair(ui, words, second, tr.second, box, note.size, role="option", bold=True)
        y += height
    return tick


def talk_about(level, point: ChoicePoint) -> Mapping[str, str] | None:
    """The question to talk about after this choice point's answer: the one the level's
    workshop table gives this choice, else the step's discussion questions in turn, one per
    point (None when the step has none)."""
    own = (level.workshop.talk or {}).get(point.key)
    if own is not None:
        return own
    questions = level.discussion
    return questions[point.order % len(questions)] if questions else None
