"""Where a placed marker's tooltip stands on step 3's map: beside its marker, over none of the
screen's words (the instruction and its keys, the legends, the life areas' names, the list).

At 200 % a tooltip over the marker covered the instruction and the legend of a keyboard
player who had just pressed Tab onto the map (Arabic play-test): it is tried above, below and
beside the marker, and narrower, then a little further from it, and stands where it covers no
words; where every place would, where it covers the fewest."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import pygame

GAP = 12  # between the marker and its tooltip
PAD = (20, 12)  # the words' margin in the box, across and down
NARROWER = (1.0, 0.75, 0.55)  # of the widest tooltip, tried in turn


def _places(size: tuple[int, int], anchor: pygame.Rect) -> list[pygame.Rect]:
    """A box of `size` above, below, then beside `anchor`, and at its corners."""
    box = pygame.Rect((0, 0), size)
    above, below = anchor.top - GAP - box.height, anchor.bottom + GAP
    right, left = anchor.right + GAP, anchor.left - GAP - box.width
    middle_x, middle_y = anchor.centerx - box.width // 2, anchor.centery - box.height // 2
    spots = [
        (middle_x, above),
        (middle_x, below),
        (right, middle_y),
        (left, middle_y),
        (right, above),
        (left, above),
        (right, below),
        (left, below),
    ]
    return [pygame.Rect((x, y), size) for x, y in spots]


def _covered(box: pygame.Rect, words: Sequence[pygame.Rect]) -> int:
    """How much of the words' boxes `box` covers, in pixels."""
    total = 0
    for other in words:
        clip = box.clip(other)
        total += clip.width * clip.height
    return total


def place_tooltip(
    sizes: Sequence[tuple[int, int]],
    anchor: pygame.Rect,
    words: Sequence[pygame.Rect],
    screen: pygame.Rect,
    names: Sequence[pygame.Rect] = (),
) -> tuple[int, pygame.Rect]:
    """Which of the tooltip's `sizes` (widest first) and where: the first place on `screen`
    beside `anchor` that covers none of `words` and `names`; else the nearest such place
    within REACH of it; else (a crowded screen at large text) the place beside it that covers
    none of `words` and the least of `names` (the life areas' names by the map), or failing
    that the least of them all."""
    index, box = _place(
        tuple(sizes),
        tuple(anchor),
        tuple(tuple(w) for w in words),
        tuple(screen),
        tuple(tuple(n) for n in names),
    )
    return index, pygame.Rect(box)


REACH = 320  # how far from its marker a tooltip may stand to stay clear of the words (it says
# the number on the marker, which tells them together)
STEP = 12  # the pixels between the places tried there


@lru_cache(maxsize=64)  # drawn every frame while a marker has the focus: worked out once
def _place(sizes, anchor, words, screen, names) -> tuple[int, tuple[int, int, int, int]]:
    anchor, screen = pygame.Rect(anchor), pygame.Rect(screen)
    names = [pygame.Rect(n) for n in names]
    softer = len(words)  # the names come after the words that must stay clear
    words = [pygame.Rect(w) for w in words] + names
    near = [(index, _places(size, anchor)) for index, size in enumerate(sizes)]
    for index, boxes in near:
        for box in boxes:
            box.clamp_ip(screen)
            if not box.colliderect(anchor) and box.collidelist(words) == -1:
                return index, tuple(box)
    for index, size in enumerate(sizes):
        found = _nearest_clear(size, anchor, words, screen)
        if found is not None:
            return index, tuple(found)
    covered = [
        (_covered(box, words[:softer]), _covered(box, names), index, tuple(box))
        for index, boxes in near
        for box in boxes
        if not box.colliderect(anchor)
    ]
    if not covered:  # (a screen too small for any of it: over the marker, as it was)
        box = pygame.Rect((0, 0), sizes[0])
        box.midbottom = (anchor.centerx, anchor.top - GAP)
        return 0, tuple(box.clamp(screen))
    *_, index, box = min(covered)
    return index, box


def _nearest_clear(size, anchor: pygame.Rect, words, screen: pygame.Rect):
    """The place of a box of `size` within REACH of `anchor`, clear of it and of `words`,
    nearest to it; None when there is none."""
    width, height = size
    xs = range(anchor.left - GAP - width - REACH, anchor.right + GAP + REACH, STEP)
    ys = range(anchor.top - GAP - height - REACH, anchor.bottom + GAP + REACH, STEP)
    best = None
    for x in xs:
        for y in ys:
            box = pygame.Rect(x, y, width, height)
            if not screen.contains(box) or box.colliderect(anchor.inflate(GAP, GAP)):
                continue
            if box.collidelist(words) != -1:
                continue
            far = _distance(box, anchor)
            if best is None or far < best[0]:
                best = (far, box)
    return None if best is None or best[0] > REACH else best[1]


def _distance(box: pygame.Rect, anchor: pygame.Rect) -> int:
    dx = max(box.left - anchor.right, 0, anchor.left - box.right)
    dy = max(box.top - anchor.bottom, 0, anchor.top - box.bottom)
    return max(dx, dy)
