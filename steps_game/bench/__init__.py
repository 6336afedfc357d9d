"""The benchmark: one command that measures the game against its budgets.

    python -m steps_game.bench [--out bench-results/bench.json] [--quick]

It prints a table (metric, value, budget, ok), writes every number as JSON, and exits 0 only
when every budget is met. Start-up time and peak memory are measured against the floor, a minimal
pygame_gui program (steps_game/bench/floor.py), started in turns with the game in the same run so
that the machine's noise cancels out. Budgets are checked here and never by timed tests.

Only the standard library is imported at the top of this package: the child processes the
benchmark starts (steps_game.bench.child) import it too, and their timings must not pay for it.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

LOGICAL = (1280, 720)
# The frame budget is checked on the CPU time a frame takes (time.thread_time), which other
# programs on a busy machine do not lengthen; the real time is in the JSON and the table too.
FRAME_BUDGETED = "cpu_p99"
SIZES = ((1280, 720), (1920, 1080))

# metric -> the most it may be (a ratio to the floor, milliseconds or percent of one core)
BUDGETS: dict[str, float] = {
    "startup_ratio": 1.5,
    "frame_p99_ms": 4.0,  # in every scene, at 1280x720
    "cpu_static_percent": 3.0,
    "memory_ratio": 1.6,
    "language_switch_ms": 100.0,
    "levels_load_ms": 150.0,
}

# every number the JSON always has (frame times per scene are under "frames")
METRIC_KEYS = (
    "startup_game_ms",
    "startup_floor_ms",
    "startup_ratio",
    "frame_p99_worst_ms",
    "cpu_static_percent",
    "memory_game_title_mb",
    "memory_game_playthrough_mb",
    "memory_floor_mb",
    "memory_ratio",
    "memory_playthrough_ratio",
    "memory_game_idle_mb",
    "memory_idle_ratio",
    "language_switch_ms",
    "summary_30_ms",
    "levels_load_ms",
    "levels_all_languages_ms",
    "levels_import_ms",
    "playthrough_s",
)


@dataclass(frozen=True)
class Plan:
    """How much to measure: the full run, --quick, or the tiny one the tests use."""

    name: str = "full"
    startup_runs: int = 7
    frames: int = 240
    warmup: int = 10
    sizes: tuple[tuple[int, int], ...] = SIZES
    scenes: tuple[str, ...] | None = None  # None: every scene
    cpu_seconds: float = 10.0
    level_runs: int = 5
    switches: int = 6
    startup_warmup: bool = True  # one uncounted start of each before the counted ones
    switch_step: int | None = None  # None: the busiest task screen
    play_steps: int | None = None  # None: all seven
    # Run the process measures beside the others. Only for the tests' tiny run: its numbers mean
    # nothing then, only that every measure works.
    side_by_side: bool = False


FULL = Plan()
QUICK = Plan("quick", startup_runs=5, frames=80, warmup=5, cpu_seconds=3.0, level_runs=3)
TINY = Plan(
    "tiny",
    startup_runs=1,
    frames=5,
    warmup=1,
    sizes=(LOGICAL,),
    scenes=("title",),
    cpu_seconds=0.3,
    level_runs=1,
    switches=2,
    startup_warmup=False,
    switch_step=1,
    play_steps=1,
    side_by_side=True,
)


@dataclass
class Check:
    metric: str
    value: float | None
    budget: float
    ok: bool


@dataclass
class Results:
    metrics: dict[str, Any] = field(default_factory=dict)
    frames: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _headless() -> None:
    """The benchmark's own process draws with the dummy drivers too (before pygame loads)."""
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def _attempt(label: str, measure, keys: tuple[str, ...]) -> tuple[dict[str, Any], list[str]]:
    """Run one measure; when it fails, its numbers are None and the error is kept."""
    try:
        return measure(), []
    except Exception as exc:
        return dict.fromkeys(keys), [f"{label}: {type(exc).__name__}: {exc}"]


