"""Shown after an unexpected error instead of vanishing: what happened, where the report is."""

from __future__ import annotations

import re

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_H, SCREEN_W, header
from steps_game.scenes.scroller import (
    BAR_W,
    Scroller,
    ScrollingList,
    fit_list,
    hint_height,
    list_in_box,
    place_hint,
)
from steps_game.scenes.sizing import GAP, place_row, row_height
from steps_game.ui import palette
from steps_game.ui.text import role_size, text_height, text_size
from steps_game.ui.text_writing import left_to_right

TEXT_SIZE = 24
PARAGRAPH_GAP = 24
FOOTER_EDGE = 12  # between the buttons and the screen's bottom edge, as layout.footer_y


class CrashScene(ScrollingList, Scene):
    def __init__(self, app, report_path) -> None:
        super().__init__(app)
        self.report_path = report_path
        self.scroller = Scroller()
        self.track = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        tr, ui = self.tr, self.ui
        top = header(ui, tr("game.name"), tr("crash.heading")) + GAP
        width = SCREEN_W - 2 * MARGIN
        list_w = width - 3 * BAR_W
        paragraphs = [tr("crash.explain")]
        if self.report_path is not None:
            path = _wrapped_path(str(self.report_path), list_w)
            paragraphs.append(tr("crash.report", path=path))
        buttons = [
            ("to-title", tr("crash.to_title"), self.to_title),
            ("quit", tr("crash.quit"), self.app.quit, {"secondary": True}),
        ]
        buttons_h = row_height(buttons, width)
        buttons_y = SCREEN_H - FOOTER_EDGE - buttons_h
        hint = tr("plan.scroll_hint")
        hint_h = hint_height(hint, buttons, width)
        # The paragraphs down to the buttons, one at a time when large text needs it
        texts = [
            (p, TEXT_SIZE, "body", palette.INK, text_height(p, TEXT_SIZE, list_w))
            for p in paragraphs
        ]
        room = buttons_y - GAP - top
        heights = [text[-1] for text in texts]
        box = pygame.Rect(MARGIN, top, width, 0)
        box.height = fit_list(self.scroller, heights, room, PARAGRAPH_GAP, hint_h)
        list_in_box(ui, self.scroller, texts, box, PARAGRAPH_GAP)
        self.track = ui.place(pygame.Rect(box.right - BAR_W, box.y, BAR_W, box.height))
        if self.scroller.scrolls:
            place_hint(ui, hint, buttons, pygame.Rect(MARGIN, buttons_y, width, buttons_h))
        place_row(ui, buttons, buttons_y, MARGIN, SCREEN_W - MARGIN)

    def to_title(self) -> None:
        from steps_game.scenes.title import TitleScene

        self.app.session.load()  # what was saved last, not what was in memory when it broke
        self.app.reset_to(TitleScene(self.app))

    def on_back(self) -> bool:
        return True


def _wrapped_path(path: str, width: int) -> str:
    """The report's path with line breaks after folder separators where it is wider than
    `width`: a path has no spaces to wrap at, and right-to-left lines are wrapped only there
    (ui/reading_order.py), so a long one ran out of its box at large text."""
    size = role_size(TEXT_SIZE, "body")
    lines = [""]
    for piece in re.split(r"(?<=[/\\])", path):
        if lines[-1] and text_size(lines[-1] + piece, size)[0] > width:
            lines.append("")
        lines[-1] += piece
    # each line marked left to right: a line's slash at its end stays there (ui/text_writing.py)
    return "\n".join(left_to_right(line) for line in lines)
