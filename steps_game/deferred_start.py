"""What start-up leaves for after the first frame: the levels and the full read of the save,
read right after the title is on screen, or earlier by whatever needs them (see
App.defer_start)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from steps_game.saved_run import RunSummary, peek_run

if TYPE_CHECKING:  # the levels and the save are read after the first frame (see defer_start)
    from steps_game.content import GameContent
    from steps_game.session import Session


class DeferredStart:
    """The App's part that reads the levels and the save after the first frame. The App sets
    `storage`, `scenes`, `_content`, `_session`, `_unfinished_start` and `_peeked_run`."""

    def defer_start(self, finish: Callable[[], None]) -> None:
        """Leave reading the levels and the save (`finish`, which sets `content` and `session`)
        until the title is on screen. Importing pydantic, building the level models and validating
        the levels were about 0.35 s, twice what the window and the title take
        (python -m steps_game.bench): the player sees the title at once, and the rest is read
        right after its first frame, before anything can be chosen on it. Whatever needs the
        levels or the save earlier reads them then (see `content`)."""
        self._unfinished_start = finish
        self._peeked_run = peek_run(self.storage) if self.storage.enabled else None

    @property
    def start_finished(self) -> bool:
        return self._unfinished_start is None

    def finish_start(self) -> None:
        finish, self._unfinished_start = self._unfinished_start, None
        if finish is None:
            return
        finish()
        for scene in self.scenes:
            scene.start_finished()

    @property
    def content(self) -> GameContent:
        self.finish_start()
        return self._content

    @content.setter
    def content(self, content: GameContent) -> None:
        self._content = content

    @property
    def session(self) -> Session:
        self.finish_start()
        return self._session

    @session.setter
    def session(self, session: Session) -> None:
        self._session = session

    @property
    def saved_run(self) -> RunSummary | None:
        """What the saved run offers: from the full read when it is done, else from a quick look
        at the save (steps_game/saved_run.py); None when there is nothing to continue."""
        if not self.start_finished:
            return self._peeked_run
        progress = self.session.progress
        return progress.summary if progress is not None else None
