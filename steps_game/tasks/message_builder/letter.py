"""Step 5's letter as it stands: a "To" line, then one paragraph per part on a sheet of paper.

The paragraphs keep the body text's size at any text size; when they are longer than the sheet,
the sheet shows whole paragraphs and scrolls (the mouse wheel over it, Page Up and Page Down),
bringing the part being chosen into view each time another part opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.measure import text_height
from steps_game.ui.scroll import ItemScroll
from steps_game.ui.text import is_rtl

if TYPE_CHECKING:
    from steps_game.tasks.message_builder.view import MessageBuilderView

LETTER_TEXT_SIZE = 20
PARAGRAPH_GAP = 8
TO_TEXT_SIZE = 20


class Letter:
    def __init__(self, view: MessageBuilderView) -> None:
        self.view = view
        self.scroll = ItemScroll()

    def handle_scroll(self, dy: int) -> bool:
        if self.scroll.scroll(1 if dy > 0 else -1):
            self.view.host.rebuild()
        return True

    def height(self, width: int) -> int:
        """How tall the whole letter stands `width` wide: the "To" line and every paragraph
        on its paper (a stacked board puts Send under it)."""
        to_height = text_height(self._to(), TO_TEXT_SIZE, width, bold=True)
        inner = width - 48
        heights = [text_height(text, LETTER_TEXT_SIZE, inner) for text, _ in self._lines()]
        return to_height + 8 + 18 + sum(heights) + PARAGRAPH_GAP * (len(heights) - 1)

    def last_height(self, width: int) -> int:
        """How tall the letter's last paragraph stands in a letter `width` wide."""
        return text_height(self._lines()[-1][0], LETTER_TEXT_SIZE, width - 48)

    def _to(self) -> str:
        return self.view.t("to", contact=self.view.who(self.view.model.contact()))

    def _lines(self) -> list[tuple[str, tuple]]:
        """The letter's paragraphs, the greeting first, with their colours."""
        view, model = self.view, self.view.model
        lines = [(view.tr.pick(model.greeting()), palette.INK)]
        for part in model.config.parts:
            option = model.chosen(part.id)
            name = view.tr.pick(part.name)
            if option is None:
                lines.append((view.t("empty_part", part=name), palette.MUTED))
            elif not option.in_letter:
                lines.append((view.t("left_out", part=name), palette.MUTED))
            else:
                lines.append((view.pick(option.text), palette.INK))
        return lines

    def build(
        self, ui: ViewBuilder, box: pygame.Rect, *, interactive: bool, reading: bool = False
    ) -> None:
        """The letter in `box`; `interactive` while it is being written (the part being chosen
        shaded and kept in view); `reading`, whole on a stacked board's pages before Send, with
        nothing over it to keep its "To" line from going on with it."""
        view = self.view
        model = view.model
        to_text = self._to()
        to_width = box.width
        to_height = text_height(to_text, TO_TEXT_SIZE, to_width, bold=True)
        ui.text(
            to_text,
            pygame.Rect(box.x, box.y, to_width, to_height),
            size=TO_TEXT_SIZE,
            bold=True,
            middle=True,
        )
        # the sent letter on a stacked board's pages: never alone at a page's foot with the
        # letter on the next. (Not while the options are over it: there a keep that cannot be
        # met chose another way of paging, and the options' pages lost their heads.)
        if self.view.model.phase == "sent" or reading:
            ui.keep_with_next(box.y, box.y + to_height)
        top = box.y + to_height + 8
        paper = pygame.Rect(box.x, top, box.width, box.bottom - top)
        ui.panel(paper, palette.PANEL)
        parts = model.config.parts
        inner = paper.inflate(-48, -18)
        lines = self._lines()
        heights = [text_height(text, LETTER_TEXT_SIZE, inner.width) for text, _ in lines]
        # (read whole, no part is open: the last one chosen looked open, shaded, over Send)
        current = model.state["current"] if interactive and not reading else None
        ids = [None, *(part.id for part in parts)]
        keep = ids.index(current) if current in ids else None
        # the part being chosen in view when it opens, and again when its words change: a
        # room's one-part set chose its ask and the letter still showed only the greeting
        # over an empty sheet, the ask scrolled out of sight (third facilitator run)
        words = lines[keep][0] if keep is not None else None
        shown = self.scroll.lay_out(
            heights, PARAGRAPH_GAP, inner.height, keep=keep, keep_key=(interactive, current, words)
        )
        if keep is not None and heights[keep] > inner.height:
            # the part being chosen taller than the sheet beside the options: a layout that
            # cannot show it does not fit (the board is stacked), rather than a letter of its
            # greeting only (sixth facilitator run, the ask opened again on a projector)
            ui.unfit()
        # on a stacked board's pages the letter is read page by page, cut between its lines:
        # kept whole as one place, it left its "To" line alone on a page and Send on another
        # (not scrolled there: the sheet turns the pages)
        paged = getattr(ui, "page_room", None) is not None
        self.scroll.rect = pygame.Rect(inner) if paged else ui.place(inner)
        y = inner.y
        for index in shown:
            text, color = lines[index]
            rect = pygame.Rect(inner.x, y, inner.width, heights[index])
            if ids[index] is not None and ids[index] == current:
                # The part being chosen, shaded in the letter (the heading names it too).
                # (12 px round the words: at 8 an Arabic line's first letter touched its frame)
                ui.panel(rect.inflate(24, 8), palette.ACCENT_SOFT)
            ui.text(text, rect, size=LETTER_TEXT_SIZE, color=color)
            y += heights[index] + PARAGRAPH_GAP

    def draw(self, surface: pygame.Surface) -> None:
        self.scroll.draw_marks(surface, palette.ACCENT_DARK, rtl=is_rtl())
