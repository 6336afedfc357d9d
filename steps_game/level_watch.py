"""Live preview for a counsellor editing a level: `steps-game --levels DIR --step N --watch`.

Twice a second the game looks whether a file in DIR changed (its size or time). When one did, it
reads the folder again: sound levels open step N anew with the edit; broken ones show their
problems on screen, the same lines as `steps-game validate`, until the next save fixes them. The
preview plays on a run of its own, so the player's saved game is never read or changed by it.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CHECK_EVERY_S = 0.5

Snapshot = tuple[tuple[str, int, int], ...]


def snapshot(folder: Path) -> Snapshot:
    """Each file's path, size and change time (a saved file changes one of them)."""
    found = []
    for path in sorted(Path(folder).rglob("*")):
        try:
            if path.is_file():
                stat = path.stat()
                found.append((str(path), stat.st_size, stat.st_mtime_ns))
        except OSError:
            continue  # a file being replaced by the editor right now: the next look sees it
    return tuple(found)


class LevelWatch:
    """Checks `folder` now and then from the app's loop (App.frame) and reopens `step`."""

    def __init__(self, app, folder: Path, step: int, clock: Callable[[], float] = time.monotonic):
        self.app = app
        self.folder = Path(folder)
        self.step = step
        self.clock = clock
        self.seen = snapshot(self.folder)
        self.next_check = clock() + CHECK_EVERY_S
        self.reloads = 0  # how many times the folder was read again (for tests)
        self._preview_data = Path(tempfile.mkdtemp(prefix="steps-preview-"))

    def update(self) -> None:
        if self.clock() < self.next_check:
            return
        self.next_check = self.clock() + CHECK_EVERY_S
        now = snapshot(self.folder)
        if now != self.seen:
            self.seen = now
            self.reload()

    def reload(self) -> None:
        from steps_game.content import check_folder, load_language
        from steps_game.paths import bundled_levels_dir
        from steps_game.scenes.error import ContentErrorScene
        from steps_game.scenes.task_host import TaskHostScene
        from steps_game.session import Session
        from steps_game.storage import Storage
        from steps_game.validate_report import build_report

        self.reloads += 1
        app = self.app
        content, problems = check_folder(self.folder, ())
        if content is None:
            report = build_report(problems, [self.folder, bundled_levels_dir()])
            app.reset_to(ContentErrorScene(app, tuple(report.lines), self.stop_and_play_bundled))
            return
        load_language(content, app.tr.language)
        app.content = content
        app.tr.fallbacks = content.fallbacks or app.tr.fallbacks
        session = Session(content, Storage(self._preview_data, enabled=False))
        session.new(content.profile.fields[0].id)
        app.session = session
        app.reset_to(TaskHostScene(app, self.step))

    def stop_and_play_bundled(self) -> None:
        """The error screen's "play the bundled levels": the preview ends there."""
        from steps_game.launch import read_levels_and_save
        from steps_game.scenes.title import TitleScene

        self.app.watch = None
        read_levels_and_save(self.app, None)
        self.app.reset_to(TitleScene(self.app))
