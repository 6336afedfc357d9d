"""Step 4's last part on screen: the first action made concrete. On the left the action with its
week and the three parts (when, where, if-then), the open one ringed; on the right its choices."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pygame

from steps_game.notebook import MAX_NOTE
from steps_game.tasks.week_planner.first_step import FIRST_SLOTS
from steps_game.ui import palette
from steps_game.ui.blocks import Block, more_height
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.cards import card_height
from steps_game.ui.flow import page_turn_label
from steps_game.ui.measure import button_box
from steps_game.ui.text import line_height, render, role_size, text_height

if TYPE_CHECKING:
    from steps_game.tasks.week_planner.view import WeekPlannerView

GAP = 12
MORE_CHOICES = "more-choices"
LEFT_W = 420
POINTER_W = 40


def build_first(view: WeekPlannerView, ui: ViewBuilder, area: pygame.Rect) -> None:
    """The three parts on the left and the open one's choices on the right; with large text,
    where the left column cannot hold them, the parts stand in a row above the choices."""
    if not _columns_fit(view, area):
        _build_stacked(view, ui, area)
        return
    view.first_pages.unused()
    model, tr = view.model, view.tr
    target = model.first_target()
    open_slot = model.state["slot"]
    own = view.own_words
    words = model.state["words"]
    title_h, summary_h = 0, 0
    if target is not None:
        size = role_size(20, "body")
        title_text = view._t("first_title", week=model.week_of(target.id))
        title_h = render(title_text, size, palette.INK, bold=True, width=LEFT_W - 32).get_height()
        label_h = render(tr.pick(target.label), size, palette.INK, width=LEFT_W - 32).get_height()
        summary_h = 14 + title_h + label_h
        summary = pygame.Rect(area.x, area.y, LEFT_W, summary_h)
        ui.panel(summary, palette.ACCENT_SOFT)
        ui.text(
            title_text,
            pygame.Rect(summary.x + 16, summary.y + 6, summary.width - 32, title_h),
            size=20,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        ui.text(
            tr.pick(target.label),
            pygame.Rect(
                summary.x + 16,
                summary.y + 6 + title_h,
                summary.width - 32,
                summary.height - 10 - title_h,
            ),
            size=20,
        )
    back = view._t("back_to_weeks")
    back_rect = pygame.Rect(
        area.x, area.bottom - button_height(), button_width(back), button_height()
    )
    ui.button(
        "back-to-weeks", back, back_rect, lambda: view.act(model.back_to_weeks), secondary=True
    )
    words_h = line_height(role_size(20, "body")) + 8 if own and words else 0
    top = area.y + summary_h + GAP
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


def _columns_fit(view: WeekPlannerView, area: pygame.Rect) -> bool:
    """Whether the left column holds the summary, the three parts as cards and Back."""
    model, tr = view.model, view.tr
    target = model.first_target()
    size = role_size(20, "body")
    summary_h = 0
    if target is not None:
        title = view._t("first_title", week=model.week_of(target.id))
        summary_h = 14 + render(title, size, palette.INK, bold=True, width=LEFT_W - 32).get_height()
        summary_h += render(
            tr.pick(target.label), size, palette.INK, width=LEFT_W - 32
        ).get_height()
    slots = 0
    for slot in FIRST_SLOTS:
        chosen = model.first_choice(slot)
        said = getattr(chosen, "obstacle", None) or getattr(chosen, "label", None)
        shown = tr.pick(said) if chosen is not None else view._t("not_chosen")
        title = view._t(f"first_slot.{slot}")
        slots += card_height(shown, LEFT_W, title=title, text_size=20) + GAP
    words_h = line_height(size) + 8 if view.own_words and model.state["words"] else 0
    return summary_h + GAP + slots + words_h + button_height() <= area.height


def _build_stacked(view: WeekPlannerView, ui: ViewBuilder, area: pygame.Rect) -> None:
    """Large text: page by page (ui/blocks.py), under a running head, what the first step is
    and the open part's question, over every page of its choices; after them the parts (and
    Back, and the player's own words) as rows of buttons, the open one marked. Eighth Arabic
    keyboard play-test: the step named and the parts stood on pages 1-2, the question opened
    on page 3 of 5, and its choices on pages 4-5 stood without it. With less room the step
    is named on page 1 only, or after the choices, and only the question runs on."""
    model, tr = view.model, view.tr
    slot = model.state["slot"]
    chosen = model.state["first"][slot]
    more = lambda page, pages: page_turn_label(view.tr, page, pages)  # noqa: E731
    host = view.host  # the page button in the footer, where it fits: the pages have its room
    more_h = 0 if host.footer_fits(more(99, 99)) else more_height(more, area.width)
    summary = _summary_block(view, ui, area.width)
    heading = view._t(f"first_choose.{slot}")
    heading_h = text_height(heading, 22, area.width, bold=True)
    options = model.config.first.options(slot)
    heights = [_option_height(view, slot, option, area.width, 0) for option in options]
    # The step named in the head where two choices still fit a page under it, else on page
    # 1 over the question where one does, else (the smallest room) with the parts after them
    # (the question runs on where the tallest choice fits a page under it, else it is the
    # first thing on page 1, kept with the first choice)
    room = area.height - more_h - heading_h - GAP
    tallest = max(heights)
    runs = tallest <= room
    head_h = heading_h + GAP if runs else 0
    where = "none" if summary is None else "after"
    if runs and summary is not None and summary.height + 2 * (GAP + tallest) <= room:
        where, head_h = "head", head_h + summary.height + GAP
    elif summary is not None and summary.height + GAP + heights[0] <= room:
        where = "first"
    blocks: list[Block] = [summary] if where == "first" else []
    if not runs:
        heading_block = partial(ui.text, heading, size=22, bold=True)
        blocks.append(Block(heading_h, heading_block, keep_with_next=True))
    keep = 0
    choosing: set[int] = set()  # the blocks of the choices
    for option, height in zip(options, heights, strict=True):
        if option.id == chosen:
            keep = len(blocks)  # the page of the chosen choice, else the first

        def choice(rect: pygame.Rect, option=option) -> None:
            ui.card(
                f"{slot}:{option.id}",
                tr.pick(option.label),
                rect,
                lambda o=option.id: view.act(lambda: model.choose_first(slot, o)),
                selected=option.id == chosen,
                text_size=20,
                finnish=_finnish(view, option),
            )

        choosing.add(len(blocks))
        blocks.append(Block(height, choice))
    blocks += [summary] if where == "after" else []
    blocks += _button_rows(ui, _part_buttons(view), area.width)
    paged = view.first_pages
    below = pygame.Rect(area.x, area.y + head_h, area.width, area.height - head_h)
    paged.lay_out(
        blocks, below.height, more, area.width, keep=keep, keep_key=(slot, chosen), footer=host
    )
    # A page of no choice (the step named after them, the parts' buttons) has no question over
    # it, and the whole height: under the question the page turner ran over Done (Russian at
    # 200 %, the step named alone on its page)
    if runs and where != "head" and not choosing & set(paged.pages[paged.pager.page]):
        runs, below = False, area
    # the step named first, over the question: in the head on every page, or on page 1
    first = where == "first" and runs and paged.pager.page == 0
    named = summary if where == "head" or first else None
    y = area.y
    if named is not None:
        named.build(pygame.Rect(area.topleft, (area.width, named.height)))
        y += named.height + GAP
    if runs:
        ui.text(heading, pygame.Rect(area.x, y, area.width, heading_h), size=22, bold=True)
    if first:  # (its place on the page under the question: the two change places)
        blocks[0] = Block(blocks[0].height, lambda rect: None)
    paged.build(ui, blocks, below, more, host.rebuild)
    shown = [c.id for c in ui.ring.controls if c.id.startswith(f"{slot}:")]
    wanted = f"{slot}:{chosen}" if chosen else (shown[0] if shown else None)
    # on a page without the open part's choices, its own tab (twelfth Arabic play-test: Page
    # Down from "Where" put the focus on "When", and Enter took her back to it)
    tab = f"first-slot:{slot}"
    on_page = wanted in shown or not any(c.id == tab for c in ui.ring.controls)
    view.host.preferred_focus = (wanted if wanted in shown else None) if on_page else tab


def _summary_block(view: WeekPlannerView, ui: ViewBuilder, width: int) -> Block | None:
    """What the first step is ("My first step, in week 1: ..."), with the player's words."""
    model = view.model
    target = model.first_target()
    if target is None:
        return None
    said = view._t("first_title", week=model.week_of(target.id)) + ": " + view.tr.pick(target.label)
    if view.own_words and model.state["words"]:
        said += " · " + view._t("own_words", words=model.state["words"])

    def summary(rect: pygame.Rect) -> None:
        ui.panel(rect, palette.ACCENT_SOFT)
        ui.text(said, rect.inflate(-32, -12), size=20)

    return Block(text_height(said, 20, width - 32) + 12, summary)


