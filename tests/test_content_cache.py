"""A level folder checked again gives the same result as a fresh check, and any change to a file
is seen at once (content_cache): the kept result is a copy, never the one a game changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from steps_game import content_cache
from steps_game.content import check_folder, load_language
from steps_game.paths import bundled_levels_dir


@pytest.fixture
def folder(tmp_path) -> Path:
    content_cache.forget()
    copy = tmp_path / "levels"
    shutil.copytree(bundled_levels_dir(), copy)
    yield copy
    content_cache.forget()


def statement_text(content) -> dict:
    return content.levels[0].title


def test_a_folder_checked_again_is_the_same_and_kept(folder):
    first, _ = check_folder(folder, ())
    second, _ = check_folder(folder, ())  # asked again: checked, then kept
    third, problems = check_folder(folder, ())
    assert problems == []
    assert statement_text(third) == statement_text(first) == statement_text(second)
    assert content_cache._kept, "a folder asked for twice is kept"


def test_a_changed_file_of_the_same_size_is_checked_anew(folder):
    for _ in range(3):
        check_folder(folder, ())
    path = folder / "01-tuning-in.toml"
    text = path.read_text(encoding="utf-8")
    # one letter of the step's id changed: same size, now no file has step 1's id
    broken = text.replace('id = "tuning-in"', 'id = "tuning-ix"', 1)
    assert broken != text and len(broken) == len(text)
    path.write_text(broken, encoding="utf-8")
    content, _ = check_folder(folder, ())
    assert content is not None and content.levels[0].id == "tuning-ix"
    path.write_text('step = "one"\n', encoding="utf-8")
    content, problems = check_folder(folder, ())
    assert content is None and any(p.file == "01-tuning-in.toml" for p in problems)


def test_a_kept_result_is_a_copy_a_game_may_change(folder):
    for _ in range(3):
        content, _ = check_folder(folder, ())
    assert "ar" not in statement_text(content)
    assert load_language(content, "ar") == []
    assert "ar" in statement_text(content)
    again, _ = check_folder(folder, ())
    assert again is not content
    assert "ar" not in statement_text(again) and "ar" not in again.languages
