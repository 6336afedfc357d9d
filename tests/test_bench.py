"""The benchmark's measures run in a tiny mode (one scene, a few frames, one run of each process)
and fill every metric with a number. Times are never asserted here: the budgets are checked by
`python -m steps_game.bench` itself, through its exit code."""

from __future__ import annotations

import json
import math

from steps_game import bench


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def test_tiny_run_reports_every_metric_as_a_number(tmp_path):
    data = bench.report(bench.measure(bench.TINY), bench.TINY)

    assert data["errors"] == []
    for key in bench.METRIC_KEYS:
        assert is_number(data["metrics"][key]), (key, data["metrics"][key])
    title = data["frames"]["1280x720"]["title"]
    assert set(title) == {"p50", "p99", "cpu_p50", "cpu_p99"}
    assert all(is_number(value) for value in title.values())

    assert data["budgets"] == bench.BUDGETS
    checked = {check["metric"] for check in data["checks"]}
    assert checked == {
        "startup_ratio",
        "startup_cpu_ratio",
        "cpu_static_over_floor",
        "memory_playthrough_ratio",
        "frame_p99_ms.title.1280x720",
        "language_switch_ms",
        "levels_load_ms",
    }
    assert data["display"] == "dummy"  # the tiny run starts no X server
    assert all(is_number(check["value"]) for check in data["checks"])
    assert isinstance(data["pass"], bool)
    assert {"python", "platform", "cpu_count"} <= set(data["machine"])
    assert data["date"]

    out = tmp_path / "bench.json"
    out.write_text(json.dumps(data))
    assert json.loads(out.read_text())["metrics"] == data["metrics"]
    table = bench.table(data).splitlines()
    assert table[0] == "| metric | value | budget | ok |"
    assert any(line.startswith("| start-up, game / floor |") for line in table)


def test_without_xvfb_the_process_measures_say_they_used_the_dummy_driver(monkeypatch):
    from steps_game.bench import display

    monkeypatch.setattr(display.shutil, "which", lambda name: None)
    with display.xvfb() as env:
        assert env is None
        assert display.describe(env) == "dummy"
    assert display.describe({"DISPLAY": ":150", "SDL_VIDEODRIVER": "x11"}) == "x11 (Xvfb :150)"
