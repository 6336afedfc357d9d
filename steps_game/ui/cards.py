"""Cards: the game's own drawn, focusable, selectable tiles for choices in the mini-tasks."""

from __future__ import annotations

from contextlib import nullcontext

import pygame

from steps_game.ui import palette
from steps_game.ui.finnish_line import (
    draw_at_end,
    extra_height,
    fits_beside,
    word_width,
    words_and_finnish,
)
from steps_game.ui.second_line import GAP as SECOND_GAP
from steps_game.ui.second_line import draw_second, under_height
from steps_game.ui.text import (
    blit_text,
    floor_size,
    is_rtl,
    line_height,
    render,
    role_size,
    text_height,
    text_scale,
    text_size,
)

CARD_TEXT_SIZE = 20
NOTE_SIZE = 17  # the words under a card's title when they are a note about it
BADGE_SIZE = 16  # a card's badge ("For your field"), secondary and bold, on its last line
FOOT_GAP = 6  # between the badge and a Finnish word that shares its line


def card_tick() -> int:
    """A selected card's tick: 20 px at 100 % text, growing with the text size: to 26 px at
    150 % and on a projector (the room a card's words always left it), and on to 40 px at
    200 %, where a 26 px tick beside 40 px words, in a fill barely darker than a card's, was
    missed by a low-vision player (thirteenth Arabic play-test). (Not larger on a projector:
    there a wider tick cost the room's asks a page and its three people their one row.)"""
    scale = text_scale()
    return min(round(20 * scale), 26 if scale <= 1.5 else 40)


def tick_room() -> int:
    """What a selectable card keeps of its words' width for the tick, so that choosing a card
    never makes its words wrap anew: 26 px up to a 26 px tick (in the card's inset beside it),
    a larger tick's size and 6 px."""
    size = card_tick()
    return 26 if size <= 26 else size + 6


def _badge_height() -> int:
    return line_height(floor_size("secondary"), bold=True)


def _on_foot(text: str, px: int, badge: str, finnish: str, width: int, foot_width: int) -> bool:
    """Whether a card's Finnish word goes on its badge's line, at the other end: when it does
    not fit beside the words (`px` large, `width` wide) but does there, so that a goal card of
    the player's field keeps the height of the others."""
    if not (badge and finnish) or fits_beside(text, px, finnish, width):
        return False
    badge_w = text_size(badge, role_size(BADGE_SIZE, "secondary"), bold=True)[0]
    return badge_w + FOOT_GAP + word_width(finnish) <= foot_width


def foot_height(text: str, px: int, badge: str, finnish: str, width: int, foot_width: int) -> int:
    """How much a card needs besides its words (`px` large, `width` wide) for its badge and its
    Finnish word: the badge's line, `foot_width` wide (a selected card's tick stands at the
    top, so the foot has the card's whole width), and a line under the words for the Finnish
    word when it stands neither beside them nor on the badge's line."""
    if not badge:
        return extra_height(text, px, finnish, width)
    if not finnish or _on_foot(text, px, badge, finnish, width, foot_width):
        return _badge_height() + 4
    return _badge_height() + 4 + extra_height(text, px, finnish, width)


