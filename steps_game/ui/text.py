"""Fonts and cached text drawing for the game's own widgets (cards, charts, the map)."""

from __future__ import annotations

import re
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache, update_wrapper
from pathlib import Path

import pygame

from steps_game import language_rules
from steps_game.paths import assets_dir
from steps_game.ui.glyphs import covered as glyph_coverage
from steps_game.ui.glyphs import has_glyph
from steps_game.ui.reading_order import break_words, has_rtl, visual_runs, wrap

FONT_FILES = {False: "NotoSans-Regular.ttf", True: "NotoSans-Bold.ttf"}
# Scripts Noto Sans lacks get a font of their own, shaped by HarfBuzz (joined letters) and laid out
# right to left; runs in Latin letters inside them keep Noto Sans (see _pieces).
SCRIPT_FONTS = {
    "arabic": ({False: "NotoSansArabic-Regular.ttf", True: "NotoSansArabic-Bold.ttf"}, "Arab"),
}

SCRIPT_LINE_HEIGHT = 1.5  # times the size; see _render_words

# Line breaks, the zero-width (non-)joiners Persian spelling needs, and the left-to-right mark
# that keeps a Finnish sentence's full stop at its end on a right-to-left screen (the glossary);
# the fonts draw the marks as nothing. And the no-break spaces ("1\u00a0234", "20\u00a0%"),
# which Noto Sans draws as spaces and wrapping does not break at (reading_order.BREAK_SPACES).
KEPT_INVISIBLE = {"\n", "\u200c", "\u200d", "\u200e", "\u00a0", "\u2007", "\u202f"}

# Texts that did not fit their box even at their role's floor. The game still draws them
# (clipped); the tests and the layout audit draw every screen and fail when anything lands here.
overflows: list[str] = []

# Every text has a role, and each role a floor: the smallest size, in pixels of the 1280x720
# logical screen at 100 % text, it is ever drawn at. The floor grows with the text size and with
# workshop mode (text_scale), so 200 % text is twice as large everywhere, not only in the titles.
ROLE_FLOORS = {"title": 28, "body": 20, "option": 20, "secondary": 16, "hint": 16}
ROLES = tuple(ROLE_FLOORS)
TITLE_GROWTH = 1.5  # titles grow with the text size up to this much (see role_size)


@dataclass(frozen=True)
class DrawnText:
    """One text as it reached the screen, for the layout audit (steps_game.audit)."""

    role: str
    size: int  # the font size it was drawn at, in logical pixels
    rect: pygame.Rect  # where its letters are, clipped to its box
    text: str
    surface: int  # id() of the surface drawn on: positions compare only on the same one
    cut: bool = False  # it did not fit its box, even at its floor, and was clipped


# While the audit records, every drawn text lands here (see recording()).
_drawn: list[DrawnText] | None = None

# How much larger than asked every blit_text draws (1.5 in workshop mode, for a projector). A text
# that does not fit its box at the larger size shrinks to fit, as any text does. The app sets it.
_scale = 1.0


# The current language's writing: its script picks fonts, its direction the alignment and order.
_writing = ("latin", False)
# The current language, for the numbers drawn on their own (a chart's values, a step's circle).
_language = "en"


def set_writing(script: str, rtl: bool, language: str = "en") -> None:
    global _writing, _language
    _writing = (script, rtl)
    _language = language


def number_text(value: int) -> str:
    """A number drawn on its own, in the current language's digits (Persian's, see
    language_rules), as the texts around it write theirs."""
    return language_rules.number(_language, value)


def is_rtl() -> bool:
    return _writing[1]


def current_script() -> str:
    return _writing[0]


def current_language() -> str:
    return _language


def own_labels() -> bool:
    """Whether the game draws button labels itself: pygame_gui cannot shape this script."""
    return _writing[0] in SCRIPT_FONTS


def set_text_scale(factor: float) -> None:
    global _scale
    _scale = factor


def text_scale() -> float:
    return _scale


def floor_size(role: str) -> int:
    """The smallest size a text of `role` is drawn at, at the current text size."""
    return round(ROLE_FLOORS[role] * _scale)


