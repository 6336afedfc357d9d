"""Cards: the game's own drawn, focusable, selectable tiles for choices in the mini-tasks."""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.text import blit_text, floor_size, is_rtl, line_height, render, role_size

CARD_TEXT_SIZE = 20
NOTE_SIZE = 17  # the words under a card's title when they are a note about it
FINNISH_SIZE = 17  # the Finnish word under an option in another language (secondary)
FINNISH_GAP = 2  # between an option's words and its Finnish word


def finnish_height(word: str, width: int) -> int:
    """How tall the Finnish word under an option's words is, `width` wide (0 for none)."""
    if not word:
        return 0
    return render(word, role_size(FINNISH_SIZE, "secondary"), palette.INK, width=width).get_height()


def draw_finnish(
    surface: pygame.Surface, word: str, rect: pygame.Rect, *, dimmed: bool = False
) -> None:
    """The Finnish word of an option's key term, a smaller line under the words in the player's
    language. In a right-to-left language it starts at the right, as the words above it do, and
    reads left to right (ui/reading_order.py puts a Latin run in order inside it)."""
    color = palette.MUTED if dimmed else palette.ACCENT_DARK
    blit_text(surface, word, rect, FINNISH_SIZE, color, role="secondary")


def words_and_finnish(
    surface: pygame.Surface,
    text: str,
    box: pygame.Rect,
    size: int,
    color,
    *,
    role: str = "option",
    middle: bool = False,
    finnish: str = "",
) -> None:
    """An option's words in `box`, and under them its Finnish word when there is one; with
    `middle` the two stand together in the middle of the box."""
    if not finnish:
        blit_text(surface, text, box, size, color, role=role, middle=middle)
        return
    finnish_h = finnish_height(finnish, box.width)
    room = box.height - finnish_h - FINNISH_GAP
    words_h = min(room, render(text, role_size(size, role), color, width=box.width).get_height())
    top = box.top
    if middle:
        top = max(box.top, box.centery - (words_h + FINNISH_GAP + finnish_h) // 2)
    blit_text(surface, text, pygame.Rect(box.left, top, box.width, words_h), size, color, role=role)
    below = pygame.Rect(box.left, top + words_h + FINNISH_GAP, box.width, finnish_h)
    draw_finnish(surface, finnish, below, dimmed=color == palette.MUTED)


def draw_check(surface: pygame.Surface, center: tuple[int, int], size: int, color) -> None:
    """A tick mark drawn as lines: selection is never shown by colour alone."""
    x, y = center
    points = [(x - size // 2, y), (x - size // 6, y + size // 3), (x + size // 2, y - size // 3)]
    pygame.draw.lines(surface, color, False, points, width=max(3, size // 6))


def draw_card(
    surface: pygame.Surface,
    rect: pygame.Rect,
    text: str,
    *,
    selected: bool = False,
    badge: str = "",
    dimmed: bool = False,
    text_size: int = CARD_TEXT_SIZE,
    fill: tuple[int, int, int] | None = None,
    title: str = "",
    title_width: int = 0,
    note: bool = False,
    finnish: str = "",
) -> None:
    """A card; with `title_width` the title stands in a column before the text. With
    `note`, the words under a title are a note about it (secondary) rather than more of it.
    `finnish`: the Finnish word of the key term the card names, under its words."""
    base = fill or (palette.ACCENT_SOFT if selected else palette.PANEL)
    pygame.draw.rect(surface, base, rect, border_radius=10)
    border = palette.ACCENT if selected else palette.BORDER
    pygame.draw.rect(surface, border, rect, width=4 if selected else 2, border_radius=10)
    inner = rect.inflate(-24, -20)
    if selected:
        # the tick at the corner the words end at: top right, or top left right to left
        corner = rect.left + 22 if is_rtl() else rect.right - 22
        draw_check(surface, (corner, rect.top + 22), 20, palette.ACCENT_DARK)
        inner.width -= 26
        if is_rtl():
            inner.x += 26
    if badge:
        badge_h = line_height(floor_size("secondary"), bold=True)
        badge_rect = pygame.Rect(inner.left, inner.bottom - badge_h, inner.width, badge_h)
        blit_text(surface, badge, badge_rect, 16, palette.ACCENT_DARK, role="secondary", bold=True)
        inner.height -= badge_h + 4
    color = palette.MUTED if dimmed else palette.INK
    if title and title_width:
        # the title column where reading starts: at the left, or at the right right to left
        title_box = pygame.Rect(inner.left, inner.top, title_width, inner.height)
        words = pygame.Rect(
            inner.left + title_width + 12, inner.top, inner.width - title_width - 12, inner.height
        )
        if is_rtl():
            title_box.right = inner.right
            words.left = inner.left
        blit_text(
            surface, title, title_box, text_size, color, role="option", bold=True, middle=True
        )
        words_and_finnish(surface, text, words, text_size - 2, color, middle=True, finnish=finnish)
    elif title:
        # the title as tall as its words (card_height made the card tall enough for them)
        title_h = render(
            title, role_size(text_size, "option"), color, bold=True, width=inner.width
        ).get_height()
        title_rect = pygame.Rect(inner.left, inner.top, inner.width, min(title_h, inner.height))
        used = blit_text(surface, title, title_rect, text_size, color, role="option", bold=True)
        inner.height -= used.height + 6
        inner.top = used.bottom + 6
        role = "secondary" if note else "option"
        words_and_finnish(surface, text, inner, text_size - 2, color, role=role, finnish=finnish)
    else:
        words_and_finnish(surface, text, inner, text_size, color, middle=not badge, finnish=finnish)


def card_height(
    text: str,
    width: int,
    *,
    title: str = "",
    text_size: int = CARD_TEXT_SIZE,
    note: bool = False,
    finnish: str = "",
) -> int:
    """How tall draw_card needs a card of `width` to be for its words (and its Finnish word) at
    the current text size, with room kept for the tick a selected card shows (so choosing one
    does not reflow it)."""
    inner_w = width - 24 - 26
    height = 20
    if finnish:
        height += FINNISH_GAP + finnish_height(finnish, inner_w)
    if title:
        height += (
            6
            + render(
                title, role_size(text_size, "option"), palette.INK, bold=True, width=inner_w
            ).get_height()
        )
        text_size = NOTE_SIZE if note else text_size - 2
    role = "secondary" if note and title else "option"
    return (
        height + render(text, role_size(text_size, role), palette.INK, width=inner_w).get_height()
    )
