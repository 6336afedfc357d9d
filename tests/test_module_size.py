"""The game's modules stay small, each with one job: none is longer than 400 lines (the
developers' rule). A module that grows past it is split by job, not squeezed."""

from pathlib import Path

import steps_game

MOST_LINES = 400


def test_every_module_is_at_most_400_lines() -> None:
    root = Path(steps_game.__file__).parent
    counts = {
        str(path.relative_to(root)): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(root.rglob("*.py"))
    }
    long = {name: count for name, count in counts.items() if count > MOST_LINES}
    assert not long, f"modules over {MOST_LINES} lines: {long}"
