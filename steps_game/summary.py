"""The group summary for workshops: many players' profile exports, one anonymous view of the group.

Reading and statistics only, no pygame. `summarize_files` reads export files (what
`steps-game export --format json` and the profile screen write, docs/profile-export.schema.json),
checks each one against pydantic models that mirror that schema (version 2, and version 1 as the
game wrote it before the notebook), and skips anything else with one line each; `summarize`
turns the valid documents into the spread of each dimension.

Privacy: no figure is ever given for fewer than MIN_GROUP players, neither for the whole group nor
for one dimension, and the scores are kept sorted, apart from the files they came from.
`run` is the `steps-game summary` command; it imports the drawing (pygame) only when it draws.
"""

from __future__ import annotations

import json
import os
import stat
import statistics
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, TextIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from steps_game.export import SCHEMA_ID, SCHEMA_VERSION
from steps_game.notebook import Notebook

SCHEMA_ID_1 = "https://steps-game.example/schemas/profile-export-1.json"
SCHEMAS = {1: SCHEMA_ID_1, SCHEMA_VERSION: SCHEMA_ID}

MIN_GROUP = 3  # fewer players than this could be recognised from their scores
MAX_BYTES = 1_000_000  # a real export is a few kilobytes
DEFAULT_OUT = "group-summary.png"


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
class Skipped:
    """A file left out of the summary and why, as one printable line."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.path}: {self.reason}"


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


def check_export(data: bytes) -> tuple[_Export | None, str]:
    """A profile export (version 2 or 1) from a file's bytes, or None and why not (never
    raises)."""
    if len(data) > MAX_BYTES:
        return None, f"too large ({len(data) / 1_000_000:.1f} MB; an export is at most 1 MB)"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, "not UTF-8 text (a profile export is UTF-8 JSON)"
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
    except RecursionError:
        return None, "not valid JSON (nested too deeply)"
    except ValueError as exc:  # e.g. an integer with thousands of digits
        return None, f"not valid JSON ({_one_line(str(exc), 80)})"
    if not isinstance(document, dict):
        kind = _JSON_KINDS.get(type(document), "value")
        return None, f"not a STEPS profile export (a JSON {kind}, expected an object)"
    if "schema_version" not in document:
        return None, "not a STEPS profile export (no schema_version)"
    version = document["schema_version"]
    if type(version) is not int or version not in SCHEMAS:
        shown = _json_value(version)
        expected = " or ".join(str(v) for v in sorted(SCHEMAS))
        return (
            None,
            f"not a STEPS profile export (schema_version {shown}, expected {expected})",
        )
    if document.get("schema") != SCHEMAS[version]:
        return None, f"not a STEPS profile export (schema {_json_value(document.get('schema'))})"
    model = ProfileExport if version == SCHEMA_VERSION else ProfileExport1
    try:
        return model.model_validate(document), ""
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        first = errors[0]
        # list items counted from 1, as `steps-game validate` counts them
        where = ".".join(
            str(part + 1) if isinstance(part, int) else str(part) for part in first["loc"]
        )
        more = f"; and {len(errors) - 1} more" if len(errors) > 1 else ""
        problem = _one_line(f"{where or 'the document'}: {first['msg']}{more}", 120)
        return None, f"not a valid STEPS profile export ({problem})"
    except RecursionError:  # pragma: no cover - json.loads refuses such depth first
        return None, "not a valid STEPS profile export (nested too deeply)"


def read_export(path: Path) -> tuple[_Export | None, str]:
    """Read and check one file; the reason is one line when it cannot be used (never raises)."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            return None, "a folder, not a file"
        if not stat.S_ISREG(info.st_mode):
            return None, "not a regular file"
        if info.st_size > MAX_BYTES:
            size = info.st_size / 1_000_000
            return None, f"too large ({size:.1f} MB; an export is at most 1 MB)"
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may grow after the check
    except FileNotFoundError:
        return None, "no such file"
    except OSError as exc:
        return None, f"cannot be read ({_one_line(exc.strerror or str(exc), 80)})"
    except ValueError as exc:  # e.g. a path with a NUL character
        return None, f"cannot be read ({_one_line(str(exc), 80)})"
    return check_export(data)


# --- Statistics ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spread:
    """How one dimension's scores spread; quartiles by linear interpolation ("inclusive")."""

    count: int
    minimum: int
    q1: float
    median: float
    q3: float
    maximum: int
    values: tuple[int, ...]  # sorted, for a dot strip; which file gave which score is not kept


def spread(values: Iterable[int]) -> Spread | None:
    """The spread of at least MIN_GROUP scores; None for fewer (too few to show anonymously)."""
    ordered = tuple(sorted(values))
    if len(ordered) < MIN_GROUP:
        return None
    q1, median, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    return Spread(len(ordered), ordered[0], q1, median, q3, ordered[-1], ordered)


@dataclass(frozen=True)
class DimensionSummary:
    id: str
    name: str  # as the first valid file names it; `localized_names` gives the game's own words
    count: int  # players with a score here (a step not done has none)
    spread: Spread | None  # None when count < MIN_GROUP


@dataclass(frozen=True)
class GroupSummary:
    players: int
    language: str  # of the first valid file
    dimensions: tuple[DimensionSummary, ...]

    @property
    def enough(self) -> bool:
        return self.players >= MIN_GROUP


