"""A hard kill at any moment loses at most the step in progress.

Game processes on the dummy video driver play the game by a key script (STEPS_SCRIPT, see
steps_game/script.py) and are killed with SIGKILL at random moments (fixed seed): while starting,
between keys, in the middle of writing a finished step or a task in progress. After every kill
the next process starts on the same data folder and must load exactly what the killed one had
saved (the last "saved" it reported, or the "saving" it was killed in): no finished step lost,
the save never broken or moved aside, a half-done task resumed mid-task. Two players ("lanes")
play side by side, one process each, so that both cores work.

Each lane's first process is a real `python -m steps_game`. The later ones are forked from
tests/game_zygote.py, which has imported the game once and runs the same `steps_game.cli.main`:
the same game in a separate process, started in 0.2 s instead of 0.9 s of processor time, which
is what lets thirty cycles fit the time the test suite has.

The key scripts come from one keyboard playthrough of the same game in this process (the
`Player` of test_playthrough): the keys from the title to the first task, and for each step the
keys from its task's start to its feedback. A restarted game continues from its save, so each
cycle's script is built from what is on disk: Continue on the title, then the current step (a
finished task in progress is handed in; a half-done one is started over, by way of the pause
menu and the title so that the screen is exactly as at a fresh start), then the steps after it.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from steps_game.notebook import Notebook
from steps_game.progress import PROGRESS_FILE, Progress
from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.intro import IntroScene
from steps_game.scenes.pause import PauseScene
from steps_game.scenes.task_host import TaskHostScene
from steps_game.script import describe, state_hash
from steps_game.tasks.registry import TASK_KINDS
from steps_game.thread import read_thread
from tests.test_playthrough import Player

ROOT = Path(__file__).resolve().parent.parent
SEED = 20240605
CYCLES = int(os.environ.get("STEPS_KILL_CYCLES", "30"))  # more for a longer hunt
LANES = 2
AFTER_STEP_KEYS = 25  # how far into the next step a cycle may go
STALL_SECONDS = 20.0  # a process that reports nothing for this long has hung: fail
WRITE_WAIT_SECONDS = 0.4  # waiting to kill in a write: give up this long after the script ends


# -- the recorded playthrough --------------------------------------------------------------------


@dataclass
class Recording:
    start: list[str]  # title -> field -> intro 1 -> task 1 on screen
    afresh: list[str]  # a half-done task started over (see start_afresh)
    steps: dict[int, list[str]]  # step -> keys from its task's start to its feedback
    initial: dict[int, dict]  # step -> its task's state at a fresh start
    content: object
    field_id: str


def record_playthrough(driver) -> Recording:
    keys: list[str] = []
    real_key = driver.key

    def key(code: int, mod: int = 0, unicode: str = "") -> None:
        keys.append(("shift+" if mod & pygame.KMOD_SHIFT else "") + pygame.key.name(code))
        real_key(code, mod, unicode)

    driver.key = key
    player = Player(driver, mouse=False, best=True)
    player.use_label("Start")
    player.use("field:it")
    player.use_label("Continue")
    player.use("way:whole")
    player.use("start-task")
    recording = Recording(keys[:], start_afresh(driver), {}, {}, driver.app.content, "it")
    for step in range(1, 8):
        host = driver.scene
        assert isinstance(host, TaskHostScene) and host.step == step
        recording.initial[step] = host.model.snapshot()
        del keys[:]
        getattr(player, host.level.task.kind)()
        player.use("done")
        assert isinstance(driver.scene, FeedbackScene)
        recording.steps[step] = keys[:]
        player.use("next")
        if step < 7:
            assert isinstance(driver.scene, IntroScene)
            player.use("start-task")
    return recording


# Keys that are the same on every screen of their kind: the first button of the title, feedback
# and intro has the focus.
CONTINUE = ["return", "return"]  # title: Continue; intro: Start the task
NEXT_STEP = ["return", "return"]  # feedback: Next step; intro: Start the task
# A task opened from a save has the focus where the task wants it (on Done when it is complete,
# else on the board): the script puts it on the control it needs (see steps_game/script.py).
HAND_IN = ["focus:done", "return"]
# Start over asks first, the focus on Cancel: back to Yes, and Enter
YES = ["shift+tab", "return"]


def start_afresh(driver) -> list[str]:
    """The keys for a half-done task: Start over and yes, then pause, back to the title, and
    Continue again: the task opens as at a fresh start, from its saved start. How many Tabs
    reach "back to the title" is read from the pause menu of the game itself."""
    app = driver.app
    app.push(PauseScene(app))
    order = [control.id for control in app.top.ring.focusable]
    app.pop()
    to_title = ["tab"] * order.index("to-title")
    return ["focus:start-over", "return", *YES, "escape", *to_title, "return", *CONTINUE]


def script_for(recording: Recording, progress: Progress | None) -> tuple[list[str], int]:
    """The keys that play on from this save to the end, and how many of them finish a step."""
    if progress is None:
        keys = list(recording.start)
        step = 1
    else:
        step = progress.current_step
        keys = list(CONTINUE)
        saved = progress.task_snapshot
        if saved and saved.get("step") == step and saved.get("state") != recording.initial[step]:
            level = recording.content.level(step)
            # as the game starts it: with what the steps before it handed on
            thread = read_thread(
                recording.content,
                Notebook.from_dict(progress.notebook),
                recording.field_id,
                before=step,
            )
            model = TASK_KINDS[level.task.kind].model(level.task, recording.field_id, thread)
            try:
                model.restore(saved["state"])
            except (ValueError, KeyError, TypeError):
                pass  # the game starts such a task afresh by itself
            else:
                if model.is_complete():
                    keys += HAND_IN
                    return keys + _after(recording, step), len(keys)
                keys += recording.afresh
    keys += recording.steps[step]
    return keys + _after(recording, step), len(keys)


def _after(recording: Recording, step: int) -> list[str]:
    keys = []
    for later in range(step + 1, 8):
        keys += NEXT_STEP + recording.steps[later]
    return keys


# -- game processes ------------------------------------------------------------------------------


GAME_ENV = {
    "SDL_VIDEODRIVER": "dummy",
    "SDL_AUDIODRIVER": "dummy",
    "PYGAME_HIDE_SUPPORT_PROMPT": "1",
    "PYTHONPATH": str(ROOT),
}


class Zygote:
    """tests/game_zygote.py: forks game processes on demand."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "game_zygote.py")],
            cwd=ROOT,
            env={**os.environ, **GAME_ENV},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "ready"

    def spawn(self, data: Path, script: Path, out: Path, err: Path) -> int:
        self.process.stdin.write(f"{data}\t{script}\t{out}\t{err}\n")
        self.process.stdin.flush()
        return int(self.process.stdout.readline())

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)
        self.process.stdout.close()


