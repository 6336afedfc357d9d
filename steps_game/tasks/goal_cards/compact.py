"""Step 2's second part when its words are too large for the plan and the choices side by side
(large text on the 1280x720 screen): one column across the board, read from the top and shown
page by page. What the latest choice means comes first, then the open part's question and its
choices, then the plan's four parts and the buttons under them. After a choice the page turns
to the next question, so the player reads the note and goes on choosing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

import pygame

from steps_game.tasks.goal_cards.model import SLOTS
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.cards import tick_room
from steps_game.ui.flow import (
    Group,
    Para,
    bottom_of,
    draw_page,
    flow_at,
    height_of,
    px_for,
    shift,
)
from steps_game.ui.grid import card_height
from steps_game.ui.measure import stack_pages
from steps_game.ui.text import render, role_size

if TYPE_CHECKING:
    from steps_game.tasks.goal_cards.view import GoalCardsView

GAP = 8  # between the column's blocks
MORE = "more-plan"


def slot_height(title: str, value: str, width: int, size: int, title_w: int) -> int:
    """How tall a part of the plan is: its title in a column beside its words (ui/cards.py's
    draw_card with a title_width), room kept for a chosen part's tick."""
    inner = width - 24 - tick_room()
    title_h = height_of(title, role_size(size, "option"), title_w, bold=True)
    value_h = height_of(value, role_size(size - 2, "option"), inner - title_w - 12)
    return max(title_h, value_h) + 20


@dataclass
class Block:
    height: int
    place: Callable[[pygame.Rect], None]  # makes the block's texts and controls in its rect
    kind: str  # "note", "question", "choice", "part", "words", "buttons"


def measured(group: Group, width: int):
    """A group laid out `width` wide from y 0, as tall as its words need at their full size."""
    return flow_at([group], pygame.Rect(0, 0, width, 10_000), 1, 0, 1.0)[0]


def blocks_for(view: GoalCardsView, ui: ViewBuilder, width: int, room: int) -> list[Block]:
    """The column's blocks, each as tall as its words at the player's text size, for pages
    `room` tall."""
    from steps_game.tasks.goal_cards.view import OPTION_SIZE, SLOT_SIZES, TITLE_SHARE

    model = view.model
    open_slot = model.slot
    blocks: list[Block] = []
    notes = _note_blocks(view, ui, width, room)
    blocks += notes
    question = view._t(f"choose.{open_slot}")
    px = px_for(Para(question, 22, "title"))
    blocks.append(
        Block(
            height_of(question, px, width, True),
            lambda r: view._line(ui, question, (r.x, r.y, r.width), 22, role="title", bold=True),
            "question",
        )
    )
    chosen = model.chosen(open_slot)
    for option_id, text, finnish in view._choices(open_slot):

        def choice(rect, option_id=option_id, text=text, finnish=finnish) -> None:
            ui.card(
                f"{open_slot}:{option_id}",
                text,
                rect,
                lambda: view.choose(open_slot, option_id),
                selected=option_id == chosen,
                text_size=OPTION_SIZE,
                finnish=finnish,
            )

        height = card_height(text, width, OPTION_SIZE, finnish=finnish)
        blocks.append(Block(height, choice, "choice"))
    if notes and sum(b.height + GAP for b in blocks[: len(notes) + 2]) - GAP > room:
        # the note, the question and a first choice do not fit one page: the question and
        # its choices first (the page the player turns to after a choice), the note after them
        blocks = [*blocks[len(notes) :], *notes]
    size = SLOT_SIZES[-1]
    titles = {slot: view._t(f"slot.{slot}") for slot in SLOTS}
    px = role_size(size, "option")
    widest = max(render(t, px, (0, 0, 0), bold=True).get_width() for t in titles.values())
    title_w = min(widest + 4, int((width - 50) * TITLE_SHARE))
    for slot in SLOTS:
        value = view._chosen_text(slot)
        shown = value or view._t("empty")
        spoken = f"{titles[slot]}: {shown}" + (f" ({view._t('now')})" if slot == open_slot else "")

        def part(rect, slot=slot, value=value, shown=shown, spoken=spoken) -> None:
            ui.card(
                f"slot:{slot}",
                shown,
                rect,
                lambda: view.act(lambda: model.open_slot(slot)),
                title=titles[slot],
                title_width=title_w,
                selected=value is not None,
                dimmed=value is None,
                label=spoken,
                text_size=size,
            )

        height = slot_height(titles[slot], shown, width, size, title_w)
        blocks.append(Block(height, part, "part"))
    blocks += _buttons(view, ui, width)
    return blocks


def _note_blocks(view: GoalCardsView, ui: ViewBuilder, width: int, room: int) -> list[Block]:
    """What the latest choice means, in its box: one block, or where it is taller than a page
    (Russian at 200 %), pieces of whole lines no taller than `room`, each in a box of its own,
    so that no page holds more than it can show."""
    noted = view._noted()
    if noted is None:
        return []
    heading, words = noted
    group = Group(
        (Para(heading, 20, bold=True, heading=True), Para(words, 19)), fill=palette.ACCENT_SOFT
    )
    pieces = flow_at([group], pygame.Rect(0, 0, width, room), 1, 0, 1.0)
    if len(pieces) <= 1:
        note = measured(group, width)
        return [Block(bottom_of(note), lambda r: draw_page(ui, shift(note, r.y, r.x)), "note")]

    def place(rect: pygame.Rect, piece) -> None:
        draw_page(ui, shift(piece, rect.y - piece_top(piece), rect.x))

    return [
        Block(bottom_of(piece) - piece_top(piece), partial(place, piece=piece), "note")
        for piece in pieces
    ]


