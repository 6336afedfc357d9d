"""Measures taken inside the benchmark's own process, on the real App with the dummy video driver:
frame times per scene, a language switch on a busy screen, and a scripted playthrough.

Every measure starts a fresh App and closes it afterwards, clearing the cached text images, so
that no measure warms the caches of the next one.
"""

from __future__ import annotations

import gc
import json
import math
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pygame

from steps_game.bench.play import solve

FIELD = "it"  # the player's field in every measure
SCENES = (
    "title",
    "intro",
    *(f"task{step}" for step in range(1, 8)),
    "feedback",
    "profile",
)


def size_name(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the smallest value with at least `share` of them at or below."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


# -- an app to measure ------------------------------------------------------------------------
def open_app(data_dir: Path, size: tuple[int, int] = (1280, 720)):
    from steps_game.launch import create_app

    return create_app(data_dir=data_dir, language="en", window=size)


def close_app() -> None:
    """Quit pygame; the game forgets the fonts and text images that belonged to it (the app
    registered ui.text.clear_caches for that)."""
    pygame.quit()


def next_frame(app) -> float:
    """One pass of the real loop without its waiting; returns its seconds."""
    start = time.perf_counter()
    app.frame(pygame.event.get())
    return time.perf_counter() - start


def timed_frame(app) -> tuple[float, float]:
    """One pass of the real loop: its real time and the CPU time this thread spent on it (which
    the other programs on a busy machine do not lengthen), both in milliseconds."""
    start, cpu = time.perf_counter(), time.thread_time()
    app.frame(pygame.event.get())
    return 1000 * (time.perf_counter() - start), 1000 * (time.thread_time() - cpu)


def post_input(app, index: int) -> None:
    """What a player does while looking at a screen: the mouse drifts across it, now and then
    a key (Tab) moves the focus ring."""
    x, y, width, height = app.viewport.target
    pos = (
        round(x + width * (0.5 + 0.45 * math.sin(index * 0.05))),
        round(y + height * (0.5 + 0.45 * math.sin(index * 0.07 + 1.0))),
    )
    motion = pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(2, 2), buttons=(0, 0, 0))
    pygame.event.post(motion)
    if index % 20 == 10:
        for kind in (pygame.KEYDOWN, pygame.KEYUP):
            pygame.event.post(
                pygame.event.Event(kind, key=pygame.K_TAB, mod=0, unicode="\t", scancode=0)
            )


def outcome_for(app, step: int):
    """The outcome of step `step` played through by its benchmark script."""
    from steps_game.outcome import Outcome
    from steps_game.tasks.registry import TASK_KINDS

    level = app.content.level(step)
    model = TASK_KINDS[level.task.kind].model(level.task, FIELD)
    solve(model)
    result = model.result()
    return Outcome(
        step=step,
        level_id=level.id,
        dimension=level.dimension,
        score=result.score,
        reasons=result.reasons,
        choices=result.choices,
    )


def make_scene(app, name: str):
    from steps_game.scenes.feedback import FeedbackScene
    from steps_game.scenes.intro import IntroScene
    from steps_game.scenes.profile import ProfileScene
    from steps_game.scenes.task_host import TaskHostScene

    if name == "intro":
        return IntroScene(app, 1)
    if name.startswith("task"):
        return TaskHostScene(app, int(name[4:]))
    if name == "feedback":
        return FeedbackScene(app, 1, outcome_for(app, 1))
    if name == "profile":
        for step in range(1, len(app.content.levels) + 1):
            try:
                app.session.record(outcome_for(app, step))
            except Exception:  # a task being written: the profile shows its dimension as not done
                continue
        return ProfileScene(app)
    raise ValueError(f"unknown scene {name!r} (expected one of {', '.join(SCENES)})")


