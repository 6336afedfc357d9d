"""The choice points the game's own levels describe, in every language (tally.py's ChoicePoint):
step 1's statements through MythOrFactModel.choice_point, with the myth and fact buttons' words.
`steps-game summary` reads a group's file written in one language in another through them, and
the audit and the tests fill a room's record with them. No pygame."""

from __future__ import annotations

from steps_game.i18n import Translator, language_codes
from steps_game.tally import ChoicePoint


def catalog_words(key: str) -> dict[str, str]:
    """An interface word in every language, as a level text is (code -> words)."""
    return {code: Translator(code)(key) for code in language_codes()}


def statement_points(content) -> list[ChoicePoint]:
    """Step 1's statements as the room's choices, in the level's order ([] when step 1 is not
    a myth-or-fact task in this levels folder)."""
    from steps_game.tasks.myth_or_fact.model import MythOrFactModel

    level = next((level for level in content.levels if level.step == 1), None)
    if level is None or getattr(level.task, "kind", "") != "myth_or_fact":
        return []
    model = MythOrFactModel(level.task, "other")
    myth = catalog_words("task.myth_or_fact.myth")
    fact = catalog_words("task.myth_or_fact.fact")
    points = []
    while (point := model.choice_point(myth, fact)) is not None:
        points.append(point)
        model.answer(point.best == 1)
        model.next()
    return points


def known_points(content) -> dict[tuple[int, str], ChoicePoint]:
    """Every choice point the levels describe, by step and key (as a group's file names it)."""
    return {(1, point.key): point for point in statement_points(content)}
