"""Step 1's answer on screen: the statement's card, the verdict and the why, in as few pages as
the text size allows. Where they do not fit one page under the question and the keys, but do
without the question (answered a moment ago) and then without the keys too, the board takes the
whole height under the title for them (fifth Arabic keyboard play-test at 200 %: half the
explanations stood alone on a second page, one more Enter each to read two lines)."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from steps_game.tasks.myth_or_fact.beside import beside_layout, place_beside
from steps_game.tasks.myth_or_fact.why_pages import reveal_pages
from steps_game.tasks.view import build_instruction, instruction_height
from steps_game.ui import palette
from steps_game.ui.builder import button_height
from steps_game.ui.flow import Page, Para, draw_page

GAP = 12  # between the card and the verdict


@dataclass
class Reveal:
    """What the answer shows: the card's words and the verdict with its explanation."""

    text: str
    kind: str
    second: tuple[str, str] | None
    verdict: Para
    explanation: str

    @property
    def said(self) -> str:
        return f"{self.verdict.text} {self.explanation}"

    def card(self) -> dict:
        return {"text": self.text, "badge": self.kind, "spoken": self.said, "second": self.second}


def reveal_of(view) -> Reveal:
    """The answered statement on the table, in the player's language."""
    tr, model = view.tr, view.model
    statement = model.current()
    right = model.answered_right(statement.id)
    verdict = tr("task.myth_or_fact.right") if right else tr("task.myth_or_fact.wrong")
    explanation = tr.pick(statement.explanation)
    if statement.source:
        explanation += "\n" + tr("task.myth_or_fact.source", source=tr.pick(statement.source))
    color = palette.GOOD if right else palette.WARN
    return Reveal(
        text=tr.pick(statement.text),
        kind=view._kind(statement),
        second=view._second(statement),
        verdict=Para(verdict, 26, "title", bold=True, color=color, heading=True),
        explanation=explanation,
    )


def _sizing(view, area: pygame.Rect) -> pygame.Rect:
    """`area` as tall as the board under the question: the statement's words keep the size
    they had before the answer, on the whole board too."""
    return pygame.Rect(area.x, area.y, area.width, view.board_height or area.height)


def _pages(
    view, reveal: Reveal, area: pygame.Rect, top: int, card: bool = True
) -> tuple[list[Page], bool]:
    """The verdict and why under the card from `top` (or, without the `card`, from `top`
    itself), and whether the card stands on the first page."""
    card_h = 0
    if card:
        sizing = _sizing(view, area)
        words = reveal.text
        _, card_h = view._statement_size(sizing, words, badge=reveal.kind, second=reveal.second)
    board = pygame.Rect(area.x, top, area.width, area.bottom - top)
    pages, with_card = reveal_pages(reveal.verdict, reveal.explanation, top + card_h + GAP, board)
    return pages, with_card and card


def keys_to_keep(view, board: pygame.Rect, whole: pygame.Rect, keys: str) -> str | None:
    """Whether the answer takes the whole board (`carries_instruction`): None when it fits one
    page under the question as laid out, or not even on the whole board; else the keys' line
    to keep at its top ("" when only the board without it holds the answer on one page).
    The statement's card goes first where room is short, as the question and keys do: the
    counter names it, and it was read a moment ago (`view.reveal_card` says whether it is
    shown)."""
    area = board.inflate(-40, 0)
    view.board_height, view.reveal_card = area.height, True
    reveal = reveal_of(view)
    counter = view._counter_height(area, "0")

    def one_page(box: pygame.Rect, card: bool) -> bool:
        return len(_pages(view, reveal, box.inflate(-40, 0), box.y + counter, card)[0]) == 1

    if one_page(board, True):
        return None
    beside = (view, area, board.y + counter, reveal.card(), reveal.verdict, reveal.explanation)
    if view.host.app.workshop is not None and beside_layout(*beside) is not None:
        return None  # the room's screen: the why beside the card, under the question
    width = whole.width - 40  # (the board's words are inset as in `build`)
    lines = (keys, "") if keys else ("",)
    for card, line in [(True, line) for line in lines] + [(False, line) for line in lines]:
        room = instruction_height("", line, width) if line else 0
        if one_page(pygame.Rect(whole.x, whole.y + room, whole.width, whole.height - room), card):
            view.reveal_card = card
            return line
    return None


def build_reveal(view, ui, area: pygame.Rect, counter: str, keys: str) -> None:
    """The counter, the statement's card, and the verdict and why under it (the keys' line
    above all, when the board carries it: `keys_to_keep`)."""
    if keys:
        room = build_instruction(ui, "", keys, pygame.Rect(area.x, area.y, area.width, 0))
        area = pygame.Rect(area.x, area.y + room, area.width, area.height - room)
    top = view._counter(ui, area, counter)
    host, pager = view.host, view.pager
    reveal, card = reveal_of(view), view.reveal_card
    pages, with_card = _pages(view, reveal, area, top, card)
    projector = host.app.workshop is not None  # the room's screen: all on one page
    beside = (view, ui, area, top, reveal.card(), reveal.verdict, reveal.explanation)
    if len(pages) > 1 and projector and place_beside(*beside):
        pager.settle(1)
        host.preferred_focus = "next"
        return
    if len(pages) > 1 and not host.footer_button("more", view._more_label(pages), view._turn):
        # no room for the page turner in the footer: it takes a row of the board
        row_y = area.bottom - button_height()
        above = pygame.Rect(area.x, area.y, area.width, row_y - 12 - area.y)
        pages, with_card = _pages(view, reveal, above, top, card)
        row = [("more", view._more_label(pages), view._turn, {"secondary": True})]
        ui.button_row(row, row_y, align="left", left=area.x)
    page = pager.settle(len(pages))
    if page == 0 and with_card:
        words = {key: value for key, value in reveal.card().items() if key != "text"}
        view._statement_card(ui, _sizing(view, area), top, reveal.text, **words)
    draw_page(ui, pages[page])
    # the why goes on over pages: the page turner first, so that a keyboard player's Enter
    # reads on instead of skipping the explanation (the way on on its last page)
    host.preferred_focus = "more" if page < len(pages) - 1 else "next"
