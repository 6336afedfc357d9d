"""The profile and plan as files to keep: JSON (versioned schema), Markdown, printable PNG pages
and an iCalendar file of the weeks.

Pure data first (`profile_document`), then the writers. The player's own words (labels on the map,
notes for the goal and the first step) are in a file only when the player ticked that they may be
(`with_words`); without the tick every file names people by their roles. File names carry the date
and time, and an earlier export is never overwritten.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from steps_game import __version__, language_rules
from steps_game.content import GameContent
from steps_game.finnish_beside import finnish_words
from steps_game.i18n import Translator
from steps_game.notebook import Notebook
from steps_game.outcome import Outcome
from steps_game.plan import SECTIONS, build_plan, plan_sections
from steps_game.scoring import (
    band,
    dimension_scores,
    strengths_and_growth,
    strengths_and_growth_text,
)

SCHEMA_ID = "https://steps-game.example/schemas/profile-export-2.json"
SCHEMA_VERSION = 2
FORMATS = ("png", "md", "json")
ALL_FORMATS = (*FORMATS, "ics")


@dataclass(frozen=True)
class Run:
    """What an export is made of: the finished steps, the notebook and the field."""

    outcomes: list[Outcome]
    notebook: Notebook = field(default_factory=Notebook)
    field_id: str | None = None
    short: bool = False  # the run took the short way (short_way.py)


def date_text(when: _dt.datetime, language: str) -> str:
    """The date in figures as the language writes it ("4.12.2026", "04/12/2026"; CLDR)."""
    return language_rules.date(language, when.date())


def profile_document(
    content: GameContent,
    outcomes: list[Outcome],
    field_id: str | None,
    language: str,
    *,
    notebook: Notebook | None = None,
    with_words: bool = False,
    now: _dt.datetime | None = None,
    short: bool = False,
    finnish_beside: bool = False,
) -> dict[str, Any]:
    """Scores, choices, the plan and the notebook in one JSON-able document (see
    docs/profile-export.schema.json). The player's own words only `with_words`; with
    `finnish_beside` (the player's setting), the plan's key terms with their Finnish words."""
    tr = Translator(language)
    now = (now or _dt.datetime.now()).replace(second=0, microsecond=0)
    notebook = notebook or Notebook()
    dims = [d.id for d in content.profile.dimensions]
    scores = dimension_scores(dims, outcomes)
    bands = content.profile.bands
    strengths, growth = strengths_and_growth(scores, low_max=bands.low_max, mid_max=bands.mid_max)
    plan = build_plan(content, notebook, field_id, short=short)
    field_choice = content.field_choice(field_id) if field_id else None
    return {
        "schema": SCHEMA_ID,
        "schema_version": SCHEMA_VERSION,
        "game_version": __version__,
        "created": now.isoformat(timespec="minutes"),
        "date": date_text(now, tr.language),
        "language": tr.language,
        "field": {"id": field_id, "name": tr.pick(field_choice.name) if field_choice else None},
        "dimensions": [
            {
                "id": s.dimension,
                "name": tr.pick(content.dimension(s.dimension).name),
                "score": s.score,
                "band": None if s.score is None else band(s.score, bands.low_max, bands.mid_max),
            }
            for s in scores
        ],
        "strengths": strengths,
        "growth": growth,
        "steps": [
            {
                "step": o.step,
                "level_id": o.level_id,
                "dimension": o.dimension,
                "score": o.score,
                "choices": dict(o.choices),
                "reasons": [
                    {"earned": r.earned, "points": r.points, "text": tr.pick(r.text, **r.params)}
                    for r in o.reasons
                ],
            }
            for o in sorted(outcomes, key=lambda o: o.step)
        ],
        "plan": plan_sections(
            tr,
            plan,
            with_words=with_words,
            finnish=finnish_words(content.glossary, language, shown=finnish_beside),
        ),
        "own_words": with_words,
        "notebook": notebook.to_dict(with_words=with_words),
    }


def markdown(content: GameContent, document: dict[str, Any]) -> str:
    tr = Translator(document["language"])
    lines = [f"# {tr('profile.heading')}", "", f"{document['date']}  "]
    if document["field"]["name"]:
        lines.append(f"{tr('export.field')}: {document['field']['name']}  ")
    lines += ["", tr.pick(content.profile.intro), ""]
    lines += [f"| {tr('export.dimension')} | {tr('export.score')} |", "|---|---|"]
    for item in document["dimensions"]:
        score = "–" if item["score"] is None else tr.out_of_100(item["score"])
        lines.append(f"| {item['name']} | {score} |")
    names = {d["id"]: d["name"] for d in document["dimensions"]}
    summary = strengths_and_growth_text(
        tr, [names[d] for d in document["strengths"]], [names[d] for d in document["growth"]]
    )
    for line in summary.splitlines():
        lines += ["", line]  # a paragraph each
    lines += ["", f"## {tr('plan.heading')}"]
    for name in SECTIONS:
        lines += ["", f"### {tr(f'plan.{name}')}", ""]
        lines += [f"- {_markdown_text(entry)}" for entry in document["plan"][name]]
    lines += ["", f"## {tr('export.notes')}", "", tr("export.notes_hint")]
    return "\n".join(lines) + "\n"


def _markdown_text(text: str) -> str:
    """Words shown as they are in Markdown: a label like "*R.K.*" or "[x](y)" stays plain text.
    Only what marks up text inside a line is escaped, so the file reads well as plain text too."""
    return "".join("\\" + ch if ch in "\\`*_[]<>|" else ch for ch in text)


def export_stem(prefix: str, now: _dt.datetime) -> str:
    return f"{prefix}-{now:%Y-%m-%d-%H%M}"


def free_stem(folder: Path, stem: str, suffixes: list[str]) -> str:
    """`stem`, or `stem-2`, `stem-3` ... : the first whose files are all new in `folder`."""
    candidate, number = stem, 1
    while any((folder / f"{candidate}{suffix}").exists() for suffix in suffixes):
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def write_exports(
    content: GameContent,
    run: Run,
    language: str,
    folder: Path,
    formats: tuple[str, ...] = FORMATS,
    *,
    prefix: str = "steps-profile",
    stem: str | None = None,
    with_words: bool = False,
    now: _dt.datetime | None = None,
    finnish_beside: bool = False,
) -> list[Path]:
    """Write the chosen formats into `folder` under names with the date and time (or `stem`,
    a name the player gave), never over an earlier file; returns the paths written."""
    from steps_game.storage import write_private

    folder = Path(folder)
    now = now or _dt.datetime.now()
    document = profile_document(
        content,
        run.outcomes,
        run.field_id,
        language,
        notebook=run.notebook,
        with_words=with_words,
        now=now,
        short=run.short,
        finnish_beside=finnish_beside,
    )
    payloads: list[tuple[str, bytes]] = []
    for fmt in formats:
        if fmt == "json":
            text = json.dumps(document, ensure_ascii=False, indent=2)
            payloads.append((".json", text.encode("utf-8")))
        elif fmt == "md":
            payloads.append((".md", markdown(content, document).encode("utf-8")))
        elif fmt == "png":
            from steps_game.printout import render_pages

            pages = render_pages(content, document)
            if len(pages) == 1:
                payloads.append((".png", pages[0]))
            else:
                payloads += [(f"-page{n}.png", page) for n, page in enumerate(pages, start=1)]
        elif fmt == "ics":
            from steps_game.calendar_file import calendar_bytes

            plan = build_plan(content, run.notebook, run.field_id, short=run.short)
            payloads.append(
                (".ics", calendar_bytes(content, plan, language, now, with_words=with_words))
            )
        else:
            raise ValueError(f"unknown export format {fmt!r}")
    stem = free_stem(folder, stem or export_stem(prefix, now), [suffix for suffix, _ in payloads])
    written = []
    for suffix, payload in payloads:
        written.append(write_private(folder / f"{stem}{suffix}", payload))
    return written