class Game:
    """One game process, cold (`python -m steps_game`) or forked; its output goes to a file."""

    def __init__(self, zygote: Zygote | None, data: Path, script: Path, out: Path) -> None:
        self.out = out
        self.err = err = out.with_suffix(".err")
        self.popen = None
        if zygote is None:
            with self.out.open("wb") as out, err.open("wb") as errors:
                self.popen = subprocess.Popen(
                    [sys.executable, "-m", "steps_game", "--lang", "en", "--data-dir", str(data)],
                    cwd=ROOT,
                    env={**os.environ, **GAME_ENV, "STEPS_SCRIPT": str(script)},
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=errors,
                )
            self.pid = self.popen.pid
        else:
            self.pid = zygote.spawn(data, script, self.out, err)
        self.offset = 0

    def alive(self) -> bool:
        if self.popen is not None:
            return self.popen.poll() is None
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        return not _is_zombie(self.pid)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        if self.popen is not None:
            self.popen.wait()
            return
        while self.alive():
            time.sleep(0.001)

    def read(self) -> bytes:
        """What the game printed since the last call."""
        if not self.out.exists():
            return b""
        with self.out.open("rb") as handle:
            handle.seek(self.offset)
            chunk = handle.read()
        self.offset += len(chunk)
        return chunk

    def errors(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")[-2000:]


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[-1].startswith("Z")
    except OSError:
        return False


@dataclass
class Report:
    """What a game process said, line by line."""

    loaded: str | None = None
    kept: str | None = None
    saved: str | None = None  # the last state it finished writing
    saving: str | None = None  # a write it started and has not finished
    keys: int = 0
    tasks: list[tuple[int, str]] = field(default_factory=list)

    def read(self, line: str) -> None:
        words = line.split()
        if len(words) < 3 or words[0] != "STEPS_SCRIPT":
            return
        kind, rest = words[1], " ".join(words[2:])
        if kind == "loaded":
            self.loaded, self.kept = " ".join(words[2:4]), words[4]
        elif kind == "saving":
            self.saving = rest
        elif kind == "saved":
            self.saved, self.saving = rest, None
        elif kind == "keys":
            self.keys = int(words[2])
        elif kind == "task":
            self.tasks.append((int(words[2]), words[3]))


@dataclass
class Lane:
    """One player: a data folder, its game now, and what must be on disk after a kill."""

    name: str
    folder: Path
    recording: Recording
    zygote: Zygote
    game: Game | None = None
    report: Report = field(default_factory=Report)
    buffer: bytes = b""
    expected: set[str] = field(default_factory=lambda: {"- -"})
    kill_at_keys: int | None = None  # kill once this many keys are played ...
    kill_delay: float = 0.0  # ... and this many seconds more
    kill_at_time: float = 0.0  # or this long after the start
    in_write: bool = False  # kill in the middle of the next write of the save after those keys
    # kill only once the step played at the start is saved as finished (see start)
    after_saved: bool = False
    done_at_start: str = "-"
    kill_now: bool = False
    reached: float | None = None
    started: float = 0.0
    last_news: float = 0.0
    disk_task: tuple[int, str] | None = None
    stats: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            (
                "cycles",
                "runs",
                "in_startup",
                "in_task_write",
                "in_step_write",
                "resumed",
                "sure_steps",
            ),
            0,
        )
    )

    def data(self) -> Path:
        return self.folder / f"run{self.stats['runs']}"

    def disk(self) -> Progress | None:
        path = self.data() / PROGRESS_FILE
        if not path.exists():
            return None
        return Progress.model_validate(json.loads(path.read_text(encoding="utf-8")))

    def check_disk(self) -> Progress | None:
        """What the last kill left must be exactly what the killed game had saved."""
        progress = self.disk()
        found = describe(progress)
        assert found in self.expected, f"{self.name}: on disk {found}, expected {self.expected}"
        moved = [p.name for p in self.data().glob("progress.*-*")] if self.data().exists() else []
        assert not moved, f"{self.name}: a save was moved aside: {moved}"
        return progress

    def start(self, cycle: int) -> None:
        progress = self.check_disk()
        if progress is not None and progress.finished:
            self.stats["runs"] += 1  # played to the end: a new player starts
            progress = None
        self.expected = {describe(progress)}
        saved = progress.task_snapshot if progress else None
        self.disk_task = None
        if saved and saved["state"] != self.recording.initial.get(saved["step"]):
            self.disk_task = (saved["step"], state_hash(saved["state"]))  # a task half done
        keys, finish = script_for(self.recording, progress)
        script = self.folder / "script.txt"
        script.write_text("\n".join(keys) + "\n", encoding="utf-8")
        self.report = Report()
        self.buffer = b""
        # The moment to kill: now and then while starting up; else after a random key of this
        # step or the start of the next (half of the time in the stretch after the step is
        # handed in: saving it, the feedback, the next task's first actions), either a moment
        # later or in the middle of the next write of the save. Each cycle draws from a
        # generator of its own, so that which cycles kill where does not depend on how fast the
        # machine was in the cycles before (a loaded machine plays fewer keys in a moment).
        rng = random.Random(f"{SEED}:{cycle}")
        roll = rng.random()
        self.kill_at_keys = None
        self.in_write = rng.random() < 0.3
        self.kill_now = False
        self.reached = None
        end = min(finish + AFTER_STEP_KEYS, len(keys))
        if roll < 0.15:
            self.kill_at_time = rng.uniform(0.0, 0.4)
        elif roll < 0.575:
            self.kill_at_keys = rng.randint(0, end)
        else:
            self.kill_at_keys = rng.randint(min(finish, end), end)
        self.kill_delay = rng.uniform(0.0, 0.001 if self.in_write else 0.03)
        # A kill a moment after the step is handed in comes only once the game has said that it
        # saved the step: however slow the machine, such a cycle finishes a step, so the run
        # gets somewhere (counted in "sure_steps").
        self.after_saved = roll >= 0.575 and not self.in_write
        self.done_at_start = describe(progress).split()[0]
        self.stats["sure_steps"] += self.after_saved
        cold = self.stats["cycles"] == 0
        out = self.folder / f"cycle{self.stats['cycles']}.out"
        self.game = Game(None if cold else self.zygote, self.data(), script, out)
        self.started = self.last_news = time.monotonic()
        self.stats["cycles"] += 1

    def poll(self) -> None:
        chunk = self.game.read()
        if not chunk:
            return
        self.last_news = time.monotonic()
        *lines, self.buffer = (self.buffer + chunk).split(b"\n")
        for line in lines:
            self.report.read(line.decode("utf-8", "replace"))
            if line.startswith(b"STEPS_SCRIPT loaded"):
                self.check_loaded()
            armed = self.kill_at_keys is not None and self.report.keys >= self.kill_at_keys
            if armed and self.in_write and line.startswith(b"STEPS_SCRIPT saving"):
                self.kill_now = True  # the game is writing its save right now

    def check_loaded(self) -> None:
        report = self.report
        assert report.kept == "clean", f"{self.name}: the restarted game moved a save aside"
        assert report.loaded in self.expected, (self.name, report.loaded, self.expected)

    def due(self, now: float) -> bool:
        if not self.game.alive():
            raise AssertionError(f"{self.name}: the game stopped by itself: {self.game.errors()}")
        if now - self.last_news > STALL_SECONDS:
            raise AssertionError(f"{self.name}: no word from the game for {STALL_SECONDS} s")
        if self.kill_at_keys is None:
            return now - self.started >= self.kill_at_time
        if self.kill_now:
            while time.monotonic() - now < self.kill_delay:
                pass  # a few milliseconds into the write: too short to sleep precisely
            return True
        if self.report.keys >= self.kill_at_keys:
            if self.after_saved and not self.step_saved():
                return False
            if self.reached is None:
                self.reached = now
            wait = WRITE_WAIT_SECONDS if self.in_write else self.kill_delay
            return now - self.reached >= wait
        return False

    def step_saved(self) -> bool:
        """Whether the game has finished writing a save with more steps done than at its
        start."""
        saved = self.report.saved
        return saved is not None and saved.split()[0] != self.done_at_start

    def kill(self) -> None:
        self.game.kill()
        *lines, _cut = (self.buffer + self.game.read()).split(b"\n")  # a cut line was not said
        for line in lines:
            self.report.read(line.decode("utf-8", "replace"))
        report = self.report
        if report.loaded is None:
            self.stats["in_startup"] += 1
        else:
            self.check_loaded()
            if self.disk_task and self.disk_task[0] in {step for step, _ in report.tasks}:
                # the half-done task of the save opened mid-task, in the state that was saved
                first = next(state for step, state in report.tasks if step == self.disk_task[0])
                assert first == self.disk_task[1], (self.name, first, self.disk_task)
                self.stats["resumed"] += 1
        # What may be on disk now: the last finished write, or the one the kill interrupted.
        last = report.saved if report.saved is not None else next(iter(self.expected))
        self.expected = {last} | ({report.saving} if report.saving is not None else set())
        if report.saving is not None:
            same_steps = report.saving.split()[0] == last.split()[0]
            self.stats["in_task_write" if same_steps else "in_step_write"] += 1
        self.game = None