def measure(plan: Plan = FULL) -> Results:
    _headless()
    from steps_game.bench import inproc, procs

    # (label, measure, the keys it fills): each in fresh processes
    in_processes = [
        (
            "start-up",
            lambda: procs.startup(plan.startup_runs, plan.startup_warmup),
            ("startup_game_ms", "startup_floor_ms", "startup_ratio", "memory_game_title_mb"),
        ),
        (
            "levels",
            lambda: procs.levels(plan.level_runs),
            ("levels_load_ms", "levels_import_ms"),
        ),
        (
            "static cpu",
            lambda: procs.static_cpu(plan.cpu_seconds),
            ("cpu_static_percent", "memory_game_idle_mb"),
        ),
        (
            "playthrough",
            lambda: procs.playthrough(plan.play_steps),
            ("playthrough_s", "memory_game_playthrough_mb"),
        ),
    ]
    results = Results()

    def keep(found: tuple[dict[str, Any], list[str]]) -> None:
        results.metrics.update(found[0])
        results.errors.extend(found[1])

    pool = ThreadPoolExecutor(max_workers=len(in_processes)) if plan.side_by_side else None
    pending = [pool.submit(_attempt, *item) for item in in_processes] if pool else []
    if pool is None:
        for item in in_processes:
            keep(_attempt(*item))
    results.frames = inproc.frame_times(
        plan.sizes, plan.scenes or inproc.SCENES, plan.frames, plan.warmup, results.errors
    )
    logical = results.frames.get(inproc.size_name(LOGICAL), {})
    results.metrics["frame_p99_worst_ms"] = max(
        (times[FRAME_BUDGETED] for times in logical.values()), default=None
    )
    keep(
        _attempt(
            "language switch",
            lambda: inproc.language_switch(plan.switches, plan.switch_step),
            ("language_switch_ms",),
        )
    )
    keep(_attempt("group summary", inproc.group_summary, ("summary_30_ms",)))
    for future in pending:
        keep(future.result())
    if pool is not None:
        pool.shutdown()
    _memory(results.metrics)
    return results


def _memory(metrics: dict[str, Any]) -> None:
    """The budget compares like with like: the game and the floor each at their first frame.
    The game's peak on its title once the levels are read (the still-screen run) and over a
    whole playthrough are set beside the floor too, unbudgeted."""
    floor = metrics.get("memory_floor_mb")
    for key, game in (
        ("memory_ratio", "memory_game_title_mb"),
        ("memory_idle_ratio", "memory_game_idle_mb"),
        ("memory_playthrough_ratio", "memory_game_playthrough_mb"),
    ):
        value = metrics.get(game)
        metrics[key] = value / floor if value is not None and floor else None


def checks(results: Results, plan: Plan) -> list[Check]:
    from steps_game.bench.inproc import SCENES, size_name

    metrics = results.metrics
    found = []
    for key in ("startup_ratio", "cpu_static_percent", "memory_ratio"):
        found.append(_check(key, metrics.get(key), BUDGETS[key]))
    logical = results.frames.get(size_name(LOGICAL), {})
    for scene in plan.scenes or SCENES:
        times = logical.get(scene)
        value = times[FRAME_BUDGETED] if times else None
        found.append(_check(f"frame_p99_ms.{scene}", value, BUDGETS["frame_p99_ms"]))
    for key in ("language_switch_ms", "levels_load_ms"):
        found.append(_check(key, metrics.get(key), BUDGETS[key]))
    return found


def _check(metric: str, value: float | None, budget: float) -> Check:
    return Check(metric, value, budget, value is not None and value <= budget)


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
    }


def report(results: Results, plan: Plan) -> dict[str, Any]:
    found = checks(results, plan)
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "plan": asdict(plan),
        "metrics": results.metrics,
        "frames": results.frames,
        "budgets": BUDGETS,
        "checks": [asdict(check) for check in found],
        "pass": all(check.ok for check in found) and not results.errors,
        "errors": results.errors,
    }


# -- the table -------------------------------------------------------------------------------
def _num(value: float | None, unit: str, digits: int = 0) -> str:
    return "—" if value is None else f"{value:.{digits}f}{unit}"


def _ok(value: float | None, budget: float) -> str:
    return "no" if value is None or value > budget else "yes"