def role_size(size: int, role: str) -> int:
    """The size a text of `role` designed at `size` (100 %) is drawn at when it has room: scaled
    with the text size and never under its role's floor. Titles are designed large already: they
    grow with the text size up to one and a half times (a title twice as large would only take
    the room the words under it need), and never under their floor."""
    if role == "title":
        return max(round(size * min(_scale, TITLE_GROWTH)), floor_size(role))
    return max(round(size * _scale), floor_size(role))


@contextmanager
def recording():
    """Collect every text drawn inside the block (the layout audit's view of a screen)."""
    global _drawn
    drawn: list[DrawnText] = []
    _drawn = drawn
    try:
        yield drawn
    finally:
        _drawn = None


def _note_drawn(
    surface: pygame.Surface,
    role: str,
    size: int,
    image: pygame.Surface,
    dest: pygame.Rect,
    box: pygame.Rect | None,
    text: str,
) -> None:
    """Record a drawn text while the audit records (measured only then: finding the letters
    scans the image's pixels)."""
    if _drawn is None:
        return
    bounds = image.get_bounding_rect()
    ink = bounds.move(dest.topleft)
    if box is not None:
        ink = ink.clip(box)
    cut = box is not None and (image.get_height() > box.height or image.get_width() > box.width)
    if ink.width > 0 and ink.height > 0:
        _drawn.append(DrawnText(role, size, ink, text[:60], id(surface), cut))


@cache
def font_path(bold: bool = False) -> Path:
    return assets_dir() / "fonts" / FONT_FILES[bold]


@cache
def script_font_path(script: str, bold: bool) -> Path:
    return assets_dir() / "fonts" / SCRIPT_FONTS[script][0][bold]


def font_files(script: str) -> list[Path]:
    """Every font file a script's texts are drawn with (see _pieces)."""
    files = [font_path(False), font_path(True)]
    if script in SCRIPT_FONTS:
        files += [script_font_path(script, False), script_font_path(script, True)]
    return files


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> pygame.font.Font:
    return pygame.font.Font(font_path(bold), size)


# Text images are kept for reuse up to this many bytes rather than this many images: a wrapped text
# is as wide as its box (a paragraph is half a megabyte), and 512 of them grew the game by 36 MB
# over a playthrough (python -m steps_game.bench). 16 MB holds several busy screens.
RENDER_CACHE_BYTES = 16 * 1024 * 1024


def _cached_up_to(limit: int):
    """Like lru_cache, for functions that return surfaces, bounded by the surfaces' bytes."""

    def wrap(function):
        images: OrderedDict = OrderedDict()
        held = 0

        def cached(*args, **kwargs):
            nonlocal held
            key = (args, tuple(kwargs.items()))
            image = images.get(key)
            if image is not None:
                images.move_to_end(key)
                return image
            image = function(*args, **kwargs)
            images[key] = image
            held += image.get_pitch() * image.get_height()
            while held > limit and len(images) > 1:
                _, dropped = images.popitem(last=False)
                held -= dropped.get_pitch() * dropped.get_height()
            return image

        def cache_clear() -> None:
            nonlocal held
            images.clear()
            held = 0

        cached.cache_clear = cache_clear
        return update_wrapper(cached, function)

    return wrap


def render(
    text: str,
    size: int,
    color: tuple[int, int, int],
    *,
    bold: bool = False,
    width: int = 0,
    center: bool = False,
) -> pygame.Surface:
    """Text as a surface, wrapped to `width` when given. Cached: the same words are drawn once."""
    return _render(text, size, color, bold, width, center, _writing)


def text_height(text: str, size: int, width: int, *, role: str = "body", bold: bool = False) -> int:
    """How tall `text` designed at `size` is when wrapped to `width` at the current text size.
    A box with no width left (large text beside wide buttons) measures as one letter wide:
    tall, so the caller gives the text room elsewhere."""
    width = max(width, 1)
    return render(text, role_size(size, role), (0, 0, 0), bold=bold, width=width).get_height()


def text_size(text: str, size: int, bold: bool = False) -> tuple[int, int]:
    """How large `text` is drawn on one line, in the current writing."""
    return render(text, size, (0, 0, 0), bold=bold).get_size()


