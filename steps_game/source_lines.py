"""The line of a level file where a key path is written, so a problem can say "line 57".

tomllib keeps no line numbers, so the file's lines are read with a small scan that knows the
shapes level files use: `key = value` lines, `[table]` and `[[list.item]]` headings (counted, for
`task.statements[9]`), and `id = "..."` lines naming an item. A path it cannot place gets the
line of its nearest known part, or none.
"""

from __future__ import annotations

import re
from pathlib import Path

_HEADING = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"]+)\s*\]\]?")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")
_ID = re.compile(r"^\s*id\s*=\s*\"([^\"]*)\"")
_INDEX = re.compile(r"\[(\d+)\]")


def key_lines(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """(line of each written key path, like `task.statements[3].is_fact`; line of each item id,
    by the id alone and as `list:id`, since two lists may name one item: `task.statements` and
    its workshop wording in `workshop.task.statements`)."""
    lines: dict[str, int] = {}
    ids: dict[str, int] = {}
    table = ""
    listed = ""  # the list whose item the lines below belong to
    counts: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        heading = _HEADING.match(line)
        if heading and not _KEY.match(line):
            name = heading.group(2).replace('"', "")
            if heading.group(1) == "[[":
                listed = name
                counts[name] = counts.get(name, 0) + 1
                table = f"{name}[{counts[name]}]"
            else:
                table = _with_counts(name, counts)
            lines.setdefault(table, number)
            continue
        found_id = _ID.match(line)
        if found_id:
            ids.setdefault(found_id.group(1), number)
            ids.setdefault(f"{listed}:{found_id.group(1)}", number)
        key = _KEY.match(line)
        if key:
            lines.setdefault(f"{table}.{key.group(1)}" if table else key.group(1), number)
    return lines, ids


def _with_counts(name: str, counts: dict[str, int]) -> str:
    """`task.feedback` under the third `[[task.items]]`: a sub-table of the item counted last."""
    parts = name.split(".")
    for end in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[:end])
        if prefix in counts:
            return f"{prefix}[{counts[prefix]}]." + ".".join(parts[end:])
    return name


def find_line(path: Path, key_path: str, item: str = "") -> int | None:
    """The line of `key_path` in the file at `path` (None when unknown or unreadable)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    lines, ids = key_lines(text)
    # the list the item is in: `task.statements` of `task.statements[2]` or of a translation's
    # `task.statements.ask-for-job.text`
    listed = _INDEX.sub("", key_path).partition(f".{item}")[0] if item else ""
    if f"{listed}:{item}" in ids:
        return _key_after(text, ids[f"{listed}:{item}"], _last_key(key_path))
    if item in ids:
        return _key_after(text, ids[item], _last_key(key_path))
    wanted = key_path
    while wanted:
        if wanted in lines:
            return lines[wanted]
        cut = max(wanted.rfind("."), wanted.rfind("["))
        wanted = wanted[:cut] if cut > 0 else ""
    return None


def _last_key(key_path: str) -> str:
    return _INDEX.sub("", key_path).rsplit(".", 1)[-1]


def _key_after(text: str, start: int, key: str) -> int:
    """The line of `key` in the item whose id is on line `start` (or that line)."""
    lines = text.splitlines()
    for number in range(start, len(lines) + 1):
        line = lines[number - 1]
        if number > start and _HEADING.match(line) and not _KEY.match(line):
            break
        found = _KEY.match(line)
        if found and found.group(1) == key:
            return number
    return start
