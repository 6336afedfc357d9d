"""The player's run through the seven steps: what is done, what comes next, when to save."""

from __future__ import annotations

from typing import Any

from steps_game.content import GameContent
from steps_game.notebook import Notebook
from steps_game.outcome import Outcome
from steps_game.progress import PROGRESS_FILE, KeptSave, Progress, load_progress, save_progress
from steps_game.storage import Storage
from steps_game.tasks.base import Thread
from steps_game.thread import read_thread


class Session:
    def __init__(self, content: GameContent, storage: Storage, *, workshop: bool = False) -> None:
        self.content = content
        self.storage = storage
        # a workshop's run: the room played for the model newcomer, so what the steps hand on
        # is read in the levels' group texts
        self.workshop = workshop
        self.level_ids = [level.id for level in content.levels]
        self.progress: Progress | None = None
        self.kept_save: KeptSave | None = None  # a save that could not be used, moved aside

    def load(self) -> None:
        self.progress, self.kept_save = load_progress(self.storage, self.level_ids)

    @property
    def notebook(self) -> Notebook:
        """What the finished steps wrote down (steps_game/notebook.py); empty before a run."""
        if self.progress is None:
            return Notebook()
        return Notebook.from_dict(self.progress.notebook)

    def thread(self, before: int | None = None) -> Thread:
        """What the steps before step `before` (every step when None) hand on, in the levels'
        words: a task reads it, and the plan is drawn from it."""
        return read_thread(
            self.content,
            self.notebook,
            self.field_id,
            before=before,
            workshop=self.workshop,
            short=self.short,
        )

    def write_page(self, name: str, page: dict[str, Any]) -> None:
        """Write one page of the notebook (the plan screen's people first, say), saved at once."""
        if self.progress is None:
            return
        notebook = self.notebook
        notebook.write(name, page)
        self.progress.notebook = notebook.to_dict()
        self.save()

    @property
    def broken_save_kept(self) -> bool:
        return self.kept_save is not None

    @property
    def can_continue(self) -> bool:
        return self.progress is not None and self.progress.started

    def new(self, field_id: str | None, *, short: bool = False) -> None:
        self.progress = Progress(levels=self.level_ids, field=field_id, short=short)
        self.save()

    @property
    def short(self) -> bool:
        """The run takes the short way (short_way.py); never in a workshop, whose sets pick."""
        return bool(self.progress and self.progress.short) and not self.workshop

    @property
    def field_id(self) -> str | None:
        return self.progress.field if self.progress else None

    @property
    def step(self) -> int:
        return self.progress.current_step if self.progress else 1

    def record(self, outcome: Outcome, pages: dict[str, dict[str, Any]] | None = None) -> None:
        """A finished step: keep its outcome and what it wrote into the notebook, and move on
        (saved at once)."""
        assert self.progress is not None
        self.progress.record(outcome)
        if pages:
            notebook = self.notebook
            for name, page in pages.items():
                notebook.write(name, page)
            self.progress.notebook = notebook.to_dict()
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

    def steps_with_outcome(self) -> frozenset[int]:
        """Which steps have an outcome (the step track's ticks: a step skipped has none), from
        the outcomes' keys without reading them: the track asks every frame, and reading seven
        outcomes each time was a tenth of a frame's work."""
        if self.progress is None:
            return frozenset()
        return frozenset(int(key) for key in self.progress.outcomes if key.isdigit())

    def save(self) -> None:
        if self.progress is not None:
            save_progress(self.storage, self.progress)

    def forget(self) -> None:
        self.progress = None
        self.storage.remove(PROGRESS_FILE)
