"""The profile and plan as printable pages: A4 portrait at 150 dpi (1240 x 1754 pixels).

Page 1 is the profile; the plan follows, flowing onto a second page (and more) when it is long,
and ends with room for notes at the meeting with the counsellor. Nothing is shrunk to fit: every
text is drawn at its own size, never under 9 pt at the page's dpi, and wrapped to its column;
what does not fit a page goes on the next one. `Sheet.drawn` records each text drawn (page, box,
size, words) so that a test can measure what was printed.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from typing import Any

import pygame

from steps_game.content import GameContent
from steps_game.i18n import Translator
from steps_game.plan import SECTIONS
from steps_game.scoring import strengths_and_growth_text
from steps_game.ui import palette
from steps_game.ui.charts import draw_radar
from steps_game.ui.text import is_rtl, render
from steps_game.ui.writing import written_in

PAGE = (1240, 1754)  # A4 at 150 dpi
DPI = 150
MARGIN = 90
FOOTER_H = 60
SMALLEST_PT = 9
SMALLEST = math.ceil(SMALLEST_PT * DPI / 72)  # 19 px: the smallest size anything is drawn at
BODY = 24
SMALL = 21
HEADING = 30
NOTES_LINES = 7
NOTES_LINE_GAP = 56


@dataclass
class Sheet:
    """Pages being written from the top down; a text that does not fit starts the next page."""

    pages: list[pygame.Surface] = field(default_factory=list)
    drawn: list[tuple[int, pygame.Rect, int, str]] = field(default_factory=list)
    y: int = 0

    def __post_init__(self) -> None:
        self.new_page()

    @property
    def page(self) -> pygame.Surface:
        return self.pages[-1]

    @property
    def bottom(self) -> int:
        return PAGE[1] - MARGIN - FOOTER_H

    def new_page(self) -> None:
        page = pygame.Surface(PAGE)
        page.fill(palette.WHITE)
        self.pages.append(page)
        self.y = MARGIN

    def room(self, height: int) -> None:
        """Start a new page unless `height` more fits on this one."""
        if self.y + height > self.bottom and self.y > MARGIN:
            self.new_page()

    def text(
        self,
        words: str,
        size: int,
        color: tuple[int, int, int] = palette.INK,
        *,
        bold: bool = False,
        x: int = MARGIN,
        width: int = PAGE[0] - 2 * MARGIN,
        at: int | None = None,
        gap: int = 8,
        on: int | None = None,
    ) -> pygame.Rect:
        """Draw wrapped words at their size; in the flow (`at` None) or at a fixed height, on
        the page being written or on page `on` (counted from 0)."""
        if size < SMALLEST:
            raise ValueError(f"{size} px is under {SMALLEST_PT} pt at {DPI} dpi")
        image = render(words, size, color, bold=bold, width=width)
        if at is None:
            self.room(image.get_height())
            top = self.y
            self.y += image.get_height() + gap
        else:
            top = at
        box = pygame.Rect(x, top, width, image.get_height())
        dest = image.get_rect(top=top)
        if is_rtl():
            dest.right = box.right
        else:
            dest.left = box.left
        number = len(self.pages) - 1 if on is None else on
        self.pages[number].blit(image, dest)
        self.drawn.append((number, box, size, words))
        return box


def draw_pages(content: GameContent, document: dict[str, Any]) -> Sheet:
    """The pages in the document's language and its direction (Arabic and Persian right to left),
    also from the command line, where no game window has set them."""
    with written_in(document["language"]):
        return _draw_pages(content, document)


def _draw_pages(content: GameContent, document: dict[str, Any]) -> Sheet:
    pygame.font.init()
    tr = Translator(document["language"])
    sheet = Sheet()
    _profile(sheet, content, document, tr)
    _plan(sheet, document, tr)
    _notes(sheet, tr)
    total = len(sheet.pages)
    footer_y = PAGE[1] - MARGIN - FOOTER_H + 20
    for number in range(total):  # on every page: the game and the page's number
        sheet.text(tr("game.tagline"), SMALL, palette.MUTED, at=footer_y, width=820, on=number)
        sheet.text(
            tr("export.page", page=number + 1, pages=total),
            SMALL,
            palette.MUTED,
            at=footer_y,
            x=PAGE[0] - MARGIN - 200,
            width=200,
            on=number,
        )
    return sheet


def draw_page(content: GameContent, document: dict[str, Any]) -> pygame.Surface:
    """The first page: the profile (and the plan's start where it fits)."""
    return draw_pages(content, document).pages[0]


def _profile(sheet: Sheet, content: GameContent, document: dict, tr: Translator) -> None:
    width = PAGE[0] - 2 * MARGIN
    sheet.text(tr("game.name"), 30, palette.ACCENT_DARK, bold=True, gap=0)
    sheet.text(tr("profile.heading"), 46, palette.INK, bold=True)
    facts = document["date"]
    if document["field"]["name"]:
        facts += "  ·  " + tr("export.field") + ": " + document["field"]["name"]
    sheet.text(facts, BODY, palette.MUTED)
    sheet.text(tr.pick(content.profile.intro), BODY)
    top = sheet.y + 10
    dims = document["dimensions"]
    radar = pygame.Rect(MARGIN - 60, top, 600, 560)
    draw_radar(
        sheet.page, radar, [d["score"] for d in dims], [d["name"] for d in dims], label_size=22
    )
    x = MARGIN + 560
    column = PAGE[0] - MARGIN - x
    y = top
    for item in dims:
        dimension = content.dimension(item["id"])
        score = "–" if item["score"] is None else tr.out_of_100(item["score"])
        box = sheet.text(f"{item['name']}: {score}", BODY, bold=True, x=x, width=column, at=y)
        line = (
            tr("profile.not_done")
            if item["band"] is None
            else tr.pick(getattr(dimension, item["band"]))
        )
        box = sheet.text(line, SMALL, palette.MUTED, x=x, width=column, at=box.bottom + 2)
        y = box.bottom + 12
    sheet.y = max(y, radar.bottom) + 16
    names = {d["id"]: d["name"] for d in dims}
    summary = strengths_and_growth_text(
        tr, [names[d] for d in document["strengths"]], [names[d] for d in document["growth"]]
    )
    if not summary:  # no step scored yet
        return
    image_h = render(summary, BODY, palette.INK, bold=True, width=width - 40).get_height()
    sheet.room(image_h + 24)
    band = pygame.Rect(MARGIN, sheet.y, width, image_h + 24)
    pygame.draw.rect(sheet.page, palette.ACCENT_SOFT, band, border_radius=10)
    sheet.text(summary, BODY, bold=True, x=MARGIN + 20, width=width - 40, at=band.y + 12)
    sheet.y = band.bottom + 24


def _plan(sheet: Sheet, document: dict, tr: Translator) -> None:
    sheet.room(200)
    sheet.text(tr("plan.heading"), 38, bold=True)
    width = PAGE[0] - 2 * MARGIN - 16
    for name in SECTIONS:
        lines = ["• " + line for line in document["plan"][name]]
        heights = [render(tr(f"plan.{name}"), HEADING, palette.INK, bold=True).get_height()]
        heights += [render(line, BODY, palette.INK, width=width).get_height() for line in lines]
        whole = sum(heights) + 6 * len(heights)
        # A section stays on one page when a page can hold it (the first step's when and where
        # with its action); a longer one keeps at least its heading with its first line.
        if whole <= sheet.bottom - MARGIN:
            sheet.room(whole)
        else:
            sheet.room(heights[0] + heights[1] + 6)
        sheet.text(tr(f"plan.{name}"), HEADING, palette.ACCENT_DARK, bold=True, gap=6)
        for line in lines:
            sheet.text(line, BODY, x=MARGIN + 16, width=width, gap=6)
        sheet.y += 14


def _notes(sheet: Sheet, tr: Translator) -> None:
    """Room to write by hand at the meeting with the counsellor: a heading and ruled lines."""
    heading = render(tr("export.notes"), HEADING, palette.INK, bold=True)
    sheet.room(heading.get_height() + 40 + NOTES_LINES * NOTES_LINE_GAP)
    sheet.text(tr("export.notes"), HEADING, palette.ACCENT_DARK, bold=True, gap=4)
    sheet.text(tr("export.notes_hint"), SMALL, palette.MUTED)
    for _ in range(NOTES_LINES):
        sheet.y += NOTES_LINE_GAP
        pygame.draw.line(
            sheet.page, palette.BORDER, (MARGIN, sheet.y), (PAGE[0] - MARGIN, sheet.y), width=2
        )


def render_pages(content: GameContent, document: dict[str, Any]) -> list[bytes]:
    """Each page as PNG bytes."""
    found = []
    for page in draw_pages(content, document).pages:
        buffer = io.BytesIO()
        pygame.image.save(page, buffer, "page.png")
        found.append(buffer.getvalue())
    return found
