"""Step 7 once its weeks are played: the rhythm of contact, person by person and week by week
(a part of the view, kept in a module of its own)."""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.measure import stack_pages
from steps_game.ui.text import line_height, number_text, role_size, text_height, text_size

CELL = 30
GRID_TEXT = 16  # the grid's names, warmth and week numbers (secondary)
COLUMN_GAP = 28


class RhythmPanel:
    """KeepWarmView's last screen."""

    def _rhythm(self, ui: ViewBuilder, area: pygame.Rect, *, warmth: bool = False) -> None:
        """The weeks played, person by person: a tick for each week with contact. `warmth`:
        a stacked board, where the grid stands in place of the people's cards with each one's
        warmth at the end in words beside their name (at 200 % the cards took three pages of
        their own before it, and the names stood 480 px from their ticks, sixth Arabic
        play-test), first, as the instruction over it says to look at it, then what it
        means; the heading, which says again what the instruction says, is left out there,
        and so are the news noticed, which the score says one key later (twentieth Arabic
        200 % play-test: "News you noticed: 4 of 4" read on both)."""
        model, tr, cfg = self.model, self.tr, self.model.config
        y = area.y
        if warmth:  # the grid first, what it says after it
            y = self._grid(ui, area, y, warmth) + 8
            self._flow(ui, area, y=y, text=tr.pick(cfg.end_summary), size=18)
            return
        noticed = len(model.result().choices["noticed_news"])
        news = self._t("news_noticed", noticed=noticed, total=len(model.news_items))
        heading = self._t("done_heading", weeks=cfg.weeks)
        y = self._flow(ui, area, y=y, text=heading, size=22, bold=True)
        y = self._flow(ui, area, y=y, text=tr.pick(cfg.end_summary), size=18)
        y = self._flow(ui, area, y=y, text=news, size=18, bold=True) + 6
        self._grid(ui, area, y, warmth)

    def _grid(self, ui: ViewBuilder, area: pygame.Rect, y: int, warmth: bool) -> int:
        """The grid of the weeks from `y`; returns the y below it."""
        model, tr, cfg = self.model, self.tr, self.model.config
        px = role_size(GRID_TEXT, "secondary")
        cell = max(CELL, line_height(px, bold=True) + 4)
        grid_w = cfg.weeks * (cell + 6) - 6
        ties = model.relationships
        roles = [tr.pick(tie.role) for tie in ties]
        end = model.warmth()
        warmths = [self.warmth_text(end[tie.id]) for tie in ties] if warmth else []
        warmth_w = max((text_size(w, px, bold=True)[0] for w in warmths), default=0)
        beside = warmth_w + COLUMN_GAP if warmth else 0
        # the names as wide as the widest (wrapped only where the room is short), the ticks
        # right after them in reading order: not at the panel's far end
        role_w = min(
            area.width - grid_w - COLUMN_GAP - beside, max(text_size(r, px)[0] for r in roles) + 4
        )
        grid_x = area.x + role_w + COLUMN_GAP + beside
        head_h = line_height(px, bold=True)
        # each row as tall as its name (one wrapped name made every row two lines tall)
        rows = [
            max(cell + 6, text_height(r, GRID_TEXT, role_w, role="secondary") + 4) for r in roles
        ]
        # On a paged board the grid is one piece where a page holds it, else it starts a page
        # and goes on over as many as it needs, each with its weeks' numbers: its first row
        # stood alone on the page before the others, under numbers they had lost (third
        # Arabic play-test), and the rows on the last page of two had none (Finnish, 200 %).
        room = getattr(ui, "page_room", None)
        whole = head_h + 4 + sum(rows)
        if room and whole > room and whole - 4 * len(rows) <= room:
            rows = [h - 4 for h in rows]  # the rows closer together: the grid whole on a page
            whole -= 4 * len(rows)
        pieces = stack_pages(rows, 0, (room or whole) - head_h - 4, 0)  # (rows touch)
        if room and len(pieces) == 1:
            ui.place(pygame.Rect(area.x, y, area.width, whole))
        rhythm = model.rhythm()
        line = {"size": GRID_TEXT, "middle": True, "role": "secondary"}
        # "Week" just before the numbers: the columns headed "1" and "2" alone were not read as
        # weeks (forty-second and forty-seventh Arabic runs)
        label = self._t("grid_weeks")
        label_w = text_size(label, px, bold=True)[0] + 4
        for piece in pieces:
            if len(pieces) > 1:
                ui.page_break(y)
            if label_w <= grid_x - COLUMN_GAP - area.x:
                at = pygame.Rect(grid_x - COLUMN_GAP - label_w, y, label_w, head_h)
                ui.text(label, at, size=GRID_TEXT, bold=True, color=palette.MUTED, role="secondary")
            for week in range(cfg.weeks):
                x = grid_x + week * (cell + 6)
                ui.text(
                    number_text(week + 1),
                    pygame.Rect(x, y, cell, head_h),
                    size=GRID_TEXT,
                    bold=True,
                    color=palette.MUTED,
                    center=True,
                    role="secondary",
                )
            y += head_h + 4
            for index in piece:
                row_h = rows[index]
                ui.text(roles[index], pygame.Rect(area.x, y, role_w, row_h - 4), **line)
                if warmth:
                    box = pygame.Rect(area.x + role_w + COLUMN_GAP, y, warmth_w, row_h - 4)
                    ui.text(warmths[index], box, bold=True, **line)
                for week, action in enumerate(rhythm[ties[index].id]):
                    square = pygame.Rect(
                        grid_x + week * (cell + 6), y + (row_h - cell) // 2, cell, cell
                    )
                    self._cells.append((ui.place(square), action is not None))
                y += row_h
        return y
