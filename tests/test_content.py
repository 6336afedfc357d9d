"""The level loader on the bundled levels and on every kind of broken file, one clear line each."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from steps_game.cli import main
from steps_game.content import ContentError, check_folder, load_content
from steps_game.i18n import language_codes
from steps_game.paths import bundled_levels_dir

STEP1 = "01-tuning-in.toml"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "levels"
    shutil.copytree(bundled_levels_dir(), target)
    return target


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Change a level file, and its translation files where they repeat the changed key or id,
    so that a breakage shows as itself and not as a translation that no longer fits."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    for translation in path.parent.glob(f"translations/*/{path.name}"):
        words = translation.read_text(encoding="utf-8")
        if old in words and ("=" not in old or old.startswith(("\n", "id ="))):
            translation.write_text(words.replace(old, new, count), encoding="utf-8")


def copy_level(folder: Path, source: str, target: str, *changes: tuple[str, str]) -> None:
    """A second level file made from `source` (with its translations), changed as given."""
    text = (folder / source).read_text(encoding="utf-8")
    for old, new in changes:
        text = text.replace(old, new)
    (folder / target).write_text(text, encoding="utf-8")
    for translation in folder.glob(f"translations/*/{source}"):
        (translation.parent / target).write_text(translation.read_text(encoding="utf-8"), "utf-8")


def problem_lines(folder: Path) -> list[str]:
    content, problems = check_folder(folder)
    assert content is None
    return [str(p) for p in problems]


def test_bundled_levels_load_as_seven_steps_in_order():
    content = load_content(bundled_levels_dir())
    assert [level.step for level in content.levels] == [1, 2, 3, 4, 5, 6, 7]
    assert len({level.task.kind for level in content.levels}) == 7
    assert len({level.dimension for level in content.levels}) == 7


BROKEN = [
    pytest.param(
        lambda f: edit(f / STEP1, "title = {", "title = {{"),
        rf"^{STEP1}: \(toml\): TOML syntax error: .*line \d+",
        id="toml-syntax",
    ),
    pytest.param(
        lambda f: edit(f / STEP1, "\nintro = ", "\nintro_text = "),
        rf"^{STEP1}: intro: missing key 'intro' \(expected a text in Finnish and English: .*fi.*en.*\)$",
        id="missing-key",
    ),
    pytest.param(
        lambda f: edit(f / STEP1, "\nstep = 1\n", '\nstep = "one"\n'),
        rf"^{STEP1}: step: expected a whole number, got 'one'$",
        id="wrong-type",
    ),
    pytest.param(
        lambda f: edit(f / STEP1, 'kind = "myth_or_fact"', 'kind = "myth_or_fakt"'),
        rf"^{STEP1}: task.kind: unknown task kind 'myth_or_fakt' \(expected one of: .*; did you mean 'myth_or_fact'\?\)$",
        id="unknown-task-kind",
    ),
    pytest.param(
        lambda f: edit(
            f / STEP1,
            '[[task.statements]]\nid = "ask-for-job"',
            '[[task.statements]]\nid = "ads-minority"',
        ),
        rf"^{STEP1}: task: duplicate statement id 'ads-minority' \(expected every id once\)$",
        id="duplicate-item-id",
    ),
    pytest.param(
        lambda f: edit(f / STEP1, 'dimension = "mindset"', 'dimension = "mindst"'),
        rf"^{STEP1}: dimension: no profile dimension with id 'mindst' \(expected one of: .*; did you mean 'mindset'\?\)$",
        id="unknown-reference",
    ),
    pytest.param(
        lambda f: edit(
            f / STEP1,
            'title = { fi = "Virittäytyminen", en = "Tuning in" }',
            'title = { fi = "Virittäytyminen" }',
        ),
        rf"^{STEP1}: title: missing language 'en' \(expected a text in each of .*en.*\)$",
        id="missing-language",
    ),
    pytest.param(
        lambda f: edit(
            f / STEP1,
            'title = { fi = "Virittäytyminen", en = "Tuning in" }',
            'title = { fi = "Virittäytyminen", en = "   " }',
        ),
        rf"^{STEP1}: title: empty text in 'en' \(expected words the player can read\)$",
        id="empty-text",
    ),
    pytest.param(
        lambda f: edit(f / STEP1, "\nstep = 1\n", "\nstep = 9\n"),
        rf"^{STEP1}: step: 9 is out of range \(expected a number from 1 to 7\)$",
        id="step-out-of-range",
    ),
    pytest.param(
        lambda f: copy_level(
            f,
            STEP1,
            "08-copy.toml",
            ('id = "tuning-in"', 'id = "tuning-in-2"'),
            ('dimension = "mindset"', 'dimension = "direction"'),
        ),
        r"^(08-copy|01-tuning-in)\.toml: step: 1 is used by .* too \(expected each step once\)$",
        id="step-repeated",
    ),
    pytest.param(
        lambda f: copy_level(f, STEP1, "08-copy.toml"),
        r"^.*\.toml: id: 'tuning-in' is used by .* too \(expected each id once\)$",
        id="duplicate-level-id",
    ),
    pytest.param(
        lambda f: edit(f / STEP1, "format = 1\n", 'format = 1\nimage = "../../secret.png"\n'),
        rf"^{STEP1}: image: '../../secret.png' points outside the level folder",
        id="asset-outside-folder",
    ),
    pytest.param(
        lambda f: edit(f / STEP1, "format = 1\n", 'format = 1\nimage = "pictures/none.png"\n'),
        rf"^{STEP1}: image: no file 'pictures/none.png' in the level folder",
        id="asset-missing",
    ),
    pytest.param(
        lambda f: edit(f / STEP1, "\ntip = ", "\ntipp = "),
        rf"^{STEP1}: tipp: unknown key 'tipp' \(expected one of: .*; did you mean 'tip'\?\)$",
        id="unknown-key",
    ),
    pytest.param(
        lambda f: (f / STEP1).write_bytes(b"title = \xff\xfe\n"),
        rf"^{STEP1}: \(file\): is not UTF-8 text at byte 8",
        id="not-utf8",
    ),
    pytest.param(
        lambda f: (f / "profile.toml").write_text("format = 1\n", encoding="utf-8"),
        r"^profile.toml: intro: missing key 'intro'",
        id="profile-emptied",
    ),
    pytest.param(
        lambda f: edit(f / STEP1, "You sorted {right} of {total}", "You sorted {right} of {all}"),
        rf"^{STEP1}: task.feedback.sorted: placeholders in 'en' differ from 'fi'",
        id="placeholder-mismatch",
    ),
    pytest.param(
        lambda f: edit(f / STEP1, "\nis_fact = false\n", '\nis_fact = "no"\n'),
        rf"^{STEP1}: task.statements\[\d+\].is_fact: expected true or false, got 'no'$",
        id="wrong-type-in-list",
    ),
]


@pytest.mark.parametrize(("breakage", "expected"), BROKEN)
def test_each_breakage_has_its_own_clear_line(folder: Path, breakage, expected: str):
    breakage(folder)
    lines = problem_lines(folder)
    assert any(re.search(expected, line) for line in lines), lines


@pytest.mark.parametrize(("breakage", "expected"), BROKEN)
def test_validate_command_reports_breakage_and_exits_1(
    folder: Path, breakage, expected: str, capsys
):
    """validate prints each problem for people: its file, the line in it, and what is wrong."""
    breakage(folder)
    problem = next(p for p in check_folder(folder)[1] if re.search(expected, str(p)))
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out.splitlines()
    # a missing key is written nowhere, so it has no line of its own
    at = r"(:\d+)?" if problem.message.startswith("missing key") else r":\d+"
    assert any(
        re.match(rf"^{re.escape(problem.file)}{at}: ", line) and problem.message in line
        for line in out
    ), out


def test_load_content_raises_with_every_problem(folder: Path):
    edit(folder / STEP1, "\nstep = 1\n", "\nstep = 0\n")
    with pytest.raises(ContentError) as caught:
        load_content(folder)
    assert any("step: 0 is out of range" in str(p) for p in caught.value.problems)


def test_validate_bundled_passes(capsys):
    assert main(["validate"]) == 0
    assert "7 levels, no problems." in capsys.readouterr().out


def test_validate_json_lists_seven_levels_with_distinct_kinds(capsys):
    assert main(["validate", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    levels = report["levels"]
    assert [level["step"] for level in levels] == [1, 2, 3, 4, 5, 6, 7]
    assert len({level["task_kind"] for level in levels}) == 7
    for level in levels:
        assert set(level["title"]) == set(language_codes())
        assert level["languages"] == list(language_codes())
        assert level["id"]


def test_validate_json_on_broken_folder_names_problems(folder: Path, capsys):
    edit(folder / STEP1, "\nstep = 1\n", "\nstep = 99\n")
    assert main(["validate", "--json", str(folder)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert any("step: 99 is out of range" in line for line in report["problems"])


def test_validate_missing_folder_is_one_line(tmp_path: Path, capsys):
    assert main(["validate", str(tmp_path / "nowhere")]) == 1
    assert "is not a folder" in capsys.readouterr().out
