"""A room of twelve's answers, made from the level data, for the audit's group screen and the
tests: each of step 1's statements (MythOrFactModel.choice_point) and the opening of step 5's
message, with hands that make every kind of line the group screen says (most of the room right,
most of the room wrong, everyone right, opinions split, a tie)."""

from __future__ import annotations

from steps_game.choice_points import statement_points
from steps_game.room_record import RoomRecord
from steps_game.tally import ChoicePoint, Tally

ROOM = 12
# hands for the right answer, the rest of the room for the other: 9 of 12 right, 5 of 12 right
# (a split), 2 of 12 right (most wrong), everyone right, half and half
RIGHT_HANDS = (9, 5, 2, 12, 6)


def room_of_twelve(content) -> RoomRecord:
    room = RoomRecord()
    for index, point in enumerate(statement_points(content)):
        right = RIGHT_HANDS[index % len(RIGHT_HANDS)]
        counts = [ROOM - right, ROOM - right]
        counts[point.best] = right
        room.record(1, point, Tally(2, counts))
    message = _message_opening(content)
    if message is not None:
        counts = [1] * len(message.options)
        counts[message.best] = ROOM - len(message.options) + 1
        room.record(5, message, Tally(len(counts), counts))
    return room


def _message_opening(content) -> ChoicePoint | None:
    """Step 5's first part as the room's choice: its options, the best one by its quality."""
    level = content.level(5)
    task = level.task
    if getattr(task, "kind", "") != "message_builder":
        return None
    part = task.parts[0]
    options = [option for option in task.options if option.part == part.id]
    best = max(range(len(options)), key=lambda i: options[i].quality)
    return ChoicePoint(
        key=part.id,
        question=part.name,
        options=tuple(option.text for option in options),
        best=best,
        reason=options[best].reason,
    )
