"""The profile and plan as files to keep: JSON (versioned schema), Markdown, and a printable PNG.

Pure data first (`profile_document`), then three writers. Nothing the player typed is included:
the tasks collect choices by id, never free text.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any

from steps_game import __version__
from steps_game.content import GameContent
from steps_game.i18n import Translator
from steps_game.outcome import Outcome
from steps_game.plan import plan_entries
from steps_game.scoring import (
    band,
    dimension_scores,
    strengths_and_growth,
    strengths_and_growth_text,
)
from steps_game.tasks.base import PLAN_SECTIONS

SCHEMA_ID = "https://steps-game.example/schemas/profile-export-1.json"
SCHEMA_VERSION = 1
FORMATS = ("png", "md", "json")


def profile_document(
    content: GameContent, outcomes: list[Outcome], field_id: str | None, language: str
) -> dict[str, Any]:
    """Scores, choices and plan in one JSON-able document (see docs/profile-export.schema.json)."""
    tr = Translator(language)
    dims = [d.id for d in content.profile.dimensions]
    scores = dimension_scores(dims, outcomes)
    strengths, growth = strengths_and_growth(scores)
    bands = content.profile.bands
    plan = plan_entries(content, outcomes, field_id)
    field = content.field_choice(field_id) if field_id else None
    return {
        "schema": SCHEMA_ID,
        "schema_version": SCHEMA_VERSION,
        "game_version": __version__,
        "created": _dt.date.today().isoformat(),
        "language": tr.language,
        "field": {"id": field_id, "name": tr.pick(field.name) if field else None},
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
        "plan": {
            name: [
                {"text": tr.pick(e.text, **e.params), "week": e.week} for e in plan.get(name, [])
            ]
            for name in PLAN_SECTIONS
        },
    }


def markdown(content: GameContent, document: dict[str, Any]) -> str:
    tr = Translator(document["language"])
    lines = [f"# {tr('profile.heading')}", ""]
    if document["field"]["name"]:
        lines += [f"{tr('export.field')}: {document['field']['name']}  ", ""]
    lines += [tr.pick(content.profile.intro), ""]
    lines += [f"| {tr('export.dimension')} | {tr('export.score')} |", "|---|---|"]
    for item in document["dimensions"]:
        score = "–" if item["score"] is None else f"{item['score']} / 100"
        lines.append(f"| {item['name']} | {score} |")
    names = {d["id"]: d["name"] for d in document["dimensions"]}
    summary = strengths_and_growth_text(
        tr, [names[d] for d in document["strengths"]], [names[d] for d in document["growth"]]
    )
    for line in summary.splitlines():
        lines += ["", line]  # a paragraph each
    lines += ["", f"## {tr('plan.heading')}"]
    for name in PLAN_SECTIONS:
        lines += ["", f"### {tr(f'plan.{name}')}", ""]
        entries = document["plan"][name]
        if not entries:
            lines.append(f"- {tr(f'plan.empty_{name}')}")
        for entry in entries:
            week = tr("plan.week", week=entry["week"]) + " " if entry["week"] is not None else ""
            lines.append(f"- {week}{entry['text']}")
    return "\n".join(lines) + "\n"


def write_exports(
    content: GameContent,
    outcomes: list[Outcome],
    field_id: str | None,
    language: str,
    folder: Path,
    formats: tuple[str, ...] = FORMATS,
    *,
    stem: str = "steps-profile",
) -> list[Path]:
    """Write the chosen formats into `folder`; returns the paths written."""
    from steps_game.storage import write_private

    folder = Path(folder)
    document = profile_document(content, outcomes, field_id, language)
    written = []
    for fmt in formats:
        target = folder / f"{stem}.{fmt}"
        if fmt == "json":
            payload = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
        elif fmt == "md":
            payload = markdown(content, document).encode("utf-8")
        elif fmt == "png":
            from steps_game.printout import render_png

            payload = render_png(content, document)
        else:
            raise ValueError(f"unknown export format {fmt!r}")
        write_private(target, payload)
        written.append(target)
    return written
