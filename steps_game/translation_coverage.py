"""Which texts of sound levels lack a language, as notes: the game shows them in a fallback
language (tagged), so a counsellor's new text in Finnish and English plays in every language.
`validate --strict` (and CI, on the bundled levels) makes them errors."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import cache
from typing import Any

from pydantic import BaseModel

from steps_game import translations
from steps_game.i18n import forms, language_codes, text_placeholders
from steps_game.level_problems import Problem, format_path
from steps_game.schema import SOURCE_LANGUAGES, Text


def missing_translations(
    model: BaseModel,
    file: str,
    languages: tuple[str, ...] | None = None,
    stale: Collection[tuple[str, str]] = (),
) -> list[Problem]:
    """A note for every text of a sound level or profile that lacks one of `languages` (all
    shipped ones by default) but those `stale` already named (language, place); a blocking
    problem where a translation's placeholders differ
    from the source's (the game could not fill them in)."""
    # The source languages are there, with matching placeholders, in every text that validated
    # (schema.Text): only the translations are left to check.
    shipped = [code for code in languages or language_codes() if code not in SOURCE_LANGUAGES]
    if not shipped:
        return []
    problems = []
    for path, item, text in texts_with_paths(model):
        place = _place(model, path)
        reference = text_placeholders(text[SOURCE_LANGUAGES[0]])
        for code in shipped:
            words = text.get(code, "")
            written = any(form.strip() for form in forms(words))
            if written and text_placeholders(words) != reference:
                expected = ", ".join(sorted(f"{{{p}}}" for p in reference)) or "none"
                problems.append(
                    Problem(
                        f"{translations.FOLDER}/{code}/{file}",
                        format_path(path),
                        f"placeholders in '{code}' differ from "
                        f"'{SOURCE_LANGUAGES[0]}' (expected {expected})",
                        item=item,
                        language=code,
                    )
                )
            if not written and (code, place) not in stale:
                problems.append(
                    Problem(
                        file,
                        format_path(path),
                        f"missing language '{code}' (translations go in "
                        f"{translations.FOLDER}/{code}/{file})",
                        item=item,
                        blocking=False,
                        language=code,
                    )
                )
    return problems


def texts_with_paths(value: Any, path: tuple = (), item: str = "") -> Iterator[tuple]:
    """(key path, id of the innermost list item on it, text) for every text inside `value`."""
    if isinstance(value, Text):
        yield path, item, value
    elif isinstance(value, BaseModel):
        for name in _field_names(type(value)):
            yield from texts_with_paths(getattr(value, name), (*path, name), item)
    elif isinstance(value, list | tuple):
        for index, part in enumerate(value):
            inner = str(getattr(part, "id", item) or item)
            yield from texts_with_paths(part, (*path, index), inner)
    elif isinstance(value, dict):  # texts by a key of the level's ([workshop.talk] by choice)
        for key, part in value.items():
            yield from texts_with_paths(part, (*path, key), item)


def _place(model: BaseModel, path: tuple) -> str:
    """A text's place as translation files name it: list items by id, else counted from 1."""
    parts = []
    current: Any = model
    for part in path:
        if isinstance(part, int):
            current = current[part]
            parts.append(str(getattr(current, "id", None) or part + 1))
        else:
            current = current[part] if isinstance(current, dict) else getattr(current, part)
            parts.append(part)
    return ".".join(parts)


@cache
def _field_names(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(model.model_fields)
