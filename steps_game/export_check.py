"""Reading one profile export for the group summary: the export as pydantic models that mirror
docs/profile-export.schema.json (version 2, and version 1 as the game wrote it before the
notebook), and `read_export`, which turns any file into a checked document or one reason why not.

No pygame and no printing: a reason is a catalog key with its details (`Problem`), put into words
in the language the summary speaks.
"""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from steps_game.export import SCHEMA_ID, SCHEMA_VERSION
from steps_game.notebook import Notebook

SCHEMA_ID_1 = "https://steps-game.example/schemas/profile-export-1.json"
SCHEMAS = {1: SCHEMA_ID_1, SCHEMA_VERSION: SCHEMA_ID}
MAX_BYTES = 1_000_000  # a real export is a few kilobytes


# --- The export as pydantic models (mirrors docs/profile-export.schema.json) ---------------------


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


Score = Annotated[int, Field(ge=0, le=100)]


class ExportField(_Strict):
    id: str | None
    name: str | None


class ExportDimension(_Strict):
    id: str
    name: str
    score: Score | None
    band: Literal["low", "mid", "high"] | None


class ExportReason(_Strict):
    earned: bool
    points: int
    text: str


class ExportStep(_Strict):
    step: Annotated[int, Field(ge=1, le=7)]
    level_id: str
    dimension: str
    score: Score
    choices: dict[str, Any]
    reasons: list[ExportReason]


class PlanEntry(_Strict):
    text: str
    week: Annotated[int, Field(ge=1)] | None


class ExportPlan(_Strict):
    goals: list[PlanEntry]
    actions: list[PlanEntry]
    contacts: list[PlanEntry]
    upkeep: list[PlanEntry]


Lines = Annotated[list[str], Field(min_length=1)]


class ExportPlan2(_Strict):
    goal: Lines
    first: Lines
    people: Lines
    weeks: Lines
    upkeep: Lines


class _Export(_Strict):
    """What both versions have; a summary reads no more than this."""

    game_version: str
    created: str
    language: Annotated[str, Field(min_length=2, max_length=8)]
    field: ExportField
    dimensions: Annotated[list[ExportDimension], Field(min_length=7, max_length=7)]
    strengths: Annotated[list[str], Field(max_length=2)]
    growth: Annotated[list[str], Field(max_length=2)]
    steps: Annotated[list[ExportStep], Field(max_length=7)]

    @field_validator("dimensions")
    @classmethod
    def _ids_once_each(cls, value: list[ExportDimension]) -> list[ExportDimension]:
        # Not in the JSON schema, but a summary adds up scores by dimension id.
        ids = [d.id for d in value]
        if len(set(ids)) != len(ids):
            raise ValueError("a dimension id appears twice")
        return value


class ProfileExport(_Export):
    """Version 2: the plan in sections of lines, and the notebook."""

    schema_id: Literal[SCHEMA_ID] = Field(alias="schema")
    schema_version: Literal[SCHEMA_VERSION]
    created: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")]
    date: str
    plan: ExportPlan2
    own_words: bool
    notebook: dict[str, Any]

    @field_validator("notebook")
    @classmethod
    def _as_the_game_writes_it(cls, value: dict[str, Any]) -> dict[str, Any]:
        # the notebook's own models, and nothing they would have to clean or fill in
        if Notebook.from_dict(value).to_dict() != value:
            raise ValueError("the notebook is not as the game writes it")
        return value


class ProfileExport1(_Export):
    """Version 1, before the notebook: the plan as entries with weeks."""

    schema_id: Literal[SCHEMA_ID_1] = Field(alias="schema")
    schema_version: Literal[1]
    plan: ExportPlan


