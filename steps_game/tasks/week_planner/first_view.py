"""Step 4's last part on screen: the first action made concrete. On the left the action with its
week and the three parts (when, where, if-then), the open one ringed; on the right its choices."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.notebook import MAX_NOTE
from steps_game.tasks.week_planner.first_step import FIRST_SLOTS
from steps_game.ui import palette
from steps_game.ui.builder import BUTTON_HEIGHT, ViewBuilder, button_width

if TYPE_CHECKING:
    from steps_game.tasks.week_planner.view import WeekPlannerView

GAP = 12
LEFT_W = 500
POINTER_W = 40
SUMMARY_H = 76
WORDS_H = 34


def build_first(view: WeekPlannerView, ui: ViewBuilder, area: pygame.Rect) -> None:
    model, tr = view.model, view.tr
    target = model.first_target()
    open_slot = model.state["slot"]
    own = view.own_words
    words = model.state["words"]
    if target is not None:
        summary = pygame.Rect(area.x, area.y, LEFT_W, SUMMARY_H)
        ui.panel(summary, palette.ACCENT_SOFT)
        ui.text(
            view._t("first_title", week=model.week_of(target.id)),
            pygame.Rect(summary.x + 16, summary.y + 6, summary.width - 32, 26),
            size=18,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        ui.text(
            tr.pick(target.label),
            pygame.Rect(summary.x + 16, summary.y + 32, summary.width - 32, summary.height - 36),
            size=19,
        )
    back = view._t("back_to_weeks")
    back_rect = pygame.Rect(area.x, area.bottom - BUTTON_HEIGHT, button_width(back), BUTTON_HEIGHT)
    ui.button(
        "back-to-weeks", back, back_rect, lambda: view.act(model.back_to_weeks), secondary=True
    )
    words_h = WORDS_H if own and words else 0
    top = area.y + SUMMARY_H + GAP
    slot_h = (back_rect.y - GAP - words_h - top - GAP * (len(FIRST_SLOTS) - 1)) // len(FIRST_SLOTS)
    y = top
    for slot in FIRST_SLOTS:
        rect = pygame.Rect(area.x, y, LEFT_W, slot_h)
        chosen = model.first_choice(slot)
        title = view._t(f"first_slot.{slot}")
        # the if-then by what may get in the way: its whole plan stands on the chosen card
        said = getattr(chosen, "obstacle", None) or getattr(chosen, "label", None)
        shown = tr.pick(said) if chosen is not None else view._t("not_chosen")
        ui.card(
            f"first-slot:{slot}",
            shown,
            rect,
            lambda s=slot: view.act(lambda: model.open_slot(s)),
            title=title,
            selected=chosen is not None,
            dimmed=chosen is None,
            label=f"{title}: {shown}",
            text_size=20,
        )
        if slot == open_slot:
            view.open_rect = ui.place(rect)
            corners = [
                (rect.right + 8, rect.centery - 14),
                (area.x + LEFT_W + POINTER_W - 6, rect.centery),
                (rect.right + 8, rect.centery + 14),
            ]
            view.pointer = [ui.place_point(c) for c in corners]
        y += slot_h + GAP
    if own:
        view.own_words_part(
            ui,
            shown=view._t("own_words", words=words) if words else "",
            line=pygame.Rect(area.x, y, LEFT_W, words_h - 4),
            label=view._t("words"),
            button_at=(back_rect.right + GAP, back_rect.y),
            on_press=lambda: _ask_words(view),
        )
    _options(view, ui, area, open_slot)


def _options(view: WeekPlannerView, ui: ViewBuilder, area: pygame.Rect, slot: str) -> None:
    model, tr = view.model, view.tr
    left = area.x + LEFT_W + POINTER_W
    ui.text(
        view._t(f"first_choose.{slot}"),
        pygame.Rect(left, area.y, area.right - left, 30),
        size=22,
        bold=True,
    )
    options = model.config.first.options(slot)
    rows = (len(options) + 1) // 2
    top = area.y + 38
    height = min(120, (area.bottom - top - GAP * (rows - 1)) // rows)
    width = (area.right - left - GAP) // 2
    chosen = model.state["first"][slot]
    for index, option in enumerate(options):
        column, row = index % 2, index // 2
        rect = pygame.Rect(left + column * (width + GAP), top + row * (height + GAP), width, height)
        title = tr.pick(option.obstacle) if slot == "if_then" else ""
        ui.card(
            f"{slot}:{option.id}",
            tr.pick(option.label),
            rect,
            lambda o=option.id: view.act(lambda: model.choose_first(slot, o)),
            selected=option.id == chosen,
            title=title,
            text_size=20 if title else 21,
        )
    if options:
        view.host.preferred_focus = f"{slot}:{chosen or options[0].id}"


def _ask_words(view: WeekPlannerView) -> None:
    model = view.model
    view.ask_words(
        view._t("words_heading"),
        view._t("words_hint", most=MAX_NOTE),
        model.state["words"],
        lambda words: view.act(lambda: model.set_words(words)),
    )
