"""A second language under the first (workshop mode, issue 15): the words in the facilitator's
second language stand under the first language's, smaller (the secondary role, never under its
floor) and muted, each line in its own writing: an Arabic line shaped and right-aligned on a
Finnish screen, a Finnish line left-aligned on an Arabic one (ui/writing.lines_in).

Boxes grow to hold both: every height here is the first text's and the second's together, so a
screen that measures with these pages or scrolls as it would for longer words. The second line
stands in a block as wide as the longer of the two lines, at the side the screen's reading starts
from, so that in a wide box a short Finnish word under an Arabic one stays under it rather than at
the box's far edge (shared_width)."""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.text import ROLE_FLOORS, blit_text, is_rtl, role_size, text_height, text_size
from steps_game.ui.writing import lines_in

SHARE = 0.8  # the second line's size, a share of the first's (at least the secondary floor)
GAP = 2  # between the first language's words and the second's


def second_size(size: float) -> int:
    """The design size (at 100 %) of the second language's words under words of `size`."""
    return max(ROLE_FLOORS["secondary"], round(size * SHARE))


def second_height(words: str, code: str | None, size: float, width: int) -> int:
    """How tall the second language's `words` are under words of `size` (0 without them)."""
    if not words or code is None:
        return 0
    with lines_in(code):
        return text_height(words, second_size(size), width, role="secondary")


def under_height(words: str, code: str | None, size: float, width: int) -> int:
    """The room the second line takes under the first, its gap included (0 without it)."""
    height = second_height(words, code, size, width)
    return height + GAP if height else 0


def shared_width(
    first: str,
    second: str,
    code: str | None,
    size: float,
    width: int,
    *,
    role: str = "body",
    bold: bool = False,
) -> int:
    """How wide the block of the two lines is: the longer one's width on one line, at most
    `width` (a text that wraps takes the whole box)."""
    first_w = text_size(first, role_size(size, role), bold)[0]
    with lines_in(code):
        second_w = text_size(second, role_size(second_size(size), "secondary"))[0]
    return min(width, max(first_w, second_w))


def pair_height(
    first: str,
    second: str,
    code: str | None,
    size: float,
    width: int,
    *,
    role: str = "body",
    bold: bool = False,
) -> int:
    """How tall `first` (designed at `size` for `role`) and the second language's words under
    it are, wrapped to `width`."""
    height = text_height(first, size, width, role=role, bold=bold)
    return height + under_height(second, code, size, width)


def place_second(
    ui, words: str, code: str | None, rect: pygame.Rect, size: float, *, center: bool = False
) -> None:
    """The second language's words in `rect` (as tall as second_height measured), muted;
    `center` under words drawn centred (a button's)."""
    if words and code is not None:
        ui.text(
            words,
            rect,
            size=second_size(size),
            color=palette.MUTED,
            role="secondary",
            language=code,
            center=center,
        )


def place_pair(
    ui,
    first: str,
    second: str,
    code: str | None,
    rect: pygame.Rect,
    size: float,
    *,
    role: str = "body",
    bold: bool = False,
    color: tuple[int, int, int] | None = None,
) -> None:
    """`first` at the top of `rect` and the second language's words under it (rect as tall as
    pair_height measured)."""
    first_h = text_height(first, size, rect.width, role=role, bold=bold)
    ui.text(
        first,
        pygame.Rect(rect.x, rect.y, rect.width, first_h),
        size=size,
        bold=bold,
        color=color,
        role=role,
    )
    if second and code is not None:
        top = rect.y + first_h + GAP
        # in the left-to-right layout the builder mirrors: the block starts where reading does
        block = shared_width(first, second, code, size, rect.width, role=role, bold=bold)
        place_second(ui, second, code, pygame.Rect(rect.x, top, block, rect.bottom - top), size)


def place_under(
    ui,
    first: str,
    second: str,
    code: str | None,
    x: int,
    top: int,
    width: int,
    size: float,
    *,
    role: str = "body",
    bold: bool = False,
) -> int:
    """The second language's words under `first`, which ends at `top` (a heading placed on its
    own); returns the room they take, their gap included (0 without them)."""
    height = second_height(second, code, size, width)
    if not height:
        return 0
    block = shared_width(first, second, code, size, width, role=role, bold=bold)
    place_second(ui, second, code, pygame.Rect(x, top + GAP, block, height), size)
    return height + GAP


def draw_second(
    surface: pygame.Surface,
    words: str,
    code: str,
    rect: pygame.Rect,
    size: float,
    *,
    under: str = "",
    role: str = "option",
) -> pygame.Rect:
    """Draw the second language's words in `rect` (on screen) straight onto `surface` (a drawn
    card), in a block as wide as the longer line with `under`, the words they stand under."""
    block = shared_width(under, words, code, size, rect.width, role=role) if under else rect.width
    rect = pygame.Rect(rect.right - block if is_rtl() else rect.x, rect.y, block, rect.height)
    color = palette.MUTED
    with lines_in(code):
        return blit_text(surface, words, rect, second_size(size), color, role="secondary")
