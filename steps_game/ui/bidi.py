"""Right-to-left lines with left-to-right words inside them (names, initials, numbers, LinkedIn).

pygame shapes a run of Arabic script and lays it right to left, but it shapes a whole string in
one direction: a Latin word inside an Arabic sentence would come out backwards. So a paragraph is
cut into words, wrapped, and each line put in visual order here: a simplified form of the Unicode
bidirectional algorithm, enough for sentences with embedded Latin words and Western digits.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

RTL_CLASSES = {"R", "AL"}
LTR_CLASSES = {"L", "EN", "AN"}  # digits read left to right inside a right-to-left sentence


def direction(word: str) -> str:
    """ "rtl", "ltr", or "neutral" (punctuation only) by the word's first strong character."""
    for char in word:
        kind = unicodedata.bidirectional(char)
        if kind in RTL_CLASSES:
            return "rtl"
        if kind in LTR_CLASSES:
            return "ltr"
    return "neutral"


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in RTL_CLASSES for char in text)


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


def visual_order(line: Sequence[str], rtl_paragraph: bool) -> list[str]:
    """The words of one line in the order they are drawn from left to right."""
    if not rtl_paragraph:
        return list(line)
    runs: list[tuple[str, list[str]]] = []
    for word in line:
        kind = direction(word)
        if kind == "neutral":
            kind = "rtl"  # punctuation between runs follows the paragraph
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(word)
        else:
            runs.append((kind, [word]))
    ordered: list[str] = []
    for kind, words in reversed(runs):
        ordered.extend(words if kind == "ltr" else reversed(words))
    return ordered
