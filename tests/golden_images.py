"""Golden-image comparison with a tolerance, a switch to regenerate, and a side-by-side on failure.

STEPS_REGENERATE_GOLDEN=1 pytest tests/test_golden.py  writes the references anew.
"""

from __future__ import annotations

import os
from pathlib import Path

import pygame

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
REGENERATE = os.environ.get("STEPS_REGENERATE_GOLDEN") == "1"
# A pixel counts as different when a channel differs by more than this (antialiasing noise).
CHANNEL_NOISE = 24
MAX_DIFFERENT_SHARE = 0.005  # at most half a percent of the pixels may differ


def absolute_difference(a: pygame.Surface, b: pygame.Surface) -> pygame.Surface:
    a = a.convert(24) if a.get_bitsize() != 24 else a
    b = b.convert(24) if b.get_bitsize() != 24 else b
    forward = a.copy()
    forward.blit(b, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    backward = b.copy()
    backward.blit(a, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    forward.blit(backward, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    return forward


def different_share(diff: pygame.Surface) -> float:
    same = pygame.mask.from_threshold(
        diff, (0, 0, 0), (CHANNEL_NOISE, CHANNEL_NOISE, CHANNEL_NOISE, 255)
    )
    width, height = diff.get_size()
    return 1 - same.count() / (width * height)


def side_by_side(reference: pygame.Surface, actual: pygame.Surface, diff: pygame.Surface):
    width, height = reference.get_size()
    sheet = pygame.Surface((width * 3, height))
    sheet.blit(reference, (0, 0))
    sheet.blit(actual, (width, 0))
    boosted = diff.copy()
    for _ in range(3):  # make small differences visible
        boosted.blit(boosted, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    sheet.blit(boosted, (width * 2, 0))
    return sheet


def assert_matches_golden(
    actual: pygame.Surface, name: str, failures: Path, *, regenerate: bool = REGENERATE
) -> None:
    reference_path = GOLDEN_DIR / f"{name}.png"
    if regenerate or not reference_path.exists():
        assert regenerate, f"no reference {reference_path}; run with STEPS_REGENERATE_GOLDEN=1"
        pygame.image.save(actual, str(reference_path))
        return
    reference = pygame.image.load(str(reference_path))
    assert reference.get_size() == actual.get_size(), (reference.get_size(), actual.get_size())
    diff = absolute_difference(
        reference, actual.convert(24) if actual.get_bitsize() != 24 else actual
    )
    share = different_share(diff)
    if share > MAX_DIFFERENT_SHARE:
        failures.mkdir(parents=True, exist_ok=True)
        out = failures / f"{name}-reference-actual-diff.png"
        pygame.image.save(side_by_side(reference, actual, diff), str(out))
        raise AssertionError(
            f"{name}: {share:.2%} of pixels differ (at most {MAX_DIFFERENT_SHARE:.2%}); "
            f"side by side: {out}"
        )
