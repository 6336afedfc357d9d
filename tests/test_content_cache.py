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
    assert content_cache._folders.kept, "a folder asked for twice is kept"


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


def test_a_copy_with_one_file_changed_checks_as_a_fresh_folder_would(folder, tmp_path):
    """The files a copy did not change come from the kept checks; the changed one is checked anew,
    and the whole comes out as a check with nothing kept does."""
    for _ in range(2):
        check_folder(folder, ())  # every file's check now kept
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    path = copy / "02-goals.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("step = 2", "step = 9", 1), "utf-8")
    cached = check_folder(copy, ())
    content_cache.forget()
    fresh = check_folder(copy, ())
    assert cached[0] is None and fresh[0] is None
    assert [str(p) for p in cached[1]] == [str(p) for p in fresh[1]]
    assert any(p.file == "02-goals.toml" and p.path == "step" for p in cached[1])


def test_a_kept_level_is_checked_against_the_files_of_its_own_folder(folder, tmp_path):
    """A level's picture must be a file in its folder: the same level file in a copy without the
    picture is not passed because the picture was there when the level was kept."""
    (folder / "images").mkdir()
    (folder / "images" / "step1.png").write_bytes(b"picture")
    path = folder / "01-tuning-in.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("step = 1\n", 'step = 1\nimage = "images/step1.png"\n', 1), "utf-8"
    )
    for _ in range(2):
        content, problems = check_folder(folder, ())
        assert content is not None and content.levels[0].image == "images/step1.png"
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    (copy / "images" / "step1.png").unlink()
    content, problems = check_folder(copy, ())
    assert content is None
    assert any(p.file == "01-tuning-in.toml" and "images/step1.png" in p.message for p in problems)
