"""Problems found in level files, and pydantic's errors turned into sentences a person reads.

Every problem is one `Problem`: the file, where in it (a key path), and what is wrong with what was
expected. `blocking` problems keep the levels from loading; the others are notes (a translation
that is missing or older than its source: the game shows another language there, tagged).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ValidationError

from steps_game.schema import Text, did_you_mean
from steps_game.tasks.registry import TASK_KINDS


@dataclass(frozen=True)
class Problem:
    file: str
    path: str
    message: str
    line: int | None = None  # in `file`, counted from 1, when known
    item: str = ""  # the id of the list item the path goes through (a statement's, a card's)
    blocking: bool = True  # False: a note (a missing or stale translation) that still plays
    language: str = ""  # for a note about one language's translation

    def __str__(self) -> str:
        return f"{self.file}: {self.path}: {self.message}"


class ContentError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


# --- turning pydantic's errors into sentences -----------------------------------------------

_TYPE_WORDS = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "string_type": "a text in quotes",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list in [brackets]",
    "dict_type": 'a table (for a text: { fi = "...", en = "..." })',
    "model_type": "a table",
    "model_attributes_type": "a table",
}


def _describe_annotation(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return _describe_annotation(typing.get_args(annotation)[0])
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in typing.get_args(annotation))
    if origin is list:
        return "a list of " + _describe_annotation(typing.get_args(annotation)[0]).removeprefix(
            "a "
        )
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if args and all(isinstance(a, type) and issubclass(a, BaseModel) for a in args):
            return "a table with a 'kind'"
        return _describe_annotation(args[0]) if args else "a value"
    if annotation is Text:
        return 'a text in Finnish and English: { fi = "...", en = "..." }'
    if annotation is bool:
        return "true or false"
    if annotation is int:
        return "a whole number"
    if annotation is float:
        return "a number"
    if annotation is str:
        return "a text in quotes"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "a table"
    return "a value"


def _model_at(root: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The table model that holds the last key of `loc`, walking lists and the task union."""
    current: Any = root
    for part in loc:
        while True:
            origin = typing.get_origin(current)
            if origin is Annotated or (origin is list and isinstance(part, str)):
                current = typing.get_args(current)[0]
            else:
                break
        if isinstance(part, int):
            if typing.get_origin(current) is list:
                current = typing.get_args(current)[0]
            continue
        if part in TASK_KINDS and not (
            isinstance(current, type) and issubclass(current, BaseModel)
        ):
            current = TASK_KINDS[part].config
            continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(part)
            if info is None:
                return None
            current = info.annotation
        else:
            return None
    while typing.get_origin(current) in (Annotated, list):
        current = typing.get_args(current)[0]
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _clean_loc(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    # A discriminated union puts the tag into the location; a person never wrote that key.
    cleaned = []
    for index, part in enumerate(loc):
        if part in TASK_KINDS and index > 0 and loc[index - 1] == "task":
            continue
        cleaned.append(part)
    return tuple(cleaned)


def format_path(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"  # counted from 1, as a person counts items
        else:
            text += ("." if text else "") + str(part)
    return text or "(top)"


def _message(error: Mapping[str, Any], root: type[BaseModel], raw_loc: tuple[Any, ...]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    got = error.get("input")
    if kind == "missing":
        parent = _model_at(root, raw_loc[:-1])
        field_info = parent.model_fields.get(raw_loc[-1]) if parent else None
        expected = _describe_annotation(field_info.annotation) if field_info else "a value"
        return f"missing key {raw_loc[-1]!r} (expected {expected})"
    if kind == "extra_forbidden":
        parent = _model_at(root, raw_loc[:-1])
        names = list(parent.model_fields) if parent else []
        hint = did_you_mean(str(raw_loc[-1]), names)
        return f"unknown key {raw_loc[-1]!r} (expected one of: {', '.join(names)}{hint})"
    if kind == "union_tag_invalid":
        tags = list(TASK_KINDS)
        return (
            f"unknown task kind {ctx.get('tag')!r} (expected one of: {', '.join(tags)}"
            f"{did_you_mean(str(ctx.get('tag')), tags)})"
        )
    if kind == "union_tag_not_found":
        return f"missing key 'kind' (expected one of: {', '.join(TASK_KINDS)})"
    if kind in _TYPE_WORDS:
        return f"expected {_TYPE_WORDS[kind]}, got {got!r}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        parent = _model_at(root, raw_loc[:-1])
        field_info = parent.model_fields.get(raw_loc[-1]) if parent else None
        bounds = _bounds(field_info)
        return f"{got!r} is out of range (expected {bounds})"
    if kind in ("too_short", "too_long"):
        parent = _model_at(root, raw_loc[:-1])
        field_info = parent.model_fields.get(raw_loc[-1]) if parent else None
        return f"has {ctx.get('actual_length')} items (expected {_length_bounds(field_info)})"
    if kind == "string_pattern_mismatch":
        return (
            f"{got!r} is not a valid id (expected lowercase letters a-z, digits, '-' or '_', "
            "at most 40, like 'old-friend')"
        )
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        options = [o.strip(" '") for o in expected.replace(" or ", ",").split(",") if o.strip()]
        return f"{got!r} is not allowed (expected {expected}{did_you_mean(str(got), options)})"
    message = str(error.get("msg", "is not valid"))
    return message.removeprefix("Value error, ")


def _bounds(field_info: Any) -> str:
    low = high = None
    for meta in getattr(field_info, "metadata", []):
        low = getattr(meta, "ge", low)
        high = getattr(meta, "le", high)
    if low is not None and high is not None:
        return f"a number from {low} to {high}"
    if low is not None:
        return f"at least {low}"
    if high is not None:
        return f"at most {high}"
    return "a number in range"


def _length_bounds(field_info: Any) -> str:
    low = high = None
    for meta in getattr(field_info, "metadata", []):
        low = getattr(meta, "min_length", low)
        high = getattr(meta, "max_length", high)
    if low is not None and high is not None:
        return f"{low} to {high} items" if low != high else f"exactly {low} items"
    if low is not None:
        return f"at least {low} items"
    return f"at most {high} items"


def problems_from_validation(
    file: str, root: type[BaseModel], error: ValidationError, data: Any = None
) -> list[Problem]:
    problems = []
    for item in error.errors(include_url=False):
        # the location with the union's tag finds the task config's fields; the printed path
        # leaves the tag out, as no person wrote it
        loc = tuple(item["loc"])
        shown = _clean_loc(loc)
        if item["type"].startswith("union_tag"):
            shown = (*shown, "kind")
        problems.append(
            Problem(
                file,
                format_path(shown),
                _message(item, root, loc),
                item=item_id(data, shown) or _duplicate_id(item),
            )
        )
    return problems


def item_id(data: Any, loc: tuple[Any, ...]) -> str:
    """The id of the innermost list item `loc` goes through, as the file names it: a person
    finds "statement 'ads-minority'" in a file, not "statements[9]"."""
    found = ""
    current = data
    for part in loc:
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(part, int) and isinstance(current, Mapping):
            found = str(current.get("id", found))
    return found


def _duplicate_id(error: Mapping[str, Any]) -> str:
    return str((error.get("ctx") or {}).get("id", "")) if error["type"] == "duplicate_id" else ""
