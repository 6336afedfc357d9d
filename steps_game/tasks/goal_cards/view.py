"""Step 2 on screen: a table of goal cards, then a four-part plan with its choices beside it."""

from __future__ import annotations

import pygame

from steps_game.notebook import MAX_NOTE
from steps_game.tasks.goal_cards import compact
from steps_game.tasks.goal_cards.compact import measured, slot_height
from steps_game.tasks.goal_cards.model import SLOTS, GoalCardsModel
from steps_game.tasks.goal_cards.pick import PickBoard
from steps_game.tasks.view import TaskView
from steps_game.ui import palette
from steps_game.ui.blocks import tab_over_pages
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.flow import (
    Group,
    Pager,
    Para,
    bottom_of,
    design_size,
    draw_page,
    height_of,
    px_for,
    shift,
)
from steps_game.ui.grid import card_height
from steps_game.ui.intents import Act, Intent
from steps_game.ui.text import render, role_size

GAP = 12
SLOT_GAP = 8
OPTION_GAP = 6  # between the choices beside the plan, and above the note under them
OPTION_SIZE = 19
OPTION_H = 72  # a choice's height when its words need no more
PLAN_W = 460  # the plan on the left in the second phase
POINTER_W = 40  # room for the arrow from the open part of the plan to its choices
# The plan's words at the first of these sizes at which its four parts fit above its buttons,
# with the parts' titles in a column of at most this share of a part's width
SLOT_SIZES = (21, 20, 19, 18)
TITLE_SHARE = 0.4


