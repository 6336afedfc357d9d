"""A test hook: with STEPS_SCRIPT=FILE the game plays the keys listed in FILE, and says what it
saved. Only tests/test_kill.py sets this variable; without it nothing here runs.

FILE holds one key per line as pygame names keys ("tab", "return", "down"), optionally with
"shift+" in front, or "focus:ID", which puts the focus on the control ID of the screen on top
(a restarted game opens a task with the focus where the task wants it, which the script cannot
know; the test needs one way to reach Done or Start over from there). The game is given one key
(a press and a release), or one focus, per frame. It prints lines
starting with "STEPS_SCRIPT" on standard output, flushed at once:

    STEPS_SCRIPT loaded DONE TASK     what the game loaded at start (after any repair)
    STEPS_SCRIPT saving DONE TASK     before each write of progress.json ...
    STEPS_SCRIPT saved DONE TASK      ... and after it
    STEPS_SCRIPT keys N               N keys of the script have been played
    STEPS_SCRIPT task STEP STATE      a task on screen, whenever its state changes

DONE lists the finished steps ("1,2") or is "-"; TASK is "STEP:STATE" for the saved task in
progress or "-"; STATE is state_hash() of a task's state. So a test that kills the game knows
exactly what was on disk: the last "saved" or, if it killed a write, the last "saving". A game
closes by itself a minute after its last key, so that none outlives a test that was stopped.
"""

from __future__ import annotations

import json
import time
import zlib
from pathlib import Path
from typing import Any

import pygame

LINGER_SECONDS = 60.0
FOCUS = "focus:"


def state_hash(state: Any) -> str:
    return f"{zlib.crc32(json.dumps(state, sort_keys=True).encode('utf-8')):08x}"


def describe(progress) -> str:
    if progress is None:
        return "- -"
    done = ",".join(sorted(progress.outcomes, key=int)) or "-"
    saved = progress.task_snapshot
    task = f"{saved.get('step')}:{state_hash(saved.get('state'))}" if saved else "-"
    return f"{done} {task}"


def parse_key(name: str) -> tuple[int, int]:
    mod = 0
    if name.startswith("shift+"):
        mod, name = pygame.KMOD_SHIFT, name[len("shift+") :]
    return pygame.key.key_code(name), mod


def install(app, path: str) -> None:
    """Wrap the app's frame and the session's save so that they play and report as above."""
    lines = [line.strip() for line in Path(path).read_text().splitlines() if line.strip()]
    keys = [line if line.startswith(FOCUS) else parse_key(line) for line in lines]
    session = app.session

    def say(*words: object) -> None:
        print("STEPS_SCRIPT", *words, flush=True)

    say("loaded", describe(session.progress), "kept" if session.kept_save else "clean")

    real_save = session.save

    def save() -> None:
        say("saving", describe(session.progress))
        real_save()
        say("saved", describe(session.progress))

    session.save = save
    real_frame = app.frame
    posted = 0
    said = (-1, None)
    last_key = time.monotonic()

    def frame(events) -> None:
        nonlocal posted, said, last_key
        real_frame(events)  # handles every key posted before it
        top = app.top
        model = getattr(top, "model", None)
        task = (top.step, state_hash(model.state)) if model is not None else None
        if task is not None and task != said[1]:
            say("task", *task)
        if posted != said[0]:
            say("keys", posted)
        said = (posted, task)
        if posted < len(keys) and isinstance(keys[posted], str):
            top.ring.focus(keys[posted][len(FOCUS) :])
            posted += 1
            last_key = time.monotonic()
        elif posted < len(keys):
            key, mod = keys[posted]
            for kind in (pygame.KEYDOWN, pygame.KEYUP):
                pygame.event.post(
                    pygame.event.Event(kind, key=key, mod=mod, unicode="", scancode=0)
                )
            posted += 1
            last_key = time.monotonic()
        elif time.monotonic() - last_key > LINGER_SECONDS:
            app.quit()

    app.frame = frame