# -- frame times -----------------------------------------------------------------------------
def frame_times(
    sizes: Iterable[tuple[int, int]],
    scenes: Iterable[str] = SCENES,
    frames: int = 240,
    warmup: int = 10,
    errors: list[str] | None = None,
) -> dict[str, dict[str, dict[str, float]]]:
    """p50 and p99 frame time (ms) of every scene at every window size, under synthetic input.

    Each scene goes on top of the title, as in the game; the first `warmup` frames (fonts and
    text images made for the first time) are not counted. A scene that fails to start is left out
    and its error noted."""
    errors = [] if errors is None else errors
    scenes = list(scenes)
    found: dict[str, dict[str, dict[str, float]]] = {}
    for size in sizes:
        per_scene: dict[str, dict[str, float]] = {}
        with tempfile.TemporaryDirectory(prefix="steps-bench-") as tmp:
            app = open_app(Path(tmp) / "data", size)
            try:
                if any(name != "title" for name in scenes):
                    app.session.new(FIELD)
                for name in scenes:
                    depth = len(app.scenes)
                    try:
                        if name != "title":
                            app.push(make_scene(app, name))
                        gc.collect()  # the scenes before leave no garbage to this one
                        times, cpu_times = [], []
                        for index in range(warmup + frames):
                            post_input(app, index)
                            elapsed, cpu = timed_frame(app)
                            if index >= warmup:
                                times.append(elapsed)
                                cpu_times.append(cpu)
                        per_scene[name] = {
                            "p50": statistics.median(times),
                            "p99": percentile(times, 0.99),
                            "cpu_p50": statistics.median(cpu_times),
                            "cpu_p99": percentile(cpu_times, 0.99),
                        }
                    except Exception as exc:
                        where = f"frames {name} {size_name(size)}"
                        errors.append(f"{where}: {type(exc).__name__}: {exc}")
                    finally:
                        while len(app.scenes) > depth:
                            app.pop()
            finally:
                close_app()
        found[size_name(size)] = per_scene
    return found


# -- a language switch on a busy screen -------------------------------------------------------
def busiest_step(app) -> int:
    """The task screen with the most things on it (controls and texts)."""
    from steps_game.scenes.task_host import TaskHostScene

    counts = {}
    for step in range(1, len(app.content.levels) + 1):
        depth = len(app.scenes)
        try:
            scene = TaskHostScene(app, step)
            app.push(scene)
            counts[step] = len(scene.ring.controls) + len(scene.ui.texts)
        except Exception:  # a task being written: measure on the others
            pass
        while len(app.scenes) > depth:
            app.pop()
    if not counts:
        raise RuntimeError("no task screen could be opened")
    return max(counts, key=counts.get)


# Swedish and Arabic are read from their translation files the first time they are chosen (and
# Arabic is shaped right to left): those switches are the slow ones.
SWITCH_ORDER = ("sv", "ar", "fi", "en", "sv", "ar")


def language_switch(switches: int = 6, step: int | None = None) -> dict[str, Any]:
    """Milliseconds from choosing a language to the next frame drawn, on the busiest task screen,
    as a player switches: Esc for the pause menu, Language, then a language, in turns (see
    SWITCH_ORDER). The first switch into a language finds none of its texts drawn before; the
    worst switch is the one the budget checks.

    While the language screen is open the game reads the other languages' files in the pauses
    between the player's keys (App.read_languages_ahead); here those pauses are given before
    each choice. The same switches straight from code, with nothing read ahead, are measured
    too ("cold"), unbudgeted: the worst case if reading ahead had no time at all."""
    from steps_game.scenes.language import LanguageScene
    from steps_game.scenes.pause import PauseScene
    from steps_game.scenes.task_host import TaskHostScene

    found: dict[str, Any] = {}
    for cold in (False, True):
        with tempfile.TemporaryDirectory(prefix="steps-bench-") as tmp:
            app = open_app(Path(tmp) / "data")
            try:
                app.session.new(FIELD)
                step = step or busiest_step(app)
                app.push(TaskHostScene(app, step))
                if not cold:
                    app.push(PauseScene(app))
                    app.push(LanguageScene(app))
                for _ in range(3):
                    next_frame(app)
                times = []
                for index in range(switches):
                    code = SWITCH_ORDER[index % len(SWITCH_ORDER)]
                    if cold:
                        start = time.perf_counter()
                        app.set_language(code)
                    else:
                        while app.run_idle_job():
                            pass  # the player reads the list
                        choice = app.top.ring.by_id(f"lang:{code}")
                        start = time.perf_counter()
                        choice.activate()
                    app.frame(pygame.event.get())
                    times.append(1000 * (time.perf_counter() - start))
            finally:
                close_app()
        prefix = "language_switch_cold" if cold else "language_switch"
        found[f"{prefix}_ms"] = max(times)
        found[f"{prefix}_median_ms"] = statistics.median(times)
    found["language_switch_step"] = step
    return found


