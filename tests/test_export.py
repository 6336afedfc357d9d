"""Exports: JSON against its schema, Markdown, a printable PNG, and the export command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pygame
import pytest

from steps_game.cli import main
from steps_game.content import load_content
from steps_game.export import Run, profile_document, write_exports
from steps_game.outcome import Outcome, Reason
from steps_game.paths import bundled_levels_dir
from steps_game.printout import PAGE
from steps_game.progress import Progress, save_progress
from steps_game.storage import Storage

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "docs" / "profile-export.schema.json").read_text(
        encoding="utf-8"
    )
)
CONTENT = load_content(bundled_levels_dir())


def outcomes() -> list[Outcome]:
    return [
        Outcome(
            level.step,
            level.id,
            level.dimension,
            10 + 12 * level.step,
            (Reason(level.tip, 5, True), Reason(level.intro, 0, False)),
            {},
        )
        for level in CONTENT.levels
    ]


def test_document_validates_against_schema_and_keeps_scores():
    document = profile_document(CONTENT, outcomes(), "it", "en")
    jsonschema.validate(document, SCHEMA)
    assert [d["score"] for d in document["dimensions"]] == [o.score for o in outcomes()]
    round_trip = json.loads(json.dumps(document))
    assert round_trip == document


def test_schema_rejects_a_foreign_document():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"schema_version": 2, "dimensions": []}, SCHEMA)


NOW = dt.datetime(2026, 12, 4, 19, 30)


def test_write_exports_writes_private_files_named_by_date_and_time(tmp_path: Path):
    run = Run(outcomes(), field_id="health")
    written = write_exports(CONTENT, run, "fi", tmp_path / "out", now=NOW)
    assert {p.suffix for p in written} == {".json", ".md", ".png"}
    assert all(p.name.startswith("steps-profile-2026-12-04-1930") for p in written)
    for path in written:
        assert path.stat().st_mode & 0o777 == 0o600
    markdown = (tmp_path / "out" / "steps-profile-2026-12-04-1930.md").read_text(encoding="utf-8")
    assert "# Verkostoprofiilisi" in markdown and "Tavoitteeni" in markdown
    assert "4.12.2026" in markdown  # the date as Finnish writes it
    assert "Muistiinpanot ohjaajan tapaamiseen" in markdown  # room for the meeting's notes
    for page in (p for p in written if p.suffix == ".png"):
        assert pygame.image.load(str(page)).get_size() == PAGE  # A4 portrait at 150 dpi


def test_an_export_never_overwrites_an_earlier_one(tmp_path: Path):
    run = Run(outcomes(), field_id="it")
    first = write_exports(CONTENT, run, "en", tmp_path, ("md", "json"), now=NOW)
    before = {p: p.read_bytes() for p in first}
    second = write_exports(CONTENT, run, "en", tmp_path, ("md", "json"), now=NOW)
    assert {p.name for p in second} == {
        "steps-profile-2026-12-04-1930-2.md",
        "steps-profile-2026-12-04-1930-2.json",
    }
    assert {p: p.read_bytes() for p in first} == before


@pytest.mark.parametrize(
    ("language", "day"),
    [
        ("fi", "4.12.2026"),
        ("en", "04/12/2026"),
        ("ar", "4\u200f/12\u200f/2026"),
        ("fa", "۲۰۲۶/۱۲/۴"),
    ],
)
def test_the_date_is_written_the_language_s_way(language, day):
    document = profile_document(CONTENT, outcomes(), "it", language, now=NOW)
    assert document["date"] == day and document["created"] == "2026-12-04T19:30"


def test_export_command_without_a_save_is_one_line_and_exit_1(tmp_path: Path, capsys):
    assert main(["export", "--format", "json", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no saved profile" in err[0]


def test_export_command_with_a_broken_save_is_one_line_and_exit_1(tmp_path: Path, capsys):
    tmp_path.joinpath("progress.json").write_text("{broken", encoding="utf-8")
    assert main(["export", "--format", "md", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "could not be read" in err[0]


def test_export_command_with_a_broken_save_exports_its_backup_and_says_so(tmp_path: Path, capsys):
    storage = Storage(tmp_path)
    progress = Progress(levels=[lv.id for lv in CONTENT.levels], field="it", current_step=8)
    for outcome in outcomes():
        progress.record(outcome)
    save_progress(storage, progress)
    save_progress(storage, progress)  # the second save keeps the first as progress.json.bak
    tmp_path.joinpath("progress.json").write_text("{broken", encoding="utf-8")
    target = tmp_path / "mine.json"
    command = ["export", "--format", "json", "--out", str(target), "--data-dir", str(tmp_path)]
    assert main(command) == 0
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and "could not be read" in err[0] and "backup" in err[0]
    assert captured.out.strip() == str(target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert len(document["dimensions"]) == 7
    assert list(tmp_path.glob("progress.broken-*.json"))  # the broken save is kept, not lost


@pytest.mark.parametrize("fmt", ["png", "md", "json"])
def test_export_command_writes_the_saved_profile(tmp_path: Path, capsys, fmt):
    storage = Storage(tmp_path)
    progress = Progress(levels=[lv.id for lv in CONTENT.levels], field="it", current_step=8)
    for outcome in outcomes():
        progress.record(outcome)
    save_progress(storage, progress)
    target = tmp_path / "exports" / f"mine.{fmt}"
    target.parent.mkdir()
    assert main(["export", "--format", fmt, "--out", str(target), "--data-dir", str(tmp_path)]) == 0
    printed = capsys.readouterr().out.split()
    # the file named, or for a long plan its pages (mine-page1.png, mine-page2.png)
    assert printed[0] == str(target) or printed[0] == str(target.with_name(f"mine-page1.{fmt}"))
    assert all(Path(path).stat().st_size > 100 for path in printed)
    target = Path(printed[0])
    if fmt == "json":
        document = json.loads(target.read_text(encoding="utf-8"))
        jsonschema.validate(document, SCHEMA)
        assert {d["id"]: d["score"] for d in document["dimensions"]} == {
            o.dimension: o.score for o in outcomes()
        }


def test_profile_screen_saves_into_the_chosen_folder(make_driver, tmp_path: Path):
    from steps_game.scenes.profile import ProfileScene

    driver = open_profile(make_driver, "en", data_dir=tmp_path / "data")
    driver.press(control_id="export")
    assert "folder:data" in driver.ids()
    driver.press(control_id="format:ics")  # the calendar too
    driver.press(control_id="folder:data")
    assert isinstance(driver.scene, ProfileScene)
    suffixes = {p.suffix for p in (tmp_path / "data").glob("steps-profile-*")}
    assert suffixes == {".json", ".md", ".png", ".ics"}
    assert any(str(tmp_path / "data") in text for text in driver.texts())
    # the next time, the dialog offers what was chosen the last time
    driver.press(control_id="export")
    assert driver.control(control_id="format:ics").data["selected"]


def open_profile(make_driver, language: str, **options):
    """The profile screen of a finished run in `language`."""
    from steps_game.scenes.profile import ProfileScene

    driver = make_driver(language=language, **options)
    app = driver.app
    app.session.new("it")
    for outcome in outcomes():
        app.session.record(outcome)
    app.push(ProfileScene(app))
    driver.frames(2)
    return driver


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_the_profile_radar_stands_beside_the_list_in_either_direction(make_driver, language):
    driver = open_profile(make_driver, language)
    radar = driver.scene.radar_rect
    # every dimension has its card, on one page or on the pages the list turns through
    seen: dict[str, pygame.Rect] = {}
    for _ in range(7):
        for control in driver.ring.controls:
            if control.id.startswith("dimension:"):
                seen[control.id] = pygame.Rect(control.rect)
        if "more-dimensions" not in driver.ids():
            break
        driver.press(control_id="more-dimensions")
    cards = list(seen.values())
    assert len(cards) == 7
    assert not any(radar.colliderect(card) for card in cards), (radar, cards[0])
    # the list keeps to the reading side's far half: right of the radar, or left of it in RTL
    rtl = language in ("ar", "fa")
    assert all((card.right <= radar.left) if rtl else (card.left >= radar.right) for card in cards)


@pytest.mark.parametrize("clockwise", [True, False])
def test_the_radar_runs_from_the_top_toward_the_reading_direction(clockwise):
    """Step 2 stands right of step 1 (at the top) for a left-to-right reader, and left of it
    for a right-to-left one, who follows the steps from the right."""
    from steps_game.ui.charts import radar_points

    top, second, *_, last = radar_points((0, 0), 100, [100] * 7, clockwise)
    assert abs(top[0]) < 1e-9 and top[1] == pytest.approx(-100)
    assert (second[0] > 0) if clockwise else (second[0] < 0)
    assert (last[0] < 0) if clockwise else (last[0] > 0)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_profile_draws_its_radar_for_the_reading_direction(make_driver, monkeypatch, language):
    from steps_game.ui import charts

    asked: set[bool] = set()
    real = charts.radar_points

    def recording(center, radius, values, clockwise=True):
        asked.add(clockwise)
        return real(center, radius, values, clockwise)

    monkeypatch.setattr(charts, "radar_points", recording)
    open_profile(make_driver, language)
    assert asked == {language == "en"}
