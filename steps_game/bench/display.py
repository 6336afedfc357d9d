"""A real X server for the measures that start whole processes, when this machine has one.

The dummy video driver never waits for a display and never talks to one, so a still screen and a
start-up cost less there than in front of a player. When Xvfb is installed the benchmark starts
one of its own for the run, measures the game and the floor on it as well, and says so; without
Xvfb it says that only the dummy driver was used.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

FIRST_DISPLAY = 140  # display numbers tried, clear of the usual :0 and of test tools' picks
LAST_DISPLAY = 199
READY_SECONDS = 10.0


@contextlib.contextmanager
def xvfb(size: tuple[int, int] = (1920, 1080)) -> Iterator[dict[str, str] | None]:
    """The environment that sends SDL to a fresh Xvfb, or None when Xvfb is not installed or
    will not start; the server is stopped on leaving."""
    program = shutil.which("Xvfb")
    if program is None:
        yield None
        return
    server, env = _start(program, size)
    try:
        yield env
    finally:
        if server is not None:
            server.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                server.wait(timeout=5)


def _start(program: str, size: tuple[int, int]) -> tuple[subprocess.Popen | None, dict | None]:
    for number in range(FIRST_DISPLAY, LAST_DISPLAY + 1):
        socket = Path(f"/tmp/.X11-unix/X{number}")
        if socket.exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        screen = f"{size[0]}x{size[1]}x24"
        server = subprocess.Popen(
            [program, f":{number}", "-screen", "0", screen, "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline and server.poll() is None:
            if socket.exists():
                return server, {"DISPLAY": f":{number}", "SDL_VIDEODRIVER": "x11"}
            time.sleep(0.05)
        server.kill()
        server.wait()
    return None, None


def describe(env: dict[str, str] | None) -> str:
    return f"x11 (Xvfb {env['DISPLAY']})" if env else "dummy"
