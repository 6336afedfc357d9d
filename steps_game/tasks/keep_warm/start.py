"""How warm each of the player's own people starts step 7: close people on the step 3 map warm,
distant ones cool, a new contact of the step 6 event barely warm; and the old contact who
answered the message of step 5 warm (thirty-third and thirty-fifth Arabic play-tests: the former
colleague who had just replied warmly and offered a call stood "cool, 1 of 4", as if the message
had never been sent). Pure: no pygame."""

from __future__ import annotations

from steps_game.tasks.base import Person, Thread


def start_warmth(person: Person, thread: Thread, warmth_max: int) -> int:
    """The warmth `person` starts the weeks at, 1 to `warmth_max - 1` (room to grow)."""
    if person.origin == "event":
        return 1
    start = max(1, warmth_max - 1 - person.closeness)
    message = thread.message
    if message is not None and message.answered and message.person.ref == person.ref:
        start = warmth_max - 1  # they answered the step 5 message: the tie is warm again
    return start
