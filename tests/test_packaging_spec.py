"""The app's spec (packaging/steps-game.spec) is run by PyInstaller, not by the tests: what it
takes from the game must still be there, or the build breaks long after the change that broke it."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

SPEC = Path(__file__).resolve().parent.parent / "packaging" / "steps-game.spec"


def test_every_name_the_spec_takes_from_the_game_exists():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    taken = [
        (node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("steps_game")
        for alias in node.names
    ]
    assert taken  # the spec does take names from the game
    missing = [
        f"{module}.{name}"
        for module, name in taken
        if not hasattr(importlib.import_module(module), name)
    ]
    assert missing == []


def test_a_subcommand_prints_no_pygame_greeting():
    """`validate`, `export`, `summary` and `levels` print their own lines only: whatever of
    pygame they load after starting says nothing."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "PYGAME_HIDE_SUPPORT_PROMPT"}
    env["SDL_VIDEODRIVER"] = "dummy"
    root = str(SPEC.parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    code = "from steps_game.cli import main; main(['validate']); import pygame"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "pygame" not in done.stdout + done.stderr
    assert "7 levels" in done.stdout
