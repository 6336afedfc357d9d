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
# Everything the game may write into its folder: saves and their backups and broken copies,
# settings, exports, crash reports, and temporary files of an interrupted write.
OWN_FILES = (
    "progress*.json*",
    "settings*.json*",
    "steps-profile.*",
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
        except (OSError, ValueError) as exc:
            return None, str(exc)

    def move_aside(self, name: str) -> Path | None:
        """Keep a broken file under a new name so nothing is lost, and out of the game's way."""
        target = self.path(name)
        if not target.exists():
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        kept = target.with_name(f"{target.stem}.broken-{stamp}{target.suffix}")
        counter = 1
        while kept.exists():
            kept = target.with_name(f"{target.stem}.broken-{stamp}-{counter}{target.suffix}")
            counter += 1
        os.replace(target, kept)
        return kept

    def delete_all(self) -> int:
        """Remove every file the game wrote here; returns how many. Only the game's own names are
        touched, because --data-dir may point at a folder that holds other things too."""
        if not self.folder.is_dir():
            return 0
        removed = 0
        for path in self.folder.iterdir():
            if path.is_file() and any(path.match(pattern) for pattern in OWN_FILES):
                path.unlink()
                removed += 1
        return removed

    def remove(self, name: str) -> None:
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
            os.replace(target, target.with_name(target.name + ".bak"))
        os.replace(temp_name, target)
        _sync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return target


def _sync_folder(folder: Path) -> None:
    # The rename itself is only durable once the folder entry is on disk too (POSIX).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
