"""The profile after step 7: the seven dimensions with their scores and a line of text each."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.feedback import draw_score_bar
from steps_game.scenes.layout import FOOTER_Y, MARGIN, SCREEN_W, header
from steps_game.scoring import band, dimension_scores
from steps_game.ui import palette

ROW_H = 62
ROWS_TOP = 150
NAME_W = 250
BAR_W = 220


class ProfileScene(Scene):
    def build(self) -> None:
        tr = self.tr
        content = self.app.content
        header(self.ui, tr("game.name"), tr("profile.heading"))
        self.ui.text(
            tr.pick(content.profile.intro),
            pygame.Rect(MARGIN, 104, SCREEN_W - 2 * MARGIN, 40),
            size=20,
            color=palette.MUTED,
        )
        bands = content.profile.bands
        self.scores = dimension_scores(
            [d.id for d in content.profile.dimensions], self.app.session.outcomes()
        )
        for index, item in enumerate(self.scores):
            dimension = content.dimension(item.dimension)
            y = ROWS_TOP + index * ROW_H
            self.ui.text(
                tr.pick(dimension.name),
                pygame.Rect(MARGIN, y, NAME_W, ROW_H - 8),
                size=22,
                bold=True,
                middle=True,
            )
            if item.score is None:
                line = tr("profile.not_done")
                number = "–"
            else:
                line = tr.pick(getattr(dimension, band(item.score, bands.low_max, bands.mid_max)))
                number = str(item.score)
            self.ui.text(
                number,
                pygame.Rect(MARGIN + NAME_W + BAR_W + 16, y, 60, ROW_H - 8),
                size=24,
                bold=True,
                middle=True,
            )
            text_x = MARGIN + NAME_W + BAR_W + 90
            self.ui.text(
                line,
                pygame.Rect(text_x, y, SCREEN_W - MARGIN - text_x, ROW_H - 6),
                size=18,
                middle=True,
            )
        self.ui.button_row([("to-title", tr("profile.to_title"), self.to_title)], FOOTER_Y + 4)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        for index, item in enumerate(self.scores):
            y = ROWS_TOP + index * ROW_H + (ROW_H - 8) // 2 - 9
            draw_score_bar(surface, pygame.Rect(MARGIN + NAME_W, y, BAR_W, 18), item.score or 0)

    def to_title(self) -> None:
        from steps_game.scenes.title import TitleScene

        self.app.reset_to(TitleScene(self.app))

    def on_back(self) -> bool:
        self.app.open_pause()
        return True
