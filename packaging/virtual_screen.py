"""A virtual screen for the smoke test (packaging/smoke.py): Xvfb, keys through xdotool, windows
found by name with xwininfo, and pictures with ImageMagick's import. Only the standard library."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from pathlib import Path


class Failed(Exception):
    """A check of the smoke test did not pass; its message says which."""


XDOTOOL_NAMES = {"return": "Return", "tab": "Tab", "escape": "Escape", "shift+tab": "shift+Tab"}


class VirtualScreen:
    def __init__(self, size: str = "1280x720") -> None:
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise Failed("Xvfb did not start")
        self.display = f":{number}"

    def env(self, env: dict[str, str]) -> dict[str, str]:
        env = dict(env, DISPLAY=self.display)
        env.pop("SDL_VIDEODRIVER", None)
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            env=dict(os.environ, DISPLAY=self.display),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        return done.stdout.strip()

    def wait_window(self, pid: int, name: str | None = None, timeout: float = 30) -> str:
        """The app's window, or the window called `name` (found with xwininfo: xdotool's search
        by name misses windows on a screen without a window manager)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self._named(name) if name else self.xdotool("search", "--pid", str(pid))
            if found.split():
                return found.split()[-1]
            time.sleep(0.2)
        raise Failed(f"no window {'named ' + name if name else 'of the app'} within {timeout} s")

    def _named(self, name: str) -> str:
        tree = subprocess.run(
            ["xwininfo", "-root", "-tree"],
            env=dict(os.environ, DISPLAY=self.display),
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        quoted = f'"{name}"'
        return " ".join(line.split()[0] for line in tree.splitlines() if quoted in line)

    def keys(self, window: str, names: list[str], gap: float = 0.35) -> None:
        self.xdotool("windowfocus", "--sync", window)
        for name in names:
            self.xdotool("key", "--clearmodifiers", XDOTOOL_NAMES.get(name, name))
            time.sleep(gap)

    def close_message(self, proc: subprocess.Popen, window: str) -> int:
        """Close a message window as a player would, and the app's exit code: Enter on it, and
        if a key went astray (focus on a screen without a window manager), a click on its button,
        which SDL draws at the middle of the box's bottom."""
        for _attempt in range(3):
            self.keys(window, ["return"])
            with contextlib.suppress(subprocess.TimeoutExpired):
                code = proc.wait(timeout=4)
                print("  (closed with Enter)")
                return code
            shape = dict(
                line.split("=", 1)
                for line in self.xdotool("getwindowgeometry", "--shell", window).splitlines()
                if "=" in line
            )
            if {"X", "Y", "WIDTH", "HEIGHT"} <= shape.keys():
                x = int(shape["X"]) + int(shape["WIDTH"]) // 2
                y = int(shape["Y"]) + int(shape["HEIGHT"]) - 24
                self.xdotool("mousemove", str(x), str(y), "click", "1")
            with contextlib.suppress(subprocess.TimeoutExpired):
                code = proc.wait(timeout=4)
                print("  (closed with a click on its button)")
                return code
        raise Failed("the message window did not close with Enter or a click on its button")

    def picture(self, path: Path) -> bool:
        """The screen as a PNG (ImageMagick's import), when the tool is there."""
        if not shutil.which("import"):
            return False
        env = dict(os.environ, DISPLAY=self.display)
        subprocess.run(["import", "-window", "root", str(path)], env=env, check=False)
        return path.is_file()

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def finish(proc: subprocess.Popen, timeout: float) -> int:
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise Failed(f"the app did not end within {timeout} s") from None
