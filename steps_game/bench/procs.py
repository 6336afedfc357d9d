"""Measures that need whole, fresh processes: start-up, peak memory, CPU on a still screen, and
loading the levels with cold caches."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

FLOOR = Path(__file__).with_name("floor.py")
FIRST_FRAME = "STEPS_FIRST_FRAME "
RESULT = "STEPS_BENCH "
TIMEOUT_S = 120


@dataclass
class Run:
    started: float  # time.time() just before the process was started
    returncode: int
    stdout: str
    stderr: str
    max_rss_mb: float | None  # the process's own peak resident memory

    def line(self, prefix: str) -> str:
        found = [ln[len(prefix) :] for ln in self.stdout.splitlines() if ln.startswith(prefix)]
        if self.returncode != 0 or not found:
            tail = "\n".join(self.stderr.strip().splitlines()[-6:])
            raise RuntimeError(f"exit code {self.returncode}, no {prefix.strip()} line: {tail}")
        return found[-1]


PYCACHE = Path(tempfile.gettempdir()) / "steps-bench-pycache"


def child_env() -> dict[str, str]:
    """Headless, able to import this steps_game whether installed or from a checkout, and with
    its bytecode cached as an installed game has it. The cache lives outside the source tree
    (PYTHONPYCACHEPREFIX), also when the environment says not to write bytecode beside it."""
    env = dict(os.environ)
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("STEPS_BENCH_FIRST_FRAME", None)
    return env


def _rss_mb(usage) -> float:
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS
    return usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def spawn(args: list[str], env: dict[str, str] | None = None) -> Run:
    """Run a process to its end; its own rusage comes from wait4 where the system has it."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.time()
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=env or child_env())
        killer = threading.Timer(TIMEOUT_S, proc.kill)
        killer.start()
        try:
            if hasattr(os, "wait4"):
                _, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = os.waitstatus_to_exitcode(status)
                rss = _rss_mb(usage)
            else:  # pragma: no cover - Windows
                proc.wait()
                rss = None
        finally:
            killer.cancel()
        out.seek(0)
        err.seek(0)
        return Run(started, proc.returncode, out.read(), err.read(), rss)


def first_frame(args: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Milliseconds from starting the process to its first flip, and its peak memory."""
    run = spawn(args, env)
    return 1000 * (float(run.line(FIRST_FRAME)) - run.started), run.max_rss_mb


def startup(runs: int, warmup: bool = True) -> dict:
    """The game (its title) and the floor, started in turns so that noise hits both alike, after
    one uncounted run of each (bytecode cache and the system's file cache warm for both)."""
    game_ms, floor_ms, game_mb, floor_mb = [], [], [], []
    env = child_env()
    with tempfile.TemporaryDirectory(prefix="steps-bench-") as tmp:
        for index in range(-1 if warmup else 0, runs):
            data = str(Path(tmp) / f"data{index}")  # a fresh player each time: the title says Start
            game = [sys.executable, "-m", "steps_game", "--data-dir", data, "--lang", "en"]
            floor = [sys.executable, str(FLOOR)]
            order = [("floor", floor), ("game", game)]
            if index % 2:
                order.reverse()
            for name, args in order:
                run_env = dict(env, STEPS_BENCH_FIRST_FRAME="1") if name == "game" else env
                ms, mb = first_frame(args, run_env)
                if index < 0:
                    continue
                (game_ms if name == "game" else floor_ms).append(ms)
                if mb is not None:
                    (game_mb if name == "game" else floor_mb).append(mb)
    result = {
        "startup_game_ms": statistics.median(game_ms),
        "startup_floor_ms": statistics.median(floor_ms),
        "startup_game_runs_ms": game_ms,
        "startup_floor_runs_ms": floor_ms,
        "memory_game_title_mb": statistics.median(game_mb) if game_mb else None,
        "memory_floor_mb": statistics.median(floor_mb) if floor_mb else None,
    }
    result["startup_ratio"] = result["startup_game_ms"] / result["startup_floor_ms"]
    return result


def _child(*args: str) -> tuple[dict, Run]:
    run = spawn([sys.executable, "-m", "steps_game.bench.child", *args])
    return json.loads(run.line(RESULT)), run


def static_cpu(seconds: float) -> dict:
    """CPU time of the real loop on the still title screen over `seconds` of real time."""
    with tempfile.TemporaryDirectory(prefix="steps-bench-") as tmp:
        found, run = _child("idle", str(seconds), str(Path(tmp) / "data"))
    return {
        "cpu_static_percent": found["percent"],
        "cpu_static_seconds": found["wall_s"],
        "memory_game_idle_mb": run.max_rss_mb,
    }


def levels(runs: int) -> dict:
    """Reading and validating every bundled level in fresh processes, the import excluded."""
    checks, imports, every = [], [], []
    for _ in range(runs):
        found, _ = _child("levels")
        if found["problems"] or not found["levels"]:
            raise RuntimeError(f"the bundled levels have {found['problems']} problems")
        checks.append(found["check_ms"])
        imports.append(found["import_ms"])
        every.append(found["check_all_languages_ms"])
    return {
        "levels_load_ms": statistics.median(checks),
        "levels_all_languages_ms": statistics.median(every),
        "levels_import_ms": statistics.median(imports),
        "levels_count": found["levels"],
    }


def playthrough(steps: int | None = None) -> dict:
    """The scripted playthrough in a fresh process: its time, and the game's peak memory over a
    whole run (the title's first frame is not the most a game holds)."""
    found, run = _child("play", *([] if steps is None else [str(steps)]))
    found["memory_game_playthrough_mb"] = run.max_rss_mb
    return found
