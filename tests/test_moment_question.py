"""Step 6's moments ask the room a question: the show of hands and what our group thought read
"The event is over. The host shares the speakers' profile links in the chat." as the question
(the facilitator's real-time run). The scene now ends with "What does Sara do?" in a workshop
and "What do you do?" in solo play, in every language."""

from __future__ import annotations

import pytest

from steps_game import group_texts
from steps_game.content import load_content
from steps_game.i18n import language_codes
from steps_game.paths import bundled_levels_dir
from steps_game.tasks.profile_event.model import ProfileEventModel


@pytest.fixture(scope="module")
def content():
    return load_content(bundled_levels_dir(), tuple(language_codes()))


def first_point(content, workshop: bool):
    config = group_texts.task_config(content.level(6), workshop)
    model = ProfileEventModel(config, "other")
    for card in model.cards:
        if card.points > 0:
            model.toggle(card.id)
    model.go_to_event()
    return model.choice_point()


@pytest.mark.parametrize("code", language_codes())
def test_each_moment_asks_what_sara_does_in_a_workshop_and_what_you_do_alone(content, code):
    name = content.profile.newcomer.name[code]
    room = first_point(content, workshop=True).question[code]
    alone = first_point(content, workshop=False).question[code]
    assert room.rstrip().endswith(("?", "؟")), room
    assert alone.rstrip().endswith(("?", "؟")), alone
    last = room.rstrip("?؟ ").rsplit(".", 1)[-1]  # the question after the scene's last stop
    assert name[:3] in last, f"{code}: {room!r} does not ask what {name} does"
    assert name[:3] not in alone.rstrip("?؟ ").rsplit(".", 1)[-1], alone