@_cached_up_to(RENDER_CACHE_BYTES)
def _render(text, size, color, bold, width, center, writing) -> pygame.Surface:
    text = clean(text)
    writing = _writing_of(text, writing)
    if _takes_words(text, writing):
        return _render_words(text, size, color, bold, width, center, *writing)
    face = font(size, bold)
    face.align = pygame.FONT_CENTER if center else pygame.FONT_LEFT
    return face.render(text, True, color, None, width)


@lru_cache(maxsize=2048)
def _pieces(line: str, bold: bool, script: str, rtl: bool) -> tuple[tuple[bool, bool, str], ...]:
    """A line in a language with a script font, cut into the pieces drawn one by one from the
    left: (own, rtl, text), `own` for the script's font, else Noto Sans; `rtl` pieces are given
    to HarfBuzz in logical order and laid out right to left by it (it mirrors their brackets).

    The line's runs come in visual order from the bidirectional algorithm (ui/reading_order.py).
    A right-to-left run is drawn by the script's font, with what that font lacks (brackets, an
    ellipsis) by Noto Sans, its pieces put together from the right; a left-to-right run by Noto
    Sans, with what it lacks (an Arabic comma, Persian digits) by the script's font."""
    pieces: list[tuple[bool, bool, str]] = []
    script_file = script_font_path(script, bold)
    for run in visual_runs(line, rtl):
        # Spaces are Noto Sans's, as wide as wrapping counts them between words.
        tokens = [token for token in re.split(r"( +)", run.text) if token]
        for token in reversed(tokens) if run.rtl else tokens:
            if token.isspace():
                pieces.append((False, False, token))
            elif run.rtl:
                cut = _runs(token, lambda ch: has_glyph(script_file, ch))
                pieces += [(own, True, text) for own, text in reversed(cut)]
            else:
                cut = _runs(token, lambda ch: not has_glyph(font_path(bold), ch))
                pieces += [(own, False, text) for own, text in cut]
    return tuple(pieces)


@lru_cache(maxsize=128)
def _piece_font(own: bool, rtl: bool, size: int, bold: bool, script: str) -> pygame.font.Font:
    """The font a piece is shaped with: the script's or Noto Sans, in the piece's direction."""
    if own:
        face = pygame.font.Font(script_font_path(script, bold), size)
        face.set_script(SCRIPT_FONTS[script][1])
    else:
        face = pygame.font.Font(font_path(bold), size)
    face.set_direction(pygame.DIRECTION_RTL if rtl else pygame.DIRECTION_LTR)
    return face


@lru_cache(maxsize=4096)
def _piece_image(text, own, rtl, size, color, bold, script) -> pygame.Surface:
    """One piece of a line (mostly a word), kept: the same words come back in many lines."""
    return _piece_font(own, rtl, size, bold, script).render(text, True, color)


