"""The group summary: reading exports, statistics, privacy, the picture and `steps-game summary`."""

from __future__ import annotations

import copy
import json
import random
import re
from pathlib import Path
from typing import Any

import jsonschema
import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steps_game.cli import main
from steps_game.content import load_content
from steps_game.export import profile_document
from steps_game.export_check import MAX_BYTES, ProfileExport, check_export
from steps_game.i18n import language_codes
from steps_game.outcome import Outcome, Reason
from steps_game.paths import bundled_levels_dir
from steps_game.summary import (
    MIN_GROUP,
    localized_names,
    spread,
    summarize,
    summarize_files,
    table,
)
from steps_game.summary_picture import SIZE, draw_summary
from steps_game.ui import text as text_module

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "docs" / "profile-export.schema.json").read_text(
        encoding="utf-8"
    )
)
CONTENT = load_content(bundled_levels_dir())
DIMENSIONS = [d.id for d in CONTENT.profile.dimensions]


def document(scores: list[int | None], language: str = "en", field: str = "it") -> dict[str, Any]:
    """A real export: `scores[i]` is step i+1's score, None for a step not done."""
    outcomes = [
        Outcome(level.step, level.id, level.dimension, score, (Reason(level.tip, 5, True),), {})
        for level, score in zip(CONTENT.levels, scores, strict=True)
        if score is not None
    ]
    return profile_document(CONTENT, outcomes, field, language)


def write(path: Path, data: dict[str, Any] | bytes) -> Path:
    if isinstance(data, dict):
        data = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    path.write_bytes(data)
    return path


