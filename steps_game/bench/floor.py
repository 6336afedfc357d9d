"""The floor: the least a pygame_gui program can do. One window, one button, one text box, one
frame drawn, then exit; or, with `idle SECONDS`, wait in pygame.event.wait for that long on the
still frame and print the CPU it used meanwhile (the floor of a still screen).

The benchmark runs this file by its path (not as a module of steps_game, so that nothing of the
game is imported) right beside the game, and compares start-up time and peak memory with it: the
machine's noise hits both alike. It prints the moment of its first flip, as the game does with
STEPS_BENCH_FIRST_FRAME=1.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame
import pygame_gui

SIZE = (1280, 720)


def main() -> None:
    pygame.init()
    window = pygame.display.set_mode(SIZE)
    manager = pygame_gui.UIManager(SIZE)
    pygame_gui.elements.UIButton(pygame.Rect(540, 300, 200, 52), "Start", manager)
    pygame_gui.elements.UITextBox(
        "A minimal pygame_gui program: the floor the game is measured against.",
        pygame.Rect(440, 380, 400, 80),
        manager,
    )
    manager.update(1 / 60)
    window.fill((245, 245, 240))
    manager.draw_ui(window)
    pygame.display.flip()
    print(f"STEPS_FIRST_FRAME {time.time():.6f}", flush=True)
    if sys.argv[1:2] == ["idle"]:
        _idle(float(sys.argv[2]), manager)
    pygame.quit()


def _cpu_seconds() -> float:
    # as steps_game.bench.child.cpu_seconds: this file imports nothing of the game
    try:
        import resource
    except ImportError:  # Windows
        return time.process_time()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _idle(seconds: float, manager) -> None:
    """Wait for events as a still pygame_gui program does, until a timer's QUIT."""
    pygame.time.set_timer(pygame.QUIT, max(1, round(seconds * 1000)), loops=1)
    cpu, wall = _cpu_seconds(), time.perf_counter()
    while (event := pygame.event.wait()).type != pygame.QUIT:
        manager.process_events(event)
    cpu, wall = _cpu_seconds() - cpu, time.perf_counter() - wall
    found = {"cpu_s": cpu, "wall_s": wall, "percent": 100 * cpu / wall if wall else 0.0}
    print("STEPS_BENCH " + json.dumps(found), flush=True)


if __name__ == "__main__":
    main()
