"""Step 6's profile says that every item that helps counts, besides the least number to go on:
the facilitator's room read "Choose at least 3 items", chose three and scored 71 of 100 for
"3 of the 9 things". In every language, to one player and to a room alike, the line goes on
after the sentence with the least number."""

from __future__ import annotations

import pytest

from steps_game.i18n import Translator, language_codes


@pytest.mark.parametrize("code", language_codes())
@pytest.mark.parametrize("group", [False, True])
def test_the_profile_says_every_helpful_item_counts(code, group):
    tr = Translator(code)
    tr.group = group
    words = tr("task.profile_event.need_more", min=3)
    sentences = [part for part in words.replace("؟", ".").split(". ") if part.strip()]
    assert len(sentences) >= 2, words  # the least number, then what counts
    assert words.endswith("."), words
