"""The profile and plan on one printable page: A4 portrait at 150 dpi (1240 x 1754 pixels)."""

from __future__ import annotations

import io
from typing import Any

import pygame

from steps_game.content import GameContent
from steps_game.i18n import Translator
from steps_game.scoring import strengths_and_growth_text
from steps_game.tasks.base import PLAN_SECTIONS
from steps_game.ui import palette
from steps_game.ui.charts import draw_radar
from steps_game.ui.text import blit_text

PAGE = (1240, 1754)  # A4 at 150 dpi
MARGIN = 80


def draw_page(content: GameContent, document: dict[str, Any]) -> pygame.Surface:
    pygame.font.init()
    tr = Translator(document["language"])
    page = pygame.Surface(PAGE)
    page.fill(palette.WHITE)
    width = PAGE[0] - 2 * MARGIN
    blit_text(
        page,
        tr("game.name"),
        pygame.Rect(MARGIN, 60, width, 40),
        30,
        palette.ACCENT_DARK,
        bold=True,
    )
    blit_text(
        page, tr("profile.heading"), pygame.Rect(MARGIN, 100, width, 64), 50, palette.INK, bold=True
    )
    facts = document["created"]
    if document["field"]["name"]:
        facts += "  ·  " + tr("export.field") + ": " + document["field"]["name"]
    blit_text(page, facts, pygame.Rect(MARGIN, 170, width, 34), 24, palette.MUTED)
    blit_text(
        page, tr.pick(content.profile.intro), pygame.Rect(MARGIN, 210, width, 64), 24, palette.INK
    )

    dims = document["dimensions"]
    draw_radar(
        page,
        pygame.Rect(MARGIN - 50, 280, 640, 580),
        [d["score"] for d in dims],
        [d["name"] for d in dims],
        label_size=20,
    )
    x = MARGIN + 600
    row_w = PAGE[0] - MARGIN - x
    y = 290
    for item in dims:
        dimension = content.dimension(item["id"])
        score = "–" if item["score"] is None else f"{item['score']} / 100"
        blit_text(
            page,
            f"{item['name']}: {score}",
            pygame.Rect(x, y, row_w, 30),
            24,
            palette.INK,
            bold=True,
        )
        line = (
            tr("profile.not_done")
            if item["band"] is None
            else tr.pick(getattr(dimension, item["band"]))
        )
        blit_text(page, line, pygame.Rect(x, y + 30, row_w, 44), 19, palette.MUTED)
        y += 80

    names = {d["id"]: d["name"] for d in dims}
    summary = strengths_and_growth_text(
        tr, [names[d] for d in document["strengths"]], [names[d] for d in document["growth"]]
    )
    pygame.draw.rect(
        page, palette.ACCENT_SOFT, pygame.Rect(MARGIN, 870, width, 96), border_radius=10
    )
    blit_text(
        page, summary, pygame.Rect(MARGIN + 20, 882, width - 40, 76), 26, palette.INK, bold=True
    )

    blit_text(
        page, tr("plan.heading"), pygame.Rect(MARGIN, 990, width, 50), 38, palette.INK, bold=True
    )
    column = (width - 40) // 2
    box_h = 300
    for index, name in enumerate(PLAN_SECTIONS):
        bx = MARGIN + (index % 2) * (column + 40)
        by = 1050 + (index // 2) * (box_h + 20)
        pygame.draw.rect(
            page, palette.BORDER, pygame.Rect(bx, by, column, box_h), width=2, border_radius=10
        )
        blit_text(
            page,
            tr(f"plan.{name}"),
            pygame.Rect(bx + 18, by + 12, column - 36, 34),
            26,
            palette.ACCENT_DARK,
            bold=True,
        )
        entries = document["plan"][name]
        lines = [
            "• "
            + (tr("plan.week", week=e["week"]) + " " if e["week"] is not None else "")
            + e["text"]
            for e in entries
        ] or [tr(f"plan.empty_{name}")]
        blit_text(
            page,
            "\n".join(lines),
            pygame.Rect(bx + 18, by + 54, column - 36, box_h - 66),
            21,
            palette.INK,
        )
    blit_text(
        page, tr("game.tagline"), pygame.Rect(MARGIN, PAGE[1] - 56, width, 30), 18, palette.MUTED
    )
    return page


def render_png(content: GameContent, document: dict[str, Any]) -> bytes:
    buffer = io.BytesIO()
    pygame.image.save(draw_page(content, document), buffer, "profile.png")
    return buffer.getvalue()
