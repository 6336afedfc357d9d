"""Which source text each translation was made from, so that an outdated one is noticed.

A translation file ends with a `[translated-from]` table, written by
`steps-game levels update-translations`: one line for each translated text, its place (like
`task.statements.ads-minority.text`), a short hash of the Finnish and English it was translated
from, and one of the translation itself. The lines are one multi-line string, which TOML reads at
once: as keys of their own they made reading a language's files half as slow again.

When the Finnish or English text changes later and the translation has not, the translation is
stale: the game shows the current source text instead (tagged with its language) and `validate`
names it. A translation edited after its source
changed counts as updated; the command then records the new source.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from steps_game.language_rules import is_plural
from steps_game.schema import SOURCE_LANGUAGES
from steps_game.translations import RECORD_TABLE, is_text

TABLE = RECORD_TABLE
SOURCES = "sources"  # the table's one key


def _written(words: Any) -> str:
    """A text's words in one language as one string: plural forms in a fixed order."""
    if isinstance(words, str):
        return words
    return json.dumps(words, sort_keys=True, ensure_ascii=False)


def short_hash(words: Any) -> str:
    return hashlib.sha256(_written(words).strip().encode("utf-8")).hexdigest()[:8]


def source_hash(text: dict[str, Any]) -> str:
    """The hash of a level text's Finnish and English, together."""
    return short_hash("\n".join(_written(text.get(code, "")) for code in SOURCE_LANGUAGES))


def record_value(text: dict[str, str], words: str) -> str:
    return f"{source_hash(text)} {short_hash(words)}"


def read_record(overlay: dict) -> dict[str, str]:
    """The recorded `source-hash translation-hash` of each place, from a translation's data."""
    table = overlay.get(TABLE)
    lines = table.get(SOURCES) if isinstance(table, dict) else None
    if not isinstance(lines, str):
        return {}
    found = {}
    for line in lines.splitlines():
        parts = line.split()
        if len(parts) == 3:
            found[parts[0]] = f"{parts[1]} {parts[2]}"
    return found


def translated_texts(
    base: Any, overlay: Any, path: str = "", item: str = ""
) -> Iterator[tuple[str, dict, str, str]]:
    """(place, the level's text, the translation's words, the id of the list item it is in) for
    every translated text of a translation file that fits its level; what does not fit is the
    merge's to report."""
    if isinstance(overlay, dict) and isinstance(base, dict):
        for key, value in overlay.items():
            if key == "id" or (key == TABLE and not path):
                continue
            target = base.get(key)
            place = f"{path}.{key}" if path else key
            if isinstance(value, str) or (is_plural(value) and _is_text(target)):
                if _is_text(target):
                    yield place, target, value, item
            else:
                yield from translated_texts(target, value, place, item)
    elif isinstance(overlay, list) and isinstance(base, list):
        by_id = {item.get("id"): item for item in base if isinstance(item, dict) and "id" in item}
        for index, entry in enumerate(overlay):
            if isinstance(entry, dict) and "id" in entry:
                yield from translated_texts(
                    by_id.get(entry["id"]), entry, f"{path}.{entry['id']}", str(entry["id"])
                )
            elif index < len(base):
                place = f"{path}.{index + 1}"
                if (isinstance(entry, str) or is_plural(entry)) and _is_text(base[index]):
                    yield place, base[index], entry, item
                else:
                    yield from translated_texts(base[index], entry, place, item)


def _is_text(value: Any) -> bool:
    """A level text (words or plural forms per language) with its source languages."""
    return is_text(value) and bool(value.keys() & set(SOURCE_LANGUAGES))


def stale_places(base: dict, overlay: dict) -> list[tuple[str, str]]:
    """(place, item id) of each text whose translation was made from another source text than
    the level's now, and not changed since (see the module's doc)."""
    record = read_record(overlay)
    if not record:
        return []
    stale = []
    for place, text, words, item in translated_texts(base, overlay):
        recorded = record.get(place)
        if not isinstance(recorded, str) or len(recorded.split()) != 2:
            continue
        source, translation = recorded.split()
        if source != source_hash(text) and translation == short_hash(words):
            stale.append((place, item))
    return stale


def drop(overlay: Any, place: str) -> None:
    """Take one translated text out of a translation file's data, so the merge leaves the level's
    text without that language (and the game falls back, tagged)."""
    *parents, last = place.split(".")
    current = overlay
    for part in parents:
        current = _child(current, part)
        if current is None:
            return
    if isinstance(current, dict):
        current.pop(last, None)
    elif isinstance(current, list) and last.isdigit() and int(last) - 1 < len(current):
        current[int(last) - 1] = None  # keeps the places of the items after it


def _child(current: Any, part: str) -> Any:
    if isinstance(current, dict):
        return current.get(part)
    if isinstance(current, list):
        for item in current:
            if isinstance(item, dict) and item.get("id") == part:
                return item
        if part.isdigit() and int(part) - 1 < len(current):
            return current[int(part) - 1]
    return None


def level_texts(base: Any, path: str = "") -> Iterator[tuple[str, dict]]:
    """(place, text) for every text of a level file's data, placed as translated_texts does."""
    if _is_text(base):
        yield path, base
    elif isinstance(base, dict):
        for key, value in base.items():
            yield from level_texts(value, f"{path}.{key}" if path else key)
    elif isinstance(base, list):
        for index, entry in enumerate(base):
            name = entry["id"] if isinstance(entry, dict) and "id" in entry else index + 1
            yield from level_texts(entry, f"{path}.{name}")
