"""Choosing one's field at the start: some steps adapt their cards and advice to it."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y, header
from steps_game.scenes.scroller import TurnsPages
from steps_game.ui.builder import TICK_ROOM, button_height
from steps_game.ui.flow import Pager
from steps_game.ui.text import text_height

GAP = 20  # between the fields' buttons


def option_height(name: str, width: int) -> int:
    """How tall a button of one choice is for its words at the option size (never shrunk): a
    field's here, a way's (way.py)."""
    return max(button_height(), text_height(name, 22, width - 2 * TICK_ROOM, role="option") + 16)


@dataclass(frozen=True)
class FieldLayout:
    columns: int
    width: int
    gap: int
    heights: tuple[int, ...]  # each field's button's height at `width`
    pages: list[list[list[int]]]  # pages of rows of field indices
    even: bool = False  # every row as tall as the tallest (the designed look)

    def row_height(self, row: list[int]) -> int:
        return max(self.heights) if self.even else max(self.heights[i] for i in row)


def _paged(heights: list[int], columns: int, room: int, gap: int) -> list[list[list[int]]]:
    """The fields in rows of `columns`, as many rows a page as fit `room` (at least one)."""
    rows = [list(range(i, min(i + columns, len(heights)))) for i in range(0, len(heights), columns)]
    pages: list[list[list[int]]] = [[]]
    used = 0
    for row in rows:
        height = max(heights[i] for i in row)
        if pages[-1] and used + gap + height > room:
            pages.append([])
            used = 0
        used += (gap if pages[-1] else 0) + height
        pages[-1].append(row)
    return pages


def _worse(layout: FieldLayout, other: FieldLayout) -> bool:
    """Whether `other` pages the fields better: fewer pages, then no page nearly empty."""

    def key(candidate: FieldLayout) -> tuple[int, int]:
        least = min(sum(len(row) for row in page) for page in candidate.pages)
        return (len(candidate.pages), -least)

    return key(other) < key(layout)


def field_layout(names: list[str], room: int) -> FieldLayout:
    """Two columns (or three narrower ones), indented, when all the names fit the room; else
    across the screen, closer together, in the columns that need the fewest pages and leave
    no page nearly empty (two before one), each row as tall as its longest name."""
    tries = [(2, 40, GAP), (3, 40, GAP), (2, 0, GAP - 6), (1, 0, GAP - 6)]
    best: FieldLayout | None = None
    for columns, indent, gap in tries:
        width = (SCREEN_W - 2 * MARGIN - 2 * indent - gap * (columns - 1)) // columns
        heights = [option_height(name, width) for name in names]
        even = indent > 0 and columns == 2
        pages = _paged([max(heights)] * len(heights) if even else heights, columns, room, gap)
        layout = FieldLayout(columns, width, gap, tuple(heights), pages, even)
        if len(pages) == 1:
            return layout
        if indent == 0 and (best is None or _worse(best, layout)):
            best = layout
    assert best is not None
    return best


class FieldScene(TurnsPages, Scene):
    menu_button = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.chosen: str | None = None
        self.pager = Pager()

    def build(self) -> None:
        tr = self.tr
        top = header(self.ui, tr("game.name"), tr("field.heading"), right=self.header_right)
        explain = tr("field.explain")
        width = SCREEN_W - 2 * MARGIN
        explain_h = text_height(explain, 22, width)
        self.ui.text(explain, pygame.Rect(MARGIN, top + 8, width, explain_h), size=22)
        fields = self.app.content.profile.fields
        names = [tr.pick(choice.name) for choice in fields]
        top += explain_h + 24
        room = footer_y() - 16 - top
        layout = field_layout(names, room)
        more_y = self.turner_y(footer_y(), width, [tr("field.continue")])
        if len(layout.pages) > 1 and more_y != footer_y():  # the turner's row above
            layout = field_layout(names, more_y - 16 - top)
        pages = layout.pages
        shown = pages[self.pager.settle(len(pages))]
        if len(pages) > 1:
            # larger words than the screen holds at once: the fields page by page, turned by
            # the button at the footer's other end (and the wheel, Page Up and Page Down)
            more = [("more-fields", self.pager.label(tr), self.turn, {"secondary": True})]
            self.ui.button_row(more, more_y, align="left", left=MARGIN)
        width, gap = layout.width, layout.gap
        left = (SCREEN_W - layout.columns * width - (layout.columns - 1) * gap) // 2
        y = top
        for row in shown:
            height = layout.row_height(row)
            for column, index in enumerate(row):
                choice = fields[index]
                self.ui.button(
                    f"field:{choice.id}",
                    names[index],
                    pygame.Rect(left + column * (width + gap), y, width, height),
                    lambda fid=choice.id: self.choose(fid),
                    secondary=choice.id != self.chosen,
                    selected=choice.id == self.chosen,
                )
            y += height + gap
        self.ui.button_row(
            [("continue", tr("field.continue"), self.go_on, {"enabled": self.chosen is not None})],
            footer_y(),
        )

    def choose(self, field_id: str) -> None:
        self.chosen = field_id
        self.rebuild()
        self.ring.focus("continue")  # the next thing a keyboard player wants

    def go_on(self) -> None:
        from steps_game.scenes.intro import IntroScene
        from steps_game.scenes.way import WayScene, has_short_way

        if has_short_way(self.app.content):  # the short way or the whole way first
            self.app.push(WayScene(self.app, self.chosen))
            return
        self.app.session.new(self.chosen)
        self.app.replace(IntroScene(self.app, 1))

    def on_back(self) -> bool:
        self.app.pop()
        return True
