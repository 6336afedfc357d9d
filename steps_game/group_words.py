"""What our group thought, in plain words (issue 15): the room's hands at each choice point put
into sentences for the group screen, the group's files and `steps-game summary`. No pygame.

One point says what most of the room answered ("Most of our group (9 of 12 people) said: Fact.",
the people in the plural form the room's size asks for) or that opinions split ("Our group was
split:", then each answer said on a line of its own: "5 people said “Myth”."), then whether the
room found the right answer. Where most of a split room chose the right answer, or one of
several right answers, that comes first ("Most of our group (7 of 12 people) chose the right
answer.", "... chose a right answer."), and the right answers then read "Right: ..." and "Also
right: ...", not "One right answer: ..." as if the room had missed it (the facilitator's
real-time run). Several groups' files (`combined`) speak of "the groups" instead of "our group".
Numbers go through the Translator, so each language writes them and picks its plural forms
(language_rules.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from steps_game.room_record import CombinedPoint, RoomRecord
from steps_game.tally import ChoicePoint, Tally, right_option


@dataclass(frozen=True)
class Counted:
    """One choice point in one language: the question, the options and the hands for each."""

    step: int
    key: str
    question: str
    options: tuple[str, ...]
    counts: tuple[int, ...]
    best: int
    also_best: tuple[int, ...] = ()  # options just as good as `best` (step 5's two good asks)

    @property
    def tally(self) -> Tally:
        return Tally(len(self.counts), list(self.counts), revealed=True)

    def is_best(self, option: int) -> bool:
        """The ChoicePoint's own rule: the best option or one just as good is right."""
        return right_option(option, self.best, self.also_best)


@dataclass(frozen=True)
class PointWords:
    """What the group screen and the files say of one point: its question and its lines."""

    step: int
    question: str
    lines: tuple[str, ...]
    answer_lines: int = 0  # the last lines, on the right answer(s): a screen may run them on
    # where the room split, the place of the head line ("Not everyone agreed:") in `lines`: the
    # answers said stand each on a line of their own under it, up to the right answers
    head: int | None = None

    def paragraphs(self) -> tuple[str, ...]:
        """The lines, the right answers run on in one paragraph ("Right: ... Also right: ..."):
        the group screen's pages have no room for half-empty lines (the facilitator's room read
        "Also right: ..." alone on a page)."""
        if self.answer_lines < 2:
            return self.lines
        cut = len(self.lines) - self.answer_lines
        return (*self.lines[:cut], " ".join(self.lines[cut:]))

    def names_right(self, line: str, tr, number: int, paragraphs: bool = True) -> bool:
        """Whether the `number`th line (of paragraphs(), else of `lines`) says a right answer:
        one said, marked "(right answer)", or the last lines, on the right answer(s) ("The
        right answer: ...", "Also right: ..."). The group screen and its picture give them a
        right answer's colour ("Also right" stood in black, seventh facilitator run)."""
        shown = len(self.paragraphs()) if paragraphs else len(self.lines)
        answers = min(self.answer_lines, 1) if paragraphs else self.answer_lines
        return said_right(line, tr) or number >= shown - answers


def from_room(room: RoomRecord, tr) -> list[Counted]:
    """The room's answers in the language on screen (level texts through `tr.pick`)."""
    return [
        Counted(
            answer.step,
            answer.point.key,
            tr.pick(answer.point.question),
            tuple(tr.pick(option) for option in answer.point.options),
            answer.counts,
            answer.point.best,
            answer.point.also_best,
        )
        for answer in room.answers
    ]


