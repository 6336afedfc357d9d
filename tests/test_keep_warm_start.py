"""Step 7 builds on step 5: the old contact who answered the player's message starts the weeks
warm. Thirty-third and thirty-fifth Arabic play-tests: the former colleague had just replied
warmly and offered a call, and step 7 showed them "cool, 1 of 4", as if no message had been
sent."""

from __future__ import annotations

from steps_game.content import load_content
from steps_game.paths import bundled_levels_dir
from steps_game.tasks.base import EMPTY_THREAD, MessageThread, Person, Thread
from steps_game.tasks.keep_warm.model import KeepWarmModel
from steps_game.tasks.keep_warm.start import start_warmth


def person(ref: str, closeness: int, weak: bool = True) -> Person:
    words = {"fi": ref, "en": ref}
    return Person(ref, role=words, weak=weak, ring=words, sector=words, closeness=closeness)


FAR = person("map:former-colleague", 2)  # on the map's outer ring


def test_a_distant_contact_who_answered_the_message_starts_warm():
    answered = Thread(people=(FAR,), message=MessageThread(FAR, answered=True))
    unanswered = Thread(people=(FAR,), message=MessageThread(FAR, answered=False))
    assert start_warmth(FAR, EMPTY_THREAD, 4) == 1  # distant: cool
    assert start_warmth(FAR, unanswered, 4) == 1
    assert start_warmth(FAR, answered, 4) == 3  # warm, with room to grow
    other = person("map:neighbour", 2)
    assert start_warmth(other, answered, 4) == 1  # only the one who answered
    assert start_warmth(Person("event:speaker"), answered, 4) == 1


def test_step_7_opens_with_the_contact_who_answered_warm_and_the_others_as_before():
    content = load_content(bundled_levels_dir(), ("en",))
    config = content.level(7).task
    people = (FAR, person("map:good-friend", 0, weak=False), person("map:neighbour", 2))
    answered = Thread(people=people, message=MessageThread(FAR, answered=True))
    model = KeepWarmModel(config, "it", answered)
    warmth = {t.person.ref: t.start_warmth for t in model.relationships if t.person}
    assert warmth["map:former-colleague"] == config.warmth_max - 1
    assert warmth["map:neighbour"] == 1  # distant, not written to: cool as before
    assert warmth["map:good-friend"] == config.warmth_max - 1  # close: warm as before


def test_the_one_written_to_in_step_5_is_kept_warm_even_where_the_places_are_few():
    """The short way keeps four places: two new contacts of the event and two of the map. The
    person written to in step 5 came after the map's people in the player's own words and
    was left out, though keeping that tie warm is what step 5 leads to."""
    from steps_game.short_way import short_config

    content = load_content(bundled_levels_dir(), ("en",))
    level = content.level(7)
    config = short_config(level.task, level.short)
    assert len(config.relationships) == 4
    event = (Person("event:speaker"), Person("event:peer"))
    own = tuple(
        Person(f"map:own-{n}", role={"en": "x"}, words=f"Friend {n}", weak=True) for n in "ab"
    )
    thread = Thread(
        people=(*own, FAR), new_contacts=event, message=MessageThread(FAR, answered=False)
    )
    cast = KeepWarmModel(config, "it", thread).state["cast"]
    assert "map:former-colleague" in cast.values()
    assert {"event:speaker", "event:peer"} <= set(cast.values())
    # without a step 5 message, the map's own words first, as before
    cast = KeepWarmModel(config, "it", Thread(people=(*own, FAR), new_contacts=event))
    assert "map:former-colleague" not in cast.state["cast"].values()
