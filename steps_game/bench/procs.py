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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

FLOOR = Path(__file__).with_name("floor.py")
FIRST_FRAME = "STEPS_FIRST_FRAME "
QUIET = "STEPS_QUIET "
RESULT = "STEPS_BENCH "
TIMEOUT_S = 120


@dataclass
class Run:
    started: float  # time.time() just before the process was started
    returncode: int
    stdout: str
    stderr: str
    max_rss_mb: float | None  # the process's own peak resident memory
    cpu_s: float | None  # user and system CPU of the whole process, from start to exit

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
    env.pop("STEPS_BENCH_QUIET", None)
    return env


def _rss_mb(usage) -> float:
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS
    return usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def with_display(env: dict[str, str], display: dict[str, str] | None) -> dict[str, str]:
    """The child environment on a real X server (bench.display) instead of the dummy driver."""
    return dict(env, **display) if display else env


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
                cpu = usage.ru_utime + usage.ru_stime
            else:  # pragma: no cover - Windows
                proc.wait()
                rss = cpu = None
        finally:
            killer.cancel()
        out.seek(0)
        err.seek(0)
        return Run(started, proc.returncode, out.read(), err.read(), rss, cpu)


def startup(runs: int, warmup: bool = True, display: dict[str, str] | None = None) -> dict:
    """The game and the floor, started in turns so that noise hits both alike, after one
    uncounted run of each (bytecode cache and the system's file cache warm for both).

    Two things are timed per start: the real time to the first frame, and the CPU the whole
    process used (read by the parent, from outside) until it was quiet: the floor at its first
    frame, the game on its title with the levels and the save read and nothing left to do
    (STEPS_BENCH_QUIET), where it would wait for the player."""
    game_ms, floor_ms, game_cpu, floor_cpu, game_mb, floor_mb = [], [], [], [], [], []
    env = with_display(child_env(), display)
    with tempfile.TemporaryDirectory(prefix="steps-bench-") as tmp:
        for index in range(-1 if warmup else 0, runs):
            data = str(Path(tmp) / f"data{index}")  # a fresh player each time: the title says Start
            game = [sys.executable, "-m", "steps_game", "--data-dir", data, "--lang", "en"]
            floor = [sys.executable, str(FLOOR)]
            order = [("floor", floor), ("game", game)]
            if index % 2:
                order.reverse()
            for name, args in order:
                run = spawn(args, dict(env, STEPS_BENCH_QUIET="1") if name == "game" else env)
                ms = 1000 * (float(run.line(FIRST_FRAME)) - run.started)
                if name == "game":
                    run.line(QUIET)  # it did reach the quiet title
                if index < 0:
                    continue
                is_game = name == "game"
                (game_ms if is_game else floor_ms).append(ms)
                if run.cpu_s is not None:
                    (game_cpu if is_game else floor_cpu).append(run.cpu_s)
                if run.max_rss_mb is not None:
                    (game_mb if is_game else floor_mb).append(run.max_rss_mb)
    median = statistics.median
    result = {
        "startup_game_ms": median(game_ms),
        "startup_floor_ms": median(floor_ms),
        "startup_game_runs_ms": game_ms,
        "startup_floor_runs_ms": floor_ms,
        "startup_cpu_game_s": median(game_cpu) if game_cpu else None,
        "startup_cpu_floor_s": median(floor_cpu) if floor_cpu else None,
        "memory_game_title_mb": median(game_mb) if game_mb else None,
        "memory_floor_mb": median(floor_mb) if floor_mb else None,
    }
    result["startup_ratio"] = result["startup_game_ms"] / result["startup_floor_ms"]
    cpus = result["startup_cpu_game_s"], result["startup_cpu_floor_s"]
    result["startup_cpu_ratio"] = cpus[0] / cpus[1] if None not in cpus and cpus[1] else None
    return result


def _child(*args: str) -> tuple[dict, Run]:
    run = spawn([sys.executable, "-m", "steps_game.bench.child", *args])
    return json.loads(run.line(RESULT)), run


def static_cpu(seconds: float, display: dict[str, str] | None = None) -> dict:
    """CPU of the real loop on the still title over `seconds` of real time, and of the floor
    waiting as long in pygame.event.wait: both at once (a still program leaves the cores to
    the other), each measured by itself between its first frame and the timer's end."""
    env = with_display(child_env(), display)
    with tempfile.TemporaryDirectory(prefix="steps-bench-") as tmp:
        game_args = ["-m", "steps_game.bench.child", "idle", str(seconds), str(Path(tmp) / "d")]
        with ThreadPoolExecutor(max_workers=2) as pool:
            game = pool.submit(spawn, [sys.executable, *game_args], env)
            floor = pool.submit(spawn, [sys.executable, str(FLOOR), "idle", str(seconds)], env)
            game_run, floor_run = game.result(), floor.result()
    found, floor_found = json.loads(game_run.line(RESULT)), json.loads(floor_run.line(RESULT))
    return {
        "cpu_static_percent": found["percent"],
        "cpu_static_floor_percent": floor_found["percent"],
        "cpu_static_over_floor": found["percent"] - floor_found["percent"],
        "cpu_static_seconds": found["wall_s"],
        "memory_game_idle_mb": game_run.max_rss_mb,
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
