"""What of a text is drawn: control characters dropped, a number kept with its percent sign."""

from __future__ import annotations

import re
from functools import lru_cache

# Line breaks, the zero-width (non-)joiners Persian spelling needs, and the left-to-right mark
# that keeps a Finnish sentence's full stop at its end on a right-to-left screen (the glossary);
# the fonts draw the marks as nothing. And the no-break spaces ("1\u00a0234", "20\u00a0%"),
# which Noto Sans draws as spaces and wrapping does not break at (reading_order.BREAK_SPACES).
KEPT_INVISIBLE = {"\n", "\u200c", "\u200d", "\u200e", "\u00a0", "\u2007", "\u202f"}

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
