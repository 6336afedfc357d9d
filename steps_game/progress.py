"""The player's run and settings as saved data, validated when read back."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from steps_game.outcome import Outcome
from steps_game.storage import Storage

PROGRESS_FILE = "progress.json"
SETTINGS_FILE = "settings.json"
SAVE_VERSION = 1


class Progress(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = SAVE_VERSION
    levels: list[str] = Field(default_factory=list)  # level ids in step order: the save's content
    field: str | None = None
    outcomes: dict[str, dict[str, Any]] = Field(default_factory=dict)  # step number -> outcome
    current_step: int = Field(default=1, ge=1, le=8)
    task_snapshot: dict[str, Any] | None = None

    def outcome(self, step: int) -> Outcome | None:
        data = self.outcomes.get(str(step))
        return Outcome.from_dict(data) if data else None

    def all_outcomes(self) -> list[Outcome]:
        return [
            Outcome.from_dict(data)
            for _, data in sorted(self.outcomes.items(), key=lambda kv: int(kv[0]))
        ]

    def record(self, outcome: Outcome) -> None:
        self.outcomes[str(outcome.step)] = outcome.to_dict()
        self.task_snapshot = None

    @property
    def finished(self) -> bool:
        return len(self.outcomes) >= len(self.levels) > 0 and self.current_step > len(self.levels)

    @property
    def started(self) -> bool:
        return bool(self.outcomes) or self.task_snapshot is not None or self.field is not None


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore")

    version: Literal[1] = 1
    language: str = "fi"
    fullscreen: bool = False


def load_progress(storage: Storage, level_ids: list[str]) -> tuple[Progress | None, bool]:
    """The saved run, or None. The flag tells that a broken save was moved aside.

    A save made with other levels (a different folder) is not continued: it would point at steps
    that do not exist.
    """
    for name in (PROGRESS_FILE, PROGRESS_FILE + ".bak"):
        data, problem = storage.read_json(name)
        if data is None and problem is None:
            continue
        try:
            if problem is not None:
                raise ValueError(problem)
            progress = Progress.model_validate(data)
            for outcome in progress.all_outcomes():
                _ = outcome.score
        except (ValidationError, ValueError, KeyError, TypeError):
            storage.move_aside(name)
            fallback, _ = (
                load_progress(storage, level_ids) if name == PROGRESS_FILE else (None, False)
            )
            return fallback, True
        if progress.levels != level_ids:
            return None, False
        return progress, False
    return None, False


def save_progress(storage: Storage, progress: Progress) -> None:
    storage.write_json(PROGRESS_FILE, progress.model_dump(mode="json"))


def load_settings(storage: Storage) -> Settings:
    data, problem = storage.read_json(SETTINGS_FILE)
    if data is None:
        if problem is not None:
            storage.move_aside(SETTINGS_FILE)
        return Settings()
    try:
        return Settings.model_validate(data)
    except ValidationError:
        storage.move_aside(SETTINGS_FILE)
        return Settings()


def save_settings(storage: Storage, settings: Settings) -> None:
    storage.write_json(SETTINGS_FILE, settings.model_dump(mode="json"))