def from_combined(
    points: Iterable[CombinedPoint],
    tr=None,
    known: Mapping[tuple[int, str], ChoicePoint] | None = None,
) -> list[Counted]:
    """Several groups' points: a point the game's own levels describe (`known`, by step and
    key, with as many options) in `tr`'s language and with the level's options as good as the
    best, any other as the first file wrote it."""
    counted = []
    for p in points:
        if sum(p.counts) == 0 or not 0 <= p.best < len(p.options):
            continue  # no hands counted: nothing to say
        ours = (known or {}).get((p.step, p.key))
        question, options = p.question, p.options
        also = set(p.also_best)
        if tr is not None and ours is not None and len(ours.options) == len(p.options):
            question = tr.pick(ours.question)
            options = tuple(tr.pick(option) for option in ours.options)
            if ours.best == p.best:  # the level's own good options, also for a file too old
                also |= set(ours.also_best)  # to name them
        also_best = tuple(sorted(i for i in also if 0 <= i < len(options) and i != p.best))
        counted.append(Counted(p.step, p.key, question, options, p.counts, p.best, also_best))
    return counted


def point_words(point: Counted, tr, *, combined: bool = False) -> PointWords:
    """The point's question and its lines: what most said or how opinions split, then whether
    that was a right answer (the best option, or one just as good)."""
    tally = point.tally
    who = "groups_" if combined else ""
    most = tally.most()
    if tally.split() or most is None:
        most_right = _most_right(point, tr, who)
        # after "most of our group chose the right answer", "Not everyone agreed:": "Our group
        # was split" there read as a second, opposite verdict (facilitator run 4)
        key = f"group.{who}split_right" if most_right else f"group.{who}split"
        answers = _unsaid_right(point, tr, bool(most_right))
        lines = [*most_right, tr(key), *_said_lines(point, tr), *answers]
        return PointWords(point.step, point.question, tuple(lines), len(answers), len(most_right))
    option = point.options[most]
    everyone = point.counts[most] == tally.total and not combined
    said = tr(
        "group.all" if everyone else f"group.{who}most",
        most=point.counts[most],
        total=tally.total,
        option=option,
    )
    said_right: list[str] = []
    if point.is_best(most):
        answers = _got_it(point, most, tr)
    else:  # the hands a right answer got, said: 8 of 12 on a wrong one hid the 4 who were right
        said_right = [_said(point, i, tr) for i in _best_ones(point) if point.counts[i]]
        answers = _unsaid_right(point, tr, False)
    lines = [_one_stop(said, option), *said_right, *answers]
    return PointWords(point.step, point.question, tuple(lines), len(answers))


# Double quotation marks of the ten languages (the apostrophes ’ and ' are left out: "speaker's").
QUOTES = frozenset('“”„«»"‟')


def _said_key(option: str) -> str:
    """How "N said X" is written: X in the language's quotation marks, or, when X has quotation
    marks of its own (Write just “Hello, everyone!”), after a colon without more of them, so
    that no quote stands inside another."""
    return "group.said_own_quotes" if QUOTES & set(option) else "group.said"


def _said_lines(point: Counted, tr) -> list[str]:
    """A split room's answers under the head line, in the options' order, each answer said a
    line of its own ("5 people said “...”."): as one run-on sentence they were the hardest text
    of the run at the back of the facilitator's room of 12. Each ends with one full stop, as
    every language's split sentence ended before, or with its answer's own end."""
    return [_said(point, index, tr) for index, count in enumerate(point.counts) if count]


def _said(point: Counted, index: int, tr) -> str:
    """How many said one answer ("5 people said “...”."), a right one marked: "Right: ..."
    under the answers wrote them all out again, and took a page of its own on a projector."""
    option = point.options[index]
    said = tr(_said_key(option), count=point.counts[index], option=option)
    if point.is_best(index):
        return f"{said} {tr('group.right_mark')}."
    return _one_stop(said + ".", said)


def said_right(line: str, tr) -> bool:
    """Whether a line says the hands a right answer got (marked by _said): the group screen and
    its picture give it a right answer's colour too."""
    return tr("group.right_mark") in line