def test_a_kill_at_any_moment_loses_at_most_the_step_in_progress(make_driver, tmp_path):
    began = time.monotonic()
    zygote = Zygote()  # it imports the game while this process records the playthrough
    shadow = make_driver(language="en", data_dir=tmp_path / "shadow")
    shadow.app.draw = lambda: None  # the keys do not depend on drawing; half the time
    recording = record_playthrough(shadow)
    recorded = time.monotonic() - began
    lanes = []
    for index in range(LANES):
        folder = tmp_path / f"lane{index}"
        folder.mkdir()
        lanes.append(Lane(f"lane{index}", folder, recording, zygote))
    try:
        started = 0
        for lane in lanes:
            lane.start(started)
            started += 1
        running = list(lanes)
        while running:
            time.sleep(0.001)
            now = time.monotonic()
            for lane in list(running):
                lane.poll()
                if not lane.due(now):
                    continue
                lane.kill()
                if started < CYCLES:
                    lane.start(started)
                    started += 1
                else:
                    running.remove(lane)
    finally:
        for lane in lanes:
            if lane.game is not None:
                lane.game.kill()
        zygote.close()
    for lane in lanes:  # the last kill of each lane, checked as its restart would
        lane.check_disk()
    total = {name: sum(lane.stats[name] for lane in lanes) for name in lanes[0].stats}
    done = sum(len(lane.disk().outcomes) if lane.disk() else 0 for lane in lanes)
    finished_steps = total["runs"] * 7 + done
    leftovers = [p for lane in lanes for p in lane.folder.glob("run*/.*.tmp")]
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in leftovers)
    print(
        f"\nkill test: {total['cycles']} kill-restart cycles, none lost anything; "
        f"{finished_steps} steps finished under kills ({total['runs']} whole runs; "
        f"{total['sure_steps']} cycles killed only after their step was saved); "
        f"{total['in_startup']} kills while starting, {total['in_task_write']} while writing "
        f"a task in progress, {total['in_step_write']} while writing a finished step; "
        f"{total['resumed']} restarts resumed a task mid-way; {len(leftovers)} temporary files "
        f"of cut writes left (private; cleaned at a start a minute later); recording "
        f"{recorded:.1f} s, all {time.monotonic() - began:.1f} s"
    )
    assert total["cycles"] == CYCLES
    # the kills did not stop the game from getting anywhere: at least one step for each cycle
    # killed after its step was saved (a fixed number for the seed), and a whole run's worth
    assert finished_steps >= total["sure_steps"] >= 7, (finished_steps, total["sure_steps"])
    assert total["resumed"] >= 1
    # How many kills land inside a write (a few milliseconds) depends on the machine's speed:
    # counted above, not required.
