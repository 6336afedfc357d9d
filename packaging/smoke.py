"""Smoke test of a built STEPS app, as a player and a facilitator would use it.

    python packaging/smoke.py --app dist/steps-game/steps-game [--cli EXE] [--pip-game EXE]
                              [--mode x11|script] [--out DIR] [--runs N]

1. Play: start the app as a double-click does (no options; a fresh user whose data folder is the
   one platformdirs gives), wait for the title, press the keys of a first start (the language, the
   title's Start, a field, the intro) to reach step 1, play step 1 to its feedback, and quit from
   the pause menu. Passed when the app ended by itself with exit code 0 and its save in the
   user's data folder has step 1 done.
   --mode x11: a real window on a virtual screen (Xvfb), real key presses (xdotool), and a picture
   of the title, step 1 and the feedback in --out. --mode script: no screen at all (SDL's dummy
   video, for CI runners without one); the same keys are given by the game's test hook
   (steps_game/script.py).
2. x11 only: a broken app (a copy without its levels) shows the message window, writes a crash
   report, and exits 1 once the window is closed.
3. The command line from the app's executable (--cli, default --app): `validate`,
   `validate --json`, `export` of the save the play made (json and md), and `summary`.
4. Start-up: milliseconds from starting the process to the title's first frame (the game's
   STEPS_BENCH_FIRST_FRAME hook), in turns with --pip-game (the pip-installed game) when given;
   fails when the app's median is over RATIO_LIMIT times the pip-installed game's.
5. The app folder's size.

Only the standard library: it runs with any Python 3.10+, the game's own or a CI runner's.
A JSON report goes to --out/smoke.json; the exit code is 0 only when every check passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from virtual_screen import Failed, VirtualScreen, finish

RATIO_LIMIT = 1.3
TIMEOUT_S = 120
# What the app prints is read as UTF-8 (the app runs in Python's UTF-8 mode, see the spec)
OUTPUT = {"capture_output": True, "encoding": "utf-8", "errors": "replace"}

# From a first start's language question to step 1's feedback, then quit; pygame's key names.
# Found with the game's own test driver (tests/driver.py, tests/test_playthrough.py's Player):
# the focus starts on the computer's language, the title's Start, the first field, the short way
# (Down: the whole way, whose step 1 these keys play) and the intro's "Start the task"; step 1 is
# six statements (Enter on the focused answer, Tab on after the explanation) and then the offers
# (three chosen with Enter, each sending the focus on to the next card, the third to Done);
# Escape opens the pause menu, whose sixth item is Quit.
TO_STEP_1 = ["return", "return", "return", "return", "down", "return", "return"]
STEP_1 = [
    *["return", "return", "tab", "return", "return", "tab", "return", "return", "return"],
    *["return", "tab", "return", "return", "return", "return", "tab", "return", "return"],
    *["return", "return"],
]
QUIT = ["escape", "tab", "tab", "tab", "tab", "tab", "return"]
KEYS = TO_STEP_1 + STEP_1 + QUIT


def check(condition: bool, what: str) -> None:
    if not condition:
        raise Failed(what)
    print(f"  ok: {what}", flush=True)


# -- where a fresh user's data folder is --------------------------------------------------------
def fresh_user(home: Path) -> tuple[dict[str, str], list[str], Path]:
    """Environment, extra options and the data folder for a user who never played: the folder
    platformdirs gives on Linux and macOS (its base moved into `home`); on Windows platformdirs
    asks the system, so the folder is given with --data-dir there."""
    env = dict(os.environ)
    env.pop("STEPS_SCRIPT", None)
    env.pop("STEPS_BENCH_FIRST_FRAME", None)
    env.setdefault("LANG", "en_US.UTF-8")
    if sys.platform == "win32":
        data = home / "data"
        return env, ["--data-dir", str(data)], data
    if sys.platform == "darwin":
        env["HOME"] = str(home)
        return env, [], home / "Library" / "Application Support" / "steps-game"
    env["XDG_DATA_HOME"] = str(home / "xdg")
    return env, [], home / "xdg" / "steps-game"


def steps_done(data: Path) -> list[str]:
    path = data / "progress.json"
    if not path.is_file():
        return []
    return sorted(json.loads(path.read_text(encoding="utf-8")).get("outcomes", {}))


# -- 1. play ----------------------------------------------------------------------------------
def play_x11(app: Path, screen: VirtualScreen, out: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="steps-smoke-") as tmp:
        env, options, data = fresh_user(Path(tmp))
        log = Path(tmp) / "app.log"
        with log.open("w") as log_file:
            proc = subprocess.Popen(
                [str(app), *options], env=screen.env(env), stdout=log_file, stderr=log_file
            )
        try:
            window = screen.wait_window(proc.pid)
            time.sleep(2.0)  # the title's first frame, then the language question over it
            screen.picture(out / "1-title.png")
            check(proc.poll() is None, "the app started and shows its window")
            screen.keys(window, TO_STEP_1)
            time.sleep(1.0)
            screen.picture(out / "2-step-1.png")
            check(proc.poll() is None, "the keys of a first start reached step 1")
            screen.keys(window, STEP_1)
            time.sleep(1.0)
            screen.picture(out / "3-feedback.png")
            screen.keys(window, QUIT)
            code = finish(proc, 30)
        finally:
            if proc.poll() is None:
                proc.kill()
        tail = log.read_text(errors="replace")[-1500:]
        said = f": {tail}" if code else ""
        check(code == 0, f"the app quit from its pause menu with exit code 0 (got {code}){said}")
        done = steps_done(data)
        check(done == ["1"], f"step 1 is saved in the user's data folder {data} (saved: {done})")
        return {"data_folder": str(data)}


def play_script(app: Path, out: Path) -> dict:
    """The same keys through the game's test hook, with no screen (SDL's dummy video)."""
    with tempfile.TemporaryDirectory(prefix="steps-smoke-") as tmp:
        env, options, data = fresh_user(Path(tmp))
        script = Path(tmp) / "keys.txt"
        script.write_text("\n".join(KEYS) + "\n", encoding="utf-8")
        env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", STEPS_SCRIPT=str(script))
        done_run = subprocess.run([str(app), *options], env=env, **OUTPUT, timeout=TIMEOUT_S)
        (out / "play-script.log").write_text(done_run.stdout + done_run.stderr, encoding="utf-8")
        played = [ln for ln in done_run.stdout.splitlines() if ln.startswith("STEPS_SCRIPT keys")]
        if played:
            print(f"  the game reports: {played[-1]}")
        code = done_run.returncode
        check(code == 0, f"the app quit with exit code 0 (got {code})")
        done = steps_done(data)
        check(done == ["1"], f"step 1 is saved in the user's data folder {data} (saved: {done})")
        return {"data_folder": str(data)}


# -- 2. a broken app tells the player ---------------------------------------------------------
def broken_start(app: Path, screen: VirtualScreen, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="steps-smoke-") as tmp:
        copy = Path(tmp) / "app"
        shutil.copytree(app.parent, copy, symlinks=True)
        levels = next(copy.rglob("steps_game/levels"))
        shutil.rmtree(levels)
        env, options, data = fresh_user(Path(tmp) / "home")
        proc = subprocess.Popen(
            [str(copy / app.name), "--lang", "en", *options],
            env=screen.env(env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            window = screen.wait_window(proc.pid, name="STEPS: Something went wrong")
            time.sleep(0.5)
            screen.picture(out / "4-broken-app-message.png")
            check(True, "a broken app shows a message window")
            code = screen.close_message(proc, window)
        finally:
            if proc.poll() is None:
                proc.kill()
        err = proc.stderr.read() if proc.stderr else ""
        check(code == 1, f"and exits with code 1 once it is closed (got {code})")
        reports = sorted(data.glob("crash-*.txt"))
        said = "" if reports else f": {err.strip()}"
        check(len(reports) == 1, f"and writes a crash report into the data folder{said}")


# -- 3. the command line ----------------------------------------------------------------------
def command_line(cli: Path, out: Path) -> None:
    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([str(cli), *args], env=env, **OUTPUT, timeout=TIMEOUT_S)

    with tempfile.TemporaryDirectory(prefix="steps-smoke-") as tmp:
        done = run("validate", env=dict(os.environ, SDL_VIDEODRIVER="dummy"))
        check(
            done.returncode == 0 and "no problems" in done.stdout,
            f"`validate` finds the bundled levels sound: {done.stdout.strip()}",
        )
        done = run("validate", "--json")
        report = json.loads(done.stdout)
        check(report["ok"] and len(report["levels"]) == 7, "`validate --json` reads 7 levels")

        # A save made by playing (the game's test hook, no screen), then exported
        env, options, data = fresh_user(Path(tmp))
        script = Path(tmp) / "keys.txt"
        script.write_text("\n".join(KEYS) + "\n", encoding="utf-8")
        play_env = dict(env, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
        play_env["STEPS_SCRIPT"] = str(script)
        played = run(*options, env=play_env)
        check(played.returncode == 0 and steps_done(data) == ["1"], "a save to export was made")
        exported = Path(tmp) / "profile.json"
        done = run("export", "--format", "json", "--out", str(exported), *options, env=env)
        check(done.returncode == 0 and exported.is_file(), "`export --format json` wrote a file")
        profile = json.loads(exported.read_text(encoding="utf-8"))
        scored = [dim["id"] for dim in profile["dimensions"] if dim["score"] is not None]
        check(len(scored) == 1, f"the export scores step 1's dimension alone ({scored})")
        shutil.copy(exported, out / "export.json")
        done = run("export", "--format", "md", "--out", str(out / "export.md"), *options, env=env)
        check(done.returncode == 0 and (out / "export.md").is_file(), "`export --format md` too")
        # three players: the same export made at three moments (summary counts a copy once)
        group = [Path(tmp) / f"player{n}.json" for n in range(3)]
        for n, path in enumerate(group):
            player = dict(profile, created=profile["created"][:-2] + f"{n:02d}")
            path.write_text(json.dumps(player, ensure_ascii=False), encoding="utf-8")
        picture = out / "group-summary.png"
        done = run("summary", *map(str, group), "--out", str(picture), env=env)
        check(done.returncode == 0 and picture.is_file(), "`summary` drew a group's picture")
        nothing = run("export", "--format", "json", "--data-dir", str(Path(tmp) / "none"))
        check(
            nothing.returncode == 1 and "no saved profile" in nothing.stderr,
            "`export` with no save says so in one line and exits 1",
        )


# -- 4. start-up ------------------------------------------------------------------------------
def first_frame_ms(command: list[str], env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory(prefix="steps-smoke-") as tmp:
        args = [*command, "--data-dir", str(Path(tmp) / "data"), "--lang", "en"]
        run_env = dict(env, STEPS_BENCH_FIRST_FRAME="1")
        started = time.time()
        done = subprocess.run(args, env=run_env, **OUTPUT, timeout=TIMEOUT_S)
        found = [ln.split()[1] for ln in done.stdout.splitlines() if ln.startswith("STEPS_FIRST")]
        if done.returncode != 0 or not found:
            raise Failed(f"{command[0]} gave no first frame: {done.stderr[-800:]}")
        return 1000 * (float(found[-1]) - started)


def startup(app: Path, cli: Path, pip_game: Path | None, env: dict[str, str], runs: int) -> dict:
    """Both in turns, after one uncounted start of each (the system's file cache warm for both),
    so that a busy machine slows both alike. Timed on the app's executable; on its console twin
    (Windows' steps-game-cli.exe: the same program and folder) only if the windowed one has no
    standard output to tell its first frame on."""
    measured = app
    try:
        first_frame_ms([str(app)], env)
    except Failed:
        if cli == app:
            raise
        measured = cli
    commands = {"bundle": [str(measured)]}
    if pip_game:
        commands["pip"] = [str(pip_game)]
    times: dict[str, list[float]] = {name: [] for name in commands}
    for index in range(-1, runs):
        order = list(commands.items())
        if index % 2:
            order.reverse()
        for name, command in order:
            ms = first_frame_ms(command, env)
            if index >= 0:
                times[name].append(ms)
    result = {f"startup_{name}_ms": statistics.median(ms) for name, ms in times.items()}
    result["startup_runs_ms"] = times
    result["startup_measured_with"] = str(measured)
    if pip_game:
        result["startup_ratio"] = result["startup_bundle_ms"] / result["startup_pip_ms"]
    return result


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--app", type=Path, required=True, help="the app's executable")
    parser.add_argument("--cli", type=Path, help="the executable for the command line")
    parser.add_argument("--pip-game", type=Path, help="the pip-installed steps-game, to compare")
    parser.add_argument("--mode", choices=("x11", "script"), default="x11")
    parser.add_argument("--out", type=Path, default=Path("dist/smoke"))
    parser.add_argument("--runs", type=int, default=5, help="start-ups of each to time")
    args = parser.parse_args(argv)
    app = args.app.resolve()
    args.out.mkdir(parents=True, exist_ok=True)
    report: dict = {"app": str(app), "mode": args.mode, "platform": sys.platform}
    screen = VirtualScreen() if args.mode == "x11" else None
    try:
        print("1. play a first start to step 1's feedback, and quit", flush=True)
        if screen:
            report.update(play_x11(app, screen, args.out))
            print("2. a broken app tells the player", flush=True)
            broken_start(app, screen, args.out)
        else:
            report.update(play_script(app, args.out))
        print("3. the command line", flush=True)
        command_line((args.cli or args.app).resolve(), args.out)
        print("4. start-up to the title's first frame", flush=True)
        env = screen.env(dict(os.environ)) if screen else dict(os.environ, SDL_VIDEODRIVER="dummy")
        cli = (args.cli or args.app).resolve()
        report.update(startup(app, cli, args.pip_game, env, args.runs))
        line = f"  bundle {report['startup_bundle_ms']:.0f} ms"
        if args.pip_game:
            line += f", pip-installed {report['startup_pip_ms']:.0f} ms"
            line += f", ratio {report['startup_ratio']:.2f} (at most {RATIO_LIMIT})"
        print(line + f", medians of {args.runs} (timed: {report['startup_measured_with']})")
        if args.pip_game:
            check(report["startup_ratio"] <= RATIO_LIMIT, "the bundle starts fast enough")
        folder = app.parent if app.parent.name != "MacOS" else app.parents[2]
        report["bundle_bytes"] = folder_size(folder)
        print(f"5. the app folder: {report['bundle_bytes'] / 1e6:.1f} MB ({folder})")
        report["passed"] = True
    except (Failed, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as problem:
        report["passed"] = False
        report["problem"] = str(problem)
        print(f"SMOKE TEST FAILED: {problem}", file=sys.stderr)
    finally:
        if screen:
            screen.close()
        (args.out / "smoke.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print("smoke test passed" if report["passed"] else "smoke test failed")
    return 0 if report["passed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
