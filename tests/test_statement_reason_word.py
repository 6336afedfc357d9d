"""Step 1's reason starts with the answer button's own word: under the answer "Fact" the reveal
said "Why? True." (the facilitator's real-time run), and in Swedish, Russian, Ukrainian, Persian
and Somali the reason named the answer with another word than its button ("Sant", "Правда",
"Run"). The first sentence of every statement's reason, in solo play and in a workshop, holds
the word of the button that is right."""

from __future__ import annotations

import pytest

from steps_game import group_texts
from steps_game.content import load_content
from steps_game.i18n import Translator, language_codes
from steps_game.paths import bundled_levels_dir


@pytest.fixture(scope="module")
def content():
    return load_content(bundled_levels_dir(), tuple(language_codes()))


@pytest.mark.parametrize("code", language_codes())
def test_every_reason_opens_with_the_right_buttons_word(content, code):
    tr = Translator(code)
    words = {True: tr("task.myth_or_fact.fact"), False: tr("task.myth_or_fact.myth")}
    level = content.level(1)
    wrong = []
    for workshop in (False, True):
        for statement in group_texts.task_config(level, workshop).statements:
            reason = statement.explanation[code]
            first = reason.split(". ")[0].split("،")[0]
            if words[statement.is_fact].casefold() not in first.casefold():
                wrong.append(f"{statement.id} ({'workshop' if workshop else 'solo'}): {first}")
    assert not wrong, f"{code}: {wrong}"
