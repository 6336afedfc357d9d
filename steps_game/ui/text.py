"""Text drawing for the game's own widgets (cards, charts, the map): a text of a role drawn in
its box, at its size and never under its floor.

The parts live in modules of their own, and their names are importable from here as before:
fonts (font files and sizes), text_writing (the current script, direction and language),
text_roles (roles, floors, the text scale), text_clean (what of a text is drawn), text_shaping
(script and right-to-left texts drawn word by word), text_wrap (line breaking), text_cache and
text_render (text images, kept), text_fit (the size that fits a box, and the overflows),
text_record (the layout audit's record of drawn texts)."""

from __future__ import annotations

import pygame

from steps_game.ui.fonts import (  # noqa: F401
    FONT_FILES,
    SCRIPT_FONTS,
    font,
    font_files,
    font_path,
    script_font_path,
)
from steps_game.ui.glyphs import covered as glyph_coverage
from steps_game.ui.text_cache import RENDER_CACHE_BYTES, _cached_up_to  # noqa: F401
from steps_game.ui.text_clean import KEPT_INVISIBLE, clean  # noqa: F401
from steps_game.ui.text_fit import _fit, _fit_in, _fit_words, _say_overflow, fit, overflows  # noqa: F401
from steps_game.ui.text_record import DrawnText, _note_drawn, recording  # noqa: F401
from steps_game.ui.text_render import (  # noqa: F401
    _measured,
    _render,
    _render_words,
    end_frame,
    measured_size,
    render,
    start_build,
    text_size,
)
from steps_game.ui.text_roles import (  # noqa: F401
    ROLE_FLOORS,
    ROLES,
    TITLE_GROWTH,
    floor_size,
    role_size,
    set_text_scale,
    text_scale,
)
from steps_game.ui.text_shaping import (  # noqa: F401
    SCRIPT_LINE_HEIGHT,
    _line_height,
    _piece_font,
    _piece_image,
    _pieces,
    _runs,
    _takes_words,
    _word,
    _word_width,
    _writing_of,
    line_height,
)
from steps_game.ui.text_wrap import _word_lines, _words_height, wrapped_lines  # noqa: F401
from steps_game.ui.text_writing import (  # noqa: F401
    current_language,
    current_script,
    is_rtl,
    number_text,
    own_labels,
    set_writing,
)


def text_height(text: str, size: int, width: int, *, role: str = "body", bold: bool = False) -> int:
    """How tall `text` designed at `size` is when wrapped to `width` at the current text size.
    A box with no width left (large text beside wide buttons) measures as one letter wide:
    tall, so the caller gives the text room elsewhere."""
    return measured_size(text, role_size(size, role), bold=bold, width=max(width, 1))[1]


def blit_text(
    surface: pygame.Surface,
    text: str,
    rect: pygame.Rect,
    size: int,
    color: tuple[int, int, int],
    *,
    role: str = "body",
    bold: bool = False,
    center: bool = False,
    middle: bool = False,
) -> pygame.Rect:
    """Draw wrapped text inside `rect` at `size` scaled with the text size (see role_size).

    A text that does not fit may shrink, but never under its role's floor; options never shrink,
    so options side by side keep one size. What still does not fit is clipped and recorded in
    `overflows`: its box needs more room, or its screen needs to scroll or page."""
    if rect.width <= 0 or rect.height <= 0:
        # a box squeezed to nothing by larger words beside it: nothing fits, and it is said
        _say_overflow(f"{text[:60]!r} has no room ({rect.width}x{rect.height})")
        return pygame.Rect(rect.topleft, (0, 0))
    wanted = role_size(size, role)
    smallest = wanted if role == "option" else floor_size(role)
    size = fit(
        text,
        wanted,
        rect.width,
        rect.height,
        bold=bold,
        color=color,
        center=center,
        minimum=smallest,
    )
    image = render(text, size, color, bold=bold, width=rect.width, center=center)
    dest = image.get_rect()
    dest.top = rect.top
    if center:
        dest.centerx = rect.centerx
    elif is_rtl():
        dest.right = rect.right  # right to left: lines start at the box's right edge
    else:
        dest.left = rect.left
    if middle:
        dest.centery = rect.centery
    clip = surface.get_clip()
    surface.set_clip(rect.clip(clip) if clip else rect)
    surface.blit(image, dest)
    surface.set_clip(clip)
    _note_drawn(surface, role, size, image, dest, rect, text)
    return dest


def blit_line(
    surface: pygame.Surface,
    text: str,
    size: int,
    color: tuple[int, int, int],
    *,
    role: str = "secondary",
    bold: bool = False,
    **anchor: tuple[float, float] | float,
) -> pygame.Rect:
    """Draw one unwrapped line at `size` for `role` (see role_size), placed by one pygame.Rect
    anchor (center=, midleft=, topleft= ...): labels on a drawing, such as the map's rings."""
    drawn = role_size(size, role)
    image = render(text, drawn, color, bold=bold)
    dest = image.get_rect(**anchor)
    surface.blit(image, dest)
    _note_drawn(surface, role, drawn, image, dest, None, text)
    return dest


def clear_caches() -> None:
    """Forget every font and text image (they die with pygame.quit(), e.g. between tests)."""
    for cached in (
        font,
        _piece_font,
        _piece_image,
        _render,
        _measured,
        _word,
        _word_width,
        _pieces,
        _fit_in,
        glyph_coverage,
        clean,
    ):
        cached.cache_clear()


def forget_fonts_at_quit() -> None:
    """Fonts and text images die with pygame.quit() (the end of a game, a test, a command that
    drew a picture): forget them then, so whatever runs next makes fresh ones. pygame calls a
    registered function at one quit only, so whoever starts pygame registers it again."""
    pygame.register_quit(clear_caches)


forget_fonts_at_quit()
