"""The title comes first: the levels and the save are read right after its first frame, and the
title drawn from a quick look at the save is drawn again when the full read says otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from steps_game.content import load_content
from steps_game.launch import create_app
from steps_game.outcome import Outcome
from steps_game.paths import bundled_levels_dir
from steps_game.progress import PROGRESS_FILE, Progress
from steps_game.saved_run import peek_run, same_offer
from steps_game.storage import Storage

LEVEL_IDS = [level.id for level in load_content(bundled_levels_dir()).levels]
ROOT = Path(__file__).resolve().parents[1]


def write_save(folder: Path, **fields) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    progress = Progress(**{"levels": LEVEL_IDS, **fields})
    (folder / PROGRESS_FILE).write_text(json.dumps(progress.model_dump(mode="json")), "utf-8")


def title_ids(app) -> list[str]:
    return [control.id for control in app.top.ring.focusable]


def test_the_first_frame_needs_neither_pydantic_nor_the_levels(tmp_path):
    script = (
        "import sys\n"
        "from steps_game.launch import create_app\n"
        f"app = create_app(data_dir={str(tmp_path / 'data')!r}, language='en')\n"
        "app.draw()\n"
        "early = sorted(m for m in ('pydantic', 'steps_game.content', 'steps_game.schema')"
        " if m in sys.modules)\n"
        "app.step()\n"
        "print(early, app.start_finished, len(app.content.levels))\n"
    )
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-3:] == ["[]", "True", "7"], done.stdout


@pytest.mark.parametrize(
    ("fields", "first_id"),
    [
        ({}, "start"),  # a save made but nothing chosen yet
        ({"field": "it", "current_step": 3}, "continue"),
        (
            {
                "field": "it",
                "current_step": 8,
                "outcomes": {
                    str(step): Outcome(step, level_id, "mindset", 50, ()).to_dict()
                    for step, level_id in enumerate(LEVEL_IDS, start=1)
                },
            },
            "see-profile",
        ),
    ],
)
def test_the_quick_look_and_the_full_read_offer_the_same(tmp_path, fields, first_id):
    data = tmp_path / "data"
    write_save(data, **fields)
    app = create_app(data_dir=data, language="en")
    try:
        assert not app.start_finished
        before = title_ids(app)
        assert before[0] == first_id
        peeked = peek_run(Storage(data))
        app.step()
        assert app.start_finished
        full = app.session.progress.summary if app.session.progress else None
        assert same_offer(peeked, full)
        assert title_ids(app) == before
    finally:
        app.quit()


def test_a_broken_save_is_told_as_soon_as_it_is_read(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / PROGRESS_FILE).write_text('{"version": 1, "levels": [], "outcomes": {', "utf-8")
    app = create_app(data_dir=data, language="en")
    try:
        assert title_ids(app)[0] == "start"
        notice = app.tr("title.broken_save", file="x").split("x")[0]
        assert not any(notice in text for text in (t.text for t in app.top.ui.texts))
        app.step()
        assert any(notice in text for text in (t.text for t in app.top.ui.texts))
        assert list(data.glob("progress.broken-*.json"))
    finally:
        app.quit()


def test_a_save_of_other_levels_is_not_offered_once_read(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    other = Progress(levels=["a", "b"], field="it", current_step=2)
    (data / PROGRESS_FILE).write_text(json.dumps(other.model_dump(mode="json")), "utf-8")
    app = create_app(data_dir=data, language="en")
    try:
        assert title_ids(app)[0] == "continue"  # the quick look cannot know the levels
        app.step()
        assert title_ids(app)[0] == "start"
        assert (data / PROGRESS_FILE).exists()  # kept for the levels it belongs to
    finally:
        app.quit()


def test_choosing_on_the_title_before_the_read_reads_first(tmp_path):
    app = create_app(data_dir=tmp_path / "data", language="en")
    try:
        start = next(c for c in app.top.ring.focusable if c.id == "start")
        start.on_activate()  # e.g. a click that arrived with the very first frame
        assert app.start_finished
        assert type(app.top).__name__ == "FieldScene"
    finally:
        app.quit()
