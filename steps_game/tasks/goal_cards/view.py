"""Step 2 on screen: a table of goal cards, then a four-part plan with its choices beside it."""

from __future__ import annotations

import pygame

from steps_game.notebook import MAX_NOTE
from steps_game.tasks.goal_cards.model import MAX_OPTIONS, SLOTS, GoalCardsModel
from steps_game.tasks.view import TaskView
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width

GAP = 12
COLUMNS = 4
CARD_H = 100
ROW_GAP = 10
SLOT_GAP = 8
OPTION_H = 72
PLAN_W = 500  # the plan on the left in the second phase
POINTER_W = 40  # room for the arrow from the open part of the plan to its choices
WORDS_H = 34  # the player's own words under the plan, when there are some


class GoalCardsView(TaskView[GoalCardsModel]):
    def __init__(self, host, model: GoalCardsModel) -> None:
        super().__init__(host, model)
        # The open part of the plan and the arrow to its choices, on screen (drawn by draw())
        self._open_rect: pygame.Rect | None = None
        self._pointer: list[tuple[float, float]] = []

    def instruction(self) -> str:
        cfg = self.model.config
        pick = self.model.phase == "pick"
        return self.tr.pick(cfg.pick_instruction if pick else cfg.concrete_instruction)

    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        inner = area.inflate(-40, 0)  # the same side margins as the header and footer
        self._open_rect = None
        if self.model.phase == "pick":
            self._build_cards(ui, inner)
        else:
            self._build_plan(ui, inner)

    def _t(self, key: str, **params: object) -> str:
        return self.tr(f"task.goal_cards.{key}", **params)

    # -- phase 1: the goal cards ---------------------------------------------------------
    def _build_cards(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        chosen = model.state["goals"]
        ui.text(
            self._t("counter", count=len(chosen), most=model.config.most_goals),
            pygame.Rect(area.x, area.y, area.width, 28),
            size=20,
            color=palette.MUTED,
            bold=True,
        )
        goals = model.offered_goals()
        width = (area.width - GAP * (COLUMNS - 1)) // COLUMNS
        top = area.y + 32
        for index, goal in enumerate(goals):
            column, row = index % COLUMNS, index // COLUMNS
            rect = pygame.Rect(
                area.x + column * (width + GAP), top + row * (CARD_H + ROW_GAP), width, CARD_H
            )
            is_chosen = goal.id in chosen
            ui.card(
                f"goal:{goal.id}",
                tr.pick(goal.label),
                rect,
                lambda gid=goal.id: self.act(lambda: model.toggle_goal(gid)),
                selected=is_chosen,
                dimmed=not is_chosen and not model.can_choose_more(),
                badge=self._t("field_badge") if goal.fields else "",
                text_size=19,
            )
        rows = (len(goals) + COLUMNS - 1) // COLUMNS
        strip_top = top + rows * (CARD_H + ROW_GAP)

        label = self._t("to_concrete")
        next_w = button_width(label)
        next_rect = pygame.Rect(
            area.right - next_w, area.bottom - button_height(), next_w, button_height()
        )
        ui.button(
            "to-concrete",
            label,
            next_rect,
            lambda: self.act(model.make_concrete),
            enabled=bool(chosen),
        )

        strip = pygame.Rect(area.x, strip_top, next_rect.x - GAP - area.x, area.bottom - strip_top)
        last = model.last_goal()
        if last is None:
            ui.text(
                self._t("why_hint"), strip.inflate(-8, 0), size=20, color=palette.MUTED, middle=True
            )
        else:
            ui.panel(strip, palette.PANEL)
            body = strip.inflate(-24, -12)
            ui.text(
                tr.pick(last.label), pygame.Rect(body.x, body.y, body.width, 26), size=20, bold=True
            )
            ui.text(
                tr.pick(last.why),
                pygame.Rect(body.x, body.y + 28, body.width, body.height - 28),
                size=19,
            )
        first = goals[0].id if goals else "to-concrete"
        self.host.preferred_focus = f"goal:{first}"

    # -- phase 2: one goal made concrete -------------------------------------------------
    def _build_plan(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        model = self.model
        open_slot = model.slot
        back = self._t("back")
        back_rect = pygame.Rect(
            area.x, area.bottom - button_height(), button_width(back), button_height()
        )
        words = model.state["words"]
        own = self.own_words
        words_h = WORDS_H if own and words else 0
        slot_h = (back_rect.y - GAP - words_h - area.y - SLOT_GAP * (len(SLOTS) - 1)) // len(SLOTS)
        y = area.y
        for slot in SLOTS:
            rect = pygame.Rect(area.x, y, PLAN_W, slot_h)
            value = self._chosen_text(slot)
            title = self._t(f"slot.{slot}")
            shown = value or self._t("empty")
            spoken = f"{title}: {shown}" + (f" ({self._t('now')})" if slot == open_slot else "")
            ui.card(
                f"slot:{slot}",
                shown,
                rect,
                lambda s=slot: self.act(lambda: model.open_slot(s)),
                title=title,
                selected=value is not None,
                dimmed=value is None,
                label=spoken,
                text_size=21,
            )
            if slot == open_slot:
                self._open_rect = ui.place(rect)
                self._pointer = self._arrow(ui, rect, area.x + PLAN_W + POINTER_W)
            y += slot_h + SLOT_GAP
        ui.button(
            "back-to-cards", back, back_rect, lambda: self.act(model.back_to_cards), secondary=True
        )
        if own:
            self.own_words_part(
                ui,
                shown=self._t("own_words", words=words) if words else "",
                line=pygame.Rect(area.x, y, PLAN_W, words_h - 4),
                label=self._t("words"),
                button_at=(back_rect.right + GAP, back_rect.y),
                on_press=self._ask_words,
            )

        left = area.x + PLAN_W + POINTER_W
        ui.text(
            self._t(f"choose.{open_slot}"),
            pygame.Rect(left, area.y, area.right - left, 30),
            size=22,
            bold=True,
        )
        width = (area.right - left - GAP) // 2
        top = area.y + 36
        chosen = model.chosen(open_slot)
        options = self._choices(open_slot)
        for index, (option_id, text) in enumerate(options):
            column, row = index % 2, index // 2
            rect = pygame.Rect(
                left + column * (width + GAP), top + row * (OPTION_H + SLOT_GAP), width, OPTION_H
            )
            ui.card(
                f"{open_slot}:{option_id}",
                text,
                rect,
                lambda s=open_slot, o=option_id: self.act(lambda: model.choose(s, o)),
                selected=option_id == chosen,
                text_size=19,
            )
        rows = (MAX_OPTIONS + 1) // 2
        note_top = top + rows * (OPTION_H + SLOT_GAP) + 2
        noted = self._noted()
        if noted is not None:
            heading, words = noted
            note_rect = pygame.Rect(left, note_top, area.right - left, area.bottom - note_top)
            ui.panel(note_rect, palette.ACCENT_SOFT)
            body = note_rect.inflate(-24, -12)
            ui.text(heading, pygame.Rect(body.x, body.y, body.width, 26), size=20, bold=True)
            ui.text(words, pygame.Rect(body.x, body.y + 27, body.width, body.height - 27), size=19)
        if options:
            self.host.preferred_focus = f"{open_slot}:{options[0][0]}"

    def _ask_words(self) -> None:
        model = self.model
        self.ask_words(
            self._t("words_heading"),
            self._t("words_hint", most=MAX_NOTE),
            model.state["words"],
            lambda words: self.act(lambda: model.set_words(words)),
        )

    def _choices(self, slot: str) -> list[tuple[str, str]]:
        model, tr = self.model, self.tr
        if slot == "goal":
            return [(g.id, tr.pick(g.label)) for g in model.chosen_goals()]
        return [(o.id, tr.pick(o.label)) for o in model.offered(slot)]

    def _chosen_text(self, slot: str) -> str | None:
        model, tr = self.model, self.tr
        value = model.chosen(slot)
        if value is None:
            return None
        if slot == "goal":
            return tr.pick(model.goal(value).label)
        return tr.pick(model.option(slot, value).label)

    def _noted(self) -> tuple[str, str] | None:
        """The latest choice and what it means: a goal's why, an option's note."""
        model, tr = self.model, self.tr
        found = model.noted()
        if found is None:
            return None
        slot, value = found
        if slot == "goal":
            goal = model.goal(value)
            return tr.pick(goal.label), tr.pick(goal.why)
        option = model.option(slot, value)
        return tr.pick(option.label), tr.pick(option.note)

    # -- drawing -------------------------------------------------------------------------
    @staticmethod
    def _arrow(ui: ViewBuilder, rect: pygame.Rect, options_left: int) -> list[tuple[float, float]]:
        """The arrow from the open part of the plan (`rect`, laid out left to right) to the
        choices beginning at `options_left`, on screen."""
        start_x, tip_x, mid_y = rect.right + 8, options_left - 6, rect.centery
        corners = [(start_x, mid_y - 14), (tip_x, mid_y), (start_x, mid_y + 14)]
        return [ui.place_point(corner) for corner in corners]

    def draw(self, surface: pygame.Surface) -> None:
        """A ring round the open part of the plan and an arrow to its choices: not colour alone."""
        rect = self._open_rect
        if rect is None or self.model.phase != "concrete":
            return
        pygame.draw.rect(surface, palette.ACCENT, rect.inflate(10, 10), border_radius=14)
        pygame.draw.polygon(surface, palette.ACCENT, self._pointer)
