"""The group summary for workshops: many players' profile exports, one anonymous view of the group.

Statistics and words only, no pygame. `summarize_files` reads export files (what
`steps-game export --format json` and the profile screen write) through `export_check`, skips
anything else with one line each, and counts an export given twice (a copy, a file sent twice)
once; `summarize` turns the valid documents into the spread of each dimension.

Privacy: no figure is ever given for fewer than MIN_GROUP players, neither for the whole group nor
for one dimension, and the scores are kept sorted, apart from the files they came from.
`run` is the `steps-game summary` command; it imports the drawing (pygame) only when it draws.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from steps_game.export_check import (
    Problem,
    Skipped,
    _Export,
    _one_line,
    check_document,
    parse_json,
    read_bytes,
)

MIN_GROUP = 3  # fewer players than this could be recognised from their scores
DEFAULT_OUT = "group-summary.png"


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


@dataclass
class Reading:
    """What the files given to `steps-game summary` hold: players' exports, workshop groups'
    files (checked documents, each group once) and the files left out, with why."""

    exports: list[_Export] = field(default_factory=list)
    groups: list[dict] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def summarize_files(paths: Iterable[Path | str]) -> tuple[GroupSummary, list[Skipped]]:
    """Read every file and summarize the valid players' exports; each other file is one
    `Skipped` line (a group's file is read by `read_files`, and not counted here).

    This is the whole reading and counting work of `steps-game summary` (benchmarks time it).
    """
    reading = read_files(paths)
    return summarize(reading.exports), reading.skipped


def read_files(paths: Iterable[Path | str]) -> Reading:
    """Read and check every file: a player's export (export_check) or a group's file
    (group_summary); anything else, or the same file again, is skipped with its reason."""
    from steps_game.group_summary import check_group, is_group_document, same_as_earlier

    reading = Reading()
    seen: set[Path] = set()
    contents: set[str] = set()
    group_marks: set[str] = set()
    for raw in paths:
        path = Path(raw)
        shown = _one_line(str(raw), 200)
        try:
            key = path.resolve()
        except (OSError, RuntimeError, ValueError):
            key = path
        if key in seen:
            reading.skipped.append(Skipped(shown, Problem("listed_twice")))
            continue
        seen.add(key)
        data, problem = read_bytes(path)
        parsed, problem = (None, problem) if problem else parse_json(data)
        if problem is None and is_group_document(parsed):
            group, problem = check_group(parsed)
            if group is not None and same_as_earlier(group, group_marks):
                problem = Problem("same_group")
            if problem is None:
                reading.groups.append(group)
            else:
                reading.skipped.append(Skipped(shown, problem))
            continue
        document, problem = (None, problem) if problem else check_document(parsed)
        if document is None:
            reading.skipped.append(Skipped(shown, problem))
            continue
        exports = reading.exports
        if exports and _ids(document) != _ids(exports[0]):
            reading.skipped.append(Skipped(shown, Problem("other_levels")))
            continue
        content = _fingerprint(document)
        if content in contents:  # the same player's export again, under another name
            reading.skipped.append(Skipped(shown, Problem("same_export")))
            continue
        contents.add(content)
        exports.append(document)
    return reading


def _fingerprint(document: _Export) -> str:
    """What makes two files one export: the same checked content, however it was spaced."""
    dumped = document.model_dump_json(by_alias=True).encode("utf-8")
    return hashlib.sha256(dumped).hexdigest()


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

    Players' exports make the picture of how their scores spread; workshop groups' files make
    a picture of what the groups answered (beside it, "-groups", when there are both). Skipped
    files and problems go to stderr, one line each; the table, the groups' lines and the
    written paths to stdout.
    """
    from steps_game.i18n import Translator, language_codes

    if language is not None and language not in language_codes():
        expected = ", ".join(language_codes())
        _say(f"steps-game: unknown language {language!r} (expected one of: {expected})", sys.stderr)
        return 2
    reading = read_files(paths)
    summary = summarize(reading.exports)
    if language is None:
        first = reading.exports or reading.groups
        language = summary.language if reading.exports else None
        if language is None and first:
            language = str(first[0].get("language", ""))
        if language not in language_codes():
            language = "en"
    tr = Translator(language)
    for item in reading.skipped:
        _say(item.words(tr), sys.stderr)
    target = output_path(out)
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # keep stdout to the table
    results = []
    if reading.groups:
        results.append(_groups(reading.groups, tr, target, players_too=bool(reading.exports)))
    if reading.exports or not reading.groups:
        results.append(_players(summary, tr, target))
    return max(results)


def _players(summary: GroupSummary, tr, target: Path) -> int:
    """The players' picture and table, when there are enough players."""
    language = tr.language
    if not summary.enough:
        _say(tr("summary.too_few_players", count=summary.players, minimum=MIN_GROUP), sys.stderr)
        return 1
    names = localized_names(summary, language)
    try:
        from steps_game.summary_picture import render_png

        payload = render_png(summary, names, language)
        target.write_bytes(payload)
    except OSError as exc:
        return _cannot_write(tr, target, exc)
    for line in table(summary, names, language):
        _say(line, sys.stdout)
    _say(str(target), sys.stdout)
    return 0


def _groups(groups: list[dict], tr, target: Path, *, players_too: bool) -> int:
    """What the workshop groups answered, added up: its lines and its picture."""
    from steps_game.group_summary import group_lines, groups_picture, groups_target

    lines, words = group_lines(groups, tr)
    where = groups_target(target, players_too)
    try:
        groups_picture(words, tr, len(groups), where)
    except OSError as exc:
        return _cannot_write(tr, where, exc)
    for line in lines:
        _say(line, sys.stdout)
    _say(str(where), sys.stdout)
    return 0


def _cannot_write(tr, target: Path, exc: OSError) -> int:
    reason = _one_line(exc.strerror or str(exc), 80)
    _say(tr("summary.cannot_write", path=_one_line(str(target)), reason=reason), sys.stderr)
    return 1
