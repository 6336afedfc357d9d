"""Nothing leaks and nothing is lost: deleting data, crash reports, no network, private files."""

from __future__ import annotations

import socket
from pathlib import Path

import pygame
import pytest

from steps_game.launch import run_guarded
from steps_game.scenes.crash import CrashScene
from steps_game.scenes.title import TitleScene


def test_delete_my_data_leaves_the_folder_empty(make_driver, tmp_path: Path):
    data = tmp_path / "data"
    driver = make_driver(language="en", data_dir=data)
    driver.press(label="Start")
    driver.press(control_id="field:it")
    driver.press(label="Continue")
    driver.press(control_id="way:whole")
    (data / "steps-profile.md").write_text("exported", encoding="utf-8")
    (data / "unrelated.txt").write_text("not the game's", encoding="utf-8")
    assert (data / "progress.json").exists()
    driver.key(pygame.K_ESCAPE)
    driver.press(label="Settings")
    driver.press(label="Delete my data")
    driver.press(label="Yes, delete")
    assert isinstance(driver.scene, TitleScene)
    assert sorted(p.name for p in data.iterdir()) == ["unrelated.txt"]
    assert "Everything the game had saved is deleted." in driver.texts()
    assert driver.labels()[0] == "Start"  # nothing left to continue


def test_an_unexpected_error_writes_a_report_without_personal_text(
    make_driver, tmp_path, monkeypatch
):
    driver = make_driver(language="en")
    app = driver.app

    def broken_update(self, dt):
        raise RuntimeError("my secret goal text")

    monkeypatch.setattr(TitleScene, "update", broken_update)
    pygame.event.post(
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_a, mod=0, unicode="a", scancode=0)
    )
    pygame.time.set_timer(pygame.event.Event(pygame.QUIT), 400, 1)
    assert run_guarded(app) == 0
    reports = list(app.storage.folder.glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError" in text and "secret" not in text
    assert reports[0].stat().st_mode & 0o777 == 0o600
    assert isinstance(app.top, CrashScene)
    # the whole path is shown (broken into lines after its folder separators when it is long)
    assert any(str(reports[0]) in t.text.replace("\n", "") for t in app.top.ui.texts)


def test_no_network_connection_is_ever_opened(make_driver, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the game tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    driver = make_driver(language="fi")
    driver.press(label="Aloita")
    driver.press(control_id="field:health")
    driver.press(label="Jatka")
    driver.press(control_id="way:whole")
    driver.press(label="Aloita tehtävä")
    assert type(driver.scene).__name__ == "TaskHostScene"


@pytest.mark.parametrize("name", ["settings.json", "progress.json"])
def test_files_and_folder_are_private_after_playing(make_driver, tmp_path, name):
    data = tmp_path / "data"
    driver = make_driver(language="en", data_dir=data)
    driver.press(label="Start")
    driver.press(control_id="field:it")
    driver.press(label="Continue")
    driver.press(control_id="way:whole")
    driver.key(pygame.K_ESCAPE)
    driver.press(label="Language")
    driver.press(label="Suomi")
    assert (data / name).stat().st_mode & 0o777 == 0o600
    assert data.stat().st_mode & 0o777 == 0o700


def test_a_folder_that_was_there_before_keeps_its_mode(make_driver, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    driver = make_driver(language="en", data_dir=shared)
    driver.press(label="Start")
    driver.press(control_id="field:it")
    driver.press(label="Continue")
    driver.press(control_id="way:whole")
    assert (shared / "progress.json").stat().st_mode & 0o777 == 0o600
    assert shared.stat().st_mode & 0o777 == 0o755