def summarize(documents: Sequence[_Export]) -> GroupSummary:
    """The group's figures per dimension, in the first document's order.

    The documents must share the first one's dimension ids (`summarize_files` skips others).
    With fewer than MIN_GROUP documents no dimension has a spread.
    """
    if not documents:
        return GroupSummary(0, "en", ())
    first = documents[0]
    scores: dict[str, list[int]] = {d.id: [] for d in first.dimensions}
    for document in documents:
        for item in document.dimensions:
            if item.score is not None:
                scores[item.id].append(item.score)
    enough = len(documents) >= MIN_GROUP
    return GroupSummary(
        players=len(documents),
        language=first.language,
        dimensions=tuple(
            DimensionSummary(
                d.id,
                d.name,
                len(scores[d.id]),
                spread(scores[d.id]) if enough else None,
            )
            for d in first.dimensions
        ),
    )


def summarize_files(paths: Iterable[Path | str]) -> tuple[GroupSummary, list[Skipped]]:
    """Read every file and summarize the valid ones; each other file is one `Skipped` line.

    This is the whole reading and counting work of `steps-game summary` (benchmarks time it).
    """
    documents: list[_Export] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        shown = _one_line(str(raw), 200)
        try:
            key = path.resolve()
        except (OSError, RuntimeError, ValueError):
            key = path
        if key in seen:
            skipped.append(Skipped(shown, "listed twice"))
            continue
        seen.add(key)
        document, reason = read_export(path)
        if document is None:
            skipped.append(Skipped(shown, reason))
            continue
        if documents and _ids(document) != _ids(documents[0]):
            skipped.append(
                Skipped(shown, "its dimensions differ from the first file's (other levels?)")
            )
            continue
        documents.append(document)
    return summarize(documents), skipped


def _ids(document: _Export) -> list[str]:
    return [d.id for d in document.dimensions]


# --- Words and the text table --------------------------------------------------------------------


def localized_names(summary: GroupSummary, language: str) -> list[str]:
    """Dimension names in `language` from the bundled levels; the file's own name otherwise."""
    from steps_game.content import check_folder
    from steps_game.i18n import Translator
    from steps_game.paths import bundled_levels_dir

    tr = Translator(language)
    try:
        content, _ = check_folder(bundled_levels_dir())
    except Exception:  # the bundled levels are tested; a summary must still never crash
        content = None
    known = {d.id: d.name for d in content.profile.dimensions} if content else {}
    return [
        tr.pick(known[d.id]) if d.id in known else _one_line(d.name, 60) for d in summary.dimensions
    ]


def number(value: float, decimal: str = ".") -> str:
    """A score or a median: 55, or 52.5 (medians of whole scores end in .0 or .5)."""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}".replace(".", decimal)


def table(summary: GroupSummary, names: Sequence[str], language: str) -> list[str]:
    """The figures as text lines: a heading, then dimension, players, min, median, max."""
    from steps_game.i18n import Translator

    tr = Translator(language)
    heads = [
        tr("summary.col_dimension"),
        tr("summary.col_players"),
        tr("summary.col_min"),
        tr("summary.col_median"),
        tr("summary.col_max"),
    ]
    dot = tr("summary.decimal")
    rows = []
    for item, name in zip(summary.dimensions, names, strict=True):
        s = item.spread
        figures = [number(s.minimum), number(s.median, dot), number(s.maximum)] if s else ["–"] * 3
        rows.append([name, str(item.count), *figures])
    widths = [max(len(row[i]) for row in [heads, *rows]) for i in range(len(heads))]

    def line(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join([first, *rest]).rstrip()

    lines = [
        f"{tr('summary.title')}: {tr('summary.players', count=summary.players)}",
        line(heads),
        *(line(row) for row in rows),
    ]
    if any(item.spread is None for item in summary.dimensions):
        lines.append(tr("summary.too_few_note", minimum=MIN_GROUP))
    return lines


# --- The command ---------------------------------------------------------------------------------


def _say(text: str, stream: TextIO) -> None:
    """Print one line even to a console that cannot show every character."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        text = text.encode(encoding, "replace").decode(encoding, "replace")
    print(text, file=stream)


def output_path(out: Path | None) -> Path:
    if out is None:
        return Path(DEFAULT_OUT)
    return out / DEFAULT_OUT if out.is_dir() else out


def run(
    paths: Sequence[Path | str], *, out: Path | None = None, language: str | None = None
) -> int:
    """`steps-game summary`: 0 when the picture was written, 1 when not, 2 for a bad --lang.

    Skipped files and problems go to stderr, one line each; the table and the written path to
    stdout.
    """
    from steps_game.i18n import language_codes

    if language is not None and language not in language_codes():
        expected = ", ".join(language_codes())
        _say(f"steps-game: unknown language {language!r} (expected one of: {expected})", sys.stderr)
        return 2
    summary, skipped = summarize_files(paths)
    for item in skipped:
        _say(str(item), sys.stderr)
    if not summary.enough:
        _say(
            f"steps-game: {summary.players} valid profile export(s); a group summary needs at "
            f"least {MIN_GROUP}, so that no one can be recognised. Nothing was drawn.",
            sys.stderr,
        )
        return 1
    language = language or summary.language
    names = localized_names(summary, language)
    target = output_path(out)
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # keep stdout to the table
    try:
        from steps_game.summary_picture import render_png

        payload = render_png(summary, names, language)
        target.write_bytes(payload)
    except OSError as exc:
        reason = _one_line(exc.strerror or str(exc), 80)
        _say(f"steps-game: could not write {_one_line(str(target))}: {reason}", sys.stderr)
        return 1
    for line in table(summary, names, language):
        _say(line, sys.stdout)
    _say(str(target), sys.stdout)
    return 0