def group(folder: Path, count: int, *, seed: int = 1, language: str = "en") -> list[Path]:
    """`count` exports of made-up players; every fifth one has not done step 7."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        scores: list[int | None] = [rng.randint(0, 100) for _ in CONTENT.levels]
        if index % 5 == 4:
            scores[6] = None
        doc = document(scores, language if index == 0 else rng.choice(["fi", "en"]))
        paths.append(write(folder / f"player-{index:02}.json", doc))
    return paths


def bad_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    foreign = document([50] * 7)
    foreign["schema_version"] = 3
    oversized = json.dumps(document([50] * 7)) + " " * MAX_BYTES
    return {
        "broken": write(folder / "broken.json", b'{"schema_version": 1, "dimensions": ['),
        "foreign": write(folder / "foreign.json", foreign),
        "not_export": write(folder / "settings.json", {"language": "fi", "fullscreen": False}),
        "garbage": write(folder / "garbage.json", bytes(range(256)) * 8),
        "oversized": write(folder / "huge.json", oversized.encode("utf-8")),
    }


# --- Statistics -----------------------------------------------------------------------------------


def test_spread_of_known_scores_is_exact():
    s = spread([40, 10, 30, 20])
    assert (s.count, s.minimum, s.median, s.maximum) == (4, 10, 25, 40)
    assert (s.q1, s.q3) == (17.5, 32.5)  # linear interpolation between the sorted scores
    assert s.values == (10, 20, 30, 40)
    s = spread([90, 5, 5])
    assert (s.minimum, s.q1, s.median, s.q3, s.maximum) == (5, 5, 5, 47.5, 90)
    s = spread([0, 100, 100, 7, 60])
    assert (s.minimum, s.median, s.maximum) == (0, 60, 100)


def test_fewer_than_three_scores_have_no_spread():
    assert spread([]) is None
    assert spread([10, 90]) is None
    assert MIN_GROUP == 3


def test_summarize_known_documents():
    docs = [
        ProfileExport.model_validate(document([10, 20, 30, 40, 50, 60, 70])),
        ProfileExport.model_validate(document([30, 0, 30, 45, 55, 65, None])),
        ProfileExport.model_validate(document([20, 100, 31, 40, 50, 60, None])),
    ]
    summary = summarize(docs)
    assert summary.players == 3 and summary.enough
    assert [d.id for d in summary.dimensions] == DIMENSIONS
    figures = [
        (d.count, d.spread and (d.spread.minimum, d.spread.median, d.spread.maximum))
        for d in summary.dimensions
    ]
    assert figures == [
        (3, (10, 20, 30)),
        (3, (0, 20, 100)),
        (3, (30, 30, 31)),
        (3, (40, 40, 45)),
        (3, (50, 50, 55)),
        (3, (60, 60, 65)),
        (1, None),  # one player's score would be that player's: not shown
    ]


def test_two_documents_give_no_figures_at_all():
    docs = [ProfileExport.model_validate(document([50] * 7)) for _ in range(2)]
    summary = summarize(docs)
    assert not summary.enough
    assert all(d.spread is None for d in summary.dimensions)


# --- Reading and checking -------------------------------------------------------------------------


def test_real_exports_pass_the_model_and_the_json_schema():
    for language in ("fi", "en"):
        doc = document([10, None, 30, 40, 100, 0, 70], language, field="health")
        jsonschema.validate(doc, SCHEMA)
        parsed, reason = check_export(json.dumps(doc).encode("utf-8"))
        assert parsed is not None and reason is None
        assert parsed.language == language


def _mutations() -> list[tuple[str, Any]]:
    def with_(path: tuple[Any, ...], value: Any) -> Any:
        def apply(doc: dict[str, Any]) -> None:
            target = doc
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value

        return apply

    def without(key: str) -> Any:
        return lambda doc: doc.pop(key)

    return [
        ("score too high", with_(("dimensions", 0, "score"), 101)),
        ("score negative", with_(("dimensions", 1, "score"), -1)),
        ("score as text", with_(("dimensions", 2, "score"), "50")),
        ("score as bool", with_(("dimensions", 2, "score"), True)),
        ("unknown band", with_(("dimensions", 3, "band"), "top")),
        ("six dimensions", lambda doc: doc["dimensions"].pop()),
        ("extra key", with_(("name",), "Anna")),
        ("extra dimension key", with_(("dimensions", 0, "player"), "Anna")),
        ("no plan", without("plan")),
        ("no language", without("language")),
        ("short language", with_(("language",), "f")),
        ("other schema", with_(("schema",), "https://example.org/other.json")),
        ("schema_version as text", with_(("schema_version",), "1")),
        ("step 8", with_(("steps", 0, "step"), 8)),
        ("week 0", with_(("plan", "goals"), [{"text": "x", "week": 0}])),
        ("three strengths", with_(("strengths",), ["a", "b", "c"])),
    ]


@pytest.mark.parametrize(("name", "mutate"), _mutations(), ids=[m[0] for m in _mutations()])
def test_the_model_rejects_what_the_json_schema_rejects(name, mutate):
    doc = document([10, 20, 30, 40, 50, 60, 70])
    mutate(doc)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, SCHEMA)
    parsed, reason = check_export(json.dumps(doc).encode("utf-8"))
    assert parsed is None
    said = str(reason)
    assert said.startswith(("not a STEPS profile export", "not a valid STEPS profile export"))
    assert "\n" not in str(reason)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not valid JSON (line 1, column 1: Expecting value)"),
        (b"\xff\xfe\x00garbage", "not UTF-8 text (a profile export is UTF-8 JSON)"),
        (b"[1, 2]", "not a STEPS profile export (a JSON array, expected an object)"),
        (b'"text"', "not a STEPS profile export (a JSON string, expected an object)"),
        (b"null", "not a STEPS profile export (a JSON null, expected an object)"),
        (b"\xef\xbb\xbf{}", "not a STEPS profile export (no schema_version)"),  # a BOM is fine
        (b'{"schema_version": 1, "schema": 3}', "not a STEPS profile export (schema 3)"),
        (
            b'{"schema_version": true}',
            "not a STEPS profile export (schema_version true, expected 1, 2)",
        ),
        (b'{"a": 1' + b"9" * 5000 + b"}", None),
        (b"{}", "not a STEPS profile export (no schema_version)"),
        (
            b'{"schema_version": 3}',
            "not a STEPS profile export (schema_version 3, expected 1, 2)",
        ),
        (
            b'{"schema_version": "1"}',
            'not a STEPS profile export (schema_version "1", expected 1, 2)',
        ),
        (b"[" * 100_000, "not valid JSON (nested too deeply)"),
    ],
)
def test_check_export_names_the_problem_in_one_line(data, reason):
    parsed, found = check_export(data)
    assert parsed is None
    if reason is None:  # an integer too long to read: the words come from Python
        assert str(found).startswith("not valid JSON (") and "\n" not in str(found)
    else:
        assert str(found) == reason


def test_validation_problems_count_list_items_from_1():
    doc = document([10, 20, 30, 40, 50, 60, 70])
    doc["dimensions"][3]["score"] = "50"
    doc["plan"]["goal"] = [1, 2]
    parsed, problem = check_export(json.dumps(doc).encode("utf-8"))
    assert parsed is None
    assert str(problem) == (
        "not a valid STEPS profile export "
        "(dimensions.4.score: Input should be a valid integer; and 2 more)"
    )


def _json_values() -> st.SearchStrategy[Any]:
    leaves = st.none() | st.booleans() | st.integers(-5, 200) | st.text(max_size=8)
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
        max_leaves=12,
    )


BASE = document([10, 20, 30, 40, 50, 60, None])
# Made once: a recursive strategy is checked when it is first drawn from, and one made anew for
# each draw was checked anew each time (half of these property tests' time).
JSON_VALUES = _json_values()
# The schema checked against its metaschema once, here; each example's document against the
# schema (jsonschema.validate checked the schema itself again at every call: the other half).
jsonschema.validators.validator_for(SCHEMA).check_schema(SCHEMA)
EXPORT_VALIDATOR = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_check_export_never_raises_on_changed_exports(data):
    doc = copy.deepcopy(BASE)
    target: Any = doc
    # walk to a random place in a real export and put any JSON value there
    while isinstance(target, (dict, list)) and target and data.draw(st.booleans()):
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        key = data.draw(st.sampled_from(keys))
        if not isinstance(target[key], (dict, list)) or not target[key]:
            target[key] = data.draw(JSON_VALUES)
            break
        target = target[key]
    parsed, reason = check_export(json.dumps(doc).encode("utf-8"))
    assert (parsed is None) == bool(reason)
    if parsed is not None:
        EXPORT_VALIDATOR.validate(doc)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600) | JSON_VALUES.map(lambda v: json.dumps(v).encode("utf-8")))
def test_check_export_never_raises_on_any_bytes(data):
    parsed, reason = check_export(data)
    assert parsed is None and reason and "\n" not in str(reason)


def test_summarize_files_skips_folders_duplicates_and_other_levels(tmp_path: Path):
    paths = group(tmp_path / "in", 3)
    other = document([50] * 7)
    other["dimensions"][0]["id"] = "courage"
    other_path = write(tmp_path / "other.json", other)
    summary, skipped = summarize_files([*paths, paths[0], tmp_path, other_path])
    assert summary.players == 3
    assert [str(s) for s in skipped] == [
        f"skipped {paths[0]}: listed twice",
        f"skipped {tmp_path}: a folder, not a file",
        f"skipped {other_path}: its profile areas differ from the first file's "
        "(made with other levels?)",
    ]


def test_summarize_files_is_what_a_benchmark_times(tmp_path: Path):
    """The reading and counting of 30 exports in one call (timed by the benchmark, not here)."""
    paths = group(tmp_path, 30)
    summary, skipped = summarize_files(paths)
    assert skipped == []
    assert summary.players == 30
    assert [d.count for d in summary.dimensions] == [30] * 6 + [24]
    assert all(d.spread is not None and d.spread.count == d.count for d in summary.dimensions)


# --- The command --------------------------------------------------------------------------------


def test_thirty_exports_and_five_bad_files_make_one_picture(tmp_path: Path, capsys):
    good = group(tmp_path / "in", 30)
    bad = bad_files(tmp_path / "bad")
    out = tmp_path / "group.png"
    paths = [*good[:10], *bad.values(), *good[10:]]
    assert main(["summary", *map(str, paths), "--out", str(out)]) == 0
    captured = capsys.readouterr()

    image = pygame.image.load(str(out))
    assert image.get_size() == SIZE == (1600, 900)

    err = captured.err.splitlines()
    assert len(err) == 5
    assert err == [f"skipped {path}: {_reason(path)}" for path in bad.values()]
    assert err[1] == (
        f"skipped {bad['foreign']}: not a STEPS profile export (schema_version 3, expected 1, 2)"
    )

    lines = captured.out.splitlines()
    assert lines[0] == "Our group at a glance: Players: 30"  # the first file is in English
    assert re.split(r"\s{2,}", lines[1]) == [
        "Profile area",
        "Players",
        "Lowest",
        "Middle score",
        "Highest",
    ]
    rows = lines[2:9]
    assert [row.split()[0] for row in rows] == [
        "Facts",
        "Goals",
        "Network",
        "Planning",
        "Asking",
        "Reaching",
        "Keeping",
    ]
    assert rows[-1].split()[3] == "24"  # "Keeping in touch 24 ..."
    assert lines[9:] == [str(out)]  # no per-file rows, nothing else
    assert "player-" not in captured.out


def _reason(path: Path) -> str:
    return {
        "broken.json": "not valid JSON (line 1, column 38: Expecting value)",
        "foreign.json": "not a STEPS profile export (schema_version 3, expected 1, 2)",
        "settings.json": "not a STEPS profile export (no schema_version)",
        "garbage.json": "not UTF-8 text (a profile export is UTF-8 JSON)",
        "huge.json": "too large (1.0 MB; an export is at most 1 MB)",
    }[path.name]


def test_table_figures_match_the_statistics(tmp_path: Path, capsys):
    scores = [
        [10, 20, 30, 40, 50, 60, 70],
        [30, 0, 30, 45, 55, 65, 71],
        [20, 100, 31, 40, 50, 60, 2],
    ]
    paths = [write(tmp_path / f"{i}.json", document(s)) for i, s in enumerate(scores)]
    assert main(["summary", *map(str, paths), "--out", str(tmp_path / "g.png")]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()[2:9]]
    assert rows[0] == ["Facts", "and", "offers", "3", "10", "20", "30"]
    assert rows[6] == ["Keeping", "in", "touch", "3", "2", "70", "71"]


def test_fewer_than_three_valid_files_draw_nothing(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    good = group(tmp_path / "in", 2)
    bad = bad_files(tmp_path / "bad")
    assert main(["summary", *map(str, good), str(bad["foreign"])]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.splitlines()
    assert len(err) == 2
    assert err[0].startswith(f"skipped {bad['foreign']}: ")
    assert "needs at least 3" in err[1] and "Nothing was drawn" in err[1]
    assert not list(tmp_path.rglob("*.png"))


def test_a_missing_file_is_one_line_and_skipped(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    good = group(tmp_path / "in", 3)
    missing = tmp_path / "nowhere" / "gone.json"
    assert main(["summary", str(missing), *map(str, good)]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"skipped {missing}: no such file"]
    assert (tmp_path / "group-summary.png").is_file()  # the default name, in the current folder
    assert captured.out.splitlines()[-1] == "group-summary.png"


def test_language_of_the_first_file_or_lang(tmp_path: Path, capsys):
    paths = group(tmp_path / "in", 4, language="fi")
    out = tmp_path / "pictures"
    out.mkdir()
    assert main(["summary", *map(str, paths), "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Ryhmämme yhdellä silmäyksellä: Pelaajia: 4"
    assert lines[2].startswith("Tiedot ja tarjottava ")
    assert lines[-1] == str(out / "group-summary.png")
    assert main(["summary", *map(str, paths), "--out", str(out), "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "Our group at a glance: Players: 4"
    assert main(["summary", *map(str, paths), "--lang", "xx"]) == 2
    assert "unknown language 'xx'" in capsys.readouterr().err


def test_a_picture_that_cannot_be_written_is_one_line(tmp_path: Path, capsys):
    paths = group(tmp_path / "in", 3)
    target = tmp_path / "no-such-folder" / "g.png"
    assert main(["summary", *map(str, paths), "--out", str(target)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"steps-game: could not write {target}: ")


def test_odd_file_names_stay_on_one_line(tmp_path: Path, capsys):
    paths = group(tmp_path / "in", 3)
    odd = write(tmp_path / "two\nlines.json", b"{")
    assert main(["summary", *map(str, paths), str(odd), "--out", str(tmp_path / "g.png")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "two\\nlines.json" in err[0]


# --- The picture --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", language_codes())
def test_the_picture_fits_every_text(tmp_path: Path, language):
    text_module.overflows.clear()
    docs = [
        ProfileExport.model_validate(document([i * 9, 50, 50, 0, 100, 33, None])) for i in range(5)
    ]
    docs.append(ProfileExport.model_validate(document([1, 2, 3, 4, 5, 6, 7])))
    summary = summarize(docs)
    assert summary.dimensions[-1].spread is None  # one player did step 7: not shown
    names = localized_names(summary, language)
    page = draw_summary(summary, names, language)
    assert page.get_size() == SIZE
    assert text_module.overflows == []
    lines = table(summary, names, language)
    assert lines[-1].startswith("– :")  # the note that explains the dashes


SCHEMA_1 = json.loads(
    (Path(__file__).resolve().parent.parent / "docs" / "profile-export-1.schema.json").read_text(
        encoding="utf-8"
    )
)


def version_1(doc: dict[str, Any]) -> dict[str, Any]:
    """The same export as the game wrote it before the notebook (schema version 1)."""
    old = {k: v for k, v in doc.items() if k not in ("date", "own_words", "notebook")}
    old["schema"] = "https://steps-game.example/schemas/profile-export-1.json"
    old["schema_version"] = 1
    old["created"] = doc["created"][:10]
    old["plan"] = {
        "goals": [{"text": "A mentor", "week": None}],
        "actions": [{"text": "Coffee with a friend", "week": 2}],
        "contacts": [],
        "upkeep": [],
    }
    return old


def test_version_1_exports_are_still_read_beside_version_2(tmp_path: Path):
    old = [version_1(document([10 * i, 50, 50, 40, 60, 70, 80])) for i in range(1, 3)]
    for doc in old:
        jsonschema.validate(doc, SCHEMA_1)
    new = document([90, 50, 50, 40, 60, 70, 80])
    paths = [write(tmp_path / f"p{i}.json", doc) for i, doc in enumerate([*old, new])]
    summary, skipped = summarize_files(paths)
    assert skipped == [] and summary.players == 3


def test_the_same_export_under_two_names_counts_once(tmp_path: Path, capsys):
    """A file sent twice, or copied with other spacing, is still one player."""
    paths = group(tmp_path / "in", 3)
    copy_path = tmp_path / "copy-of-first.json"
    copy_path.write_text(json.dumps(json.loads(paths[0].read_text("utf-8")), indent=4), "utf-8")
    summary, skipped = summarize_files([*paths, copy_path])
    assert summary.players == 3
    assert [str(s) for s in skipped] == [
        f"skipped {copy_path}: the same export as an earlier file, counted once"
    ]
    assert main(["summary", *map(str, paths), str(copy_path), "--out", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith(": Players: 3")


def test_every_line_speaks_the_chosen_language(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    good = group(tmp_path / "in", 2, language="fi")
    missing = tmp_path / "poissa.json"
    assert main(["summary", *map(str, good), str(missing)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"ohitettu {missing}: tiedostoa ei ole",
        "steps-game: käyttökelpoisia profiilitiedostoja: 2. Ryhmän yhteenveto tarvitsee "
        "vähintään 3, jotta ketään ei voi tunnistaa. Mitään ei piirretty.",
    ]
    assert main(["summary", *map(str, good), str(missing), "--lang", "sv"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == f"hoppade över {missing}: filen finns inte"


@pytest.mark.parametrize(
    ("language", "jargon"),
    [("en", ("median", "middle half", "quartile")), ("fi", ("mediaani", "puolikas", "kvartiili"))],
)
def test_the_picture_and_table_speak_plainly(language, jargon):
    """A2-B1 readers meet "middle score" and "half of the group", not statistics words."""
    from steps_game.i18n import catalog

    texts = [text for key, text in catalog(language).items() if key.startswith("summary.")]
    # a text with a count is a table of plural forms, keyed by category ("count" names the number)
    words = [
        form.lower()
        for text in texts
        for form in (
            [v for k, v in text.items() if k != "count"] if isinstance(text, dict) else [text]
        )
    ]
    assert words
    assert not [text for text in words for term in jargon if term in text]