def _part_buttons(view: WeekPlannerView) -> list[tuple]:
    """The three parts, Back to the weeks and (where asked for) the player's own words."""
    model = view.model
    items = [
        (
            f"first-slot:{slot}",
            view._t(f"first_slot.{slot}"),
            lambda s=slot: view.act(lambda: model.open_slot(s)),
            # the open part in the full colour, as step 5's part tabs (a tick there read as
            # "done" before anything was chosen, tenth Arabic play-test at 200 %); a tick on
            # each part that has its answer (twelfth: done and not begun looked the same)
            {
                "secondary": slot != model.state["slot"],
                "done": model.state["first"][slot] is not None,
            },
        )
        for slot in FIRST_SLOTS
    ]
    back = ("back-to-weeks", view._t("back_to_weeks"), lambda: view.act(model.back_to_weeks))
    items.append((*back, {"secondary": True}))
    if view.own_words:
        items.append(("words", view._t("words"), lambda: _ask_words(view), {"secondary": True}))
    return items


def _button_rows(ui: ViewBuilder, items, width: int) -> list[Block]:
    """Buttons as wide as their words, side by side while they fit `width`, in rows."""
    rows: list[list[tuple]] = [[]]
    used = 0
    for item in items:
        ticked = item[3].get("selected", False) or item[3].get("done", False)
        w, h = button_box(item[1], width, selected=ticked)  # (a tick's room)
        if rows[-1] and used + GAP + w > width:
            rows.append([])
            used = 0
        rows[-1].append((item, w, h))
        used += (GAP if used else 0) + w

    def build(rect: pygame.Rect, row) -> None:
        x = rect.x
        for (control_id, label, action, options), w, _ in row:
            ui.button(control_id, label, pygame.Rect(x, rect.y, w, rect.height), action, **options)
            x += w + GAP

    return [Block(max(h for *_, h in row), lambda r, row=row: build(r, row)) for row in rows]


