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