@lru_cache(maxsize=2048)
def _word(line: str, size: int, color: tuple[int, int, int], bold: bool, script: str, rtl: bool):
    """One line (or one word of it, for measuring) drawn piece by piece in visual order."""
    if script not in SCRIPT_FONTS:
        return font(size, bold).render(line, True, color)
    pieces = [
        # spaces are only room: measured, not drawn
        font(size, bold).size(text)[0]
        if text.isspace()
        else _piece_image(text, own, piece_rtl, size, color, bold, script)
        for own, piece_rtl, text in _pieces(line, bold, script, rtl)
    ]
    if len(pieces) == 1 and not isinstance(pieces[0], int):
        return pieces[0]
    drawn = [piece for piece in pieces if not isinstance(piece, int)]
    width = sum(piece if isinstance(piece, int) else piece.get_width() for piece in pieces)
    height = max((piece.get_height() for piece in drawn), default=font(size, bold).get_height())
    image = pygame.Surface((max(width, 1), height), pygame.SRCALPHA)
    x = 0
    for piece in pieces:
        if isinstance(piece, int):
            x += piece
            continue
        image.blit(piece, (x, (height - piece.get_height()) // 2))
        x += piece.get_width()
    return image


@lru_cache(maxsize=4096)
def _word_width(line: str, size: int, bold: bool, script: str, rtl: bool) -> int:
    """How wide _word draws `line`, measured without drawing it: a text being fitted to its box
    is laid out at several sizes, and drawing every word at each of them was most of the first
    frame after a switch into Arabic (python -m steps_game.bench)."""
    if script not in SCRIPT_FONTS:
        return font(size, bold).size(line)[0]
    pieces = _pieces(line, bold, script, rtl)
    width = sum(
        (
            font(size, bold) if text.isspace() else _piece_font(own, piece_rtl, size, bold, script)
        ).size(text)[0]
        for own, piece_rtl, text in pieces
    )
    return width if len(pieces) == 1 else max(width, 1)


def _runs(word: str, in_script_font) -> list[tuple[bool, str]]:
    """The word cut where it changes between characters for the script font and the rest."""
    runs: list[tuple[bool, str]] = []
    for char in word:
        own = in_script_font(char)
        if runs and runs[-1][0] == own:
            runs[-1] = (own, runs[-1][1] + char)
        else:
            runs.append((own, char))
    return runs


def _writing_of(text: str, writing: tuple[str, bool]) -> tuple[str, bool]:
    """The writing a text is drawn in: the language's, except that right-to-left words on a
    Latin-script screen (Arabic and Persian in the list of languages) take the Arabic script's
    font, which Noto Sans lacks, in a left-to-right layout."""
    script, rtl = writing
    if script not in SCRIPT_FONTS and has_rtl(text):
        return "arabic", rtl
    return writing


def _takes_words(text: str, writing: tuple[str, bool]) -> bool:
    """Whether `text` is laid out word by word (see _render_words) rather than by SDL_ttf."""
    script, rtl = writing
    return rtl or (script in SCRIPT_FONTS and has_rtl(text))


def _line_height(size: int, bold: bool, script: str) -> int:
    line_height = font(size, bold).get_linesize()
    if script in SCRIPT_FONTS:
        # Noto Sans Arabic's line is 2.1 times its size, room for marks stacked above and below
        # that everyday words do not use: its letters and their marks stand within the middle
        # 1.5 (word images are centred on their line). The full line made every two-line text in
        # a card too tall for it.
        line_height = max(line_height, round(size * SCRIPT_LINE_HEIGHT))
    return line_height


def line_height(size: int, bold: bool = False) -> int:
    """How tall one line of text at `size` is in the current writing (for laying out boxes)."""
    return _line_height(size, bold, _writing[0])


def _word_lines(text, size, bold, width, script, rtl) -> list[str]:
    """The lines of `text` wrapped to `width`, each in logical order (the order it is typed):
    words are measured as _word draws them and broken at spaces."""
    space = font(size, bold).size(" ")[0]
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = break_words(paragraph)
        wrapped = (
            wrap(words, width, lambda w: _word_width(w, size, bold, script, rtl), space)
            if width
            else [words]
        )
        lines.extend(" ".join(line) for line in wrapped or [[]])
    return lines


def wrapped_lines(text: str, size: int, width: int, bold: bool = False) -> list[str]:
    """The lines `text` at `size` breaks into in `width`, each in logical order, as the game's
    own line breaking finds them (right-to-left and script texts are drawn from them; a caller
    that draws line by line, such as ui/finnish_line.py, can use them for any text)."""
    script, rtl = _writing_of(clean(text), _writing)
    return _word_lines(clean(text), size, bold, width, script, rtl)


def _words_height(text, size, bold, width, script, rtl) -> int:
    """How tall _render_words draws `text`, found without drawing it."""
    return _line_height(size, bold, script) * len(_word_lines(text, size, bold, width, script, rtl))


def _render_words(text, size, color, bold, width, center, script, rtl) -> pygame.Surface:
    """Paragraphs wrapped at spaces to `width`, each line drawn in visual order (see _pieces),
    right-aligned in a right-to-left language."""
    line_height = _line_height(size, bold, script)
    lines = [
        _word(line, size, color, bold, script, rtl) if line else None
        for line in _word_lines(text, size, bold, width, script, rtl)
    ]
    widths = [line.get_width() if line else 0 for line in lines]
    surface = pygame.Surface((max([width, *widths, 1]), line_height * len(lines)), pygame.SRCALPHA)
    for index, (line, used) in enumerate(zip(lines, widths, strict=True)):
        if line is None:
            continue
        if center:
            x = (surface.get_width() - used) // 2
        else:
            x = surface.get_width() - used if rtl else 0
        surface.blit(line, (x, index * line_height + (line_height - line.get_height()) // 2))
    return surface


def fit(
    text: str,
    size: int,
    width: int,
    height: int,
    *,
    bold: bool = False,
    minimum: int = 12,
    color: tuple[int, int, int] = (0, 0, 0),
    center: bool = False,
) -> int:
    """The largest size up to `size` at which `text` wrapped to `width` fits in `height`.

    Given the colour and alignment it will be drawn with, the trial drawing that fits is the
    very image then drawn (one drawing instead of two)."""
    return _fit(clean(text), size, width, height, bold, minimum, color, center)


def _say_overflow(message: str) -> None:
    """Note a text that does not fit, once while it is in the list: a screen redraws it every
    frame, and the list must not grow with each one."""
    if message not in overflows:
        overflows.append(message)


def _fit(text, size, width, height, bold, minimum, color=(0, 0, 0), center=False) -> int:
    chosen, fitted = _fit_in(text, size, width, height, bold, minimum, color, center, _writing)
    if not fitted:  # said on every call: a cached answer must not hide a text that is cut
        _say_overflow(f"{text[:60]!r} does not fit {width}x{height}")
    return chosen


@lru_cache(maxsize=1024)
def _fit_in(text, size, width, height, bold, minimum, color, center, writing) -> tuple[int, bool]:
    """The size to draw at, and whether the text fits its box at that size."""
    writing = _writing_of(text, writing)
    if _takes_words(text, writing):
        return _fit_words(text, size, width, height, bold, minimum, *writing)

    def fits(candidate: int) -> bool:
        drawn = render(text, candidate, color, bold=bold, width=width, center=center)
        return drawn.get_height() <= height

    if size > minimum and fits(size):
        return size, True
    if not fits(minimum):
        return minimum, False
    if size <= minimum:
        return minimum, True
    # Halving between a size that fits and one that does not: a handful of trial drawings
    # instead of one per point size (at 200 % text a box could take thirty).
    low, high = minimum, size
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    return low, True


def _fit_words(text, size, width, height, bold, minimum, script, rtl) -> tuple[int, bool]:
    """_fit_in for a text laid out word by word, trying as few sizes as it can.

    Each size tried loads every glyph of the text at that size, which was most of the first
    frame after a switch into Arabic. So the words are measured at the size asked for only; the
    largest smaller size at which those widths, scaled down, would fit is the first one
    measured for real, and the next smaller ones only if it does not fit after all."""

    def fits(candidate: int) -> bool:
        return _words_height(text, candidate, bold, width, script, rtl) <= height

    if size <= minimum:
        return minimum, fits(minimum)
    if fits(size):
        return size, True
    measured = {word: _word_width(word, size, bold, script, rtl) for word in break_words(text)}
    space = font(size, bold).size(" ")[0]
    candidate = size - 1
    while candidate > minimum:
        scale = candidate / size
        lines = sum(
            len(
                wrap(
                    break_words(paragraph),
                    width,
                    lambda w, scale=scale: measured[w] * scale,
                    space * scale,
                )
                or [[]]
            )
            for paragraph in text.split("\n")
        )
        if lines * _line_height(candidate, bold, script) <= height:
            break
        candidate -= 1
    while candidate > minimum and not fits(candidate):
        candidate -= 1
    return candidate, candidate > minimum or fits(minimum)


# The space before a percent sign ("20 %", as Finnish and others write it), made a no-break one:
# SDL_ttf, which wraps the texts of Latin and Cyrillic letters, does not break a line there.
_SPACE_BEFORE_PERCENT = re.compile(r" +(?=[%‰])")


# Cached: every drawn text passes through here on every frame, and the per-character scan was a
# fifth of a busy screen's frame time (python -m steps_game.bench).
@lru_cache(maxsize=4096)
def clean(text: str) -> str:
    """Drop control characters (they draw as boxes) but keep the KEPT_INVISIBLE ones; keep a
    number and its percent sign on one line."""
    kept = "".join(ch for ch in text if ch in KEPT_INVISIBLE or ch.isprintable())
    return _SPACE_BEFORE_PERCENT.sub("\u00a0", kept)


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
    elif _writing[1]:
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