def table(data: dict[str, Any]) -> str:
    """The report as a Markdown table: readable in a terminal, and pasted into the README."""
    m, b = data["metrics"], data["budgets"]
    rows = [
        ("start-up to the first frame, game", _num(m.get("startup_game_ms"), " ms"), "", ""),
        ("start-up to the first frame, floor", _num(m.get("startup_floor_ms"), " ms"), "", ""),
        (
            "start-up, game / floor",
            _num(m.get("startup_ratio"), "x", 2),
            f"≤ {b['startup_ratio']}x",
            _ok(m.get("startup_ratio"), b["startup_ratio"]),
        ),
    ]
    for size, scenes in data["frames"].items():
        budgeted = size == f"{LOGICAL[0]}x{LOGICAL[1]}"
        for scene, times in scenes.items():
            rows.append(
                (
                    f"frame p50 / p99 (CPU), {scene}, {size}",
                    f"{times['cpu_p50']:.2f} / {times['cpu_p99']:.2f} ms"
                    f" (real p99 {times['p99']:.2f})",
                    f"p99 ≤ {b['frame_p99_ms']:g} ms" if budgeted else "",
                    _ok(times[FRAME_BUDGETED], b["frame_p99_ms"]) if budgeted else "",
                )
            )
    for check in data["checks"]:
        if check["metric"].startswith("frame_p99_ms.") and check["value"] is None:
            scene = check["metric"].split(".", 1)[1]
            rows.append(
                (
                    f"frame p50 / p99 (CPU), {scene}, {LOGICAL[0]}x{LOGICAL[1]}",
                    "not measured",
                    f"p99 ≤ {b['frame_p99_ms']:g} ms",
                    "no",
                )
            )
    rows += [
        (
            "CPU on the still title (real loop)",
            _num(m.get("cpu_static_percent"), " % of a core", 2),
            f"≤ {b['cpu_static_percent']:g} %",
            _ok(m.get("cpu_static_percent"), b["cpu_static_percent"]),
        ),
        ("peak memory, game at its title", _num(m.get("memory_game_title_mb"), " MB", 1), "", ""),
        ("peak memory, floor", _num(m.get("memory_floor_mb"), " MB", 1), "", ""),
        (
            "peak memory, game at its title / floor",
            _num(m.get("memory_ratio"), "x", 2),
            f"≤ {b['memory_ratio']}x",
            _ok(m.get("memory_ratio"), b["memory_ratio"]),
        ),
        (
            "peak memory, game on its title with the levels read, 10 s on (/ floor)",
            f"{_num(m.get('memory_game_idle_mb'), ' MB', 1)}"
            f" ({_num(m.get('memory_idle_ratio'), 'x', 2)})",
            "",
            "",
        ),
        (
            "peak memory, game over a playthrough (/ floor)",
            f"{_num(m.get('memory_game_playthrough_mb'), ' MB', 1)}"
            f" ({_num(m.get('memory_playthrough_ratio'), 'x', 2)})",
            "",
            "",
        ),
        (
            f"language switch from the language screen over step"
            f" {m.get('language_switch_step', '?')}'s task (worst)",
            _num(m.get("language_switch_ms"), " ms", 1),
            f"≤ {b['language_switch_ms']:g} ms",
            _ok(m.get("language_switch_ms"), b["language_switch_ms"]),
        ),
        (
            "the same switches with nothing read ahead (worst)",
            _num(m.get("language_switch_cold_ms"), " ms", 1),
            "",
            "",
        ),
        (
            "load and validate all levels, as the game starts (fresh process, import excluded)",
            _num(m.get("levels_load_ms"), " ms", 1),
            f"≤ {b['levels_load_ms']:g} ms",
            _ok(m.get("levels_load_ms"), b["levels_load_ms"]),
        ),
        (
            "all levels in all ten languages, as validate reads them",
            _num(m.get("levels_all_languages_ms"), " ms", 1),
            "",
            "",
        ),
        ("import of the level loader", _num(m.get("levels_import_ms"), " ms"), "", ""),
        (
            "group summary of 30 exports, read and drawn",
            _num(m.get("summary_30_ms"), " ms", 1),
            "",
            "",
        ),
        (
            "scripted playthrough of the seven steps (fresh process)",
            _num(m.get("playthrough_s"), " s", 2),
            "",
            "",
        ),
    ]
    lines = ["| metric | value | budget | ok |", "|---|---|---|---|"]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    return "\n".join(lines)


# -- the command -----------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m steps_game.bench",
        description="Measure STEPS against its performance budgets (exit 1 when one is missed).",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("bench-results/bench.json"),
        metavar="FILE",
        help="where to write the JSON (default: bench-results/bench.json)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer runs and frames, 3 s of still screen"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    plan = QUICK if args.quick else FULL
    data = report(measure(plan), plan)
    print(table(data))
    for error in data["errors"]:
        print(f"not measured: {error}", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\n{'all budgets met' if data['pass'] else 'budgets missed'}; written to {args.out}")
    return 0 if data["pass"] else 1
