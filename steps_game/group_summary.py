"""Several workshop groups' files in `steps-game summary` (issue 15): each group's JSON file
(group_files.py, `RoomRecord.to_json`) is checked against a strict model before the hands are
added up (`room_record.combine`); a file that does not fit says why in one line and is left out,
and the same group's file given twice counts once. The lines and the picture say in plain words
what most people in the groups answered, or that they split (group_words.py): the game's own
questions (steps 1, 5 and 6's, choice_points.py) in the language chosen, others as the first
file wrote them. A file written before files named the options as good as the best (`also_best`)
still reads. No pygame until a picture is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from steps_game.choice_points import known_points
from steps_game.export_check import Problem, invalid
from steps_game.group_words import PointWords, from_combined, group_words, step_name
from steps_game.room_record import KIND, VERSION, combine, fingerprint

Count = Annotated[int, Field(ge=0, le=100_000)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class GroupPoint(_Strict):
    """One choice point as a group's file writes it (room_record._point_json)."""

    step: Annotated[int, Field(ge=1, le=99)]
    key: Annotated[str, Field(min_length=1, max_length=200)]
    question: Annotated[str, Field(max_length=2000)]
    options: Annotated[list[Annotated[str, Field(max_length=2000)]], Field(min_length=1)]
    counts: list[Count]
    best: Annotated[int, Field(ge=0)]
    # options as good as `best` (step 5's second good ask); files written before it say none
    also_best: list[Annotated[int, Field(ge=0)]] = Field(default_factory=list)
    most: Annotated[int, Field(ge=0)] | None
    split: bool

    @model_validator(mode="after")
    def _counts_fit_the_options(self) -> GroupPoint:
        if len(self.counts) != len(self.options):
            raise ValueError(f"{len(self.counts)} counts for {len(self.options)} options")
        for name, index in (("best", self.best), ("most", self.most)):
            if index is not None and index >= len(self.options):
                raise ValueError(f"{name} {index} names no option")
        for index in self.also_best:
            if index >= len(self.options) or index == self.best:
                raise ValueError(f"also_best {index} names no other option than best")
        if len(set(self.also_best)) != len(self.also_best):
            raise ValueError("also_best names an option twice")
        return self


class GroupFile(_Strict):
    kind: Literal[KIND]
    version: Literal[VERSION]
    language: Annotated[str, Field(min_length=2, max_length=8)]
    points: Annotated[list[GroupPoint], Field(max_length=1000)]

    @model_validator(mode="after")
    def _each_point_once(self) -> GroupFile:
        # a room's record keeps one count per step and point; two would be added up twice
        places = [(point.step, point.key) for point in self.points]
        if len(set(places)) != len(places):
            raise ValueError("a step and key appear twice")
        return self


def is_group_document(document: Any) -> bool:
    """Whether a parsed file says it is a group's file (then it is checked as one)."""
    return isinstance(document, dict) and document.get("kind") == KIND


def check_group(document: Any) -> tuple[dict[str, Any] | None, Problem | None]:
    """A group's file checked (the document as it was read, so that the same file counts
    once however it is spaced), or None and why not in one line (never raises)."""
    try:
        GroupFile.model_validate(document)
    except ValidationError as exc:
        return None, invalid(exc, "group_invalid")
    except RecursionError:  # pragma: no cover - json.loads refuses such depth first
        return None, Problem("too_deep")
    return document, None


def same_as_earlier(document: dict[str, Any], seen: set[str]) -> bool:
    """Whether this group's file was given before (under any name); remembers it if not."""
    mark = fingerprint(document)
    if mark in seen:
        return True
    seen.add(mark)
    return False


def group_lines(groups: Sequence[dict[str, Any]], tr) -> tuple[list[str], list[PointWords]]:
    """The groups' hands added up, as printable lines (a heading, then step by step each
    question and what the groups said) and as the words the picture draws."""
    content = _bundled_levels()
    known = known_points(content) if content is not None else {}
    words = group_words(from_combined(combine(groups), tr, known), tr, combined=True)
    titles = bundled_step_titles(tr)
    lines = [f"{tr('group.summary_title')}: {tr('group.groups', count=len(groups))}"]
    step = None
    for point in words:
        if point.step != step:
            step = point.step
            lines += ["", step_name(tr, step, titles)]
        lines += [f"- {point.question}", *(f"  {line}" for line in point.lines)]
    return lines, words


@cache
def _bundled_levels():
    """The game's own levels, read once (None when they cannot be read)."""
    from steps_game.content import check_folder
    from steps_game.paths import bundled_levels_dir

    try:
        content, _ = check_folder(bundled_levels_dir())
    except Exception:  # the bundled levels are tested; a summary must still never crash
        return None
    return content


def bundled_step_titles(tr) -> dict[int, str]:
    """The steps' titles in `tr`'s language from the bundled levels ({} when they cannot be
    read: the steps are then named by their numbers)."""
    content = _bundled_levels()
    if content is None:
        return {}
    return {level.step: tr.pick(level.title) for level in content.levels}


def groups_picture(words: list[PointWords], tr, groups: int, target: Path) -> None:
    """The groups' picture as a PNG at `target` (OSError when it cannot be written)."""
    from steps_game.group_picture import draw_group, png_bytes

    picture = draw_group(
        words,
        tr.language,
        heading=tr("group.summary_title"),
        intro=f"{tr('group.groups', count=groups)} · {tr('group.intro')}",
        empty=tr("group.none"),
        step_titles=bundled_step_titles(tr),
    )
    target.write_bytes(png_bytes(picture))


def groups_target(out: Path, players_too: bool) -> Path:
    """Where the groups' picture goes: the summary's picture, or beside it ("-groups") when
    players' exports make a picture of their own."""
    return out.with_name(f"{out.stem}-groups{out.suffix or '.png'}") if players_too else out
