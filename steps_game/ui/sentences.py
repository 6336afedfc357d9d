"""Where a paragraph may be cut between pages so that each page ends at a sentence's end
(step 1's explanations: a page that ended "... and about 20 %" and went on "were offered the
job." on the next was read as two claims, third Arabic play-test at 200 %)."""

from __future__ import annotations

import re
from collections.abc import Callable

# the space after a sentence's end (. ! ? and the Arabic question mark), or a new line
SENTENCE_ENDS = re.compile(r"(?<=[.!?؟])[^\S\n\u00a0\u2007\u202f]+|\n")


def split_sentences(text: str, room: int, height: Callable[[str], int]) -> tuple[str, str] | None:
    """The longest beginning of `text` of whole sentences whose `height` fits `room`, and the
    rest (from the next sentence on); None when not even the first sentence fits, or when
    `text` is one sentence."""
    cuts = [match.start() for match in SENTENCE_ENDS.finditer(text)]
    best = None
    for cut in cuts:
        head = text[:cut].rstrip()
        if not head or height(head) > room:
            break
        best = cut
    if best is None:
        return None
    rest = SENTENCE_ENDS.match(text, best)
    return text[:best].rstrip(), text[rest.end() if rest else best :].lstrip()


PART_SEPARATOR = " · "
BREAKABLE = re.compile(r"[^\S\n\u00a0\u2007\u202f]")


def whole_parts(text: str, fits: Callable[[str], bool] | None = None) -> str:
    """A line of short parts joined by " · " ("To place: 9 · On the map: 6") that wraps only
    between its parts: the spaces inside each part become no-break spaces. (At 200 % in Arabic
    it wrapped as "To place: 9 · On the map:" over a lone "6", seventh Arabic play-test.) A part
    that `fits` says is wider than its box keeps its spaces, but for the one before its last
    word, the count: bound whole, Somali's "Khariidadda dul: 10" broke inside the number."""
    parts = text.split(PART_SEPARATOR)

    def bound(part: str) -> str:
        if fits is None or fits(part):
            return BREAKABLE.sub("\u00a0", part)
        head, space, last = part.rpartition(" ")
        return f"{head}\u00a0{last}" if space else part

    return PART_SEPARATOR.join(bound(part) for part in parts)
