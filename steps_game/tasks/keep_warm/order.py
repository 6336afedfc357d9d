"""Where step 7's keyboard focus goes: the rules of the order in which a week is played, pure (no
pygame), so that they are tested without a window.

The third Arabic 200 % keyboard play-test: a week opened on the first person, whoever had news,
and the focus went from person to person in the list's order, so energy was spent before the
person with news was reached (3 of 6 news answered, about 57 keys), and an Enter-only player
answered none. Now a week opens on the person with news, their card opens on the way that
answers it, and after a choice the focus goes to whoever still has news to answer, else on to
the next person who can be reached.

The fifth play-test: after a choice the warm 4/4 friend was offered while a 1/4 tie went to 0
uncontacted (s7_08, s7_43), so deciding for herself cost keys and Enter alone did no worse.
Now the next person is the one who most needs contact: the news still to answer, else the
coolest tie still to reach (the list's order from the person just chosen breaks a tie).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

NEXT_WEEK = None  # the focus goes to "Next week": nobody is left to reach this week


def week_opening(people: Sequence[str], news_of: str | None, reachable: Callable[[str], bool]):
    """The person a week opens on: the one with news, where a way to answer it is still open,
    else the first who can be reached, else NEXT_WEEK."""
    if news_of is not None and news_of in people and reachable(news_of):
        return news_of
    return next((person for person in people if reachable(person)), NEXT_WEEK)


def after_choice(
    people: Sequence[str],
    at: str,
    news_of: str | None,
    reachable: Callable[[str], bool],
    energy_left: int,
    *,
    warmth: Mapping[str, int],
) -> str | None:
    """Whom the focus goes to after a way was chosen for `at`: the person with news still to
    answer (`reachable` says whether a way is still open to them), else the coolest person
    still to reach (`warmth` now; among equally cool ones the next after `at`, round to the
    first ones), else NEXT_WEEK; always NEXT_WEEK once the energy is used."""
    if energy_left <= 0:
        return NEXT_WEEK
    if news_of is not None and news_of != at and news_of in people and reachable(news_of):
        return news_of
    start = people.index(at) if at in people else -1
    rest = [*people[start + 1 :], *people[: start + 1]]
    left = [person for person in rest if person != at and reachable(person)]
    return min(left, key=lambda person: warmth.get(person, 0), default=NEXT_WEEK)


def way_to_focus(
    offered: Sequence[str], answers: Sequence[str], payable: Callable[[str], bool], chosen=None
) -> str | None:
    """The way a person's card opens on: the one chosen; else the first way the energy pays for
    that answers their news (`answers`); else the first way it pays for; None when none."""
    if chosen is not None:
        return chosen
    usable = [way for way in offered if payable(way)]
    return next((way for way in usable if way in answers), usable[0] if usable else None)
