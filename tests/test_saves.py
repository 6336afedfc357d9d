"""Saves are atomic, private, and a broken one is kept aside and never stops the game."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from steps_game.outcome import Outcome, Reason
from steps_game.progress import (
    MIGRATIONS,
    PROGRESS_FILE,
    SAVE_VERSION,
    NewerSave,
    Progress,
    load_progress,
    migrate,
    save_progress,
)
from steps_game.settings import Settings, load_settings, save_settings
from steps_game.storage import MAX_FILE_BYTES, Storage
from steps_game.ui import text as text_module

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


def test_wrongly_typed_or_foreign_save_is_kept_not_loaded(tmp_path: Path):
    storage = Storage(tmp_path / "data")
    for bad in ({"version": 99}, {"version": 1, "current_step": "two"}, [1, 2, 3]):
        storage.write_json(PROGRESS_FILE, bad)
        (storage.folder / (PROGRESS_FILE + ".bak")).unlink(missing_ok=True)
        loaded, kept = load_progress(storage, LEVELS)
        assert loaded is None and kept
    assert len(list(storage.folder.glob("progress.broken-*.json"))) == 2
    assert len(list(storage.folder.glob("progress.newer-*.json"))) == 1


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


# -- every kind of broken save, in the real game ------------------------------------------------


def _valid_save(level_ids: list[str], step: int) -> bytes:
    progress = Progress(levels=level_ids, field="it", current_step=step)
    return json.dumps(progress.model_dump(mode="json")).encode("utf-8")


BROKEN_SAVES = {
    "truncated": lambda ids: _valid_save(ids, 3)[:40],
    "garbage bytes": lambda ids: bytes(range(256)) * 3,
    "foreign version": lambda ids: _valid_save(ids, 3).replace(
        f'"version": {SAVE_VERSION}'.encode(), b'"version": 7'
    ),
    "wrongly typed": lambda ids: _valid_save(ids, 3).replace(b'_step": 3', b'_step": [3]'),
    "oversized": lambda ids: _valid_save(ids, 3)[:-1] + b', "x": "' + b"a" * MAX_FILE_BYTES + b'"}',
    "wrong shape": lambda ids: b'{"saved": {"version": 1, "steps": [1, 2]}}',
    "deeply nested": lambda ids: b"[" * 100_000 + b"]" * 100_000,
    "null": lambda ids: b"null",
}


def test_each_kind_of_broken_save_is_kept_said_once_and_the_game_goes_on(make_driver, tmp_path):
    """Each kind, with and without a backup, as the game meets it at start: the same steps as
    create_app (a storage, a session that loads, the title), on one window for speed."""
    from steps_game.scenes.title import TitleScene
    from steps_game.session import Session

    text_module.overflows.clear()
    driver = make_driver(language="en", data_dir=tmp_path / "first")
    app = driver.app
    ids = app.session.level_ids
    for kind, make in BROKEN_SAVES.items():
        for with_backup in (True, False):
            case = f"{kind}, {'with' if with_backup else 'without'} a backup"
            data = tmp_path / f"{kind}-{with_backup}".replace(" ", "-")
            data.mkdir()
            broken = make(ids)
            (data / PROGRESS_FILE).write_bytes(broken)
            if with_backup:
                (data / (PROGRESS_FILE + ".bak")).write_bytes(_valid_save(ids, 2))
            app.storage = Storage(data)
            app.session = Session(app.content, app.storage)
            app.session.load()
            app.reset_to(TitleScene(app))
            driver.frames(1)

            label = "newer" if kind == "foreign version" else "broken"
            kept = list(data.glob(f"progress.{label}-*.json"))
            assert len(kept) == 1 and kept[0].read_bytes() == broken, case  # kept whole
            assert stat.S_IMODE(os.stat(kept[0]).st_mode) == 0o600, case
            assert not (data / PROGRESS_FILE).exists(), case
            said = [t for t in driver.texts() if kept[0].name in t]
            assert len(said) == 1, case
            sentence = said[0].replace(kept[0].name, "FILE")
            assert sentence.count(".") == 1 and sentence.endswith("."), case  # one sentence
            if with_backup:
                assert driver.labels()[0] == "Continue: step 2", case  # from the backup
                assert "save before it" in sentence or "older save" in sentence, case
            else:
                assert driver.labels()[0] == "Start", case  # from the start
                assert "from the beginning" in sentence, case
            for language in ("fi", "en"):  # the longest sentence fits in every language
                app.set_language(language)
                driver.frames(1)
                assert text_module.overflows == [], (case, language)
            driver.press(label=driver.labels()[0])  # and the game goes on
            assert type(driver.scene).__name__ in ("IntroScene", "FieldScene"), case
    assert len(BROKEN_SAVES) == 8


def test_a_save_of_a_newer_version_is_never_loaded_changed_or_deleted(tmp_path: Path):
    storage = Storage(tmp_path / "data")
    future = {"version": SAVE_VERSION + 1, "levels": LEVELS, "whatever": "comes next"}
    storage.write_json(PROGRESS_FILE, future)
    before = (storage.folder / PROGRESS_FILE).read_bytes()
    loaded, kept = load_progress(storage, LEVELS)
    assert loaded is None and kept.newer and not kept.from_backup
    assert kept.path.name.startswith("progress.newer-") and kept.path.read_bytes() == before
    assert stat.S_IMODE(os.stat(kept.path).st_mode) == 0o600


@pytest.mark.parametrize("version", [-1, True, "1", 1.0, None])
def test_a_save_without_a_sensible_version_is_broken(tmp_path: Path, version):
    storage = Storage(tmp_path / "data")
    storage.write_json(PROGRESS_FILE, {"version": version, "levels": LEVELS})
    loaded, kept = load_progress(storage, LEVELS)
    assert loaded is None and kept and not kept.newer


# -- versions and migrations ----------------------------------------------------------------------


def _version_0(levels: list[str]) -> dict:
    """A save in the first format: outcomes as a list in step order, no `levels`."""
    outcome = Outcome(1, levels[0], "mindset", 60, (Reason({"fi": "x", "en": "y"}, 3),), {})
    return {"version": 0, "field": "it", "outcomes": [outcome.to_dict()], "current_step": 2}


def test_every_older_version_has_a_migration():
    assert sorted(MIGRATIONS) == list(range(SAVE_VERSION))


def test_a_version_0_save_is_migrated_continued_and_saved_as_the_current_version(tmp_path):
    storage = Storage(tmp_path / "data")
    storage.write_json(PROGRESS_FILE, _version_0(LEVELS))
    loaded, kept = load_progress(storage, LEVELS)
    assert kept is None and loaded is not None
    assert loaded.version == SAVE_VERSION and loaded.levels == LEVELS
    assert loaded.outcome(1).score == 60 and loaded.current_step == 2 and loaded.field == "it"
    save_progress(storage, loaded)
    data = json.loads((storage.folder / PROGRESS_FILE).read_text(encoding="utf-8"))
    assert data["version"] == SAVE_VERSION and data["outcomes"]["1"]["score"] == 60


def test_a_version_0_save_of_other_levels_is_not_continued_nor_lost(tmp_path):
    storage = Storage(tmp_path / "data")
    storage.write_json(PROGRESS_FILE, _version_0(["other", "b", "c"]))
    loaded, kept = load_progress(storage, LEVELS)
    assert loaded is None and kept is None
    assert (storage.folder / PROGRESS_FILE).exists()


def test_migrate_walks_the_table_one_version_at_a_time(monkeypatch):
    from steps_game import progress as progress_module

    calls = []

    def step(n):
        def run(data, level_ids):
            calls.append(n)
            return {**data, "version": n + 1}

        return run

    monkeypatch.setattr(progress_module, "SAVE_VERSION", 3)
    monkeypatch.setattr(progress_module, "MIGRATIONS", {0: step(0), 1: step(1), 2: step(2)})
    assert migrate({"version": 1}, LEVELS) == {"version": 3}
    assert calls == [1, 2]
    with pytest.raises(NewerSave):
        migrate({"version": 4}, LEVELS)


# -- writing --------------------------------------------------------------------------------------


def test_the_save_exists_whole_at_every_moment_of_a_write(tmp_path, monkeypatch):
    """The backup is made beside the save, not by renaming it away: a kill between two renames
    would otherwise leave no progress.json at all."""
    storage = Storage(tmp_path / "data")
    sample(storage)
    target = storage.folder / PROGRESS_FILE
    seen = []
    real_replace = os.replace

    def watching_replace(src, dst):
        seen.append(target.exists())
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", watching_replace)
    sample(storage)
    assert seen and all(seen)
    assert json.loads((storage.folder / (PROGRESS_FILE + ".bak")).read_text())["field"] == "it"


def test_leftovers_of_interrupted_writes_are_cleaned_when_old(tmp_path: Path):
    storage = Storage(tmp_path / "data")
    sample(storage)
    old = storage.folder / ".progress.json.abc123.tmp"
    young = storage.folder / ".progress.json.def456.tmp"
    for path in (old, young):
        path.write_bytes(b'{"half": ')
    os.utime(old, (1, 1))
    load_progress(storage, LEVELS)
    assert not old.exists() and young.exists()
    assert (storage.folder / PROGRESS_FILE).exists()


# -- a task in progress ---------------------------------------------------------------------------


def test_a_task_in_progress_is_saved_after_an_action_at_most_once_a_second(
    make_driver, tmp_path, monkeypatch
):
    from steps_game.scenes import task_host

    now = [1000.0]
    monkeypatch.setattr(task_host.time, "monotonic", lambda: now[0])
    driver = make_driver(language="en", data_dir=tmp_path / "data", start_step=1)
    host = driver.scene

    def on_disk():
        data = json.loads((tmp_path / "data" / PROGRESS_FILE).read_text(encoding="utf-8"))
        return (data["task_snapshot"] or {}).get("state")

    driver.press(control_id="answer:fact")
    first = host.model.snapshot()
    assert on_disk() == first  # the first action is saved at once
    now[0] += 0.3
    driver.press(control_id="next")
    assert host.model.snapshot() != first and on_disk() == first  # not yet: a second apart
    now[0] += 0.8
    driver.frames(1)  # a later frame saves it
    assert on_disk() == host.model.snapshot()
    now[0] += 5
    driver.frames(1)
    assert on_disk() == host.model.snapshot()
    driver.press(label="Undo")  # undo is an action too
    assert on_disk() == first


@pytest.mark.parametrize(
    "bad",
    [
        {"text_size": 250},
        {"text_size": 99},
        {"text_size": True},  # a bool is an int to Python, never a size
        {"text_size": "150"},
        {"fullscreen": "yes"},
        {"language": 5},
        {"language": ""},
        {"version": 2},
        [1, 2],
    ],
)
def test_settings_with_an_unusable_value_are_kept_aside_and_defaults_used(tmp_path, bad):
    storage = Storage(tmp_path / "data")
    storage.write_json("settings.json", bad)
    assert load_settings(storage) == Settings()
    assert len(list(storage.folder.glob("settings.broken-*.json"))) == 1


def test_settings_round_trip_and_ignore_keys_of_a_newer_game(tmp_path):
    storage = Storage(tmp_path / "data")
    chosen = Settings(language="so", fullscreen=True, text_size=175, high_contrast=True)
    save_settings(storage, chosen)
    assert load_settings(storage) == chosen
    storage.write_json("settings.json", {**chosen.to_saved(), "reduced_sparkle": True})
    assert load_settings(storage) == chosen
    assert not list(storage.folder.glob("settings.broken-*.json"))
