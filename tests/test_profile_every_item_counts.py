"""Step 6's profile, once it has the least number of items, says that every item that helps
counts before it offers the way on: the facilitator's room read "Choose at least 3 items",
chose three, went on and scored 71 of 100 for "3 of the 9 things". In every language, to one
player and to a room alike, the line opens with a sentence of its own before the way on."""

from __future__ import annotations

import pytest

from steps_game.i18n import Translator, language_codes


@pytest.mark.parametrize("code", language_codes())
@pytest.mark.parametrize("group", [False, True])
def test_a_ready_profile_says_every_helpful_item_counts(code, group):
    tr = Translator(code)
    tr.group = group
    words = tr("task.profile_event.ready")
    sentences = [part for part in words.split(". ") if part.strip()]
    assert len(sentences) >= 2, words  # what counts, then the way on
    assert words.endswith("."), words
