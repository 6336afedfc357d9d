"""The room's show of hands at a choice point (issue 15): a pure model, no pygame.

A task describes its current choice point (`ChoicePoint`: the question, the options, the right or
best option and its reason, all as level texts in every language); the facilitator counts hands per
option (`Tally`), then reveals. What the room thought is read from the counts: the option most
hands chose, or that opinions split (no option has more than SPLIT_SHARE of the hands).

The room's counts are kept for the group screen and files in room_record.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

MOST_HANDS = 99  # a room's hands for one option; more is a slip of the key
SPLIT_SHARE = 0.6  # under this share for every option, the room's opinions split


def right_option(option: int, best: int, also_best: Sequence[int]) -> bool:
    """Whether `option` is a right answer: the best one, or one just as good. The one rule the
    reveal, the group screen and the group's files judge by."""
    return option == best or option in also_best


@dataclass(frozen=True)
class ChoicePoint:
    key: str  # which choice point of the step, stable across languages (e.g. a statement's id)
    question: Mapping[str, str]  # level texts: language code -> words
    options: tuple[Mapping[str, str], ...]
    best: int  # the index of the right or best option
    reason: Mapping[str, str]  # why the best option is best
    order: int = 0  # which choice point of the step this is, counted from 0
    also_best: tuple[int, ...] = ()  # other options just as good (step 5's two good asks)
    also_reasons: tuple[Mapping[str, str], ...] = ()  # why each of those is as good

    def is_best(self, option: int) -> bool:
        return right_option(option, self.best, self.also_best)

    @classmethod
    def best_of(
        cls,
        key: str,
        question: Mapping[str, str],
        options: Sequence[Mapping[str, str]],
        worth: Sequence[int],
        reasons: Sequence[Mapping[str, str]],
        order: int,
    ) -> ChoicePoint:
        """A choice whose options the level rates (`worth`: a quality, points): the best are
        those rated highest, the reason the first one's, and the others' reasons after it."""
        top = max(worth)
        best = [index for index, value in enumerate(worth) if value == top]
        also = tuple(reasons[index] for index in best[1:])
        first = best[0]
        return cls(
            key, question, tuple(options), first, reasons[first], order, tuple(best[1:]), also
        )


@dataclass
class Tally:
    """Hands per option at one choice point, the option the facilitator's keys act on, and
    whether the answer is shown."""

    options: int
    counts: list[int] = field(default_factory=list)
    focus: int = 0
    revealed: bool = False

    def __post_init__(self) -> None:
        if self.options < 1:
            raise ValueError("a choice point has at least one option")
        if not self.counts:
            self.counts = [0] * self.options
        if len(self.counts) != self.options:
            raise ValueError(f"{len(self.counts)} counts for {self.options} options")

    # -- the facilitator's keys --------------------------------------------------------------
    def add(self, option: int | None = None, hands: int = 1) -> None:
        """One more hand (or `hands` more; fewer when negative) for `option`, else the focused
        one; never under 0 or over MOST_HANDS."""
        index = self.focus if option is None else option
        if not 0 <= index < self.options:
            return
        self.focus = index
        self.counts[index] = max(0, min(MOST_HANDS, self.counts[index] + hands))

    def remove(self, option: int | None = None) -> None:
        self.add(option, -1)

    def digit(self, number: int) -> None:
        """Number key N: a hand for option N (counted from 1)."""
        self.add(number - 1)

    def move(self, step: int) -> None:
        self.focus = (self.focus + step) % self.options

    def reveal(self) -> None:
        self.revealed = True

    # -- what the room thought ---------------------------------------------------------------
    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def counted(self) -> bool:
        """Whether any hand was recorded: without hands the step plays as it always has."""
        return self.total > 0

    def most(self) -> int | None:
        """The option most hands chose, or None when none was counted or two share the most."""
        if not self.counted:
            return None
        top = max(self.counts)
        leaders = [index for index, count in enumerate(self.counts) if count == top]
        return leaders[0] if len(leaders) == 1 else None

    def split(self) -> bool:
        """Whether the room's opinions split: counted, and no option has SPLIT_SHARE of hands."""
        return self.counted and max(self.counts) < SPLIT_SHARE * self.total

    def room_choice(self, point: ChoicePoint) -> int | None:
        """The option the task plays for the room: the one most hands chose. When two or more
        share the most, the room did not decide: of them the best one (a tie the answer is in
        is settled by the answer), else the first. None when no hand was counted."""
        if not self.counted:
            return None
        top = max(self.counts)
        leaders = [index for index, count in enumerate(self.counts) if count == top]
        return next((index for index in leaders if point.is_best(index)), leaders[0])

    def share(self, option: int) -> float:
        return self.counts[option] / self.total if self.counted else 0.0

    def to_json(self) -> dict[str, object]:
        return {"counts": list(self.counts), "total": self.total}
