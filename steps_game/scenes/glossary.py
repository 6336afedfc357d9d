"""The networking words of the game in Finnish, each with a plain meaning in the player's language:
Finnish beside one's own language, reached from the pause menu.

Each Finnish word stands beside its meaning (above it when the words are too large for two
columns), with a short Finnish example sentence under the meaning; when they do not all fit,
the list scrolls word by word (see scenes/scroller.py)."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_H
from steps_game.scenes.scroller import (
    BAR_W,
    Scroller,
    ScrollingList,
    fit_list,
    hint_height,
    place_hint,
)
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
from steps_game.ui.text import is_rtl, role_size, text_height, text_size

PANEL_W = 1200
HEADING_SIZE = 28
TERM_SIZE = 20
MEANING_SIZE = 20
EXAMPLE_SIZE = 18  # the Finnish example sentence, quieter than the meaning
ENTRY_GAP = 14
# The Finnish words' column takes at most this share of the width; wider, they go above
TERM_SHARE = 0.4
TERM_GAP = 28  # between a Finnish word and its meaning
LEFT_TO_RIGHT_MARK = "\u200e"  # invisible; see _finnish_line


class GlossaryScene(KeepsTimerCorner, ScrollingList, Scene):
    overlay = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.preferred_focus = "back"
        self.scroller = Scroller()
        self.track = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        tr, ui = self.tr, self.ui
        terms = self.app.content.glossary.terms if self.app.content.glossary else []
        width = PANEL_W - 2 * PAD
        list_w = width - 3 * BAR_W  # room for the scroll bar beside the words
        term_w = _term_width([term.finnish for term in terms], list_w)
        entries = []
        for term in terms:
            meaning = tr.pick(term.meaning)
            example = _finnish_line(term.example or "")
            text_w = list_w - term_w if term_w else list_w
            term_box_w = term_w - TERM_GAP if term_w else list_w
            term_h = text_height(term.finnish, TERM_SIZE, term_box_w, bold=True)
            meaning_h = text_height(meaning, MEANING_SIZE, text_w)
            example_h = _example_height(example, text_w)
            text_h = meaning_h + example_h
            entry_h = max(term_h, text_h) if term_w else term_h + text_h
            entries.append((term.finnish, meaning, example, term_h, meaning_h, example_h, entry_h))
        heading = tr("glossary.heading")
        beside = heading_room(self.app, center=False)  # beside the timer (F6) while it is on
        heading_h = tall_enough(self.app, heading_height(heading, HEADING_SIZE, width - beside))
        buttons = [("back", tr("glossary.back"), self.app.pop)]
        buttons_h = row_height(buttons, width)
        hint = tr("plan.scroll_hint")
        hint_h = hint_height(hint, buttons, width)
        fixed = 2 * PAD + heading_h + GAP + GAP + buttons_h
        heights = [entry[-1] for entry in entries]
        room = SCREEN_H - 2 * EDGE - fixed  # the most the list can have
        list_h = fit_list(self.scroller, heights, room, ENTRY_GAP, hint_h)
        if self.scroller.scrolls:
            fixed += hint_h
        panel = centered_panel(ui, PANEL_W, fixed + list_h)
        inner = panel.inflate(-2 * PAD, -2 * PAD)
        self.timer_inner = inner  # the timer (F6) in its top corner
        box = heading_rect(self.app, inner, heading_h, center=False)
        panel_heading(ui, heading, box, heading_h, HEADING_SIZE, center=False)
        top = inner.y + heading_h + GAP
        self.track = ui.place(pygame.Rect(inner.right - BAR_W, top, BAR_W, list_h))
        y = top
        for index in self.scroller.shown():
            finnish, meaning, example, term_h, meaning_h, example_h, entry_h = entries[index]
            term_box = pygame.Rect(inner.x, y, term_w - TERM_GAP if term_w else list_w, term_h)
            ui.text(finnish, term_box, size=TERM_SIZE, bold=True)
            if term_w:
                meaning_box = pygame.Rect(inner.x + term_w, y, list_w - term_w, meaning_h)
            else:
                meaning_box = pygame.Rect(inner.x, y + term_h, list_w, meaning_h)
            ui.text(meaning, meaning_box, size=MEANING_SIZE)
            if example:
                example_box = pygame.Rect(
                    meaning_box.x, meaning_box.bottom, meaning_box.width, example_h
                )
                ui.text(
                    example, example_box, size=EXAMPLE_SIZE, color=palette.MUTED, role="secondary"
                )
            y += entry_h + ENTRY_GAP
        bottom = inner.bottom - buttons_h
        if self.scroller.scrolls:
            place_hint(ui, hint, buttons, pygame.Rect(inner.x, bottom, inner.width, buttons_h))
        place_row(ui, buttons, bottom, inner.x, inner.right)

    def on_back(self) -> bool:
        self.app.pop()
        return True


def _finnish_line(example: str) -> str:
    """The Finnish example as drawn: on a right-to-left screen it ends with a left-to-right
    mark, so that its closing full stop or question mark stays at its end (on the right)
    instead of jumping to the left of the sentence."""
    return example + LEFT_TO_RIGHT_MARK if example and is_rtl() else example


def _example_height(example: str, width: int) -> int:
    """How tall a term's Finnish example sentence is under its meaning (0 without one)."""
    if not example:
        return 0
    return text_height(example, EXAMPLE_SIZE, width, role="secondary")


def _term_width(words: list[str], width: int) -> int:
    """How wide the Finnish words' column is beside their meanings: as wide as the longest
    term on one line, up to TERM_SHARE of the width, never narrower than its longest single
    word; 0 when that word alone is too wide (the terms then stand above their meanings)."""
    size = role_size(TERM_SIZE, "body")
    gap = TERM_GAP
    longest_word = max((text_size(w, size, True)[0] for t in words for w in t.split()), default=0)
    longest = max((text_size(term, size, True)[0] for term in words), default=0)
    column = max(longest_word, min(longest, round(width * TERM_SHARE))) + gap
    return column if column <= width * TERM_SHARE + gap else 0
