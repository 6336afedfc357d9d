"""When something unexpected breaks: a crash report with no personal text, and its path."""

from __future__ import annotations

import platform
import sys
import time
import traceback
from pathlib import Path

from steps_game import __version__
from steps_game.storage import write_private


def crash_report_text(exc: BaseException) -> str:
    """What happened and where in the code, without the exception's message or any values:
    a message can quote level text or whatever the player chose."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [
        "STEPS crash report",
        f"time: {time.strftime('%Y-%m-%d %H:%M:%S')}",
        f"game: {__version__}",
        f"python: {sys.version.split()[0]} on {platform.system()} {platform.machine()}",
        f"pygame-ce: {_pygame_version()}",
        f"error: {type(exc).__module__}.{type(exc).__qualname__}",
        "where (most recent call last):",
    ]
    for frame in frames:
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def _pygame_version() -> str:
    """A report is also written when the game could not start, maybe because pygame could not."""
    try:
        import pygame
    except Exception:
        return "not available"
    return pygame.version.ver


def write_crash_report(folder: Path, exc: BaseException) -> Path | None:
    target = Path(folder) / f"crash-{time.strftime('%Y%m%d-%H%M%S')}.txt"
    try:
        return write_private(target, crash_report_text(exc).encode("utf-8"))
    except OSError:
        return None
