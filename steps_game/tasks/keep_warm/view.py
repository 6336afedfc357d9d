"""Step 7 on screen: the people on the left, the chosen person's week on the right.

Each person's row shows their warmth as a word, a number and a bar (never colour alone), and what
this week's plan will do to it. Choosing a person opens their card on the right: their news, and
the ways to keep in touch with the energy each costs. "Next week" ends the week; there is no
timer. When the last week is done, the right side shows the upkeep rhythm that was played.
"""

from __future__ import annotations

import pygame

from steps_game.tasks.keep_warm.model import KeepWarmModel, Tie
from steps_game.tasks.view import TaskView
from steps_game.ui import palette
from steps_game.ui.builder import BUTTON_HEIGHT, ViewBuilder, button_width
from steps_game.ui.cards import draw_check

LEFT_W = 640  # the people column; the person's card fills the rest
GAP = 16
ROW_GAP = 9
CARD_W = 340
SEGMENT_W = 28
SEGMENT_GAP = 4
PIP = 18
CELL = 30
PEOPLE, OPTIONS = "people", "options"  # the two boards, each with its keys (keys_people ...)


class KeepWarmView(TaskView[KeepWarmModel]):
    def __init__(self, host, model: KeepWarmModel) -> None:
        super().__init__(host, model)
        self.selected = model.relationships[0].id
        # What draw() draws, on screen: the warmth bars' segments (filled or not), the energy
        # pips (full or not) and the rhythm's cells (contacted or not).
        self._segments: list[tuple[pygame.Rect, bool]] = []
        self._pips: list[tuple[pygame.Rect, bool]] = []
        self._cells: list[tuple[pygame.Rect, bool]] = []

    # -- words ---------------------------------------------------------------------------
    def _t(self, key: str, **params: object) -> str:
        return self.tr(f"task.keep_warm.{key}", **params)

    def instruction(self) -> str:
        model, cfg = self.model, self.model.config
        if model.finished:
            return self.tr.pick(cfg.finished_instruction)
        return self.tr.pick(cfg.instruction, week=model.week + 1, weeks=cfg.weeks)

    def warmth_text(self, value: int) -> str:
        word = self.tr.pick(self.model.word(value))
        return self._t("warmth", word=word, value=value, max=self.model.config.warmth_max)

    def plan_text(self, tie: Tie) -> str:
        """What this week will do to a person, or at the end how often they were contacted."""
        model, cfg = self.model, self.model.config
        if model.finished:
            count = sum(1 for action in model.rhythm()[tie.id] if action is not None)
            return self._t("contacts", count=count, weeks=cfg.weeks)
        after = model.preview(tie.id)
        chosen = model.chosen(tie.id)
        if chosen is None:
            key = "cools" if after < model.warmth()[tie.id] else "stays"
            return self._t(key, value=after)
        action = self.tr.pick(chosen.label)
        if model.noticed_now(tie.id) and cfg.news_bonus:
            return self._t("plan_bonus", action=action, value=after, bonus=cfg.news_bonus)
        return self._t("plan", action=action, value=after)

    def recap_text(self) -> str:
        model = self.model
        if not model.finished and model.energy_left == 0:
            return self._t("energy_out")
        if model.week == 0:
            return ""
        last = model.records()[-1]
        return self._t("recap", contacted=len(last.contacted), cooled=len(last.cooled))

    # -- building ------------------------------------------------------------------------
    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        inner = area.inflate(-40, 0)  # the same side margins as the header and footer
        self._segments, self._pips, self._cells = [], [], []
        left = pygame.Rect(inner.x, inner.y, LEFT_W, inner.height)
        right = pygame.Rect(left.right + GAP, inner.y, inner.right - left.right - GAP, inner.height)
        # Built in Tab order: the people, the chosen person's options, then "Next week".
        with ui.ring.board(PEOPLE):
            self._people(ui, left)
        ui.panel(right, palette.PANEL)
        if self.model.finished:
            self._rhythm(ui, right.inflate(-32, -24))
        else:
            self._person(ui, right.inflate(-32, -24))

    def keys_hint(self, board: str | None) -> str:
        if board in (PEOPLE, OPTIONS):
            return self._t(f"keys_{board}")
        return super().keys_hint(board)

    def _people(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        model, tr = self.model, self.tr
        warmth = model.warmth()
        count = len(model.relationships)
        row_h = (area.height - ROW_GAP * (count - 1)) // count
        for index, tie in enumerate(model.relationships):
            y = area.y + index * (row_h + ROW_GAP)
            card = pygame.Rect(area.x, y, CARD_W, row_h)
            news = None if model.finished else model.news_for(tie.id)
            ui.card(
                f"tie:{tie.id}",
                tr.pick(tie.role),
                card,
                None if model.finished else (lambda tid=tie.id: self.select(tid)),
                selected=not model.finished and tie.id == self.selected,
                badge=self._t("news_badge") if news is not None else "",
                text_size=20,
                on_move=None if model.finished else self._to_options,
            )
            meter = pygame.Rect(card.right + 14, y, area.right - card.right - 14, row_h)
            bar_w = model.config.warmth_max * (SEGMENT_W + SEGMENT_GAP) - SEGMENT_GAP
            bar = pygame.Rect(meter.right - bar_w, y + 12, bar_w, 16)
            ui.text(
                self.warmth_text(warmth[tie.id]),
                pygame.Rect(meter.x, y + 6, meter.width - bar_w - 10, 28),
                size=19,
                bold=True,
            )
            for segment in range(model.config.warmth_max):
                rect = pygame.Rect(
                    bar.x + segment * (SEGMENT_W + SEGMENT_GAP), bar.y, SEGMENT_W, bar.height
                )
                self._segments.append((ui.place(rect), segment < warmth[tie.id]))
            ui.text(
                self.plan_text(tie),
                pygame.Rect(meter.x, y + 36, meter.width, row_h - 36),
                size=17,
                color=palette.MUTED,
            )
        if not model.finished:
            self.host.preferred_focus = f"tie:{self.selected}"

    def _person(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        model, tr, cfg = self.model, self.tr, self.model.config
        tie = model.relationship(self.selected)
        ui.text(tr.pick(tie.role), pygame.Rect(area.x, area.y, area.width, 30), size=22, bold=True)
        ui.text(
            tr.pick(tie.context),
            pygame.Rect(area.x, area.y + 32, area.width, 44),
            size=18,
            color=palette.MUTED,
        )
        news = model.news_for(tie.id)
        box = pygame.Rect(area.x, area.y + 80, area.width, 56)
        if news is not None:
            ui.panel(box.inflate(12, 6), palette.ACCENT_SOFT)
            ui.text(
                self._t("news", text=tr.pick(model.news_text(news))),
                box,
                size=18,
                bold=True,
                middle=True,
            )
        else:
            ui.text(self._t("no_news"), box, size=18, color=palette.MUTED, middle=True)
        for index in range(cfg.energy_per_week):
            pip = pygame.Rect(area.x + index * (PIP + 6), area.y + 148, PIP, PIP)
            self._pips.append((ui.place(pip), index < model.energy_left))
        pips_w = cfg.energy_per_week * (PIP + 6) + 4
        ui.text(
            self._t("energy_left", left=model.energy_left, total=cfg.energy_per_week),
            pygame.Rect(area.x + pips_w, area.y + 144, area.width - pips_w, 26),
            size=18,
            bold=True,
        )
        bottom = area.bottom - BUTTON_HEIGHT
        with ui.ring.board(OPTIONS):
            self._options(
                ui, tie, pygame.Rect(area.x, area.y + 178, area.width, bottom - 54 - area.y - 178)
            )
        chosen = model.chosen(tie.id)
        if chosen is not None:
            words = tr.pick(chosen.effect)
            if model.noticed_now(tie.id) and cfg.news_bonus:
                words += " " + self._t("bonus", bonus=cfg.news_bonus)
            ui.text(words, pygame.Rect(area.x, bottom - 50, area.width, 46), size=17)
        last = model.week == cfg.weeks - 1
        label = self._t("last_week") if last else self._t("next_week")
        width = button_width(label)
        ui.button(
            "next-week",
            label,
            pygame.Rect(area.right - width, bottom, width, BUTTON_HEIGHT),
            lambda: self.act(model.next_week),
            secondary=model.energy_left > 0,
        )
        ui.text(
            self.recap_text(),
            pygame.Rect(area.x, bottom, area.width - width - 12, BUTTON_HEIGHT),
            size=16,
            color=palette.MUTED,
            middle=True,
        )

    def _options(self, ui: ViewBuilder, tie: Tie, area: pygame.Rect) -> None:
        model, tr = self.model, self.tr
        chosen = model.chosen(tie.id)
        options = [
            (action.id, self._t("action", label=tr.pick(action.label), energy=action.energy))
            for action in model.offered(tie.id)
        ]
        options.append(("none", self._t("no_contact")))
        columns = 2 if len(options) <= 6 else 3
        rows = (len(options) + columns - 1) // columns
        gap = 8
        width = (area.width - gap) // columns
        height = min(50, (area.height - gap * (rows - 1)) // rows)
        for index, (action_id, text) in enumerate(options):
            column, row = index % columns, index // columns
            rect = pygame.Rect(
                area.x + column * (width + gap), area.y + row * (height + gap), width, height
            )
            if action_id == "none":
                on = chosen is None
                handler = lambda tid=tie.id: self._choose(tid, None)  # noqa: E731
                usable = True
            else:
                on = chosen is not None and chosen.id == action_id
                usable = on or model.can_choose(tie.id, action_id)
                handler = lambda tid=tie.id, aid=action_id: self._choose(tid, aid)  # noqa: E731
            ui.card(
                f"action:{action_id}",
                text,
                rect,
                handler if usable else None,
                selected=on,
                dimmed=not usable,
                text_size=18,
            )

    def _rhythm(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        """The weeks played, person by person: a tick for each week with contact."""
        model, tr, cfg = self.model, self.tr, self.model.config
        ui.text(
            self._t("done_heading", weeks=cfg.weeks),
            pygame.Rect(area.x, area.y, area.width, 30),
            size=22,
            bold=True,
        )
        ui.text(tr.pick(cfg.end_summary), pygame.Rect(area.x, area.y + 34, area.width, 72), size=18)
        noticed = len(model.result().choices["noticed_news"])
        ui.text(
            self._t("news_noticed", noticed=noticed, total=len(model.news_items)),
            pygame.Rect(area.x, area.y + 112, area.width, 26),
            size=18,
            bold=True,
        )
        grid_w = cfg.weeks * (CELL + 6) - 6
        role_w = area.width - grid_w - 12
        top = area.y + 150
        for week in range(cfg.weeks):
            x = area.right - grid_w + week * (CELL + 6)
            ui.text(
                str(week + 1),
                pygame.Rect(x, top, CELL, 24),
                size=16,
                bold=True,
                color=palette.MUTED,
                center=True,
            )
        rhythm = model.rhythm()
        row_h = min(44, (area.bottom - top - 28) // len(model.relationships))
        for index, tie in enumerate(model.relationships):
            y = top + 28 + index * row_h
            ui.text(
                tr.pick(tie.role), pygame.Rect(area.x, y, role_w, row_h - 4), size=16, middle=True
            )
            for week, action in enumerate(rhythm[tie.id]):
                cell = pygame.Rect(
                    area.right - grid_w + week * (CELL + 6), y + (row_h - CELL) // 2, CELL, CELL
                )
                self._cells.append((ui.place(cell), action is not None))

    # -- acting --------------------------------------------------------------------------
    def select(self, tie_id: str) -> None:
        """Open a person's card; choosing whom to look at is not a change to undo. The focus
        goes where the choice is made: the card's options, the chosen one first."""
        self.selected = tie_id
        self.host.rebuild()
        chosen = self.model.chosen(tie_id)
        self.host.ring.focus(f"action:{chosen.id if chosen else 'none'}")

    def _choose(self, tie_id: str, action_id: str | None) -> None:
        """Choose how to keep in touch (None: no contact); the focus goes on to the next person,
        or to the next week once the week's energy is used or everyone has been seen to."""
        model = self.model
        if action_id is None:
            self.act(lambda: model.clear(tie_id))
        else:
            self.act(lambda: model.choose(tie_id, action_id))
        ids = [tie.id for tie in model.relationships]
        rest = ids[ids.index(tie_id) + 1 :]
        if model.energy_left == 0 or not rest:
            self.host.ring.focus("next-week")
        else:
            self.host.ring.focus(f"tie:{rest[0]}")

    def _to_options(self, dx: int, dy: int) -> bool:
        """The arrow towards the person's card (right; left when the board is mirrored) on a
        person: on to the open card's options (the chosen one first)."""
        if self.host.ui.layout_dx(dx) != 1:
            return False
        chosen = self.model.chosen(self.selected)
        return self.host.ring.focus(f"action:{chosen.id if chosen else 'none'}")

    # -- drawing -------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        for segment, filled in self._segments:
            if filled:
                pygame.draw.rect(surface, palette.ACCENT, segment, border_radius=4)
            else:
                pygame.draw.rect(surface, palette.PANEL, segment, border_radius=4)
                pygame.draw.rect(surface, palette.BORDER, segment, width=2, border_radius=4)
        for pip, full in self._pips:
            if full:
                pygame.draw.circle(surface, palette.ACCENT, pip.center, pip.width // 2)
            else:
                pygame.draw.circle(surface, palette.BORDER, pip.center, pip.width // 2, width=2)
        for cell, contacted in self._cells:
            if contacted:
                pygame.draw.rect(surface, palette.ACCENT_SOFT, cell, border_radius=6)
                pygame.draw.rect(surface, palette.ACCENT, cell, width=2, border_radius=6)
                draw_check(surface, cell.center, 16, palette.ACCENT_DARK)
            else:
                pygame.draw.rect(surface, palette.BORDER, cell, width=2, border_radius=6)
