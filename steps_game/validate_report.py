"""What `steps-game validate` prints: a report a counsellor can act on, not a dump.

Blocking problems come first (a file that cannot be read, a step or id used twice, then the rest),
one line per item: `FILE:LINE: statement 'ads-minority', is_fact: what is wrong`. At most
`SHOWN` of them unless asked for all, then the count of the rest. Notes about translations (a text
missing in a language, a translation older than its source) come after, one coverage line per
language; `strict` makes them errors, one line per text naming every language it lacks.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from steps_game.i18n import language
from steps_game.level_problems import Problem
from steps_game.source_lines import find_line
from steps_game.translations import LEFT_OVER

SHOWN = 20  # blocking lines shown unless --all
LISTED = 3  # texts named in a coverage line unless --all
_INDEX = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class Report:
    lines: list[str]
    failed: bool


def build_report(
    problems: list[Problem],
    folders: list[Path],
    *,
    strict: bool = False,
    show_all: bool = False,
    fallbacks: dict[str, tuple[str, ...]] | None = None,
) -> Report:
    """The lines to print for `problems` found in the level folder `folders[0]` (later folders:
    where files it lacks were taken from, to find their lines)."""
    errors = [p for p in problems if p.blocking or strict]
    notes = [p for p in problems if not (p.blocking or strict)]
    lines = [_line(p, folders) for p in _one_per_item(sorted(errors, key=_rank))]
    shown = lines if show_all else lines[:SHOWN]
    if len(lines) > len(shown):
        shown.append(
            f"... and {len(lines) - len(shown)} more problems (validate --all shows every one)"
        )
    shown += _coverage(notes, folders, fallbacks or {}, show_all)
    return Report(shown, failed=bool(errors))


def _rank(problem: Problem) -> int:
    """A file that cannot be read, then what is used twice, then the rest of the level files,
    then translation files (a duplicate step explains many other lines; a level's mistake often
    makes its translations no longer fit)."""
    if problem.path in ("(file)", "(toml)", "(folder)"):
        return 0
    if "is used by" in problem.message:
        return 1
    return 3 if problem.file.startswith("translations/") else 2


def _one_per_item(problems: list[Problem]) -> list[Problem]:
    """One problem per text and kind: a text missing (or outdated) in eight languages is one
    line naming them."""
    grouped: dict[tuple, list[Problem]] = defaultdict(list)
    for problem in problems:
        kind = _note_kind(problem)
        if kind == "unused":
            # (by place too: a statement and its workshop wording share an id)
            key: tuple = (kind, Path(problem.file).name, _place(problem), problem.message)
        elif kind:
            key = (kind, Path(problem.file).name, problem.path)
        else:
            key = (problem.file, problem.path, problem.message)
        grouped[key].append(problem)
    merged = []
    for group in grouped.values():
        first = group[0]
        kind = _note_kind(first)
        codes = ", ".join(p.language for p in group)
        if len(group) > 1 and kind == "missing":
            first = replace(first, message=f"missing in {codes} (translations go in translations/)")
        elif len(group) > 1 and kind == "unused":
            first = replace(first, message=f"{first.message} (in the translations {codes})")
        elif len(group) > 1 and kind == "stale":
            first = replace(
                first,
                message=f"the translations in {codes} are older than the Finnish and English "
                "text (update them, then run `steps-game levels update-translations DIR`)",
            )
        merged.append(first)
    return merged


def _note_kind(problem: Problem) -> str:
    if not problem.language:
        return ""
    if problem.message.startswith("missing language"):
        return "missing"
    if problem.message.startswith(LEFT_OVER):
        return "unused"
    return "stale" if "older than" in problem.message else ""


def _line(problem: Problem, folders: list[Path]) -> str:
    line = problem.line
    if line is None:
        line = _find(problem, folders)
    where = f"{problem.file}:{line}" if line else problem.file
    if problem.path.startswith("("):  # the whole file or folder: no key to name
        return f"{where}: {problem.message}"
    return f"{where}: {_place(problem)}: {problem.message}"


def _find(problem: Problem, folders: list[Path]) -> int | None:
    if problem.path.startswith("("):
        return None
    for folder in folders:
        path = folder / problem.file
        if path.is_file():
            return find_line(path, problem.path, problem.item)
    return None


def _place(problem: Problem) -> str:
    """`task.statements[9].is_fact` as `statement 'ads-minority', is_fact`."""
    path = problem.path
    if not problem.item:
        return path
    found = list(_INDEX.finditer(path))
    if not found:
        if "." in path and problem.item in path.split("."):  # a translation's place
            before, _, after = path.partition(f".{problem.item}")
            return f"{_singular(before)} '{problem.item}'" + (f", {after[1:]}" if after else "")
        return path
    last = found[-1]
    before, after = path[: last.start()], path[last.end() :].lstrip(".")
    return f"{_singular(before)} '{problem.item}'" + (f", {after}" if after else "")


def _singular(list_path: str) -> str:
    """`task.statements` as "statement"; its workshop wording as "workshop statement"."""
    name = list_path.rsplit(".", 1)[-1].replace("_", " ")
    name = name[:-1] if name.endswith("s") else name
    return f"workshop {name}" if list_path.startswith("workshop.") else name


def _coverage(
    notes: list[Problem], folders: list[Path], fallbacks: dict, show_all: bool
) -> list[str]:
    """One line per language for its missing texts, one for its outdated translations and one
    for translations the level no longer has a place for."""
    kinds: dict[str, dict[str, list[Problem]]] = {
        kind: defaultdict(list) for kind in ("missing", "stale", "unused")
    }
    for note in notes:
        kinds[_note_kind(note) or "stale"][note.language].append(note)
    lines = []
    codes = set().union(*(found.keys() for found in kinds.values()))
    for code in sorted(codes, key=_language_order):
        shown_in = _language_name(fallbacks.get(code, ("en",))[0])
        for found, one, many in (
            (
                kinds["missing"][code],
                f"1 text falls back to {shown_in}",
                f"texts fall back to {shown_in}",
            ),
            (
                kinds["stale"][code],
                f"1 translation is older than its source text (shown in {shown_in})",
                f"translations are older than their source text (shown in {shown_in})",
            ),
            (
                kinds["unused"][code],
                "1 translated part is not used (the level no longer has it)",
                "translated parts are not used (the level no longer has them)",
            ),
        ):
            if not found:
                continue
            named = [_named(p, folders) for p in found]
            listed = named if show_all else named[:LISTED]
            rest = f" and {len(named) - len(listed)} more" if len(named) > len(listed) else ""
            said = one if len(found) == 1 else f"{len(found)} {many}"
            lines.append(f"{code}: {said}: {'; '.join(listed)}{rest}")
    return lines


def _named(problem: Problem, folders: list[Path]) -> str:
    line = _find(problem, folders)
    where = f"{problem.file}:{line}" if line else problem.file
    return f"{where} {_place(problem)}"


def _language_order(code: str) -> int:
    try:
        return language(code).order
    except StopIteration:
        return 99


def _language_name(code: str) -> str:
    try:
        return language(code).name
    except StopIteration:
        return code
