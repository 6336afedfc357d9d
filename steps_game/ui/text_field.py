"""A one-line text field drawn by the game: pygame_gui's own cannot shape Arabic or Persian, so
the words go through the game's text drawing (HarfBuzz, right to left where the words are).

The field shows the words, the input method's composition underlined after the caret, and the
caret; a line longer than the box slides so that the caret stays in view. Its size follows the
player's text size: the words are never drawn smaller to fit.
"""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.line_editor import LineEditor
from steps_game.ui.reading_order import has_rtl
from steps_game.ui.text import blit_line, is_rtl, render, role_size

FIELD_TEXT_SIZE = 24
PAD = 14


def field_text_size() -> int:
    """The size the field's words are drawn at: a body text's (never under its floor)."""
    return role_size(FIELD_TEXT_SIZE, "body")


def field_height() -> int:
    # Arabic script's line is 1.5 times its size (ui/text.py): room for it in every language
    return round(field_text_size() * 1.5) + 2 * PAD


def right_to_left(editor: LineEditor) -> bool:
    """Whether the line reads from the right: its own words decide, else the language."""
    words = editor.text + editor.composition
    return has_rtl(words) if words.strip() else is_rtl()


def draw_field(
    surface: pygame.Surface, rect: pygame.Rect, editor: LineEditor, *, focused: bool, blink: bool
) -> None:
    pygame.draw.rect(surface, palette.PANEL, rect, border_radius=8)
    pygame.draw.rect(
        surface, palette.ACCENT if focused else palette.BORDER, rect, width=3, border_radius=8
    )
    size = field_text_size()
    inner = rect.inflate(-2 * PAD, -8)
    before, after = editor.text[: editor.caret], editor.text[editor.caret :]
    shown = before + editor.composition + after
    rtl = right_to_left(editor)
    image = render(shown, size, palette.INK) if shown else None
    lead = render(before, size, palette.INK).get_width() if before else 0
    composed = (
        render(before + editor.composition, size, palette.INK).get_width()
        if editor.composition
        else lead
    )
    width = image.get_width() if image is not None else 0
    # Where the image starts so that the caret stays inside the box
    if rtl:
        x = inner.right - width
        caret_in_image = width - composed
        shift = max(0, (inner.x + 2) - (x + caret_in_image))
        x += shift
    else:
        x = inner.x
        caret_in_image = composed
        shift = max(0, (x + caret_in_image) - (inner.right - 2))
        x -= shift
    clip = surface.get_clip()
    surface.set_clip(inner.clip(clip) if clip else inner)
    if image is not None:
        # through blit_line, so that the layout audit sees the words with their role
        top = inner.centery - image.get_height() // 2
        blit_line(surface, shown, FIELD_TEXT_SIZE, palette.INK, role="body", topleft=(x, top))
    if editor.composition:
        # the input method's word, underlined until it is committed
        start = x + (width - composed if rtl else lead)
        end = x + (width - lead if rtl else composed)
        y = inner.centery + size // 2 + 2
        pygame.draw.line(surface, palette.ACCENT_DARK, (start, y), (end, y), width=2)
    if focused and blink:
        caret_x = x + caret_in_image
        top, bottom = inner.centery - size * 0.7, inner.centery + size * 0.7
        pygame.draw.line(surface, palette.INK, (caret_x, top), (caret_x, bottom), width=2)
    surface.set_clip(clip)
