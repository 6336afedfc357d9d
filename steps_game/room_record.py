"""What the room answered in a workshop run (issue 15): a pure model, no pygame.

At each choice point (tally.py's `ChoicePoint`) the facilitator may count the room's hands; the
counts are recorded here, in memory only, one entry per step and choice point (counting again
replaces the earlier count). The group screen and the group's files are made from this record
alone, so what they show is what the room answered, nothing more: no names, no one's own answers.

`to_json` is the group's JSON file; `combine` adds up several groups' files (`steps-game summary`),
the same file given twice counting once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from steps_game.tally import SPLIT_SHARE, ChoicePoint, Tally

KIND = "steps-group"  # the "kind" of a group's JSON file, beside a player's export
VERSION = 1


@dataclass(frozen=True)
class RoomAnswer:
    """The room's hands at one choice point of one step."""

    step: int
    point: ChoicePoint
    counts: tuple[int, ...]

    @property
    def tally(self) -> Tally:
        return Tally(len(self.counts), list(self.counts), revealed=True)

    @property
    def total(self) -> int:
        return sum(self.counts)


class RoomRecord:
    """The room's answers in the order the room gave them."""

    def __init__(self) -> None:
        self._answers: dict[tuple[int, str], RoomAnswer] = {}
        # (step, the point's place in it, its key) of each answer revealed, hands or none: its
        # question to talk about was on screen (scenes/tally_notes.talk_about)
        self._revealed: set[tuple[int, int, str]] = set()

    def record(self, step: int, point: ChoicePoint, tally: Tally) -> None:
        """Keep the hands counted at `point`; a count of no hands at all is not kept (the step
        was played without a tally), and counting a point again replaces its earlier count."""
        if len(point.options) != tally.options:
            raise ValueError(f"{tally.options} counts for {len(point.options)} options")
        if tally.revealed:
            self._revealed.add((step, point.order, point.key))
        key = (step, point.key)
        self._answers.pop(key, None)
        if tally.counted:
            self._answers[key] = RoomAnswer(step, point, tuple(tally.counts))

    def talked_about(self, step: int, questions: int, own: Iterable[str] = ()) -> set[int]:
        """Which of the step's `questions` to talk about a reveal showed (one per point, in
        turn, except at the points in `own`, which have a question of their own): the
        discussion card leaves them out, the room has talked about them."""
        own = set(own)
        return {
            order % questions
            for shown, order, key in self._revealed
            if shown == step and key not in own
        }

    def was_revealed(self, step: int, key: str) -> bool:
        """Whether the answer at the point `key` of `step` was revealed (a count after it,
        once the choice was taken back, is a new one)."""
        return any(s == step and k == key for s, _, k in self._revealed)

    def answer(self, step: int, key: str) -> RoomAnswer | None:
        return self._answers.get((step, key))

    def hands_before(self, step: int, key: str) -> int | None:
        """The hands counted at the point the room answered last before this one (counting a
        point again makes it the last), None before the room's first count: the facilitator
        compares the count now with it to see whether every hand is in, and none twice."""
        others = [answer for at, answer in self._answers.items() if at != (step, key)]
        return others[-1].total if others else None

    @property
    def answers(self) -> list[RoomAnswer]:
        """Step by step, and within a step in the order the room answered."""
        return sorted(self._answers.values(), key=lambda answer: answer.step)

    def __bool__(self) -> bool:
        return bool(self._answers)

    def to_json(self, language: str) -> dict[str, object]:
        """The group's file: the questions and options in `language` (the level texts fall back
        to Finnish), the hands per option, the right or best option and what most hands chose."""
        return {
            "kind": KIND,
            "version": VERSION,
            "language": language,
            "points": [_point_json(answer, language) for answer in self.answers],
        }


def _words(text: Mapping[str, str], language: str) -> str:
    return text.get(language) or text.get("fi") or next(iter(text.values()), "")


def _point_json(answer: RoomAnswer, language: str) -> dict[str, object]:
    tally = answer.tally
    point = answer.point
    return {
        "step": answer.step,
        "key": point.key,
        "question": _words(point.question, language),
        "options": [_words(option, language) for option in point.options],
        "counts": list(answer.counts),
        "best": point.best,
        "also_best": list(point.also_best),  # as good as "best": step 5's second good ask
        "most": tally.most(),
        "split": tally.split(),
    }


# -- several groups' files together -----------------------------------------------------------


@dataclass(frozen=True)
class CombinedPoint:
    step: int
    key: str
    question: str
    options: tuple[str, ...]
    counts: tuple[int, ...]
    best: int
    groups: int
    also_best: tuple[int, ...] = ()  # options as good as `best`

    @property
    def tally(self) -> Tally:
        return Tally(len(self.counts), list(self.counts), revealed=True)


def fingerprint(document: Mapping[str, object]) -> str:
    """The same file given twice counts once: its content, not its name, says which it is."""
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode("utf-8")).hexdigest()


def is_group_file(document: object) -> bool:
    return isinstance(document, Mapping) and document.get("kind") == KIND


def combine(documents: Iterable[Mapping[str, object]]) -> list[CombinedPoint]:
    """Add up the hands of several groups' files, point by point (step and key); each distinct
    file counts once. A point whose options differ between files (another levels folder) keeps
    the first file's options and counts only the files that match them. A file written before
    files named the options as good as the best ("also_best") reads as naming none; the other
    files' still count."""
    seen: set[str] = set()
    points: dict[tuple[int, str], CombinedPoint] = {}
    for document in documents:
        mark = fingerprint(document)
        if mark in seen or not is_group_file(document):
            continue
        seen.add(mark)
        for raw in document.get("points", []):
            step, key = int(raw["step"]), str(raw["key"])
            counts = tuple(int(count) for count in raw["counts"])
            also_best = tuple(int(index) for index in raw.get("also_best", ()))
            earlier = points.get((step, key))
            if earlier is None:
                points[(step, key)] = CombinedPoint(
                    step,
                    key,
                    str(raw["question"]),
                    tuple(str(option) for option in raw["options"]),
                    counts,
                    int(raw["best"]),
                    1,
                    also_best,
                )
            elif len(earlier.counts) == len(counts):
                summed = tuple(a + b for a, b in zip(earlier.counts, counts, strict=True))
                points[(step, key)] = CombinedPoint(
                    step,
                    key,
                    earlier.question,
                    earlier.options,
                    summed,
                    earlier.best,
                    earlier.groups + 1,
                    tuple(sorted(set(earlier.also_best) | set(also_best))),
                )
    return sorted(points.values(), key=lambda point: point.step)


__all__ = [
    "KIND",
    "SPLIT_SHARE",
    "CombinedPoint",
    "RoomAnswer",
    "RoomRecord",
    "combine",
    "fingerprint",
    "is_group_file",
]