def draw_check(
    surface: pygame.Surface, center: tuple[int, int], size: int, color, stroke: int = 0
) -> None:
    """A tick mark drawn as lines: selection is never shown by colour alone. `stroke`: its
    lines' width (0: a fifth of its size, at least 3 px)."""
    x, y = center
    points = [(x - size // 2, y), (x - size // 6, y + size // 3), (x + size // 2, y - size // 3)]
    pygame.draw.lines(surface, color, False, points, width=stroke or max(3, size // 5))


def draw_card(
    surface: pygame.Surface,
    rect: pygame.Rect,
    text: str,
    *,
    selected: bool = False,
    fill: tuple[int, int, int] | None = None,
    dashed: bool = False,
    **face,
) -> None:
    """A card: its fill and border (`dashed`: a page turner's), then its face (`_card_face`:
    badge, dimmed, text_size, title, title_width, note, finnish, second). A chosen card is dark
    with light words, as a chosen button is: its pale fill told it from the others by colour
    1.12:1 (thirteenth Arabic play-test, at high contrast)."""
    base = fill or (palette.ACCENT_DARK if selected else palette.PANEL)
    pygame.draw.rect(surface, base, rect, border_radius=10)
    border = palette.ACCENT if selected else palette.BORDER
    if dashed:  # a page turner among answers: its edge broken, unlike any answer's
        _dashed_rect(surface, palette.ACCENT_DARK, rect, 3)
    else:
        pygame.draw.rect(surface, border, rect, width=4 if selected else 2, border_radius=10)
    with palette.on_dark() if selected else nullcontext():
        _card_face(surface, rect, text, selected=selected, **face)


def _dashed_rect(surface: pygame.Surface, color, rect: pygame.Rect, width: int) -> None:
    """`rect`'s edge in dashes `width` thick (12 px on, 8 off), each side from its corner."""
    dash, gap = 12, 8
    for (x0, y0), (x1, y1) in (
        (rect.topleft, rect.topright),
        (rect.bottomleft, rect.bottomright),
        (rect.topleft, rect.bottomleft),
        (rect.topright, rect.bottomright),
    ):
        length = max(abs(x1 - x0), abs(y1 - y0))
        for start in range(0, length, dash + gap):
            end = min(start + dash, length)
            if x0 == x1:  # (an upright side, drawn inside the card's edge)
                x = x0 if x0 == rect.left else x0 - width
                pygame.draw.rect(surface, color, (x, y0 + start, width, end - start))
            else:
                y = y0 if y0 == rect.top else y0 - width
                pygame.draw.rect(surface, color, (x0 + start, y, end - start, width))


def _card_face(
    surface: pygame.Surface,
    rect: pygame.Rect,
    text: str,
    *,
    selected: bool,
    badge: str = "",
    dimmed: bool = False,
    text_size: int = CARD_TEXT_SIZE,
    title: str = "",
    title_width: int = 0,
    note: bool = False,
    finnish: str = "",
    second: tuple[str, str] | None = None,
) -> None:
    """What stands on a card: its tick, badge, title and words. With `title_width` the title
    stands in a column before the text. With `note`, the words under a title are a note about
    it (secondary) rather than more of it. `finnish`: the Finnish word of the key term the
    card names, after or under its words. `second` (words, language code), on a card without
    a title: the words in a second language under its words (ui/second_line.py;
    grid.card_height makes room for them), in place of the Finnish word (workshop mode's
    second language is the room's choice)."""
    inner = rect.inflate(-24, -20)
    foot = inner.copy()  # the badge's line: below the tick, the card's whole width
    if selected:
        # the tick at the corner the words end at: top right, or top left right to left; it
        # grows with the text as far as the room kept beside the words holds it (a 20 px tick
        # beside 40 px words at 200 % was missed by low-vision players)
        # (6 px in from the edge, its stroke a little finer than a free-standing tick's: it
        # stays clear of the words beside the room kept for it; 11 px in, it touched their
        # last letter, seventh Arabic play-test)
        size = card_tick()
        stroke = max(3, size // 6)
        inset = 6 + stroke // 2  # (a thick stroke stands out past the tick's size)
        corner = rect.left + inset + size // 2 if is_rtl() else rect.right - inset - size // 2
        middle = rect.top + max(22, 8 + size // 2)  # (a large one clear of the top border)
        draw_check(surface, (corner, middle), size, palette.ACCENT_DARK, stroke)
    if selected or finnish:
        # a Finnish word goes after the words' last line when it fits: the words wrap as they
        # were measured, with the tick's room kept, or it could stand elsewhere than measured
        inner.width -= tick_room()
        if is_rtl():
            inner.x += tick_room()
    if badge:
        badge_h = _badge_height()
        line = pygame.Rect(foot.left, foot.bottom - badge_h, foot.width, badge_h)
        blit_text(
            surface, badge, line, BADGE_SIZE, palette.ACCENT_DARK, role="secondary", bold=True
        )
        px = role_size(text_size, "option")
        if _on_foot(text, px, badge, finnish, inner.width, foot.width):
            draw_at_end(surface, finnish, line, dimmed=dimmed)
            finnish = ""
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
        # as card_height measured them: a note at NOTE_SIZE (drawn larger, each note shrank to
        # its own size to fit, and notes side by side came out in four sizes)
        role, size = ("secondary", NOTE_SIZE) if note else ("option", text_size - 2)
        words_and_finnish(surface, text, inner, size, color, role=role, finnish=finnish)
    elif second:
        _words_and_second(surface, text, second, inner, text_size, color, middle=not badge)
    else:
        words_and_finnish(surface, text, inner, text_size, color, middle=not badge, finnish=finnish)


def _words_and_second(surface, text, second, inner, text_size, color, *, middle) -> None:
    """A card's words and, under them, the same in the second language; both in the middle of
    the card when `middle`."""
    words, code = second
    first_h = text_height(text, text_size, inner.width, role="option")
    both = first_h + under_height(words, code, text_size, inner.width)
    top = inner.top + (max(0, (inner.height - both) // 2) if middle else 0)
    blit_text(
        surface,
        text,
        pygame.Rect(inner.x, top, inner.width, first_h),
        text_size,
        color,
        role="option",
    )
    top += first_h + SECOND_GAP
    box = pygame.Rect(inner.x, top, inner.width, inner.bottom - top)
    draw_second(surface, words, code, box, text_size, under=text)


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
    does not reflow it; the tick's room grows with it at 200 %, tick_room)."""
    inner_w = width - 24 - tick_room()
    height = 20
    if title:
        height += (
            6
            + render(
                title, role_size(text_size, "option"), palette.INK, bold=True, width=inner_w
            ).get_height()
        )
        text_size = NOTE_SIZE if note else text_size - 2
    role = "secondary" if note and title else "option"
    px = role_size(text_size, role)
    words = render(text, px, palette.INK, width=inner_w).get_height()
    return height + words + extra_height(text, px, finnish, inner_w)
