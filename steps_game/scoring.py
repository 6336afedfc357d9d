"""Outcomes -> a score per profile dimension -> bands and the player's strengths. Pure functions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from steps_game.outcome import Outcome

LOW_MAX = 33
MID_MAX = 66


@dataclass(frozen=True)
class DimensionScore:
    dimension: str
    score: int | None  # None: the step that feeds it is not done yet


def band(score: int, low_max: int = LOW_MAX, mid_max: int = MID_MAX) -> str:
    """Which band line describes a score; the limits come from levels/profile.toml."""
    if score <= low_max:
        return "low"
    if score <= mid_max:
        return "mid"
    return "high"


def dimension_scores(
    dimension_ids: Sequence[str], outcomes: Iterable[Outcome]
) -> list[DimensionScore]:
    """One score per dimension, in the profile's order: the mean of the outcomes that feed it."""
    collected: dict[str, list[int]] = {dim: [] for dim in dimension_ids}
    for outcome in outcomes:
        if outcome.dimension in collected:
            collected[outcome.dimension].append(outcome.score)
    return [
        DimensionScore(dim, round(sum(values) / len(values)) if values else None)
        for dim, values in collected.items()
    ]


def strengths_and_growth(
    scores: Sequence[DimensionScore],
    count: int = 2,
    low_max: int = LOW_MAX,
    mid_max: int = MID_MAX,
) -> tuple[list[str], list[str]]:
    """The highest and the lowest dimensions, never the same one twice; ties keep profile order.

    A strength scores above the low band (`low_max`, from levels/profile.toml): a step that went
    badly, let alone a 0, is never called a strength, however it ranks. Room to grow is in the
    low and middle bands (up to `mid_max`): a run of 90s called its 90 and 93 "room to grow"
    beside band lines that praised them (thirty-fifth Arabic run)."""
    scored = [s for s in scores if s.score is not None]
    by_high = sorted(scored, key=lambda s: -s.score)
    strengths = [s.dimension for s in by_high if s.score > low_max][:count]
    # a high score is not where to grow, however low it ranks among high ones
    growth = [
        s.dimension
        for s in sorted(scored, key=lambda s: s.score)
        if s.dimension not in strengths and s.score <= mid_max
    ]
    return strengths, growth[:count]


def strengths_and_growth_text(tr, strengths: list[str], growth: list[str]) -> str:
    """The profile's summary in words: the strengths (or that they show when a step goes well),
    and the growth areas when there are any; nothing when no step is scored. `tr` is the
    Translator; the lists hold the dimensions' names."""
    if not strengths and not growth:
        return ""
    if strengths:
        lines = [tr("profile.strengths", names=tr.join(strengths))]
    else:
        lines = [tr("profile.no_strengths")]
    if growth:
        lines.append(tr("profile.growth", names=tr.join(growth)))
    return "\n".join(lines)
