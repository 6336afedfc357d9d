"""A counsellor adapts the levels without a programmer: copy, edit in Finnish and English, check,
play in every language (texts not translated show in a fallback language, tagged), and keep the
translations honest (an edited text makes its translations stale, in validate and in the game)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
import tomllib

from steps_game.cli import main
from steps_game.content import check_folder
from steps_game.i18n import Translator
from steps_game.level_schema import SCHEMA_FILES, SCHEMA_FOLDER, schema_texts
from steps_game.paths import bundled_levels_dir

STEP1 = "01-tuning-in.toml"
STEP2 = "02-goals.toml"
OLD_FI = "Useimmat suomalaiset ovat saaneet nykyisen työnsä muuten kuin ilmoituksen kautta."
NEW_FI = "Useimmat suomalaiset ovat saaneet työnsä jonkun tutun kautta tai ottamalla itse yhteyttä."
NEW_EN = "Most Finns got their job through someone they knew or by getting in touch themselves."

NEW_STATEMENT = """
[[task.statements]]
id = "counsellor-own"
text = { fi = "Kahvitauolla ei kannata puhua töistä.", en = "It is best not to talk about work on a coffee break." }
is_fact = false
explanation = { fi = "Myytti. Kahvitauolla kuulee usein, mitä työpaikalla tapahtuu.", en = "Myth. On a coffee break you often hear what is going on at work." }
"""

NEW_FIELD_CARD = """
[[task.goals]]
id = "health-volunteer"
fields = ["health"]
label = { fi = "Vapaaehtoistyö hoiva-alalla", en = "Volunteering in care work" }
why = { fi = "Vapaaehtoisena tutustut alan ihmisiin ja suomalaiseen hoivatyöhön.", en = "As a volunteer you get to know people in the field and Finnish care work." }
fits = ["join-event", "ask-advice"]
fit_hint = { fi = "Kysy järjestöltä, missä tarvitaan apua.", en = "Ask an organisation where help is needed." }
"""


@pytest.fixture(scope="module")
def copied_once(tmp_path_factory) -> Path:
    """The bundled levels as `steps-game levels copy` writes them, sources recorded: made once,
    since each test changes a copy of its own (the copy itself is tested below)."""
    target = tmp_path_factory.mktemp("copied") / "my-levels"
    assert main(["levels", "copy", str(target)]) == 0
    assert main(["levels", "update-translations", str(target)]) == 0
    return target


@pytest.fixture
def copied(copied_once: Path, tmp_path: Path, capsys) -> Path:
    """A test's own copy of the copied levels."""
    capsys.readouterr()  # what making the first copy printed, in whichever test came first
    target = tmp_path / "my-levels"
    shutil.copytree(copied_once, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def change_statement(folder: Path) -> None:
    text = (folder / STEP1).read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if OLD_FI in line)
    edit(folder / STEP1, line, f'text = {{ fi = "{NEW_FI}", en = "{NEW_EN}" }}')


def add_statement_first(folder: Path) -> None:
    """A new statement in Finnish and English only, put first so that it is on the table."""
    text = (folder / STEP1).read_text(encoding="utf-8")
    at = text.index("[[task.statements]]")
    (folder / STEP1).write_text(
        text[:at] + NEW_STATEMENT.lstrip() + "\n" + text[at:], encoding="utf-8"
    )