# --- Reading one file ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Why a file cannot be used: a catalog key under `summary.skip` and the values it names.

    The values are the file's own facts (a size, a line number, a JSON kind, what the checker
    said); the sentence around them comes from the catalog of the summary's language.
    """

    key: str
    values: dict[str, str] = field(default_factory=dict)

    def words(self, tr) -> str:
        return tr(f"summary.skip.{self.key}", **self.values)

    def __str__(self) -> str:
        from steps_game.i18n import Translator

        return self.words(Translator("en"))


@dataclass(frozen=True)
class Skipped:
    """A file left out of the summary and why, as one printable line."""

    path: str
    problem: Problem

    def words(self, tr) -> str:
        return tr("summary.skipped", path=self.path, reason=self.problem.words(tr))

    def __str__(self) -> str:
        from steps_game.i18n import Translator

        return self.words(Translator("en"))


def _one_line(text: str, limit: int = 160) -> str:
    """Printable on one line whatever a file name or a file contains (no control characters)."""
    shown = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _json_value(value: Any) -> str:
    try:
        return _one_line(json.dumps(value, ensure_ascii=False), 40)
    except (TypeError, ValueError):  # pragma: no cover - json.loads only makes dumpable values
        return "?"


_JSON_KINDS = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
_JSON_KINDS[type(None)] = "null"


def _megabytes(size: int) -> Problem:
    return Problem("too_large", {"size": f"{size / 1_000_000:.1f}"})


def check_export(data: bytes) -> tuple[_Export | None, Problem | None]:
    """A profile export (version 2 or 1) from a file's bytes, or None and why not (never
    raises)."""
    document, problem = parse_json(data)
    if problem is not None:
        return None, problem
    return check_document(document)


def parse_json(data: bytes) -> tuple[Any, Problem | None]:
    """A file's bytes as JSON, or None and why not (never raises)."""
    if len(data) > MAX_BYTES:
        return None, _megabytes(len(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, Problem("not_utf8")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        where = {"line": str(exc.lineno), "column": str(exc.colno), "detail": exc.msg}
        return None, Problem("not_json_at", where)
    except RecursionError:
        return None, Problem("too_deep")
    except ValueError as exc:  # e.g. an integer with thousands of digits
        return None, Problem("not_json", {"detail": _one_line(str(exc), 80)})
    return document, None


def check_document(document: Any) -> tuple[_Export | None, Problem | None]:
    """A parsed JSON document as a profile export, or None and why not (never raises)."""
    if not isinstance(document, dict):
        return None, Problem("not_object", {"kind": _JSON_KINDS.get(type(document), "value")})
    if "schema_version" not in document:
        return None, Problem("no_version")
    version = document["schema_version"]
    if type(version) is not int or version not in SCHEMAS:
        expected = ", ".join(str(v) for v in sorted(SCHEMAS))
        return None, Problem("bad_version", {"found": _json_value(version), "expected": expected})
    if document.get("schema") != SCHEMAS[version]:
        return None, Problem("bad_schema", {"found": _json_value(document.get("schema"))})
    model = ProfileExport if version == SCHEMA_VERSION else ProfileExport1
    try:
        return model.model_validate(document), None
    except ValidationError as exc:
        return None, invalid(exc, "invalid")
    except RecursionError:  # pragma: no cover - json.loads refuses such depth first
        return None, Problem("too_deep")


def invalid(exc: ValidationError, key: str) -> Problem:
    """What pydantic found wrong, in one line: the first error (list items counted from 1, as
    `steps-game validate` counts them) and how many more there are."""
    errors = exc.errors(include_url=False, include_input=False)
    first = errors[0]
    where = ".".join(str(part + 1) if isinstance(part, int) else str(part) for part in first["loc"])
    detail = _one_line(f"{where or '$'}: {first['msg']}", 100)
    if len(errors) > 1:
        return Problem(f"{key}_more", {"detail": detail, "more": str(len(errors) - 1)})
    return Problem(key, {"detail": detail})


def read_export(path: Path) -> tuple[_Export | None, Problem | None]:
    """Read and check one file; the problem when it cannot be used (never raises)."""
    data, problem = read_bytes(path)
    if problem is not None:
        return None, problem
    return check_export(data)


def read_bytes(path: Path) -> tuple[bytes, Problem | None]:
    """A file's bytes, up to MAX_BYTES, or why it cannot be read (never raises)."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            return b"", Problem("folder")
        if not stat.S_ISREG(info.st_mode):
            return b"", Problem("not_regular")
        if info.st_size > MAX_BYTES:
            return b"", _megabytes(info.st_size)
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may grow after the check
    except FileNotFoundError:
        return b"", Problem("no_file")
    except OSError as exc:
        return b"", Problem("unreadable", {"detail": _one_line(exc.strerror or str(exc), 80)})
    except ValueError as exc:  # e.g. a path with a NUL character
        return b"", Problem("unreadable", {"detail": _one_line(str(exc), 80)})
    return data, None
