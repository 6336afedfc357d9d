"""A level folder that cannot be played: the same lines as `steps-game validate`, no traceback."""

from __future__ import annotations

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
from steps_game.ui.text import text_height
from steps_game.ui.text_writing import left_to_right

EXPLAIN_SIZE = 22
LINE_SIZE = 17  # a problem's line (its role's floor draws it larger)
LINE_GAP = 4
INSET = 16  # between the panel's edge and its lines
FOOTER_EDGE = 12  # between the buttons and the screen's bottom edge, as layout.footer_y


class ContentErrorScene(ScrollingList, Scene):
    def __init__(self, app, problems: tuple[str, ...], on_bundled) -> None:
        super().__init__(app)
        self.problems = problems
        self.on_bundled = on_bundled
        self.scroller = Scroller()
        self.track = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        tr, ui = self.tr, self.ui
        top = header(ui, tr("game.name"), tr("error.heading"))
        width = SCREEN_W - 2 * MARGIN
        explain = tr("error.explain")
        explain_h = text_height(explain, EXPLAIN_SIZE, width)
        ui.text(explain, pygame.Rect(MARGIN, top, width, explain_h), size=EXPLAIN_SIZE)
        buttons = [
            ("play-bundled", tr("error.play_bundled"), self.on_bundled),
            ("quit", tr("error.quit"), self.app.quit, {"secondary": True}),
        ]
        buttons_h = row_height(buttons, width)
        buttons_y = SCREEN_H - FOOTER_EDGE - buttons_h
        hint = tr("plan.scroll_hint")
        hint_h = hint_height(hint, buttons, width)
        # every one (the panel scrolls); a line names a file and a place in English, left to right
        # on a right-to-left screen too ("02_goals.toml: line 3" read "goals.toml: line 3_02")
        lines = [left_to_right(problem) for problem in self.problems]
        # The problems in a panel down to the buttons, a line at a time when they do not fit
        list_w = width - 2 * INSET - 3 * BAR_W
        texts = [
            (line, LINE_SIZE, "body", palette.INK, text_height(line, LINE_SIZE, list_w))
            for line in lines
        ]
        panel = pygame.Rect(MARGIN, top + explain_h + GAP, width, 0)
        room = buttons_y - GAP - panel.y - 2 * INSET
        heights = [text[-1] for text in texts]
        panel.height = fit_list(self.scroller, heights, room, LINE_GAP, hint_h) + 2 * INSET
        ui.panel(panel)
        box = panel.inflate(-2 * INSET, -2 * INSET)
        list_in_box(ui, self.scroller, texts, box, LINE_GAP)
        self.track = ui.place(pygame.Rect(box.right - BAR_W, box.y, BAR_W, box.height))
        if self.scroller.scrolls:
            place_hint(ui, hint, buttons, pygame.Rect(MARGIN, buttons_y, width, buttons_h))
        place_row(ui, buttons, buttons_y, MARGIN, SCREEN_W - MARGIN)

    def on_back(self) -> bool:
        return True
