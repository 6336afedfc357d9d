"""The keys the app's smoke test presses (packaging/smoke.py) still play a first start to step 1's
feedback and quit: checked here on every test run, so that a change of the screens breaks this
test rather than the next build of the app on a runner far away."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pygame

from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.task_host import TaskHostScene

SMOKE = Path(__file__).resolve().parents[1] / "packaging" / "smoke.py"


def smoke_module(monkeypatch):
    monkeypatch.syspath_prepend(str(SMOKE.parent))  # as `python packaging/smoke.py` has it
    spec = importlib.util.spec_from_file_location("packaging_smoke", SMOKE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def press(driver, names: list[str]) -> None:
    for name in names:
        code, mod = name, 0
        if name.startswith("shift+"):
            code, mod = name[len("shift+") :], pygame.KMOD_SHIFT
        driver.key(pygame.key.key_code(code), mod)


def test_the_smoke_keys_reach_step_1_save_it_and_quit(make_driver, tmp_path, monkeypatch):
    smoke = smoke_module(monkeypatch)
    monkeypatch.setenv("LANGUAGE", "en")  # the smoke test's computer speaks English
    driver = make_driver()  # no language given: a first start asks for it, as a double-click does
    assert driver.app.running

    press(driver, smoke.TO_STEP_1)
    assert isinstance(driver.scene, TaskHostScene) and driver.scene.step == 1

    press(driver, smoke.STEP_1)
    assert isinstance(driver.scene, FeedbackScene)

    press(driver, smoke.QUIT)
    assert not driver.app.running
    saved = json.loads((tmp_path / "data" / "progress.json").read_text(encoding="utf-8"))
    assert sorted(saved["outcomes"]) == ["1"]
    assert smoke.KEYS == smoke.TO_STEP_1 + smoke.STEP_1 + smoke.QUIT
