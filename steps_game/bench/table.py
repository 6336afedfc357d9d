"""The benchmark's report as a Markdown table: readable in a terminal, and pasted into the README.

Standard library only, like the rest of the package's top level (see steps_game.bench)."""

from __future__ import annotations

from typing import Any

CPU_P99 = "cpu_p99"  # what the frame budget is checked on (see steps_game.bench)


def _num(value: float | None, unit: str, digits: int = 0) -> str:
    return "—" if value is None else f"{value:.{digits}f}{unit}"


def _ok(value: float | None, budget: float) -> str:
    return "no" if value is None or value > budget else "yes"


def _display_rows(f: dict, b: dict, prefix: str = "") -> list[tuple[str, str, str, str]]:
    """Start-up, CPU until quiet and a still screen against the floor, from figures `f` (the
    metrics, or one display's figures), each against its budget."""
    return [
        (
            f"{prefix}start-up, game / floor",
            _num(f.get("startup_ratio"), "x", 2),
            f"≤ {b['startup_ratio']}x",
            _ok(f.get("startup_ratio"), b["startup_ratio"]),
        ),
        (
            f"{prefix}CPU from start until quiet on the title with the levels read, game / floor",
            f"{_num(f.get('startup_cpu_game_s'), ' s', 2)} / "
            f"{_num(f.get('startup_cpu_floor_s'), ' s', 2)}"
            f" ({_num(f.get('startup_cpu_ratio'), 'x', 2)})",
            f"≤ {b['startup_cpu_ratio']}x",
            _ok(f.get("startup_cpu_ratio"), b["startup_cpu_ratio"]),
        ),
        (
            f"{prefix}CPU on the still title, game / floor waiting as long",
            f"{_num(f.get('cpu_static_percent'), ' %', 2)} / "
            f"{_num(f.get('cpu_static_floor_percent'), ' %', 2)} of a core",
            f"≤ floor + {b['cpu_static_over_floor']:g} points",
            _ok(f.get("cpu_static_over_floor"), b["cpu_static_over_floor"]),
        ),
    ]


def table(data: dict[str, Any]) -> str:
    m, b = data["metrics"], data["budgets"]
    rows = [
        (
            "start-up to the first frame, game (dummy driver)",
            _num(m.get("startup_game_ms"), " ms"),
            "",
            "",
        ),
        ("start-up to the first frame, floor", _num(m.get("startup_floor_ms"), " ms"), "", ""),
        *_display_rows(m, b),
    ]
    for name, figures in data.get("displays", {}).items():
        rows += _display_rows(figures, b, f"on {name}: ")
    frame_budget = b["frame_p99_ms"]
    for size, scenes in data["frames"].items():
        for scene, times in scenes.items():
            rows.append(
                (
                    f"frame p50 / p99 (CPU), {scene}, {size}",
                    f"{times['cpu_p50']:.2f} / {times[CPU_P99]:.2f} ms"
                    f" (real p99 {times['p99']:.2f})",
                    f"p99 ≤ {frame_budget:g} ms",
                    _ok(times[CPU_P99], frame_budget),
                )
            )
    for check in data["checks"]:
        if check["metric"].startswith("frame_p99_ms.") and check["value"] is None:
            _, scene, size = check["metric"].split(".", 2)
            rows.append(
                (
                    f"frame p50 / p99 (CPU), {scene}, {size}",
                    "not measured",
                    f"p99 ≤ {frame_budget:g} ms",
                    "no",
                )
            )
    rows += [
        ("peak memory, floor", _num(m.get("memory_floor_mb"), " MB", 1), "", ""),
        (
            "peak memory, game on its quiet title with the levels read (/ floor)",
            f"{_num(m.get('memory_game_title_mb'), ' MB', 1)}"
            f" ({_num(m.get('memory_ratio'), 'x', 2)})",
            "",
            "",
        ),
        (
            "peak memory, game over a playthrough (/ floor)",
            f"{_num(m.get('memory_game_playthrough_mb'), ' MB', 1)}"
            f" ({_num(m.get('memory_playthrough_ratio'), 'x', 2)})",
            f"≤ {b['memory_playthrough_ratio']}x",
            _ok(m.get("memory_playthrough_ratio"), b["memory_playthrough_ratio"]),
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
