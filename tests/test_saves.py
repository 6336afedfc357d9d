"""Saves are atomic, private, and a broken one is kept aside and never stops the game."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from steps_game.outcome import Outcome, Reason
from steps_game.progress import PROGRESS_FILE, Progress, load_progress, load_settings, save_progress
from steps_game.storage import Storage

LEVELS = ["a", "b", "c"]


def sample(storage: Storage) -> Progress:
    progress = Progress(levels=LEVELS, field="it")
    progress.record(
        Outcome(1, "a", "mindset", 70, (Reason({"fi": "x", "en": "y"}, 3),), {"k": [1]})
    )
    progress.current_step = 2
    save_progress(storage, progress)
    return progress


def test_save_and_load_round_trip(tmp_path: Path):
    storage = Storage(tmp_path / "data")
    saved = sample(storage)
    loaded, broken = load_progress(storage, LEVELS)
    assert not broken
    assert loaded == saved
    assert loaded.outcome(1).score == 70


def test_files_are_private(tmp_path: Path):
    storage = Storage(tmp_path / "data")
    sample(storage)
    sample(storage)
    assert stat.S_IMODE(os.stat(storage.folder).st_mode) == 0o700
    for path in storage.folder.iterdir():
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
    assert (storage.folder / (PROGRESS_FILE + ".bak")).exists()
    assert not list(storage.folder.glob("*.tmp"))


def test_garbage_save_is_moved_aside_and_backup_used(tmp_path: Path):
    storage = Storage(tmp_path / "data")
    sample(storage)
    sample(storage)  # now a backup exists
    (storage.folder / PROGRESS_FILE).write_bytes(b"\x00garbage{")
    loaded, broken = load_progress(storage, LEVELS)
    assert broken
    assert loaded is not None and loaded.field == "it"
    kept = list(storage.folder.glob("progress.broken-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00garbage{"


def test_wrongly_typed_or_foreign_version_save_is_kept_not_loaded(tmp_path: Path):
    storage = Storage(tmp_path / "data")
    for bad in ({"version": 99}, {"version": 1, "current_step": "two"}, [1, 2, 3]):
        storage.write_json(PROGRESS_FILE, bad)
        (storage.folder / (PROGRESS_FILE + ".bak")).unlink(missing_ok=True)
        loaded, broken = load_progress(storage, LEVELS)
        assert loaded is None and broken
    assert len(list(storage.folder.glob("progress.broken-*.json"))) == 3


def test_save_of_other_levels_is_not_continued(tmp_path: Path):
    storage = Storage(tmp_path / "data")
    sample(storage)
    loaded, broken = load_progress(storage, ["x", "y"])
    assert loaded is None and not broken
    assert (storage.folder / PROGRESS_FILE).exists()  # still there for the levels it belongs to


def test_broken_settings_fall_back_to_defaults(tmp_path: Path):
    storage = Storage(tmp_path / "data")
    storage.folder.mkdir(parents=True)
    (storage.folder / "settings.json").write_text("{not json", encoding="utf-8")
    assert load_settings(storage).language == "fi"
    assert list(storage.folder.glob("settings.broken-*.json"))


def test_disabled_storage_writes_nothing(tmp_path: Path):
    storage = Storage(tmp_path / "data", enabled=False)
    storage.write_json("settings.json", {"a": 1})
    assert not (tmp_path / "data").exists()


def test_written_json_is_readable(tmp_path: Path):
    storage = Storage(tmp_path / "data")
    storage.write_json("x.json", {"ä": "ö"})
    assert json.loads((storage.folder / "x.json").read_text(encoding="utf-8")) == {"ä": "ö"}
