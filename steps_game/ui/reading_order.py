"""Right-to-left lines with left-to-right pieces inside them (names, initials, numbers, LinkedIn),
put in reading order by the Unicode Bidirectional Algorithm of python-bidi.

python-bidi (the Rust `unicode-bidi` crate inside) resolves each character's embedding level,
bracket pairs included (rule N0: "(Sitra)" in an Arabic sentence). The game takes the levels,
not python-bidi's display string: HarfBuzz shapes each run of one level in its own direction and
mirrors brackets itself, so reordering and mirroring the characters first would do bidi twice.
Here a line is cut into those runs and the runs are put in visual order (rule L2).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bidi import get_display

RTL_CLASSES = {"R", "AL"}
# Explicit embeddings, overrides and isolates: a text with any of them always goes to python-bidi.
_EXPLICIT = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
# What can raise a character above its paragraph's level: a paragraph without any of these is
# all at that level (rules W7, N1 and I1-I2), and most words and many lines are such.
_RAISES = {
    False: frozenset({"R", "AL", "AN", *_EXPLICIT}),
    True: frozenset({"L", "EN", "AN", *_EXPLICIT}),
}

# python-bidi returns the resolved levels as the Rust crate's debug listing of its BidiInfo: one
# `Level(n)` per byte of the UTF-8 text, the paragraphs' levels after them.
_LEVELS = re.compile(r"levels:\s*\[(.*?)\]\s*,\s*paragraphs", re.DOTALL)
_LEVEL = re.compile(r"Level\(\s*(\d+)\s*,?\s*\)")


# The right-to-left mark and the Arabic letter mark are of classes R and AL, but no letters: a
# Latin text with one of them needs no Arabic font (text_shaping._writing_of).
_RTL_MARKS = frozenset("\u200f\u061c")


def has_rtl(text: str) -> bool:
    """Whether `text` has a right-to-left letter."""
    return any(
        unicodedata.bidirectional(char) in RTL_CLASSES and char not in _RTL_MARKS for char in text
    )


@lru_cache(maxsize=4096)
def levels(text: str, rtl_paragraph: bool) -> tuple[int, ...]:
    """Each character's embedding level in a paragraph of the given direction: even reads left
    to right, odd right to left (Unicode rules X1-I2, by python-bidi)."""
    if not text:
        return ()
    if not any(unicodedata.bidirectional(char) in _RAISES[rtl_paragraph] for char in text):
        return (1 if rtl_paragraph else 0,) * len(text)
    listing = get_display(text, base_dir="R" if rtl_paragraph else "L", debug=True)
    found = _LEVELS.search(listing)
    per_byte = [int(level) for level in _LEVEL.findall(found.group(1))] if found else []
    if len(per_byte) != len(text.encode("utf-8")):
        return _strong_levels(text, rtl_paragraph)
    result = []
    offset = 0
    for char in text:
        result.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return tuple(result)


def _strong_levels(text: str, rtl_paragraph: bool) -> tuple[int, ...]:
    """Levels from each character's own direction alone, should python-bidi's listing ever read
    otherwise (tests/test_language_rules.py fails then): words still read the right way round,
    only punctuation between directions may stand on the wrong side."""
    raised = {"L", "EN", "AN"} if rtl_paragraph else RTL_CLASSES
    base = 1 if rtl_paragraph else 0
    return tuple(base + 1 if unicodedata.bidirectional(char) in raised else base for char in text)


@dataclass(frozen=True)
class Run:
    """Characters of one level, in logical order; drawn right to left when `rtl`."""

    text: str
    rtl: bool


@lru_cache(maxsize=4096)
def visual_runs(line: str, rtl_paragraph: bool) -> tuple[Run, ...]:
    """One line's runs in the order they are drawn from the left (rule L2: from the highest
    level down to the lowest odd one, every stretch at that level or above is reversed; a run
    reads right to left when its level is odd). Trailing spaces take the paragraph's level
    (rule L1)."""
    line_levels = list(levels(line, rtl_paragraph))
    if not line_levels or min(line_levels) == max(line_levels) == (1 if rtl_paragraph else 0):
        return (Run(line, rtl_paragraph),)  # all at the paragraph's level, as most words are
    end = len(line)
    while end and line[end - 1].isspace():
        end -= 1
        line_levels[end] = 1 if rtl_paragraph else 0
    spans: list[list[int]] = []  # [start, stop, level] of each run, in logical order
    for index, level in enumerate(line_levels):
        if spans and spans[-1][2] == level:
            spans[-1][1] = index + 1
        else:
            spans.append([index, index + 1, level])
    order = list(range(len(spans)))
    odd = [span[2] for span in spans if span[2] % 2]
    for level in range(max(line_levels, default=0), min(odd, default=1) - 1, -1):
        index = 0
        while index < len(order):
            if spans[order[index]][2] < level:
                index += 1
                continue
            stop = index
            while stop < len(order) and spans[order[stop]][2] >= level:
                stop += 1
            order[index:stop] = order[index:stop][::-1]
            index = stop
    return tuple(Run(line[spans[i][0] : spans[i][1]], bool(spans[i][2] % 2)) for i in order)


def visual_text(line: str, rtl_paragraph: bool) -> str:
    """The characters of a line in the order they stand on screen from the left, brackets not
    yet mirrored (what a reader sees, for tests and the layout audit)."""
    return "".join(
        run.text[::-1] if run.rtl else run.text for run in visual_runs(line, rtl_paragraph)
    )


# Where a line may break: at a run of spaces, but not at a no-break space (U+00A0, U+2007,
# U+202F) and not before a percent or per-mille sign, which Finnish, Swedish, Estonian, Russian
# and Ukrainian write after a space ("20 %"): a line that ends in "20" and a next one that
# starts with "%" reads wrong. Possessive, so that a run of spaces before "%" is not cut short.
BREAK_SPACES = re.compile(r"([^\S\u00a0\u2007\u202f]++)(?![%‰])")


def break_words(paragraph: str) -> list[str]:
    """The words of a paragraph that wrapping may put on different lines, in logical order."""
    return [word for word in BREAK_SPACES.split(paragraph)[::2] if word]


def wrap(
    words: Sequence[str], width: int, measure: Callable[[str], int], space: int
) -> list[list[str]]:
    """Words in logical order, broken into lines no wider than `width` (a longer word stands
    alone on its line)."""
    lines: list[list[str]] = []
    line: list[str] = []
    used = 0
    for word in words:
        size = measure(word)
        extra = size if not line else used + space + size
        if line and extra > width:
            lines.append(line)
            line, used = [word], size
        else:
            line.append(word)
            used = extra
    if line:
        lines.append(line)
    return lines
