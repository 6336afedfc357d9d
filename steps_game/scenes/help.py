"""Workshop mode's help (F1): the set's plan and where the room is in it, the facilitator's keys
and what is and is not stored.

Each key stands beside what it does, each row as tall as its words; when the rows do not all fit
(large text), the list scrolls row by row (see scenes/scroller.py)."""

from __future__ import annotations

import pygame

from steps_game import group_texts
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_H, SCREEN_W
from steps_game.scenes.scroller import BAR_W, Scroller, ScrollingList, hint_height, place_hint
from steps_game.scenes.sizing import (
    EDGE,
    GAP,
    PAD,
    centered_panel,
    heading_height,
    panel_heading,
    place_row,
    row_height,
)
from steps_game.scenes.timer_corner import KeepsTimerCorner, heading_rect, heading_room, tall_enough
from steps_game.ui import palette
from steps_game.ui.text import role_size, text_height, text_size

HEADING_SIZE = 30
KEY_SIZE = 20
TEXT_SIZE = 20
PRIVACY_SIZE = 18
ROW_GAP = 3  # rows close: the note and all ten keys fit in workshop mode
KEY_GAP = 24  # between a key's name and what it does


class HelpScene(KeepsTimerCorner, ScrollingList, Scene):
    overlay = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.preferred_focus = "close"
        self.scroller = Scroller()
        self.track = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        from steps_game.workshop import KEYS

        tr, ui = self.tr, self.ui
        width = SCREEN_W - 2 * EDGE - 2 * PAD
        list_w = width - 3 * BAR_W
        size = role_size(KEY_SIZE, "body")
        key_w = max(text_size(name, size, True)[0] for _, name, _ in KEYS) + KEY_GAP
        plan = self.plan_rows(list_w)
        if plan:
            key_w = max(key_w, *(text_size(row[0], size, True)[0] + KEY_GAP for row in plan))
        rows = []  # (key name or minutes, what it does or the step, height, how it is drawn)
        for name, text, style in plan:
            rows.append((name, text, self.row_height(name, text, style, key_w, list_w), style))
        # that nothing is saved, over the keys: under them, a tenth key (a clicker's Page Up
        # and Page Down) put it out of view on the title at 1280x720
        privacy = tr("workshop.privacy")
        rows.append(("", privacy, self.row_height("", privacy, "note", key_w, list_w), "note"))
        for _, name, key in KEYS:
            rows.append(
                (name, tr(key), self.row_height(name, tr(key), "row", key_w, list_w), "row")
            )
        heading = tr("workshop.help_heading")
        beside = heading_room(self.app, center=True)  # the heading keeps clear of the timer
        heading_h = tall_enough(self.app, heading_height(heading, HEADING_SIZE, width - beside))
        buttons = [("close", tr("workshop.close"), self.app.pop)]
        buttons_h = row_height(buttons, width)
        hint = tr("plan.scroll_hint")
        hint_h = hint_height(hint, buttons, width)
        fixed = 2 * PAD + heading_h + 2 * GAP + buttons_h
        heights = [row[2] for row in rows]
        self.scroller.lay_out(heights, SCREEN_H - 2 * EDGE - fixed, ROW_GAP)
        if self.scroller.scrolls:
            fixed += hint_h
            self.scroller.lay_out(heights, SCREEN_H - 2 * EDGE - fixed, ROW_GAP)
            list_h = self.scroller.room
        else:
            list_h = self.scroller.height()
        panel = centered_panel(ui, SCREEN_W - 2 * EDGE, fixed + list_h)
        inner = panel.inflate(-2 * PAD, -2 * PAD)
        self.timer_inner = inner  # the timer (F6) in its top corner
        box = heading_rect(self.app, inner, heading_h, center=True)
        panel_heading(ui, heading, box, heading_h, HEADING_SIZE)
        top = inner.y + heading_h + GAP
        self.track = ui.place(pygame.Rect(inner.right - BAR_W, top, BAR_W, list_h))
        y = top
        for index in self.scroller.shown():
            name, text, height, style = rows[index]
            if style in ("row", "now-row"):
                now = style == "now-row"  # the room's step stands out, bold and coloured
                color = palette.ACCENT_DARK if now else palette.INK
                ui.text(name, pygame.Rect(inner.x, y, key_w - KEY_GAP, height), bold=True)
                box = pygame.Rect(inner.x + key_w, y, list_w - key_w, height)
                ui.text(text, box, bold=now, color=color)
            elif style == "heading":
                box = pygame.Rect(inner.x, y, list_w, height)
                ui.text(text, box, size=TEXT_SIZE, bold=True, color=palette.ACCENT_DARK)
            else:  # a note (the privacy note, where the room is) across the whole width
                box = pygame.Rect(inner.x, y, list_w, height)
                ui.text(text, box, size=PRIVACY_SIZE, color=palette.ACCENT_DARK, role="secondary")
            y += height + ROW_GAP
        bottom = inner.bottom - buttons_h
        if self.scroller.scrolls:
            place_hint(ui, hint, buttons, pygame.Rect(inner.x, bottom, inner.width, buttons_h))
        place_row(ui, buttons, bottom, inner.x, inner.right)

    def plan_rows(self, list_w: int) -> list[tuple[str, str, str]]:
        """The set's plan: its name, each step with its minutes (the room's step marked) and
        where the room is; nothing before the facilitator has picked a set."""
        workshop = self.app.workshop
        if workshop is None or workshop.chosen_set is None:
            return []
        tr, plan = self.tr, workshop.plan
        step = workshop.current_step()
        rows = [("", f"{tr('workshop_sets.plan_heading')}: {workshop.set_label(plan)}", "heading")]
        for part in plan.steps:
            title = tr.pick(group_texts.title(self.app.content.level(part.step), workshop=True))
            rows.append(
                (
                    tr("workshop_sets.plan_minutes", minutes=part.minutes),
                    tr("workshop_sets.plan_step", step=part.step, title=title),
                    "now-row" if part.step == step else "row",
                )
            )
        closing = workshop.at_closing()
        if plan.closing_minutes:  # what our group thought, after the last step
            rows.append(
                (
                    tr("workshop_sets.plan_minutes", minutes=plan.closing_minutes),
                    tr("group.heading"),
                    "now-row" if closing else "row",
                )
            )
        if step is not None and plan.minutes_for(step) is not None:
            before = plan.minutes_before(step)
            left = plan.total_minutes - before
            rows.append(("", tr("workshop_sets.plan_now", step=step, left=left), "note"))
        elif closing:
            before = plan.total_minutes - plan.closing_minutes
            left = plan.closing_minutes
            rows.append(("", tr("workshop_sets.plan_now_closing", left=left), "note"))
        else:
            return rows
        # the step's timer starts afresh at each step: how late the room runs is said here
        behind = workshop.timer.behind(before)
        # (time in hand at the end is said by no line: nothing is left to spend it on)
        ahead = 0 if behind or closing else workshop.timer.ahead(before)
        if behind:
            rows.append(("", tr("workshop_sets.plan_behind", minutes=behind), "note"))
        elif ahead:
            rows.append(("", tr("workshop_sets.plan_ahead", minutes=ahead), "note"))
        return rows

    @staticmethod
    def row_height(name: str, text: str, style: str, key_w: int, list_w: int) -> int:
        if style == "heading":
            return text_height(text, TEXT_SIZE, list_w, bold=True)
        if style == "note":
            return text_height(text, PRIVACY_SIZE, list_w, role="secondary")
        text_h = text_height(text, TEXT_SIZE, list_w - key_w, bold=style == "now-row")
        return max(text_h, text_height(name, KEY_SIZE, key_w, bold=True))

    def on_back(self) -> bool:
        self.app.pop()
        return True
