"""The group summary as one picture (16:9, for a projector or a slide), drawn without a window.

One row per dimension: a box for the middle half of the group, whiskers from the lowest to the
highest score, the median marked, and a dot per player (equal scores stack). Only a GroupSummary
is drawn, so nothing here can show a figure for fewer than MIN_GROUP players.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pygame

from steps_game.i18n import Translator
from steps_game.summary import MIN_GROUP, GroupSummary, Spread, number
from steps_game.ui import palette, text
from steps_game.ui.text import blit_text
from steps_game.ui.writing import written_in

SIZE = (1600, 900)
MARGIN = 60
NAME_W = 330
TRACK = (440, 1210)  # x of score 0 and of score 100
FIGURES_X = 1260
TOP = 200
ROW_H = 80
GRID = (228, 224, 217)
DOT_R = 4
DOT_STEP = 8  # vertical step between equal scores
DOT_LAYERS = 3  # more equal scores than this draw on the last layer
LEGEND_H = 36  # a row of the legend, which says in words what a box and a line mean


def _x(score: float) -> int:
    return round(TRACK[0] + (TRACK[1] - TRACK[0]) * score / 100)


def _draw_spread(surface: pygame.Surface, spread: Spread, cy: int) -> None:
    pygame.draw.line(
        surface, palette.ACCENT_DARK, (_x(spread.minimum), cy), (_x(spread.maximum), cy), 2
    )
    for end in (spread.minimum, spread.maximum):
        pygame.draw.line(surface, palette.ACCENT_DARK, (_x(end), cy - 9), (_x(end), cy + 9), 2)
    box = pygame.Rect(_x(spread.q1), cy - 14, max(2, _x(spread.q3) - _x(spread.q1)), 28)
    pygame.draw.rect(surface, palette.ACCENT_SOFT, box)
    pygame.draw.rect(surface, palette.ACCENT, box, width=2)
    mx = _x(spread.median)
    pygame.draw.line(surface, palette.FOCUS, (mx, cy - 19), (mx, cy + 19), 5)
    stacked: dict[int, int] = {}
    for value in spread.values:
        layer = min(stacked.get(value, 0), DOT_LAYERS - 1)
        stacked[value] = stacked.get(value, 0) + 1
        pygame.draw.circle(surface, palette.ACCENT, (_x(value), cy + 25 + layer * DOT_STEP), DOT_R)


def _legend(surface: pygame.Surface, tr: Translator, top: int) -> None:
    items = ("legend_box", "legend_median", "legend_whisker", "legend_dot")
    width = (SIZE[0] - 2 * MARGIN) // 2  # two by two: each meaning gets a whole line
    for index, key in enumerate(items):
        top_of_item = top + index // 2 * LEGEND_H
        cy = top_of_item + LEGEND_H // 2
        words = pygame.Rect(MARGIN + index % 2 * width + 48, top_of_item, width - 60, LEGEND_H)
        x = MARGIN + index % 2 * width  # the sign before its words, in the reading direction
        if text.is_rtl():
            words.x = SIZE[0] - words.right
            x = SIZE[0] - x - 36
        if key == "legend_box":
            glyph = pygame.Rect(x, cy - 10, 36, 20)
            pygame.draw.rect(surface, palette.ACCENT_SOFT, glyph)
            pygame.draw.rect(surface, palette.ACCENT, glyph, width=2)
        elif key == "legend_median":
            pygame.draw.line(surface, palette.FOCUS, (x + 18, cy - 14), (x + 18, cy + 14), 5)
        elif key == "legend_whisker":
            pygame.draw.line(surface, palette.ACCENT_DARK, (x, cy), (x + 36, cy), 2)
            for end in (x, x + 36):
                pygame.draw.line(surface, palette.ACCENT_DARK, (end, cy - 8), (end, cy + 8), 2)
        else:
            pygame.draw.circle(surface, palette.ACCENT, (x + 18, cy), DOT_R + 1)
        blit_text(
            surface,
            tr(f"summary.{key}"),
            words,
            20,
            palette.INK,
            middle=True,
        )


def draw_summary(summary: GroupSummary, names: Sequence[str], code: str) -> pygame.Surface:
    with written_in(code):
        return _draw(summary, names, code)


def _draw(summary: GroupSummary, names: Sequence[str], language: str) -> pygame.Surface:
    pygame.font.init()
    tr = Translator(language)
    page = pygame.Surface(SIZE)
    page.fill(palette.WHITE)
    width = SIZE[0] - 2 * MARGIN
    blit_text(
        page,
        tr("game.name"),
        pygame.Rect(MARGIN, 28, width, 34),
        24,
        palette.ACCENT_DARK,
        bold=True,
    )
    blit_text(
        page, tr("summary.title"), pygame.Rect(MARGIN, 60, width, 60), 46, palette.INK, bold=True
    )
    blit_text(
        page,
        tr("summary.players", count=summary.players) + "  ·  " + tr("summary.about"),
        pygame.Rect(MARGIN, 122, width, 32),
        22,
        palette.MUTED,
    )

    bottom = TOP + ROW_H * len(summary.dimensions)
    for tick in (0, 25, 50, 75, 100):
        x = _x(tick)
        pygame.draw.line(page, GRID, (x, TOP - 4), (x, bottom), 1)
        blit_text(
            page,
            str(tick),
            pygame.Rect(x - 30, TOP - 34, 60, 28),
            18,
            palette.MUTED,
            center=True,
            role="secondary",
        )

    for index, (item, name) in enumerate(zip(summary.dimensions, names, strict=True)):
        top = TOP + index * ROW_H
        cy = top + 28
        if index:
            pygame.draw.line(page, palette.BORDER, (MARGIN, top), (SIZE[0] - MARGIN, top), 1)
        blit_text(
            page,
            name,
            pygame.Rect(MARGIN, top + 8, NAME_W, ROW_H - 16),
            26,
            palette.INK,
            bold=True,
            middle=True,
        )
        figures = pygame.Rect(FIGURES_X, top + 8, SIZE[0] - MARGIN - FIGURES_X, ROW_H - 16)
        count = tr("summary.players", count=item.count)
        if item.spread is None:
            blit_text(
                page,
                tr("summary.too_few", minimum=MIN_GROUP),
                pygame.Rect(TRACK[0], top + 8, TRACK[1] - TRACK[0], ROW_H - 16),
                22,
                palette.MUTED,
                center=True,
                middle=True,
            )
            blit_text(page, count, figures, 20, palette.MUTED, middle=True, role="secondary")
            continue
        _draw_spread(page, item.spread, cy)
        s = item.spread
        blit_text(
            page,
            tr("summary.median", value=number(s.median, tr("summary.decimal"))),
            pygame.Rect(figures.x, top + 8, figures.width, 32),
            26,
            palette.INK,
            bold=True,
        )
        detail = tr("summary.range", low=number(s.minimum), high=number(s.maximum))
        if item.count != summary.players:  # some did not finish this step: say how many did
            detail += "  ·  " + count
        blit_text(
            page,
            detail,
            pygame.Rect(figures.x, top + 42, figures.width, 28),
            18,
            palette.MUTED,
            role="secondary",
        )

    pygame.draw.line(page, palette.BORDER, (MARGIN, bottom), (SIZE[0] - MARGIN, bottom), 1)
    _legend(page, tr, bottom + 16)
    blit_text(
        page,
        tr("game.tagline"),
        pygame.Rect(MARGIN, SIZE[1] - 44, width, 28),
        18,
        palette.MUTED,
        role="secondary",
    )
    return page


def render_png(summary: GroupSummary, names: Sequence[str], language: str) -> bytes:
    buffer = io.BytesIO()
    pygame.image.save(draw_summary(summary, names, language), buffer, "summary.png")
    return buffer.getvalue()
