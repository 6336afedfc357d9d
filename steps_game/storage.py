"""Where the game keeps its files, and writing them so that a crash never leaves half a file.

Everything lives in one folder (the user's data folder, or `--data-dir`): settings.json and
progress.json, each with the previous version kept as a .bak. A file that cannot be read is moved
aside (never deleted) and the caller is told in one plain sentence.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "steps-game"
MAX_FILE_BYTES = 2 * 1024 * 1024
STALE_TEMP_SECONDS = 60.0
# Everything the game may write into its folder: saves and their backups and broken copies,
# settings, exports, crash reports, and temporary files of an interrupted write.
OWN_FILES = (
    "progress*.json*",
    "settings*.json*",
    "steps-profile.*",
    "steps-workshop-*",
    "crash-*.txt",
    ".*.tmp",
)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class Storage:
    def __init__(self, folder: Path | None, *, enabled: bool = True) -> None:
        self.folder = Path(folder) if folder else default_data_dir()
        # Workshop mode runs with storage disabled: nothing is written at all.
        self.enabled = enabled

    def path(self, name: str) -> Path:
        return self.folder / name

    def _ensure_folder(self) -> None:
        """Make the folder private (700) when the game makes it. A folder that was there before
        (a --data-dir the player chose, perhaps shared with other things) keeps its mode: the
        game's own files in it are private (600) either way."""
        if self.folder.is_dir():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(self.folder, 0o700)

    def write_json(self, name: str, data: Any) -> Path | None:
        """Write a file of the game's folder atomically, keeping the previous one as .bak."""
        if not self.enabled:
            return None
        self._ensure_folder()
        payload = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
        return write_private(self.path(name), payload, keep_backup=True)

    def read_json(self, name: str) -> tuple[Any | None, str | None]:
        """The file's data, or None and a reason when it is missing or broken."""
        target = self.path(name)
        if not target.exists():
            return None, None
        try:
            if target.stat().st_size > MAX_FILE_BYTES:
                raise ValueError("too large")
            return json.loads(target.read_text(encoding="utf-8")), None
        except (OSError, ValueError, RecursionError) as exc:  # deep nesting: RecursionError
            return None, str(exc) or type(exc).__name__

    def move_aside(self, name: str, label: str = "broken") -> Path | None:
        """Keep a file the game cannot use under a new name so nothing is lost, and out of the
        game's way: `progress.json` becomes `progress.broken-20250101-120000.json` (or
        `progress.newer-…` for a save of a newer version). A backup keeps its `.bak` at the end."""
        target = self.path(name)
        if not self.enabled or not target.exists():
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        base, dot, rest = target.name.partition(".")
        tail = dot + rest if dot else ""
        kept = target.with_name(f"{base}.{label}-{stamp}{tail}")
        counter = 1
        while kept.exists():
            kept = target.with_name(f"{base}.{label}-{stamp}-{counter}{tail}")
            counter += 1
        os.replace(target, kept)
        with contextlib.suppress(OSError):
            os.chmod(kept, 0o600)  # as private as the game's own files, whoever wrote it
        return kept

    def delete_all(self) -> int:
        """Remove every file the game wrote here; returns how many. Only the game's own names are
        touched, because --data-dir may point at a folder that holds other things too."""
        if not self.enabled or not self.folder.is_dir():
            return 0
        removed = 0
        for path in self.folder.iterdir():
            if path.is_file() and any(path.match(pattern) for pattern in OWN_FILES):
                path.unlink()
                removed += 1
        return removed

    def clean_interrupted(self, older_than: float = STALE_TEMP_SECONDS) -> int:
        """Remove temporary files of writes that a kill or a power cut interrupted. The file they
        were for is whole (the old version or the new), so nothing is lost; young ones are left
        alone in case another copy of the game is writing right now. Returns how many went."""
        if not self.enabled or not self.folder.is_dir():
            return 0
        removed = 0
        now = time.time()
        for path in self.folder.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if path.is_file() and now - path.stat().st_mtime >= older_than:
                    path.unlink()
                    removed += 1
        return removed

    def remove(self, name: str) -> None:
        if not self.enabled:  # deleting is writing too
            return
        for path in (self.path(name), self.path(name + ".bak")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def write_private(target: Path, payload: bytes, *, keep_backup: bool = False) -> Path:
    """Write atomically: a temporary file readable only by the user, flushed and synced, then
    renamed over the old one, so a crash leaves either the old file or the new one."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, 0o600)
        if keep_backup and target.exists():
            _keep_backup(target)
        os.replace(temp_name, target)
        _sync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return target


def _keep_backup(target: Path) -> None:
    """Make `target.bak` the current file while `target` stays where it is: renaming it away
    first would leave a moment (a kill, a power cut) with no `target` at all."""
    backup = target.with_name(target.name + ".bak")
    staged = target.with_name(f".{target.name}.bak-{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(staged)
    try:
        os.link(target, staged)  # the same bytes under a second name, no copying
    except OSError:  # a file system without hard links: copy instead
        fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(target.read_bytes())
    os.replace(staged, backup)


def _sync_folder(folder: Path) -> None:
    # The rename itself is only durable once the folder entry is on disk too (POSIX).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
