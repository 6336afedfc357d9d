"""What of a text is drawn: control characters dropped, a number kept with its percent sign."""

from __future__ import annotations

import re
from functools import lru_cache

# The Unicode bidi marks, embeddings, overrides and isolates: the left-to-right mark that keeps a
# Finnish sentence's full stop at its end on a right-to-left screen (the glossary), the
# right-to-left marks of CLDR's Arabic dates ("4\u200f/12\u200f/2026"), the Arabic letter mark,
# and isolates round a Latin word in a translation. The bidirectional algorithm must see them
# (ui/reading_order.py); they are never drawn (text_shaping leaves them out of its pieces, and a
# text SDL_ttf draws whole loses them: the Arabic font has no glyph for an isolate or U+061C).
BIDI_MARKS = frozenset(
    "\u200e\u200f\u061c" + "".join(map(chr, range(0x202A, 0x202F))) + "\u2066\u2067\u2068\u2069"
)

# Line breaks, the zero-width (non-)joiners Persian spelling needs, the bidi marks, and the
# no-break spaces ("1\u00a0234", "20\u00a0%"), which Noto Sans draws as spaces and wrapping
# does not break at (reading_order.BREAK_SPACES).
KEPT_INVISIBLE = {"\n", "\u200c", "\u200d", "\u00a0", "\u2007", "\u202f", *BIDI_MARKS}

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


# The zero-width (non-)joiners: they shape the letters beside them, and alone they are nothing
# to draw (SDL_ttf raises "Text has zero width" for a text of only them).
JOINERS = "\u200c\u200d"


def without_marks(text: str) -> str:
    """`text` with its bidi marks left out: what a font is given, once the marks have told the
    bidirectional algorithm where each run goes; nothing at all for a text of only joiners
    (a player who typed a lone zero-width joiner in a text field crashed the game)."""
    if not text.strip(JOINERS):
        return ""
    if not BIDI_MARKS.intersection(text):
        return text
    kept = "".join(ch for ch in text if ch not in BIDI_MARKS)
    return kept if kept.strip(JOINERS) else ""
