"""The choice points the game's own levels describe, in every language (tally.py's ChoicePoint):
step 1's statements (with the myth and fact buttons' words), step 5's message parts and step 6's
event moments, each through its task model's own `choice_point()`, walked as a room playing the
workshop would (the general field, the level's example people, the best option at each point).
`steps-game summary` reads a group's file written in one language in another through them, and
the audit and the tests fill a room's record with them. No pygame."""

from __future__ import annotations

from steps_game.i18n import Translator, language_codes
from steps_game.tally import ChoicePoint
from steps_game.workshop_sets import FIELD


def catalog_words(key: str) -> dict[str, str]:
    """An interface word in every language, as a level text is (code -> words)."""
    return {code: Translator(code)(key) for code in language_codes()}


def _task(content, step: int, kind: str, workshop: bool = False):
    """The step's task config when it is a task of `kind` in this levels folder, else None;
    `workshop`: with the group texts a room sees (group_texts.py: "What does Sara do?")."""
    from steps_game.group_texts import task_config

    level = next((level for level in content.levels if level.step == step), None)
    if level is None or getattr(level.task, "kind", "") != kind:
        return None
    return task_config(level, workshop)


def statement_points(content, workshop: bool = False) -> list[ChoicePoint]:
    """Step 1's statements as the room's choices, in the level's order ([] when step 1 is not
    a myth-or-fact task in this levels folder)."""
    from steps_game.tasks.myth_or_fact.model import MythOrFactModel

    task = _task(content, 1, "myth_or_fact", workshop)
    if task is None:
        return []
    model = MythOrFactModel(task, FIELD)
    myth = catalog_words("task.myth_or_fact.myth")
    fact = catalog_words("task.myth_or_fact.fact")
    points = []
    while (point := model.choice_point(myth, fact)) is not None:
        points.append(point)
        model.answer(point.best == 1)
        model.next()
    return points


def message_points(content, workshop: bool = False) -> list[ChoicePoint]:
    """Step 5's message parts as the room's choices, in the level's order, writing to the
    level's first example contact ([] when step 5 is not a message builder here)."""
    from steps_game.tasks.message_builder.model import MessageBuilderModel

    task = _task(content, 5, "message_builder", workshop)
    if task is None:
        return []
    model = MessageBuilderModel(task, FIELD)
    model.pick_contact(model.contacts()[0].id)
    points = []
    while (point := model.choice_point()) is not None:
        points.append(point)
        model.play_choice(point.best)
    return points


def moment_points(content, workshop: bool = False) -> list[ChoicePoint]:
    """Step 6's event moments as the room's choices, in the level's order, after a profile of
    every item worth points ([] when step 6 is not a profile-and-event task here)."""
    from steps_game.tasks.profile_event.model import ProfileEventModel

    task = _task(content, 6, "profile_event", workshop)
    if task is None:
        return []
    model = ProfileEventModel(task, FIELD)
    for card in model.cards:
        if card.points > 0:
            model.toggle(card.id)
    model.go_to_event()
    points = []
    while (point := model.choice_point()) is not None:
        points.append(point)
        model.play_choice(point.best)
        model.next()
    return points


def known_points(content) -> dict[tuple[int, str], ChoicePoint]:
    """Every choice point the levels describe, by step and key (as a group's file names it)."""
    steps = ((1, statement_points), (5, message_points), (6, moment_points))
    return {(step, point.key): point for step, points in steps for point in points(content)}
