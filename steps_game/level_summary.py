"""What `steps-game validate --json` says about each level of sound content."""

from __future__ import annotations

from typing import Any

from steps_game.content import iter_texts
from steps_game.i18n import forms, language_codes
from steps_game.level_models import GameContent, Level


def complete_languages(level: Level) -> list[str]:
    texts = list(iter_texts(level))
    return [
        code
        for code in language_codes()
        if all(all(form.strip() for form in forms(text.get(code, ""))) for text in texts)
    ]


def summary(content: GameContent) -> dict[str, Any]:
    return {
        "folder": str(content.folder),
        "levels": [
            {
                "step": level.step,
                "id": level.id,
                "title": dict(level.title),
                "task_kind": level.task.kind,
                "languages": complete_languages(level),
            }
            for level in content.levels
        ],
    }
