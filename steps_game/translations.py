"""Level texts in more languages, kept beside the level files rather than inside them.

`levels/translations/<code>/<level file>.toml` repeats the level's shape with only the words in one
language: `title = "..."`, `[task]` tables, and `[[task.statements]]` items matched by their `id`
(or by their place when a list has no ids). The loader merges them into the level's texts before
validation, so a missing translation is reported like any missing language, and a translator can
work on one file per language without touching anyone else's.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from steps_game.i18n import language_codes
from steps_game.language_rules import CATEGORIES, COUNT_KEY, is_plural
from steps_game.schema import did_you_mean

FOLDER = "translations"
RECORD_TABLE = "translated-from"  # see translation_record
LEFT_OVER = "the level has no "  # how a translation of a removed item or key is reported


def is_text(value: Any) -> bool:
    """A level text: a table of words (or of plural forms) keyed by language codes."""
    return (
        isinstance(value, dict)
        and bool(value)
        and _codes().issuperset(value)
        and all(isinstance(words, str) or is_plural(words) for words in value.values())
    )


@cache
def _codes() -> frozenset[str]:
    # is_text runs for every value of every level file a language is merged into
    return frozenset(language_codes())


def translation_files(
    folder: Path, file_name: str, codes: tuple[str, ...] | None = None
) -> Iterator[tuple[str, Path]]:
    """The translation of one level file in each of `codes` (all shipped) that has one."""
    root = Path(folder) / FOLDER
    for code in codes or language_codes():
        path = root / code / file_name
        if path.is_file():
            yield code, path


def merge(
    base: dict[str, Any],
    overlay: dict[str, Any],
    code: str,
    known_keys: Collection[str] | None = None,
) -> list[tuple[str, str]]:
    """Put the overlay's words into `base` under `code`.

    Returns (key path, problem) for each part of the overlay that does not fit the level.
    `known_keys`: the keys a level file may have; a "did you mean" names only those, never a
    misspelt key of the level itself."""
    problems: list[tuple[str, str]] = []
    overlay = {key: value for key, value in overlay.items() if key != RECORD_TABLE}
    _merge_table(base, overlay, code, "", problems, known_keys)
    return problems


def _merge_table(
    base: dict, overlay: dict, code: str, path: str, problems: list, known: Collection | None
) -> None:
    for key, value in overlay.items():
        where = f"{path}.{key}" if path else key
        if key not in base:
            hint = did_you_mean(key, [k for k in base if k != "id" and (not known or k in known)])
            problems.append((where, f"{LEFT_OVER}key {key!r} to translate{hint}"))
            continue
        target = base[key]
        if isinstance(value, str) or (is_plural(value) and is_text(target)):
            if key == "id":
                continue  # an item's id only says which item this is
            if not is_text(target):
                problems.append((where, "is not a text in the level (expected only texts here)"))
            elif code in target and target[code] != value:
                problems.append((where, f"the level already has {code!r} for this text"))
            else:
                target[code] = value
        elif isinstance(value, dict) and is_text(target):
            problems.append((where, _plural_problem(value)))
        elif isinstance(value, dict) and isinstance(target, dict) and not is_text(target):
            _merge_table(target, value, code, where, problems, known)
        elif isinstance(value, list) and isinstance(target, list):
            _merge_list(target, value, code, where, problems, known)
        else:
            problems.append(
                (
                    where,
                    "does not match the level's shape (expected a text, a table "
                    "or a list like the level has)",
                )
            )


def _plural_problem(value: dict) -> str:
    """What is wrong with a table given for a text: plural forms written wrong."""
    known = (COUNT_KEY, *CATEGORIES)
    for key, form in value.items():
        if key not in known:
            return (
                f"{key!r} is not a plural category (expected 'count' and forms keyed by "
                f"{', '.join(CATEGORIES)}{did_you_mean(key, known)})"
            )
        if not isinstance(form, str):
            return f"plural form {key!r} is not a string (expected words)"
    missing = [key for key in (COUNT_KEY, "other") if key not in value]
    return f"plural forms lack {', '.join(repr(k) for k in missing)} (expected 'count' and forms)"


def _merge_list(
    base: list, overlay: list, code: str, path: str, problems: list, known: Collection | None
) -> None:
    # Items with the same id (a mistake the level's own check reports) are taken in turn, so that
    # the mistake is reported as itself rather than as a missing translation.
    by_id: dict[Any, list[dict]] = {}
    for item in base:
        if isinstance(item, dict) and "id" in item:
            by_id.setdefault(item["id"], []).append(item)
    for index, item in enumerate(overlay):
        where = f"{path}[{index + 1}]"
        if item is None:
            continue  # a stale translation taken out (translation_record.drop)
        if isinstance(item, str) and index < len(base) and is_text(base[index]):
            base[index][code] = item  # a list of texts, like discussion questions
            continue
        if not isinstance(item, dict):
            problems.append((where, "does not match the level's shape"))
            continue
        if "id" in item:
            candidates = by_id.get(item["id"])
            target = candidates.pop(0) if candidates else None
            if target is None:
                hint = did_you_mean(str(item["id"]), [str(k) for k in by_id])
                problems.append((where, f"{LEFT_OVER}item with id {item['id']!r}{hint}"))
                continue
        elif index < len(base) and isinstance(base[index], dict):
            target = base[index]
        else:
            problems.append((where, "the level has no such item"))
            continue
        _merge_table(target, item, code, where, problems, known)
