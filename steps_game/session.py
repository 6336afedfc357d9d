"""The player's run through the seven steps: what is done, what comes next, when to save."""

from __future__ import annotations

from typing import Any

from steps_game.content import GameContent
from steps_game.outcome import Outcome
from steps_game.progress import PROGRESS_FILE, KeptSave, Progress, load_progress, save_progress
from steps_game.storage import Storage


class Session:
    def __init__(self, content: GameContent, storage: Storage) -> None:
        self.content = content
        self.storage = storage
        self.level_ids = [level.id for level in content.levels]
        self.progress: Progress | None = None
        self.kept_save: KeptSave | None = None  # a save that could not be used, moved aside

    def load(self) -> None:
        self.progress, self.kept_save = load_progress(self.storage, self.level_ids)

    @property
    def broken_save_kept(self) -> bool:
        return self.kept_save is not None

    @property
    def can_continue(self) -> bool:
        return self.progress is not None and self.progress.started

    def new(self, field_id: str | None) -> None:
        self.progress = Progress(levels=self.level_ids, field=field_id)
        self.save()

    @property
    def field_id(self) -> str | None:
        return self.progress.field if self.progress else None

    @property
    def step(self) -> int:
        return self.progress.current_step if self.progress else 1

    def record(self, outcome: Outcome) -> None:
        """A finished step: keep its outcome and move on (saved at once)."""
        assert self.progress is not None
        self.progress.record(outcome)
        self.progress.current_step = max(self.progress.current_step, outcome.step + 1)
        self.save()

    def keep_task_state(self, step: int, snapshot: dict[str, Any] | None) -> None:
        if self.progress is None:
            return
        self.progress.task_snapshot = {"step": step, "state": snapshot} if snapshot else None
        self.save()

    def task_state(self, step: int) -> dict[str, Any] | None:
        saved = self.progress.task_snapshot if self.progress else None
        if saved and saved.get("step") == step:
            return saved.get("state")
        return None

    def outcomes(self) -> list[Outcome]:
        return self.progress.all_outcomes() if self.progress else []

    def save(self) -> None:
        if self.progress is not None:
            save_progress(self.storage, self.progress)

    def forget(self) -> None:
        self.progress = None
        self.storage.remove(PROGRESS_FILE)
