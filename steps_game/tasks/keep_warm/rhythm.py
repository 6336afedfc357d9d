"""Step 7 once its weeks are played: the rhythm of contact, person by person and week by week
(a part of the view, kept in a module of its own)."""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.text import line_height, number_text, role_size, text_height

CELL = 30


class RhythmPanel:
    """KeepWarmView's last screen."""

    def _rhythm(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        """The weeks played, person by person: a tick for each week with contact."""
        model, tr, cfg = self.model, self.tr, self.model.config
        y = self._flow(
            ui, area, y=area.y, text=self._t("done_heading", weeks=cfg.weeks), size=22, bold=True
        )
        y = self._flow(ui, area, y=y, text=tr.pick(cfg.end_summary), size=18)
        noticed = len(model.result().choices["noticed_news"])
        words = self._t("news_noticed", noticed=noticed, total=len(model.news_items))
        y = self._flow(ui, area, y=y, text=words, size=18, bold=True) + 6
        cell = max(CELL, line_height(role_size(16, "secondary"), bold=True) + 4)
        grid_w = cfg.weeks * (cell + 6) - 6
        role_w = area.width - grid_w - 12
        head_h = line_height(role_size(16, "secondary"), bold=True)
        for week in range(cfg.weeks):
            x = area.right - grid_w + week * (cell + 6)
            ui.text(
                number_text(week + 1),
                pygame.Rect(x, y, cell, head_h),
                size=16,
                bold=True,
                color=palette.MUTED,
                center=True,
                role="secondary",
            )
        rhythm = model.rhythm()
        roles = [tr.pick(tie.role) for tie in model.relationships]
        row_h = max(cell + 6, *(text_height(r, 16, role_w, role="secondary") + 4 for r in roles))
        # On a paged board the grid is one piece where a page holds it, else it starts a page
        # with its weeks' numbers: its first row stood alone on the page before the others,
        # under numbers they had lost (third Arabic play-test).
        room = getattr(ui, "page_room", None)
        grid = pygame.Rect(area.x, y, area.width, head_h + 4 + len(roles) * row_h)
        if room and grid.height > room and grid.height - 4 * len(roles) <= room:
            row_h -= 4  # the rows closer together: the grid whole on one page
            grid.height -= 4 * len(roles)
        if room and grid.height <= room:
            ui.place(grid)
        elif room:
            ui.page_break(y)
        for index, tie in enumerate(model.relationships):
            top = y + head_h + 4 + index * row_h
            ui.text(
                roles[index],
                pygame.Rect(area.x, top, role_w, row_h - 4),
                size=16,
                middle=True,
                role="secondary",
            )
            for week, action in enumerate(rhythm[tie.id]):
                square = pygame.Rect(
                    area.right - grid_w + week * (cell + 6), top + (row_h - cell) // 2, cell, cell
                )
                self._cells.append((ui.place(square), action is not None))
