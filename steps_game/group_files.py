"""The group's files from a workshop run (issue 15): what our group thought, as a picture (PNG), in
plain words (Markdown) and as data (JSON, `RoomRecord.to_json`), written where the facilitator
chose. Only the room's counted hands go in: no names, nothing one person chose or typed.

Several groups' JSON files add up with `steps-game summary` (summary.py, group_summary.py).
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

from steps_game.group_words import PointWords, from_room, group_words, step_name, steps_of
from steps_game.room_record import RoomRecord

PREFIX = "steps-workshop"
FORMATS = ("png", "md", "json")  # what a group's "Save as files" offers


def step_titles(content, tr) -> dict[int, str]:
    """Each step's title in the language on screen, for the step headings."""
    return {level.step: tr.pick(level.title) for level in content.levels}


def markdown(
    words: list[PointWords], tr, titles: dict[int, str], date: str, *, combined: bool = False
) -> str:
    """The group's words as a Markdown page: a heading, the date, then step by step each
    question and what the room said."""
    heading = tr("group.summary_title" if combined else "group.heading")
    lines = [f"# {heading}", "", f"{date}  ", "", tr("group.intro"), ""]
    if not words:
        lines += [tr("group.none"), ""]
    for step, points in steps_of(words):
        lines += [f"## {step_name(tr, step, titles)}", ""]
        for point in points:
            lines += [f"**{_plain(point.question)}**  "]
            lines += [f"{_plain(line)}  " for line in point.lines]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _plain(text: str) -> str:
    """A text on one Markdown line, with nothing in it read as Markdown's own marks."""
    flat = " ".join(text.split())
    return "".join("\\" + ch if ch in "\\`*_[]#<>|" else ch for ch in flat)


def write_group_files(
    room: RoomRecord,
    tr,
    folder: Path,
    titles: dict[int, str],
    formats: tuple[str, ...] = FORMATS,
    *,
    now: _dt.datetime | None = None,
) -> list[Path]:
    """Write the chosen group files into `folder` under one name with the date and time, never
    over an earlier file; returns the paths written."""
    from steps_game.export import date_text, export_stem, free_stem
    from steps_game.storage import write_private

    folder = Path(folder)
    now = now or _dt.datetime.now()
    words = group_words(from_room(room, tr), tr)
    payloads: list[tuple[str, bytes]] = []
    for fmt in formats:
        if fmt == "png":
            from steps_game.group_picture import draw_group, png_bytes

            picture = draw_group(
                words,
                tr.language,
                heading=tr("group.heading"),
                intro=tr("group.intro"),
                empty=tr("group.none"),
                step_titles=titles,
            )
            payloads.append((".png", png_bytes(picture)))
        elif fmt == "md":
            page = markdown(words, tr, titles, date_text(now, tr.language))
            payloads.append((".md", page.encode("utf-8")))
        elif fmt == "json":
            text = json.dumps(room.to_json(tr.language), ensure_ascii=False, indent=2)
            payloads.append((".json", text.encode("utf-8")))
        else:
            raise ValueError(f"unknown group file format {fmt!r}")
    stem = free_stem(folder, export_stem(PREFIX, now), [suffix for suffix, _ in payloads])
    return [write_private(folder / f"{stem}{suffix}", payload) for suffix, payload in payloads]