def _unsaid_right(point: Counted, tr, most_right: bool) -> list[str]:
    """After the answers said (the right ones marked), the right answers nobody chose."""
    unsaid = [index for index in _best_ones(point) if not point.counts[index]]
    if len(unsaid) < len(_best_ones(point)):  # one was said, marked: the others "also right"
        return [_also_right(point, index, tr) for index in unsaid]
    best = point.options[point.best]
    several = "group.right_first" if most_right else "group.one_right_is"
    first = tr(several if point.also_best else "group.right_is", best=best)
    return [_one_stop(first, best), *(_also_right(point, index, tr) for index in unsaid[1:])]


def _most_right(point: Counted, tr, who: str) -> list[str]:
    """Where the room's hands split, whether most of the room still chose the right answer (or
    one of several), said first: the play-tester's room had 7 of 12 on the two good asks, and 7
    of 12 on "Myth", and heard only that it was split."""
    right = sum(point.counts[index] for index in _best_ones(point))
    total = sum(point.counts)
    if 2 * right <= total:
        return []
    key = "most_right" if point.also_best else "most_the_right"
    if right == total and not who:  # every hand on a right one: "Most (12 of 12)" said less
        key = "all_right"
    return [tr(f"group.{who}{key}", most=right, total=total)]


def _best_ones(point: Counted) -> list[int]:
    return [point.best, *point.also_best]


def _got_it(point: Counted, chosen: int, tr) -> list[str]:
    """The room's answer was right. Where several are, it is one of them, and the others are
    named too, so the room hears that they were just as good."""
    others = [index for index in _best_ones(point) if index != chosen]
    if not others:
        return [tr("group.got_it")]
    return [tr("group.got_one"), *(_also_right(point, index, tr) for index in others)]


def _right_answers(point: Counted, tr, most_right: bool = False) -> list[str]:
    """The right answer, then each other answer just as good on a line of its own. With
    several, the first is "one right answer": "the right answer" would say it was the only one;
    after "most of our group chose a right answer" it is just "Right: ...", which does not
    read as if the room had missed it."""
    best = point.options[point.best]
    several = "group.right_first" if most_right else "group.one_right_is"
    first = tr(several if point.also_best else "group.right_is", best=best)
    return [_one_stop(first, best), *(_also_right(point, index, tr) for index in point.also_best)]


def _also_right(point: Counted, index: int, tr) -> str:
    also = point.options[index]
    return _one_stop(tr("group.also_right", best=also), also)


ENDS = ".!?…؟。"  # an answer that is a sentence of its own ends with one of these
PAUSES = ",;:،"  # an answer that is a letter's closing ("Best regards,") ends with one of these


def _one_stop(line: str, words: str) -> str:
    """A line that ends with an answer which is a whole sentence ("...thought of you!") keeps
    the answer's own end rather than a second full stop after it; an answer that ends with a
    pause ("Best regards,") ends with the stop instead."""
    words = words.rstrip()
    if not words or not line.endswith(words + "."):
        return line
    if words[-1] in ENDS or words.rstrip('”»"’').endswith(tuple(ENDS)):
        return line[:-1]  # (a quoted sentence too: “Hello, nice talk.”)
    if words[-1] in PAUSES:
        return line[: -len(words) - 1] + words[:-1] + "."
    return line


def group_words(points: Iterable[Counted], tr, *, combined: bool = False) -> list[PointWords]:
    return [point_words(point, tr, combined=combined) for point in points]


def step_name(tr, step: int, titles: dict[int, str]) -> str:
    """A step's heading: its number and title (only its number when the title is not known)."""
    title = titles.get(step)
    return tr("group.step", step=step, title=title) if title else tr("group.step_only", step=step)


def steps_of(words: Iterable[PointWords]) -> list[tuple[int, list[PointWords]]]:
    """The points step by step, in the order they came."""
    steps: list[tuple[int, list[PointWords]]] = []
    for item in words:
        if not steps or steps[-1][0] != item.step:
            steps.append((item.step, []))
        steps[-1][1].append(item)
    return steps