def _buttons(view: GoalCardsView, ui: ViewBuilder, width: int) -> list[Block]:
    """The player's own words (when there are some), then Back to the cards and My own words,
    side by side when they fit, else one under the other."""
    model = view.model
    blocks: list[Block] = []
    words = model.state["words"]
    own = view.own_words
    if own and words:
        shown = view._t("own_words", words=words)
        height = height_of(shown, px_for(Para(shown, 19)), width)

        def line(rect) -> None:
            ui.text(shown, rect, size=19, color=palette.ACCENT_DARK)

        blocks.append(Block(height, line, "words"))
    row_h = button_height()
    back = view._t("back")
    items = [("back-to-cards", back, lambda: view.act(model.back_to_cards))]
    if own:
        items.append(("words", view._t("words"), view._ask_words))
    widths = [min(width, button_width(label)) for _, label, _ in items]
    rows = [items] if sum(widths) + GAP * (len(items) - 1) <= width else [[i] for i in items]
    for row in rows:

        def place(rect, row=row) -> None:
            x = rect.x
            for control_id, label, action in row:
                button = pygame.Rect(x, rect.y, min(rect.width, button_width(label)), row_h)
                ui.button(control_id, label, button, action, secondary=True)
                x = button.right + GAP

        blocks.append(Block(row_h, place, "buttons"))
    return blocks


def build_compact(view: GoalCardsView, ui: ViewBuilder, area: pygame.Rect) -> None:
    """The column in `area`, on the page that shows the latest note (or the question) when the
    open part or the note changed, else on the page the player turned to."""
    view._open_rect = None  # no arrow from a part to choices beside it
    blocks = blocks_for(view, ui, area.width, area.height - button_height() - GAP)
    heights = [block.height for block in blocks]
    pager = view.plan_pager
    pages = headed_pages(blocks, area.height)
    room = area.height
    in_footer = len(pages) > 1 and view.host.footer_fits(pager.label_for(view.tr, len(pages)))
    if len(pages) > 1 and not in_footer:
        room = area.height - button_height() - GAP  # the turner under the column
        pages = headed_pages(blocks, room)
    key = (view.model.slot, view.model.state["noted"])
    if key != view._plan_open:
        view._plan_open = key
        first = next(i for i, b in enumerate(blocks) if b.kind in ("note", "question"))
        pager.page = next(n for n, page in enumerate(pages) if first in page)
    page = pages[pager.settle(len(pages))]
    if in_footer:  # its words once the page shown is settled: they said the page before's
        # number, "(3/5)" over the first page of "When at the latest?" and "(1/5)" on coming
        # back to it (seventh Arabic play-test, s2_35-37)

        def turn() -> None:
            pager.turn(1)
            view.host.rebuild()

        view.host.footer_button(MORE, pager.label(view.tr), turn)
    if len(pages) > 1:  # the arrows go on over the pages (Down stopped at the page's last choice)
        view.host.ring.paged(pager.arrow_turn(view.host.rebuild))
    y, start = area.y, len(ui.ring.controls)
    for index in page:
        blocks[index].place(pygame.Rect(area.x, y, area.width, heights[index]))
        y += heights[index] + GAP
    view.page_ids = [c.id for c in ui.ring.controls[start:]]  # (Tab over the pages: view.py)
    if room < area.height:
        label = pager.label(view.tr)
        rect = pygame.Rect(area.x, area.y + room + GAP, button_width(label), button_height())
        pager.button(ui, view.tr, rect, view.host.rebuild, MORE)
    choices = [c.id for c in view.host.ring.controls if c.id.startswith(f"{view.model.slot}:")]
    view.host.preferred_focus = choices[0] if choices else None


def headed_pages(blocks: list[Block], room: int) -> list[list[int]]:
    """The column's pages (stack_pages), the open part's question kept with its first choice
    and over every later page with choices of it, a running head with its room kept there
    (eighth Arabic play-test at 200 %: pages 2-3 of "What is the first step?", "With whom?"
    and "When at the latest?" showed their options without the question)."""
    heights = [block.height for block in blocks]
    question = next(i for i, block in enumerate(blocks) if block.kind == "question")
    pages = stack_pages(heights, GAP, room, 0, keep=[question])
    at = next(n for n, page in enumerate(pages) if question in page)
    rest = pages[at][-1] + 1  # the first block after the question's page
    head = heights[question] + GAP
    choices = [h for h, block in zip(heights, blocks, strict=True) if block.kind == "choice"]
    if at == len(pages) - 1 or blocks[rest].kind != "choice" or head + max(choices) > room:
        return pages  # (no choice goes on, or none would fit under the question)
    later = [[rest + i for i in page] for page in stack_pages(heights[rest:], GAP, room - head, 0)]
    headed = [[question, *page] if blocks[page[0]].kind == "choice" else page for page in later]
    return pages[: at + 1] + headed


def choices_fit(view: GoalCardsView, left: int, width: int, height: int) -> bool:
    """Whether the open part's question, the latest note and one choice stand one under the
    other in a column `width` wide and `height` tall (beside the plan)."""
    from steps_game.tasks.goal_cards.view import OPTION_GAP, OPTION_SIZE

    question = view._t(f"choose.{view.model.slot}")
    need = height_of(question, px_for(Para(question, 22, "title")), width, True) + 4
    noted = view._noted()
    if noted is not None:
        heading, words = noted
        group = Group((Para(heading, 20, bold=True, heading=True), Para(words, 19)), fill=(0, 0, 0))
        need += bottom_of(measured(group, width)) + OPTION_GAP
    options = view._choices(view.model.slot)
    need += max(
        (card_height(text, width, OPTION_SIZE, finnish=fi) for _, text, fi in options), default=0
    )
    return need <= height


def piece_top(page) -> int:
    return min([r.top for r, _ in page.panels] + [p.rect.top for p in page.pieces])
