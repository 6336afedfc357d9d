"""Step 5 at large text: the message so far, with the part being chosen. Stacked and paged, the
letter stands pages under the options; so under the part's heading, on the options' page, a
line says the words that come just before this part (the last part chosen before it, else the
greeting): the player sees the message grow as each part is chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.tasks.message_builder.letter import LETTER_TEXT_SIZE
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.measure import text_height

if TYPE_CHECKING:
    from steps_game.tasks.message_builder.view import MessageBuilderView


def words_before(view: MessageBuilderView) -> str:
    """The message's words just before the part being chosen."""
    model = view.model
    words = view.tr.pick(model.greeting())
    for part in model.config.parts:
        if part.id == model.state["current"]:
            break
        option = model.chosen(part.id)
        if option is not None and option.in_letter:
            words = view.pick(option.text)
    return view.t("before_part", words=words)


def build_so_far(view: MessageBuilderView, ui: ViewBuilder, top: int, box: pygame.Rect) -> int:
    """The words at `top`, as wide as `box` (plain words, not a box: no card to choose);
    returns their height and the gap under them."""
    said = words_before(view)
    height = text_height(said, LETTER_TEXT_SIZE, box.width)
    rect = pygame.Rect(box.x, top, box.width, height)
    ui.text(said, rect, size=LETTER_TEXT_SIZE, color=palette.MUTED)
    return height + 8
