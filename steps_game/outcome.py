"""What a finished mini-task hands on: a score for its dimension and the reasons behind it.

Pure data, no pygame: the task models create it, scoring and the feedback card read it, and the
save file keeps it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from steps_game.i18n import forms
from steps_game.language_rules import is_plural


def _plain(value: Any) -> bool:
    """A reason's parameter: a word, a number, or a list of numbers (weeks)."""
    if isinstance(value, list):
        return all(isinstance(item, int) and not isinstance(item, bool) for item in value)
    return value is None or isinstance(value, (str, int, float))


@dataclass(frozen=True)
class Reason:
    """One line of "you got this because ...".

    `text` is a level text (language -> words) with optional `{placeholders}` filled from `params`.
    `earned` tells whether it explains points the player got, or what would have earned more.
    `said`: these words were on screen in the task just after the choice they explain (step 1's
    explanation of a statement, step 6's feedback on a moment): the feedback card leaves them
    to the profile's why instead of saying them again a minute later.
    """

    text: Mapping[str, Any]  # words, or plural forms (language_rules), per language
    points: int = 0
    earned: bool = True
    params: Mapping[str, Any] = field(default_factory=dict)
    said: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = {
            "text": dict(self.text),
            "points": self.points,
            "earned": self.earned,
            "params": dict(self.params),
        }
        if self.said:  # (saves from before it read as not said)
            data["said"] = True
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Reason:
        """A reason read back from a save; ValueError unless its words can be shown."""
        text, params = dict(data["text"]), dict(data.get("params", {}))
        if not all(isinstance(words, str) or is_plural(words) for words in text.values()):
            raise ValueError("a saved reason's text is not words in each language")
        if not all(_plain(v) for v in params.values()):
            raise ValueError("a saved reason's numbers are not plain values")
        for form in (form for words in text.values() for form in forms(words)):
            try:
                form.format(**params)
            except (KeyError, IndexError, ValueError, AttributeError) as exc:
                raise ValueError("a saved reason's words do not fit its numbers") from exc
        return cls(
            text=text,
            points=int(data.get("points", 0)),
            earned=bool(data.get("earned", True)),
            params=params,
            said=data.get("said") is True,
        )


@dataclass(frozen=True)
class Outcome:
    """A finished step: its dimension's score (0-100), the reasons and the choices made.

    `choices` is plain JSON-able data (ids, not texts) that the plan and exports read.
    """

    step: int
    level_id: str
    dimension: str
    score: int
    reasons: tuple[Reason, ...]
    choices: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0 <= self.score <= 100:
            raise ValueError(f"score {self.score} outside 0-100")

    def to_dict(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "level_id": self.level_id,
            "dimension": self.dimension,
            "score": self.score,
            "reasons": [reason.to_dict() for reason in self.reasons],
            "choices": dict(self.choices),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Outcome:
        return cls(
            step=int(data["step"]),
            level_id=str(data["level_id"]),
            dimension=str(data["dimension"]),
            score=int(data["score"]),
            reasons=tuple(Reason.from_dict(item) for item in data.get("reasons", [])),
            choices=dict(data.get("choices", {})),
        )


def scaled(points: float, maximum: float) -> int:
    """Points on a task's own scale as a 0-100 score, rounded and clamped."""
    if maximum <= 0:
        return 0
    return max(0, min(100, round(100 * points / maximum)))
