"""Reading one level file (or translation file) into plain data, or one clear problem.

A file that is too large, not text, not TOML or nested too deeply gives one line that names what
probably went wrong and where; nothing here lets a traceback reach a person.
"""

from __future__ import annotations

import pickle
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from steps_game.level_problems import Problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MAX_FILE_BYTES = 256 * 1024
MAX_DEPTH = 12  # a level file nests about 5 deep; past this it is a mistake

# What tomllib says, and what a person most likely did to cause it.
_TOML_HINTS = (
    (
        "expected newline or end of document",
        'probably a " inside a text ended it early: write \\" (or use ” instead), '
        "or two keys stand on one line",
    ),
    (
        "unclosed inline table",
        'probably a " inside a text ended it early (write \\" instead), or a } is missing '
        "at the end of the line",
    ),
    (
        "unclosed array",
        "probably a ] is missing at the end of the list, or a comma between its items",
    ),
    (
        "unterminated string",
        'probably a text misses its closing " (a text starts and ends with " on one line)',
    ),
    ("cannot overwrite a value", "the same key is written twice"),
    ("cannot declare", "the same table or key is written twice"),
    (
        "invalid value",
        'probably a text without quotes around it, a missing " at its start, or a list '
        "above that misses its closing ]",
    ),
    (
        "expected '=' after a key",
        'probably a line that is not `key = value`: a text broken over two lines, or a "'
        " missing at a text's start",
    ),
    (
        "invalid initial character for a key",
        'probably a stray character where a key should start: an extra {, [ or " left over '
        "from an edit",
    ),
    ("invalid statement", "probably a line that is not `key = value` or a [table] heading"),
    ("illegal character", "a character that TOML does not allow there, like a tab in a text"),
)
_AT_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def explain_toml_error(message: str) -> tuple[str, int | None]:
    """tomllib's message with the line moved to the front and a likely cause added."""
    found = _AT_LINE.search(message)
    line = int(found.group(1)) if found else None
    what = _AT_LINE.sub("", message).strip().rstrip(".")
    hint = next((h for key, h in _TOML_HINTS if key in what.lower()), "")
    where = f"line {line}, column {found.group(2)}: " if found else ""
    text = f"TOML syntax error: {where}{what[:1].lower()}{what[1:]}"
    return (f"{text} ({hint})" if hint else text), line


def read_toml(path: Path, label: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """One TOML file as data, or one problem saying why it cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [
                Problem(
                    label,
                    "(file)",
                    f"is {size} bytes, too large for a level file (expected at most "
                    f"{MAX_FILE_BYTES}; is it the right file?)",
                )
            ]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(label, "(file)", f"cannot be read ({exc.strerror or exc})")]
    if b"\x00" in raw:
        return None, [
            Problem(
                label,
                "(file)",
                "is not a text file (expected TOML text saved as UTF-8; is it a picture or a "
                "document saved under a .toml name?)",
            )
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [
            Problem(
                label,
                "(file)",
                f"is not UTF-8 text at byte {exc.start} (save it as UTF-8)",
                line=line,
            )
        ]
    try:
        pickled, depth = _parsed(text)
    except tomllib.TOMLDecodeError as exc:
        message, line = explain_toml_error(str(exc))
        return None, [Problem(label, "(toml)", message, line=line)]
    except RecursionError:
        pickled, depth = b"", MAX_DEPTH
    if depth >= MAX_DEPTH:
        return None, [
            Problem(
                label,
                "(file)",
                f"is nested too deeply: lists or tables inside each other more than {MAX_DEPTH} "
                "times (expected a few levels, like a [[task.statements]] item's text)",
            )
        ]
    return pickle.loads(pickled), []


@lru_cache(maxsize=256)
def _parsed(text: str) -> tuple[bytes, int]:
    """A TOML text parsed once, kept pickled, with how deeply it nests: reading a language's
    words again (a language switch back, a new game) costs an unpickling instead of the
    pure-Python parse and the walk through every value, and every caller gets its own copy to
    merge translations into."""
    data = tomllib.loads(text)
    return pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL), max_depth(data)


def max_depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """How deeply lists and tables nest in `value`, counted up to `limit`, without recursion
    (a deep file must give a line, not a RecursionError in the checks after reading)."""
    deepest = 0
    stack = [(value, 0)]
    while stack:
        current, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth >= limit:
            return limit
        if isinstance(current, dict):
            stack.extend((item, depth + 1) for item in current.values())
        elif isinstance(current, list):
            stack.extend((item, depth + 1) for item in current)
    return deepest
