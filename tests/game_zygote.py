"""Starts game processes quickly for tests/test_kill.py (not a test itself).

Run as `python tests/game_zygote.py`: it imports the game once (about 0.5 s of the 0.7 s a
`python -m steps_game` takes to start) and checks its levels, and then, for each line
`DATA_DIR<TAB>SCRIPT<TAB>OUT<TAB>ERR` on its standard input, forks a child that runs exactly
what `python -m steps_game --lang en --data-dir DATA_DIR` runs (steps_game.cli.main), with
STEPS_SCRIPT=SCRIPT, its standard output
and error going to the files OUT and ERR. It answers each line with the child's process id. The
children are separate processes like any other: the test kills them with SIGKILL.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PRELOADED = (
    "pygame",
    "pygame_gui",
    "steps_game.app",
    "steps_game.cli",
    "steps_game.content",
    "steps_game.launch",
    "steps_game.scenes.task_host",
    "steps_game.scenes.title",
    "steps_game.script",
)


def child(data_dir: str, script: str, out: str, err: str) -> int:
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 1)
    os.dup2(os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 2)
    os.environ["STEPS_SCRIPT"] = script
    try:
        return importlib.import_module("steps_game.cli").main(
            ["--lang", "en", "--data-dir", data_dir]
        )
    except BaseException:
        traceback.print_exc()
        return 1


def main() -> None:
    for name in PRELOADED:  # once, here, for every child
        importlib.import_module(name)
    # The levels checked twice, as a game run long enough would: each child then takes the
    # kept result (steps_game/content_cache.py) after comparing the files' bytes, instead of
    # reading and validating them again. The children still read them: a changed file is
    # checked anew.
    from steps_game.content import check_folder
    from steps_game.paths import bundled_levels_dir

    for _ in range(2):
        check_folder(bundled_levels_dir(), ())
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped as they end
    print("ready", flush=True)
    for line in sys.stdin:
        data_dir, script, out, err = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = child(data_dir, script, out, err)
            finally:
                sys.stdout.flush()
                os._exit(code)
        print(pid, flush=True)


if __name__ == "__main__":
    main()