# -- a scripted playthrough -------------------------------------------------------------------
def press(app, control_id: str) -> None:
    """Activate a control as Enter or a click would, then draw the next frame."""
    control = app.top.ring.by_id(control_id)
    if control is None or not control.enabled:
        raise LookupError(f"no enabled control {control_id!r} on {type(app.top).__name__}")
    control.activate()
    next_frame(app)


def playthrough(steps: int | None = None) -> dict[str, Any]:
    """The seven steps (or the first `steps`) from the title to the profile, through the real
    scenes: each task's model actions go through its host's `act` (undo snapshot, rebuild) and a
    frame is drawn after every action and every button. A step that cannot start is skipped (and
    named)."""
    from steps_game.scenes.flow import scene_for_step
    from steps_game.scenes.profile import ProfileScene

    skipped: list[int] = []
    actions = 0
    with tempfile.TemporaryDirectory(prefix="steps-bench-") as tmp:
        app = open_app(Path(tmp) / "data")
        try:
            next_frame(app)
            start = time.perf_counter()
            press(app, "start")
            press(app, f"field:{FIELD}")
            press(app, "continue")
            press(app, "way:whole")  # every choice: the budgets were set on the whole way
            last = len(app.content.levels)
            for step in range(1, min(last, steps or last) + 1):
                try:
                    press(app, "start-task")
                    host = app.top

                    def act(change: Callable[[], None], host=host) -> None:
                        nonlocal actions
                        host.act(change)
                        next_frame(app)
                        actions += 1

                    solve(host.model, act)
                    press(app, "done")
                    press(app, "next")
                except Exception:
                    skipped.append(step)
                    _skip_step(app, step)
                    app.reset_to(scene_for_step(app, step + 1))
                    next_frame(app)
            elapsed = time.perf_counter() - start
            if not steps and not isinstance(app.top, ProfileScene):
                raise RuntimeError(f"the playthrough ended on {type(app.top).__name__}")
        finally:
            close_app()
    return {
        "playthrough_s": elapsed,
        "playthrough_steps": step,
        "playthrough_actions": actions,
        "playthrough_skipped_steps": skipped,
    }


def _skip_step(app, step: int) -> None:
    from steps_game.outcome import Outcome

    try:
        outcome = outcome_for(app, step)
    except Exception:
        level = app.content.level(step)
        outcome = Outcome(step, level.id, level.dimension, 0, (), {})
    app.session.record(outcome)


def group_summary(players: int = 30) -> dict[str, Any]:
    """Milliseconds to read `players` profile exports and draw the group's picture, as
    `steps-game summary` does (issue: well under a second for 30)."""
    import random

    from steps_game.content import load_content
    from steps_game.export import profile_document
    from steps_game.outcome import Outcome
    from steps_game.paths import bundled_levels_dir
    from steps_game.summary import localized_names, summarize_files
    from steps_game.summary_picture import render_png

    content = load_content(bundled_levels_dir(), ())
    rng = random.Random(30)
    with tempfile.TemporaryDirectory(prefix="steps-bench-") as tmp:
        paths = []
        for index in range(players):
            outcomes = [
                Outcome(lv.step, lv.id, lv.dimension, rng.randint(0, 100), (), {})
                for lv in content.levels
            ]
            path = Path(tmp) / f"player-{index}.json"
            path.write_text(
                json.dumps(profile_document(content, outcomes, "it", "en")), encoding="utf-8"
            )
            paths.append(path)
        pygame.font.init()
        start = time.perf_counter()
        summary, skipped = summarize_files(paths)
        render_png(summary, localized_names(summary, "en"), "en")
        elapsed = 1000 * (time.perf_counter() - start)
    return {"summary_30_ms": elapsed, "summary_players": players - len(skipped)}