class GoalCardsView(PickBoard, TaskView[GoalCardsModel]):
    def __init__(self, host, model: GoalCardsModel) -> None:
        super().__init__(host, model)
        # The open part of the plan and the arrow to its choices, on screen (drawn by draw())
        self._open_rect: pygame.Rect | None = None
        self._pointer: list[tuple[float, float]] = []
        self.pager = Pager()  # the goal cards, or the open part's choices
        self.plan_pager = Pager()  # the second part's column at large text (compact.py)
        self.page_ids: list[str] = []  # that column's controls on the page shown
        self._compact = False  # the second part in one column (compact.py)
        self._plan_open: object = None  # the open part the plan's page was turned for
        self._paged: str | None = None  # what the pager pages: each board starts at page 1

    def instruction(self) -> str:
        cfg = self.model.config
        pick = self.model.phase == "pick"
        return self.tr.pick(cfg.pick_instruction if pick else cfg.concrete_instruction)

    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        inner = area.inflate(-40, 0)  # the same side margins as the header and footer
        self._open_rect = None
        model = self.model
        paged = model.phase if model.phase == "pick" else model.slot
        if paged != self._paged:  # each board, and each part's choices, start at page 1
            self._paged, self.pager.page = paged, 0
        if model.phase == "pick":
            self._build_cards(ui, inner)
        else:
            self._build_plan(ui, inner)

    def handle(self, intent: Intent) -> bool:
        pager = self.plan_pager if self._compact and self.model.phase != "pick" else self.pager
        if intent.act is Act.SCROLL and pager.turn_within(1 if intent.dy > 0 else -1):
            self.host.rebuild()  # the wheel, Page Up and Page Down turn the pages
            return True
        if intent.act in (Act.FOCUS_NEXT, Act.FOCUS_PREV):
            return self._tab_over_pages(pager, 1 if intent.act is Act.FOCUS_NEXT else -1)
        return False

    def _on_page(self) -> list[str]:
        """The ids of the board's controls on the page shown: the goals, or at large text the
        column of the goal being made concrete (compact.py)."""
        ring = self.host.ring
        if self.model.phase == "pick":
            return [c.id for c in ring.focusable if c.id.startswith("goal:")]
        shown = {c.id for c in ring.focusable}
        return [i for i in self.page_ids if i in shown] if self._compact else []

    def _tab_over_pages(self, pager, delta: int) -> bool:
        """Tab from the last control of a page goes on to the next page's first (Shift+Tab
        from the first back to the last of the page before), as on every board shown page by
        page: at 200 % one goal stood on each of nine pages, and Tab went from it to Start
        over and the Menu before the page turner (twenty-third Arabic play-test, c_31-34);
        then, making one concrete, from a question's last choice to Undo (twenty-fifth)."""
        ring = self.host.ring
        shown = self._on_page()
        edge = shown[-1 if delta > 0 else 0] if shown else None
        # (a page of a why alone, turned to by its page turner: Tab went round the footer
        # there, twenty-seventh run; from it Tab goes on to the next page with a choice)
        paged_board = self._compact or self.model.phase == "pick"
        if not ring.visible or (ring.focused_id != edge if shown else not paged_board):
            return False
        # on to the next page with a control (a page of a why alone left the focus on the
        # turner: twenty-sixth run)
        if not tab_over_pages(pager, delta, ring, self.host.rebuild, self._on_page):
            return False
        self.host.app.announce(ring.focused.label)  # (as a Tab within a page says it)
        return True

    def _t(self, key: str, **params: object) -> str:
        return self.tr(f"task.goal_cards.{key}", **params)

    def _line(self, ui, text, rect_at, size, *, role="body", bold=False, color=None) -> int:
        """One text as tall as its words (at `size` for `role`) from (x, y, width); returns
        its height."""
        x, y, width = rect_at
        px = px_for(Para(text, size, role))
        height = height_of(text, px, width, bold)
        ui.text(
            text,
            pygame.Rect(x, y, width, height),
            size=design_size(px),
            bold=bold,
            role=role,
            color=color or palette.INK,
        )
        return height

    # -- phase 2: one goal made concrete -------------------------------------------------
    def _build_plan(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        model = self.model
        open_slot = model.slot
        back = self._t("back")
        row_h = button_height()
        back_rect = pygame.Rect(area.x, area.bottom - row_h, button_width(back), row_h)
        words = model.state["words"]
        own = self.own_words
        shown_words = self._t("own_words", words=words) if own and words else ""
        words_h = (
            height_of(shown_words, px_for(Para(shown_words, 19)), PLAN_W) if shown_words else 0
        )
        bottom = back_rect.y - GAP - (words_h + 4 if words_h else 0)
        titles = {slot: self._t(f"slot.{slot}") for slot in SLOTS}
        values = {slot: self._chosen_text(slot) or self._t("empty") for slot in SLOTS}
        size, title_w, fits = self._slot_size(titles, values, bottom - area.y)
        left = area.x + PLAN_W + POINTER_W
        self._compact = not fits or not compact.choices_fit(
            self, left, area.right - left, area.height
        )
        if self._compact:  # larger words: one column, page by page (compact.py)
            compact.build_compact(self, ui, area)
            return
        heights = {s: slot_height(titles[s], values[s], PLAN_W, size, title_w) for s in SLOTS}
        y = area.y
        for slot in SLOTS:  # (all four fit: else the column above, compact.py)
            need = heights[slot]
            rect = pygame.Rect(area.x, y, PLAN_W, need)
            value = self._chosen_text(slot)
            title = titles[slot]
            shown = values[slot]
            spoken = f"{title}: {shown}" + (f" ({self._t('now')})" if slot == open_slot else "")
            ui.card(
                f"slot:{slot}",
                shown,
                rect,
                lambda s=slot: self.act(lambda: model.open_slot(s)),
                title=title,
                title_width=title_w,
                selected=value is not None,
                dimmed=value is None,
                label=spoken,
                text_size=size,
            )
            if slot == open_slot:
                self._open_rect = ui.place(rect)
                self._pointer = self._arrow(ui, rect, area.x + PLAN_W + POINTER_W)
            y += need + SLOT_GAP
        ui.button(
            "back-to-cards", back, back_rect, lambda: self.act(model.back_to_cards), secondary=True
        )
        if own:
            self.own_words_part(
                ui,
                shown=shown_words,
                line=pygame.Rect(area.x, bottom, PLAN_W, words_h),
                label=self._t("words"),
                button_at=(back_rect.right + GAP, back_rect.y),
                on_press=self._ask_words,
            )
        # the buttons under the plan reach under the choices when their words are large
        buttons_right = back_rect.right + (GAP + button_width(self._t("words")) if own else 0)
        choices = area.copy()
        if buttons_right > area.x + PLAN_W + POINTER_W:
            choices.height = back_rect.y - GAP - area.y
        self._build_choices(ui, choices, open_slot)

    def _slot_size(self, titles, values, room: int) -> tuple[int, int, bool]:
        """The design size of the plan's words (one size for its four parts: they stand side by
        side as options do) and its titles' column, the largest that fits `room`; and whether
        all four fit at all."""
        size, title_w = SLOT_SIZES[-1], 0
        for size in SLOT_SIZES:
            px = role_size(size, "option")
            widest = max(render(t, px, (0, 0, 0), bold=True).get_width() for t in titles.values())
            title_w = min(widest + 4, int((PLAN_W - 50) * TITLE_SHARE))
            need = sum(slot_height(titles[s], values[s], PLAN_W, size, title_w) for s in SLOTS)
            if need + SLOT_GAP * (len(SLOTS) - 1) <= room:
                return size, title_w, True
        return size, title_w, False

    def _build_choices(self, ui: ViewBuilder, area: pygame.Rect, open_slot: str) -> None:
        """The open part's choices beside the plan, and under them what the latest one means."""
        model = self.model
        left = area.x + PLAN_W + POINTER_W
        width = area.right - left
        top = (
            area.y
            + 4
            + self._line(
                ui,
                self._t(f"choose.{open_slot}"),
                (left, area.y, width),
                22,
                role="title",
                bold=True,
            )
        )
        bottom = area.bottom
        noted = self._noted()
        if noted is not None:
            heading, words = noted
            group = Group(
                (Para(heading, 20, bold=True, heading=True), Para(words, 19)),
                fill=palette.ACCENT_SOFT,
            )
            note = measured(group, width)
            bottom = area.bottom - bottom_of(note)
            draw_page(ui, shift(note, bottom, left))
            bottom -= OPTION_GAP
        chosen = model.chosen(open_slot)
        options = self._choices(open_slot)

        def tallest(card_w: int) -> int:
            return max(
                card_height(text, card_w, OPTION_SIZE, finnish=fi) for _, text, fi in options
            )

        ids = [f"{open_slot}:{option_id}" for option_id, *_ in options]
        box = pygame.Rect(left, top, width, bottom - top)
        pages = self.card_pages(
            self.pager,
            tallest,
            len(options),
            box,
            2,
            GAP,
            OPTION_GAP,
            least_height=OPTION_H,
            ids=ids,
        )
        shown = [options[i] for i in pages.shown]
        for index, (option_id, text, finnish) in enumerate(shown):
            ui.card(
                f"{open_slot}:{option_id}",
                text,
                pages.grid.rect(left, top, index, GAP, OPTION_GAP),
                lambda s=open_slot, o=option_id: self.choose(s, o),
                selected=option_id == chosen,
                text_size=OPTION_SIZE,
                finnish=finnish,
            )
        pages.place_more(ui, self.tr, self.pager, self.host.rebuild, OPTION_SIZE, "more")
        if shown:
            self.host.preferred_focus = f"{open_slot}:{shown[0][0]}"

    def choose(self, slot: str, option_id: str) -> None:
        """Choose for a part of the plan; a choice that asks to be named ("someone in my
        field") opens the field for the player's own words at once, where none are written
        yet: the note saying where to write them stood pages after the next question, and the
        answer to that replaced it (thirtieth Arabic 200 % play-test)."""
        model = self.model
        self.act(lambda: model.choose(slot, option_id))
        option = model.chosen_option(slot) if slot != "goal" else None
        asks = option is not None and option.named is not None
        if asks and self.own_words and not model.state["words"]:
            self._ask_words()

    def _ask_words(self) -> None:
        model = self.model
        self.ask_words(
            self._t("words_heading"),
            self._t("words_hint", most=MAX_NOTE),
            model.state["words"],
            lambda words: self.act(lambda: model.set_words(words)),
        )

    def _choices(self, slot: str) -> list[tuple[str, str, str]]:
        """(id, words, Finnish word or "") of each choice of the plan's part `slot`."""
        model, tr = self.model, self.tr
        items = model.chosen_goals() if slot == "goal" else model.offered(slot)
        return [(item.id, tr.pick(item.label), self.finnish(item.term)) for item in items]

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
        return tr.pick(option.label), tr.pick(model.judged(option)[1])

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