def validate(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(["validate", *args])
    return code, capsys.readouterr().out.splitlines()


def shown_statement(make_driver, folder: Path, language: str) -> str:
    driver = make_driver(levels=folder, language=language, start_step=1)
    return driver.scene.ring.by_id("statement").label


# --- copy -------------------------------------------------------------------------------------


def test_copy_writes_levels_translations_and_a_guide_and_never_overwrites(tmp_path, capsys):
    target = tmp_path / "levels"
    assert main(["levels", "copy", str(target)]) == 0
    assert (target / STEP1).is_file() and (target / "translations" / "sv" / STEP1).is_file()
    guide = (target / "GUIDE.md").read_text(encoding="utf-8")
    assert "steps-game validate" in guide and "Ohje" in guide and "Guide" in guide
    (target / STEP1).write_text("edited", encoding="utf-8")
    capsys.readouterr()
    assert main(["levels", "copy", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert (target / STEP1).read_text(encoding="utf-8") == "edited"


def test_the_copy_validates_strictly_as_the_bundled_levels_do(copied, capsys):
    assert validate(capsys, "--strict", str(copied)) == (0, ["7 levels, no problems."])


# --- the four edits ------------------------------------------------------------------------


def test_changed_statement_validates_and_shows_current_text_tagged(copied, capsys, make_driver):
    change_statement(copied)
    code, lines = validate(capsys, str(copied))
    assert code == 0, lines
    stale = [line for line in lines if line.startswith("sv: ")]
    assert stale and "older than" in stale[0] and "statement 'ads-minority'" in stale[0]
    assert re.search(r"translations/sv/01-tuning-in.toml:\d+ statement 'ads-minority'", stale[0])
    # --strict (as CI runs it) names the stale translations as one error line for the text
    code, lines = validate(capsys, "--strict", str(copied))
    assert code == 1
    assert len([line for line in lines if "ads-minority" in line]) == 1
    assert shown_statement(make_driver, copied, "sv") == f"[English] {NEW_EN}"
    assert shown_statement(make_driver, copied, "fi-selko") == f"[Suomi] {NEW_FI}"
    assert shown_statement(make_driver, copied, "fi") == NEW_FI


def test_update_translations_lists_the_stale_text_until_it_is_translated(copied, capsys):
    change_statement(copied)
    assert main(["levels", "update-translations", str(copied)]) == 0
    out = capsys.readouterr().out
    assert "sv: 01-tuning-in.toml task.statements.ads-minority.text: changed since" in out
    # running it again does not make the outdated translation current
    assert main(["levels", "update-translations", str(copied)]) == 0
    assert "sv: 01-tuning-in.toml task.statements.ads-minority.text" in capsys.readouterr().out
    # a translator updates the Swedish: the command records it and it shows again
    sv = copied / "translations" / "sv" / STEP1
    words = sv.read_text(encoding="utf-8")
    old_sv = re.search(r'id = "ads-minority"\ntext = "([^"]*)"', words).group(1)
    edit(sv, old_sv, "De flesta finländare fick sitt jobb genom någon de kände.")
    assert main(["levels", "update-translations", str(copied)]) == 0
    assert "sv: 01-tuning-in.toml task.statements.ads-minority" not in capsys.readouterr().out
    content, problems = check_folder(copied, ("sv",))
    assert not [p for p in problems if p.language == "sv"]
    statement = content.level(1).task.statements[0]
    assert Translator("sv").pick(statement.text).startswith("De flesta finländare")


def test_a_translation_checked_and_still_right_is_recorded_as_current(copied, capsys):
    """A reworded source that the translation already said right: the checker confirms it
    instead of retyping it, and only the place named is confirmed."""
    change_statement(copied)
    place = "01-tuning-in.toml task.statements.ads-minority.text"
    assert main(["levels", "update-translations", str(copied), "--still-right", place]) == 0
    out = capsys.readouterr().out
    assert "sv: 01-tuning-in.toml task.statements.ads-minority.text" not in out
    content, problems = check_folder(copied, ("sv",))
    assert not [p for p in problems if p.language == "sv"]
    statement = content.level(1).task.statements[0]
    assert not Translator("sv").pick(statement.text).startswith("[")  # the translation shows


def test_new_field_goal_card_in_finnish_and_english_plays_tagged(copied, capsys):
    edit(
        copied / STEP2,
        '[[task.goals]]\nid = "health-recognition"',
        NEW_FIELD_CARD.strip() + '\n\n[[task.goals]]\nid = "health-recognition"',
    )
    code, lines = validate(capsys, str(copied))
    assert code == 0, lines
    sv = next(line for line in lines if line.startswith("sv: "))
    assert sv.startswith("sv: 3 texts fall back to English: ")
    assert "goal 'health-volunteer', label" in sv
    for language, tag in (("sv", "[English] "), ("fi-selko", "[Suomi] ")):
        content, _ = check_folder(copied, (language,))
        card = next(g for g in content.level(2).task.goals if g.id == "health-volunteer")
        words = Translator(language, content.fallbacks).pick(card.label)
        assert words == tag + (card.label["en"] if tag == "[English] " else card.label["fi"])
    code, lines = validate(capsys, "--strict", str(copied))
    assert code == 1
    assert any("goal 'health-volunteer', label: missing in fi-selko, sv" in line for line in lines)


def test_variant_folder_of_one_step_plays_with_the_bundled_rest(tmp_path, capsys, make_driver):
    variant = tmp_path / "variant"
    variant.mkdir()
    shutil.copy(bundled_levels_dir() / STEP1, variant / STEP1)
    change_statement(variant)
    code, lines = validate(capsys, str(variant))
    assert code == 0, lines
    content, _ = check_folder(variant)
    assert [level.step for level in content.levels] == [1, 2, 3, 4, 5, 6, 7]
    assert content.level(1).task.statements[0].text["fi"] == NEW_FI
    assert shown_statement(make_driver, variant, "fi") == NEW_FI
    # the bundled Swedish plays for what the variant did not change; the changed statement
    # shows its new English, tagged, not the Swedish of the old one
    assert shown_statement(make_driver, variant, "sv") == f"[English] {NEW_EN}"
    content, problems = check_folder(variant, ("sv",))
    assert Translator("sv").pick(content.level(1).task.statements[1].text)[:1] != "["
    assert [p.path for p in problems if p.language == "sv"] == ["task.statements.ads-minority.text"]


def test_new_statement_in_finnish_and_english_plays_in_every_language(copied, capsys, make_driver):
    add_statement_first(copied)
    code, lines = validate(capsys, str(copied))
    assert code == 0, lines
    assert "sv: 2 texts fall back to English: " in "\n".join(lines)
    assert "statement 'counsellor-own', text" in "\n".join(lines)
    en = "It is best not to talk about work on a coffee break."
    assert shown_statement(make_driver, copied, "sv") == f"[English] {en}"
    assert shown_statement(make_driver, copied, "fi-selko").startswith("[Suomi] Kahvitauolla")
    assert shown_statement(make_driver, copied, "ar") == f"[English] {en}"


def test_a_folder_may_set_its_own_fallback_chain(copied, capsys):
    add_statement_first(copied)
    (copied / "languages.toml").write_text('[fallback]\nsv = ["fi"]\n', encoding="utf-8")
    code, lines = validate(capsys, str(copied))
    assert code == 0 and "sv: 2 texts fall back to Suomi: " in "\n".join(lines)
    content, _ = check_folder(copied, ("sv",))
    statement = content.level(1).task.statements[0]
    assert Translator("sv", content.fallbacks).pick(statement.text).startswith("[Suomi] ")
    (copied / "languages.toml").write_text('[fallback]\nsv = ["se"]\n', encoding="utf-8")
    code, lines = validate(capsys, str(copied))
    assert code == 1 and lines[0].startswith("languages.toml:2: fallback.sv: unknown language 'se'")


# --- the validator for people -----------------------------------------------------------------


def test_a_copied_duplicate_step_gives_few_lines_with_the_duplicate_first(copied, capsys):
    shutil.copy(copied / STEP1, copied / "01-tuning-in-copy.toml")
    code, lines = validate(capsys, str(copied))
    assert code == 1
    assert len(lines) <= 21, lines
    assert re.match(
        r"^01-tuning-in(-copy)?\.toml:\d+: (id|step|dimension): .* is used by", lines[0]
    )
    assert not any("missing" in line for line in lines), lines


def test_at_most_twenty_lines_unless_all(copied, capsys):
    for path in sorted(copied.glob("0*.toml")):
        text = path.read_text(encoding="utf-8")
        text = text.replace("\nformat = 1\n", "\nformat = 2\n").replace(
            "minutes = 2", 'minutes = "two"'
        )
        text = text.replace("is_fact = true", 'is_fact = "yes"').replace(
            '\ndimension = "', '\ndimension = "no-such-'
        )
        path.write_text(text.replace("is_fact = false", 'is_fact = "no"'), encoding="utf-8")
    code, lines = validate(capsys, str(copied))
    assert code == 1 and len(lines) == 21
    assert re.match(r"^\.\.\. and \d+ more problems \(validate --all shows every one\)$", lines[-1])
    rest = int(lines[-1].split()[2])
    code, every = validate(capsys, "--all", str(copied))
    assert len(every) == 20 + rest
    assert every[:20] == lines[:20]
    assert all(re.match(r"^0\d-[a-z-]+\.toml:\d+: ", line) for line in every), every
    assert any(
        re.match(r"^01-tuning-in.toml:\d+: statement '[a-z-]+', is_fact: ", line) for line in every
    )


BROKEN_FILES = [
    pytest.param(
        lambda p: edit(p, 'title = { fi = "Virittäytyminen"', 'title = { fi = "Viritt"äytyminen"'),
        r"^01-tuning-in.toml:{title}: TOML syntax error: line {title}, .*\" inside a text ended it early",
        id="unescaped-quote",
    ),
    pytest.param(
        lambda p: edit(p, 'en = "Tuning in" }', 'en = "Tuning in"'),
        r"^01-tuning-in.toml:{title}: TOML syntax error: line {title}, .*unclosed inline table.*\} is missing",
        id="missing-brace",
    ),
    pytest.param(
        lambda p: edit(p, "\n]\n", "\n\n"),
        r"^01-tuning-in.toml:\d+: TOML syntax error: line \d+, .*misses its closing \]",
        id="missing-bracket",
    ),
    pytest.param(
        lambda p: p.write_text("x = " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8"),
        r"^01-tuning-in.toml: is nested too deeply",
        id="deep-lists",
    ),
    pytest.param(
        lambda p: p.write_text("x = " + "{a = " * 40 + "1" + "}" * 40 + "\n", encoding="utf-8"),
        r"^01-tuning-in.toml: is nested too deeply",
        id="deep-tables",
    ),
    pytest.param(
        lambda p: p.write_text("# " + "x" * 300_000 + "\n", encoding="utf-8"),
        r"^01-tuning-in.toml: is \d+ bytes, too large for a level file",
        id="too-large",
    ),
    pytest.param(
        lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        r"^01-tuning-in.toml: is not a text file",
        id="not-text",
    ),
    pytest.param(
        lambda p: p.write_bytes(b"title = 'ok'\n" + b"tip = '\xff'\n"),
        r"^01-tuning-in.toml:2: is not UTF-8 text",
        id="not-utf8",
    ),
]


@pytest.mark.parametrize(("breakage", "expected"), BROKEN_FILES)
def test_each_broken_file_gives_one_line_with_its_place(copied, capsys, breakage, expected):
    before = (copied / STEP1).read_text(encoding="utf-8").splitlines()
    title = next(n for n, line in enumerate(before, start=1) if line.startswith("title = "))
    expected = expected.replace("{title}", str(title))
    breakage(copied / STEP1)
    code, lines = validate(capsys, str(copied))
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err
    assert re.search(expected, lines[0]), lines
    assert len([line for line in lines if line.startswith(STEP1)]) == 1, lines


def test_did_you_mean_never_suggests_a_misspelt_key(copied, capsys):
    # the level's own key is misspelt; its (correct) translation must not be told to copy it
    edit(copied / STEP1, "\ntip = ", "\ntipp = ")
    code, lines = validate(capsys, "--all", str(copied))
    assert code == 1
    assert any("unknown key 'tipp'" in line and "did you mean 'tip'" in line for line in lines)
    assert not any("did you mean 'tipp'" in line for line in lines), lines


def test_a_folder_without_a_profile_takes_the_bundled_one(tmp_path, capsys):
    variant = tmp_path / "variant"
    variant.mkdir()
    shutil.copy(bundled_levels_dir() / STEP2, variant / STEP2)
    assert validate(capsys, "--strict", str(variant)) == (0, ["7 levels, no problems."])


# --- the JSON Schemas for editors -----------------------------------------------------------


def test_the_schemas_in_docs_are_made_from_the_loaders_models():
    """Run `python -m steps_game.level_schema` after changing a level model."""
    docs = Path(__file__).resolve().parent.parent / "docs" / SCHEMA_FOLDER
    for name, text in schema_texts().items():
        assert (docs / name).read_text(encoding="utf-8") == text, name


def test_the_schemas_accept_the_bundled_files_and_reject_a_misspelt_key(copied):
    validators = {
        name.split(".")[0]: jsonschema.Draft202012Validator(
            json.loads((copied / SCHEMA_FOLDER / name).read_text(encoding="utf-8"))
        )
        for name in SCHEMA_FILES
    }
    for path in sorted(copied.glob("*.toml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        kind = re.fullmatch(r"#:schema \./schema/(\w+)\.schema\.json", first).group(1)
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert not list(validators[kind].iter_errors(data)), path.name
    level = tomllib.loads((copied / STEP1).read_text(encoding="utf-8"))
    level["tipp"] = level.pop("tip")
    assert not validators["level"].is_valid(level)
    level["tip"] = {"fi": "Vain suomeksi."}
    del level["tipp"]
    assert not validators["level"].is_valid(level)  # English is needed too
    level["tip"]["en"] = "And in English."
    assert validators["level"].is_valid(level)


# --- live preview ------------------------------------------------------------------------------


def test_watch_reopens_the_step_on_save_and_shows_problems_until_fixed(copied, make_driver):
    from steps_game.level_watch import CHECK_EVERY_S, LevelWatch
    from steps_game.scenes.error import ContentErrorScene
    from steps_game.scenes.task_host import TaskHostScene

    driver = make_driver(levels=copied, language="en", start_step=1)
    now = [0.0]
    driver.app.watch = LevelWatch(driver.app, copied, 1, clock=lambda: now[0])

    def saved_and_seen() -> None:
        now[0] += CHECK_EVERY_S
        driver.app.step()

    change_statement(copied)
    saved_and_seen()
    assert isinstance(driver.scene, TaskHostScene)
    assert driver.scene.ring.by_id("statement").label == NEW_EN

    edit(copied / STEP1, "\nis_fact = true\n", '\nis_fact = "yes"\n')
    saved_and_seen()
    assert isinstance(driver.scene, ContentErrorScene)
    assert any(
        re.match(r"^01-tuning-in.toml:\d+: statement '[a-z-]+', is_fact: expected true", line)
        for line in driver.scene.problems
    ), driver.scene.problems

    edit(copied / STEP1, '\nis_fact = "yes"\n', "\nis_fact = true\n")
    saved_and_seen()
    assert isinstance(driver.scene, TaskHostScene)
    assert driver.app.watch.reloads == 3
    saved_and_seen()  # nothing saved since: the step is not opened again
    assert driver.app.watch.reloads == 3


def test_watch_needs_a_folder_and_a_step(capsys):
    assert main(["--watch", "--step", "1"]) == 2
    assert "--levels DIR and --step N" in capsys.readouterr().err


def test_a_removed_statement_leaves_notes_about_its_translations_not_errors(copied, capsys):
    text = (copied / STEP1).read_text(encoding="utf-8")
    start = text.index('[[task.statements]]\nid = "ask-for-job"')
    end = text.index("[[task.statements]]", start + 1)
    text = text[:start] + text[end:]
    # and its workshop wording (said of Sara) in the same file, which names it by its id
    start = text.index('[[workshop.task.statements]]\nid = "ask-for-job"')
    end = text.index("\n[", start + 1)
    text = text[:start] + text[end + 1 :]
    # and the short way's list of the statements it plays, which names it too
    text = text.replace('"ask-for-job", ', "", 1)
    (copied / STEP1).write_text(text, encoding="utf-8")
    code, lines = validate(capsys, str(copied))
    assert code == 0, lines
    sv = next(line for line in lines if line.startswith("sv: "))
    # the statement and its workshop wording, each at its own line of the translation
    assert re.match(
        r"^sv: 2 translated parts are not used .*translations/sv/01-tuning-in.toml:(\d+) "
        r"workshop statement 'ask-for-job'; .*translations/sv/01-tuning-in.toml:(\d+) "
        r"statement 'ask-for-job'$",
        sv,
    )
    workshop_line, task_line = re.findall(r"01-tuning-in.toml:(\d+)", sv)
    assert workshop_line != task_line
    code, lines = validate(capsys, "--strict", str(copied))
    assert code == 1 and len(lines) == 2  # one line for each item, naming every language
    assert all("ask-for-job" in line and "fi-selko, sv, et" in line for line in lines)


def test_update_translations_keeps_what_a_translator_added_after_the_record(copied, capsys):
    sv = copied / "translations" / "sv" / STEP1
    add_statement_first(copied)
    with sv.open("a", encoding="utf-8") as file:
        file.write(
            '\n[[task.statements]]\nid = "counsellor-own"\ntext = "Man ska inte prata jobb på kafferasten."\n'
        )
    assert main(["levels", "update-translations", str(copied)]) == 0
    words = sv.read_text(encoding="utf-8")
    assert words.count("[translated-from]") == 1
    assert 'text = "Man ska inte prata jobb på kafferasten."' in words
    assert "\ntask.statements.counsellor-own.text " in words
    out = capsys.readouterr().out
    assert "sv: 01-tuning-in.toml task.statements.counsellor-own.explanation: not translated" in out
    assert "sv: 01-tuning-in.toml task.statements.counsellor-own.text" not in out
    content, _ = check_folder(copied, ("sv",))
    statement = content.level(1).task.statements[0]
    assert Translator("sv").pick(statement.text) == "Man ska inte prata jobb på kafferasten."
    assert Translator("sv").pick(statement.explanation).startswith("[English] Myth.")


def test_the_bundled_levels_pass_strict_validation(capsys):
    """Every bundled text in every language, and no translation older than its source (after
    changing a Finnish or English text, update its translations and run
    `steps-game levels update-translations`)."""
    assert validate(capsys, "--strict") == (0, ["7 levels, no problems."])
