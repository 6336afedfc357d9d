"""How large step 7's marks are at the player's text size: the warmth bar's segments, the energy
pips and the ticks of contact on the last screen. Pure (no pygame).

At 200 % they stayed at their 100 % sizes beside words twice as large (third Arabic play-test:
ticks about 14 px, dots 14-17 px beside 32 px letters), and were hard to see. They grow half as
much as the words: at full growth the warmth bar no longer fit beside its words, and every
person's row took a line more.
"""

from __future__ import annotations

from dataclasses import dataclass

SEGMENT_W, SEGMENT_GAP, BAR_H = 22, 4, 14  # the warmth bar at 100 %
PIP = 18  # an energy pip
TICK = 16  # the tick of a week with contact
GROWTH = 0.5  # of the words' growth above 100 %


def grown(size: int, text_scale: float) -> int:
    """`size` (at 100 %) at the text scale: half again as large at 200 %, never smaller."""
    return round(size * (1 + GROWTH * max(0.0, text_scale - 1)))


@dataclass(frozen=True)
class Marks:
    segment_w: int
    segment_gap: int
    bar_h: int
    pip: int
    tick: int

    def bar_width(self, segments: int) -> int:
        return segments * (self.segment_w + self.segment_gap) - self.segment_gap


def marks(text_scale: float) -> Marks:
    return Marks(
        grown(SEGMENT_W, text_scale),
        grown(SEGMENT_GAP, text_scale),
        grown(BAR_H, text_scale),
        grown(PIP, text_scale),
        grown(TICK, text_scale),
    )