def _options(
    view: WeekPlannerView,
    ui: ViewBuilder,
    area: pygame.Rect,
    slot: str,
    left_w: int = LEFT_W,
) -> None:
    """The open part's choices in `area` (right of the left column of `left_w`). They page
    when they do not fit; the page turns with a card in the last place."""
    model, tr = view.model, view.tr
    left = area.x + (left_w + POINTER_W if left_w else 0)
    heading = view._t(f"first_choose.{slot}")
    heading_h = render(
        heading, role_size(22, "body"), palette.INK, bold=True, width=area.right - left
    ).get_height()
    ui.text(
        heading,
        pygame.Rect(left, area.y, area.right - left, heading_h),
        size=22,
        bold=True,
    )
    options = model.config.first.options(slot)
    top = area.y + heading_h + 8
    room = area.bottom - top
    # two columns when every card fits its words there, else one, each as tall as its words
    for columns in (2, 1):
        width = (area.right - left - GAP * (columns - 1)) // columns
        height = max(_option_height(view, slot, option, width, left_w) for option in options)
        rows = (len(options) + columns - 1) // columns
        if rows * height + GAP * (rows - 1) <= room:
            break
    chosen = model.state["first"][slot]
    fit = max(1, (room + GAP) // (height + GAP)) * columns
    pages = [options]
    if len(options) > fit:  # large text: the choices page by page, the last place turning on
        size = max(1, fit - 1)
        pages = [options[i : i + size] for i in range(0, len(options), size)]
    page = view.choice_page = min(getattr(view, "choice_page", 0), len(pages) - 1)
    # another part opened or another choice made: show the chosen one's page; else keep the
    # page the player turned to (a rebuild does not turn it back)
    if getattr(view, "choices_for", None) != (slot, chosen):
        view.choices_for = (slot, chosen)
        page = view.choice_page = next(
            (i for i, shown in enumerate(pages) if any(o.id == chosen for o in shown)), 0
        )

    def place(index: int) -> pygame.Rect:
        column, row = index % columns, index // columns
        return pygame.Rect(left + column * (width + GAP), top + row * (height + GAP), width, height)

    for index, option in enumerate(pages[page]):
        title = _option_title(view, slot, option, left_w)
        ui.card(
            f"{slot}:{option.id}",
            tr.pick(option.label),
            place(index),
            lambda o=option.id: view.act(lambda: model.choose_first(slot, o)),
            selected=option.id == chosen,
            title=title,
            text_size=20,
            finnish=_finnish(view, option),
        )
    if len(pages) > 1:

        def turn() -> None:
            view.choice_page = (page + 1) % len(pages)
            view.host.rebuild()
            view.host.ring.focus(MORE_CHOICES)

        more = page_turn_label(view.tr, page + 1, len(pages))
        ui.card(MORE_CHOICES, more, place(len(pages[page])), turn, text_size=20)
    options = pages[page]
    if options:
        view.host.preferred_focus = f"{slot}:{chosen or options[0].id}"


def _option_title(view: WeekPlannerView, slot: str, option, left_w: int) -> str:
    """An if-then card's title names what may get in the way. With large text (the stacked
    layout, no left column) it is left out: the plan on the card begins with the same words."""
    if slot != "if_then" or not left_w:
        return ""
    return view.tr.pick(option.obstacle)


def _finnish(view: WeekPlannerView, option) -> str:
    """The Finnish word under a choice that names a key term (a place: the employment
    services); the times and the if-then plans name none."""
    return view.finnish(getattr(option, "term", None))


def _option_height(view: WeekPlannerView, slot: str, option, width: int, left_w: int) -> int:
    title = _option_title(view, slot, option, left_w)
    label = view.tr.pick(option.label)
    return card_height(label, width, title=title, text_size=20, finnish=_finnish(view, option))


def _ask_words(view: WeekPlannerView) -> None:
    model = view.model
    view.ask_words(
        view._t("words_heading"),
        view._t("words_hint", most=MAX_NOTE),
        model.state["words"],
        lambda words: view.act(lambda: model.set_words(words)),
    )
