"""Who step 7 keeps warm, and how warm each of the player's own people starts: close people on
the step 3 map warm, distant ones cool, a new contact of the step 6 event barely warm; and the
old contact who answered the message of step 5 warm (thirty-third and thirty-fifth Arabic
play-tests: the former colleague who had just replied warmly and offered a call stood "cool, 1 of
4", as if the message had never been sent). Pure: no pygame."""

from __future__ import annotations

from collections.abc import Sequence

from steps_game.tasks.base import Person, Thread
from steps_game.tasks.keep_warm.parts import Relationship

MAX_FROM_EVENT = 2  # new contacts of the event among the people kept warm


def cast_places(
    places: Sequence[Relationship], min_people: int, thread: Thread
) -> dict[str, str | None]:
    """Who takes each of the level's places (place id -> the person's ref, or None for the
    level's example): the event's new contacts, then the map's people (the one written to in
    step 5 first, then those with the player's own words, then the ones met now and then), then
    the level's examples up to `min_people`."""
    people = list(thread.new_contacts[:MAX_FROM_EVENT])
    written = thread.message.person.ref if thread.message is not None else None
    # keeping the step 5 tie warm is what comes next (on the short way's four places it fell
    # out behind the map's own words)
    mapped = sorted(
        thread.people, key=lambda p: (p.ref != written, not p.words, not p.weak, p.closeness)
    )
    people += mapped
    count = max(min_people, min(len(people), len(places)))
    return {
        place.id: people[index].ref if index < len(people) else None
        for index, place in enumerate(places[:count])
    }


def start_warmth(person: Person, thread: Thread, warmth_max: int) -> int:
    """The warmth `person` starts the weeks at, 1 to `warmth_max - 1` (room to grow)."""
    if person.origin == "event":
        return 1
    start = max(1, warmth_max - 1 - person.closeness)
    message = thread.message
    if message is not None and message.answered and message.person.ref == person.ref:
        start = warmth_max - 1  # they answered the step 5 message: the tie is warm again
    return start
