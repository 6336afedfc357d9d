"""Step 1's answer on screen: the statement's card, the verdict and the why, in as few pages as
the text size allows. Where they do not fit one page under the question and the keys, the board
takes the whole height under the title for them (fifth Arabic keyboard play-test at 200 %: half
the explanations stood alone on a second page, one more Enter each to read two lines), laid out
the same way for every statement (sixth)."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from steps_game.tasks.myth_or_fact.beside import beside_layout, place_beside
from steps_game.tasks.myth_or_fact.why_pages import reveal_pages
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
    source: str = ""  # "Source: ...", a line of its own under the explanation

    @property
    def said(self) -> str:
        return f"{self.verdict.text} {self.beside_words}"

    @property
    def beside_words(self) -> str:
        """The explanation with its source on a line of its own (one paragraph)."""
        return f"{self.explanation}\n{self.source}" if self.source else self.explanation

    def card(self) -> dict:
        return {"text": self.text, "badge": self.kind, "spoken": self.said, "second": self.second}


def reveal_of(view, statement=None, right: bool | None = None) -> Reveal:
    """The answered statement on the table (or `statement`, answered `right` or not), in the
    player's language."""
    tr, model = view.tr, view.model
    statement = statement or model.current()
    if right is None:
        right = model.answered_right(statement.id)
    verdict = tr("task.myth_or_fact.right") if right else tr("task.myth_or_fact.wrong")
    explanation = tr.pick(statement.explanation)
    source = ""
    if statement.source:
        source = tr("task.myth_or_fact.source", source=tr.pick(statement.source))
    color = palette.GOOD if right else palette.WARN
    return Reveal(
        text=tr.pick(statement.text),
        kind=view._kind(statement),
        second=view._second(statement),
        verdict=Para(verdict, 26, "title", bold=True, color=color, heading=True),
        explanation=explanation,
        source=source,
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
    pages, with_card = reveal_pages(
        reveal.verdict, reveal.explanation, top + card_h + GAP, board, reveal.source
    )
    return pages, with_card and card


def takes_whole_board(view, board: pygame.Rect, whole: pygame.Rect) -> bool:
    """Whether the answer takes the whole board (`carries_instruction`): not when it fits one
    page under the question as laid out; else the whole board without the question (answered
    a moment ago) and the keys' line (they say how to answer, done by now), the statement's
    card shown where every statement's answer fits one page with it (`view.reveal_card`). One
    layout for all the answers: the sixth Arabic play-test found the question, the keys and
    the card there for one statement and gone for the next, and searched each answer anew;
    the answer that took two pages kept the question and keys over one line of it."""
    area = board.inflate(-40, 0)
    view.board_height, view.reveal_card = area.height, True
    counter = view._counter_height(area, "0")

    def one_page(reveal: Reveal, box: pygame.Rect, card: bool) -> bool:
        return len(_pages(view, reveal, box.inflate(-40, 0), box.y + counter, card)[0]) == 1

    reveal = reveal_of(view)
    if one_page(reveal, board, True):
        return False
    beside = (view, area, board.y + counter, reveal.card(), reveal.verdict, reveal.beside_words)
    if view.host.app.workshop is not None and beside_layout(*beside) is not None:
        return False  # the room's screen: the why beside the card, under the question
    view.reveal_card = _card_fits_every_answer(view, whole, one_page)
    return True


def _card_fits_every_answer(view, whole: pygame.Rect, one_page) -> bool:
    """Whether every statement's answer, right or wrong, fits one page of the whole board
    with its card (kept for the board's size, the text size and the language)."""
    from steps_game.ui.text import current_language, text_scale

    key = (tuple(whole), text_scale(), current_language())
    if view.cards_fit.get("key") != key:
        statements = view.model.config.statements
        view.cards_fit = {
            "key": key,
            "fit": all(
                one_page(reveal_of(view, statement, right), whole, True)
                for statement in statements
                for right in (True, False)
            ),
        }
    return view.cards_fit["fit"]


def build_reveal(view, ui, area: pygame.Rect, counter: str) -> None:
    """The counter, the statement's card (`view.reveal_card`), and the verdict and why under
    it."""
    top = view._counter(ui, area, counter)
    host, pager = view.host, view.pager
    reveal, card = reveal_of(view), view.reveal_card
    pages, with_card = _pages(view, reveal, area, top, card)
    projector = host.app.workshop is not None  # the room's screen: all on one page
    beside = (view, ui, area, top, reveal.card(), reveal.verdict, reveal.beside_words)
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
