"""Level texts in further languages come from translation files beside the levels."""

from __future__ import annotations

import shutil
from pathlib import Path

from steps_game.content import check_folder
from steps_game.paths import bundled_levels_dir
from steps_game.translations import merge

STEP1 = "01-tuning-in.toml"


def test_merge_puts_words_into_texts_by_key_and_by_id():
    base = {
        "title": {"fi": "Otsikko"},
        "discussion": [{"fi": "Kysymys?"}],
        "task": {
            "statements": [{"id": "a", "text": {"fi": "A"}}, {"id": "b", "text": {"fi": "B"}}]
        },
    }
    overlay = {
        "title": "Title",
        "discussion": ["Question?"],
        "task": {"statements": [{"id": "b", "text": "Bee"}]},
    }
    assert merge(base, overlay, "en") == []
    assert base["title"] == {"fi": "Otsikko", "en": "Title"}
    assert base["discussion"][0]["en"] == "Question?"
    assert base["task"]["statements"][1]["text"]["en"] == "Bee"
    assert "en" not in base["task"]["statements"][0]["text"]


def test_merge_names_what_does_not_fit():
    base = {
        "title": {"fi": "Otsikko"},
        "step": 1,
        "task": {"items": [{"id": "a", "text": {"fi": "A"}}]},
    }
    overlay = {"titel": "T", "step": "one", "task": {"items": [{"id": "x", "text": "X"}]}}
    problems = dict(merge(base, overlay, "en"))
    assert "did you mean 'title'" in problems["titel"]
    assert "is not a text" in problems["step"]
    assert "no item with id 'x'" in problems["task.items[1]"]


def test_a_level_folder_takes_its_english_from_a_translation_file(tmp_path: Path):
    folder = tmp_path / "levels"
    shutil.copytree(bundled_levels_dir(), folder)
    level = folder / STEP1
    text = level.read_text(encoding="utf-8")
    level.write_text(
        text.replace(
            'title = { fi = "Virittäytyminen", en = "Tuning in" }',
            'title = { fi = "Virittäytyminen" }',
        ),
        encoding="utf-8",
    )
    content, problems = check_folder(folder)
    assert content is None and any("missing language 'en'" in str(p) for p in problems)
    (folder / "translations" / "en").mkdir(parents=True)
    (folder / "translations" / "en" / STEP1).write_text(
        'title = "Tuning in, translated"\n', encoding="utf-8"
    )
    content, problems = check_folder(folder)
    assert content.level(1).title["en"] == "Tuning in, translated"
    # the English changed, so the title's other translations are older than it: notes only
    assert {(p.path, p.blocking) for p in problems} == {("title", False)}
    assert all("older than" in p.message for p in problems)


def test_a_broken_translation_file_is_one_clear_line(tmp_path: Path):
    folder = tmp_path / "levels"
    shutil.copytree(bundled_levels_dir(), folder)
    (folder / "translations" / "en").mkdir(parents=True)
    (folder / "translations" / "en" / STEP1).write_text(
        'tip = "A different tip"\nintroo = "x"\n', encoding="utf-8"
    )
    content, problems = check_folder(folder)
    assert content is None
    lines = [str(p) for p in problems]
    assert (
        "translations/en/01-tuning-in.toml: tip: the level already has 'en' for this text" in lines
    )
    assert any(
        line.startswith("translations/en/01-tuning-in.toml: introo: the level has no key")
        and "did you mean 'intro'" in line
        for line in lines
    )


def test_a_language_is_read_when_first_chosen_and_reaches_open_screens(make_driver):
    driver = make_driver(language="en", start_step=1)
    app = driver.app
    host = driver.scene
    statement = host.model.current()
    assert app.content.languages == ["fi", "en"]  # only what is on screen was read at start
    assert "sv" not in statement.text
    app.set_language("sv")
    assert "sv" in app.content.languages
    assert statement.text["sv"] and statement.text["sv"] != statement.text["en"]
    shown = host.ring.by_id("statement").label
    assert shown.startswith(statement.text["sv"])
