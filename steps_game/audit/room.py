"""A room of twelve's answers, made from the level data (choice_points.py, the same points
`steps-game summary` reads files by), for the audit's group screen and the tests: each of step
1's statements, each part of step 5's message and each moment of step 6's event, with hands that
make every kind of line the group screen says (most of the room right, most of the room wrong,
everyone right, opinions split, a tie, and the room choosing the second of two good options)."""

from __future__ import annotations

from steps_game.choice_points import message_points, moment_points, statement_points
from steps_game.room_record import RoomRecord
from steps_game.tally import ChoicePoint, Tally

ROOM = 12
# hands for the right answer, the rest of the room for the other: 9 of 12 right, 5 of 12 right
# (a split), 2 of 12 right (most wrong), everyone right, half and half
RIGHT_HANDS = (9, 5, 2, 12, 6)


def room_of_twelve(content, plan=None) -> RoomRecord:
    """`plan`: a workshop set (workshop_sets.py); the room then answers only the steps and the
    choices that set plays, in the words a room sees (group_texts.py)."""
    room, ws = RoomRecord(), plan is not None
    for index, point in enumerate(_played(plan, 1, statement_points(content, ws))):
        right = RIGHT_HANDS[index % len(RIGHT_HANDS)]
        counts = [ROOM - right, ROOM - right]
        counts[point.best] = right
        room.record(1, point, Tally(2, counts))
    # step 5's room picks the second of two good asks (told it was right); step 6's room misses
    # both good options of a moment (told both)
    for step, points in ((5, message_points(content, ws)), (6, moment_points(content, ws))):
        for index, point in enumerate(_played(plan, step, points)):
            hands = most_hands(point, index, second_good=step == 5)
            room.record(step, point, Tally(len(point.options), hands))
    return room


def _played(plan, step: int, points: list[ChoicePoint]) -> list[ChoicePoint]:
    """The step's points a room playing `plan` answers (all of them without a plan)."""
    if plan is None:
        return points
    if step not in plan.step_numbers:
        return []
    plays = plan.plays_for(step)
    return [point for point in points if plays is None or point.key in plays]


def most_hands(point: ChoicePoint, index: int, *, second_good: bool) -> list[int]:
    """A room of twelve's hands at a choice of several options, one hand on each option but
    the one most chose: at a point with two good options the second good one (`second_good`)
    or a wrong one; elsewhere a wrong one at every third point, else the best."""
    counts = [1] * len(point.options)
    wrong = next(i for i in range(len(counts)) if not point.is_best(i))
    if point.also_best:
        chosen = point.also_best[0] if second_good else wrong
    else:
        chosen = wrong if index % 3 == 1 else point.best
    counts[chosen] = ROOM - len(counts) + 1
    return counts
