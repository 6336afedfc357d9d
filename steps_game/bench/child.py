"""What the benchmark runs in fresh processes, each printing one line of JSON.

    python -m steps_game.bench.child idle SECONDS DATA_DIR   the real App.run loop on the title
    python -m steps_game.bench.child levels                  load and validate the bundled levels
    python -m steps_game.bench.child play [STEPS]            a scripted playthrough of the steps

Only the standard library is imported at the top: the timings start before the game's imports.
"""

from __future__ import annotations

import json
import sys
import time


def _headless() -> None:
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


def cpu_seconds() -> float:
    """User plus system CPU time of this whole process (every thread)."""
    try:
        import resource
    except ImportError:  # Windows
        return time.process_time()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def idle(seconds: float, data_dir: str) -> dict:
    """CPU use of the real loop on a still title screen, the first frame already drawn."""
    import pygame

    from steps_game.launch import create_app

    app = create_app(data_dir=data_dir, language="en")
    app.step()  # the first frame (fonts, text images) is start-up, not a still screen
    while app.run_idle_job():  # nor is the work start-up leaves for later: measured when quiet
        pass
    app.step()
    pygame.time.set_timer(pygame.QUIT, max(1, round(seconds * 1000)), loops=1)
    cpu, wall = cpu_seconds(), time.perf_counter()
    app.run()  # until the QUIT the timer posts
    cpu, wall = cpu_seconds() - cpu, time.perf_counter() - wall
    return {"cpu_s": cpu, "wall_s": wall, "percent": 100 * cpu / wall if wall else 0.0}


def levels() -> dict:
    """Import the loader, then time reading and validating all seven bundled levels as the game
    does at start (the source languages and the one on screen; caches cold), and once more with
    every language's translations, as `steps-game validate` does (caches cold again)."""
    start = time.perf_counter()
    from steps_game import content as content_module
    from steps_game import content_cache
    from steps_game.content import check_folder
    from steps_game.paths import bundled_levels_dir

    imported = time.perf_counter()
    content, problems = check_folder(bundled_levels_dir(), ("sv",))
    done = time.perf_counter()
    content_module._parsed.cache_clear()
    content_cache.forget()
    _every, every_problems = check_folder(bundled_levels_dir())
    all_done = time.perf_counter()
    return {
        "import_ms": 1000 * (imported - start),
        "check_ms": 1000 * (done - imported),
        "check_all_languages_ms": 1000 * (all_done - done),
        "levels": len(content.levels) if content else 0,
        "problems": len(problems) + len(every_problems),
    }


def play(steps: int | None) -> dict:
    """The steps in a fresh process, caches cold (its peak memory is read by the parent)."""
    from steps_game.bench.inproc import playthrough

    return playthrough(steps)


def main(argv: list[str]) -> int:
    if argv[:1] == ["idle"] and len(argv) == 3:
        result = idle(float(argv[1]), argv[2])
    elif argv == ["levels"]:
        result = levels()
    elif argv[:1] == ["play"] and len(argv) <= 2:
        _headless()
        result = play(int(argv[1]) if len(argv) == 2 else None)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print("STEPS_BENCH " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
