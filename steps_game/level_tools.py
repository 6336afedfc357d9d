"""`steps-game levels ...`: the commands a counsellor uses to adapt the levels.

`copy DIR` writes an editable copy of the bundled levels (translations and the guide included) and
never overwrites anything. `update-translations [DIR]` records, at the end of every translation
file, which Finnish and English text each translation was made from (translation_record.py), and
lists the texts that need translating: missing in a language, or changed since translated.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from steps_game import translation_record, translations
from steps_game.fallbacks import FALLBACK_FILE
from steps_game.i18n import language_codes
from steps_game.level_reading import read_toml
from steps_game.level_schema import SCHEMA_FOLDER, write_schemas
from steps_game.paths import bundled_levels_dir
from steps_game.schema import SOURCE_LANGUAGES

GUIDE = "GUIDE.md"
_RECORD_NOTE = (
    "# Written by `steps-game levels update-translations`: which Finnish and English text each\n"
    "# translation above was made from (a hash of the source, and one of the translation). Leave\n"
    "# it as it is: when the Finnish or English text changes, the game shows it instead of an\n"
    "# outdated translation until the translation is updated and the command is run again.\n"
)


def copy_levels(target: Path) -> int:
    """Copy the bundled levels to `target`, which must not exist yet."""
    target = Path(target)
    if target.exists():
        print(
            f"steps-game: {target} already exists; nothing was copied (choose a new folder name, "
            "so that no edited level is overwritten)",
            file=sys.stderr,
        )
        return 1
    try:
        shutil.copytree(bundled_levels_dir(), target, ignore=shutil.ignore_patterns("__pycache__"))
        _add_schemas(target)
    except OSError as exc:
        print(f"steps-game: could not copy to {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Copied the levels to {target}.")
    print(f"Read {target / GUIDE} (in Finnish and English). Then edit, check and play:")
    print(f"  steps-game validate {target}")
    print(f"  steps-game --levels {target}")
    return 0


def _add_schemas(target: Path) -> None:
    """The level files' JSON Schemas beside the copy, each file pointing at its own: an editor
    with Taplo or "Even Better TOML" then completes keys and marks mistakes while typing."""
    write_schemas(target / SCHEMA_FOLDER)
    for path in sorted(target.glob("*.toml")):
        if path.name == FALLBACK_FILE:
            continue
        kind = path.stem if path.name in ("profile.toml", "glossary.toml") else "level"
        text = path.read_text(encoding="utf-8")
        path.write_text(f"#:schema ./{SCHEMA_FOLDER}/{kind}.schema.json\n{text}", "utf-8")


def update_translations(folder: Path, still_right: tuple[str, ...] = ()) -> int:
    """Record the source of every translation of `folder` and list what needs translating.

    `still_right`: places ("profile.toml dimensions.planning.name", as the list names them) whose
    translations someone checked after their source changed and found still right (a reworded
    English that the translation already said): they are recorded as made from the current text."""
    folder = Path(folder)
    if not folder.is_dir():
        print(f"steps-game: {folder} is not a folder (expected a level folder)", file=sys.stderr)
        return 1
    todo: list[str] = []
    broken = False
    for level_path in sorted(folder.glob("*.toml")):
        if level_path.name == FALLBACK_FILE:
            continue
        level, problems = read_toml(level_path, level_path.name)
        if level is None:
            broken = True
            print(f"{problems[0]} (fix it first; its translations were left as they are)")
            continue
        _with_source_translations(level, folder, level_path.name)
        for code in language_codes():
            if code in SOURCE_LANGUAGES:
                continue
            path = folder / translations.FOLDER / code / level_path.name
            overlay = None
            if path.is_file():
                overlay, problems = read_toml(path, f"{translations.FOLDER}/{code}/{path.name}")
                if overlay is None:
                    broken = True
                    print(f"{problems[0]} (left as it is)")
                    continue
                confirmed = {place for name, place in _places(still_right) if name == path.name}
                stale = _record(path, level, overlay, confirmed)
                todo += [
                    f"{code}: {path.name} {place}: changed since translated" for place in stale
                ]
            todo += [
                f"{code}: {level_path.name} {place}: not translated"
                for place in _untranslated(level, overlay or {}, code)
            ]
    for line in todo:
        print(line)
    print(f"{len(todo)} texts need translating." if todo else "Every translation is up to date.")
    return 1 if broken else 0


def _with_source_translations(level: dict, folder: Path, name: str) -> None:
    """Finnish or English that a level takes from a translation file, merged in: a translation
    is made from the level's texts as the game shows them."""
    for code, path in translations.translation_files(folder, name, SOURCE_LANGUAGES):
        overlay, _ = read_toml(path, path.name)
        if overlay is not None:
            translations.merge(level, overlay, code)


def _places(still_right: tuple[str, ...]) -> list[tuple[str, str]]:
    """("profile.toml", "dimensions.planning.name") from "profile.toml dimensions.planning.name"."""
    found = []
    for given in still_right:
        name, _, place = given.strip().partition(" ")
        found.append((name, place.strip()))
    return found


def _record(path: Path, level: dict, overlay: dict, confirmed: set[str]) -> list[str]:
    """Write the `[translated-from]` table of one translation file; return its stale places."""
    old = translation_record.read_record(overlay)
    stale = {place for place, _ in translation_record.stale_places(level, overlay)} - confirmed
    entries = []
    for place, text, words, _ in translation_record.translated_texts(level, overlay):
        # a stale translation keeps the source it was made from, so it stays stale
        value = old[place] if place in stale else translation_record.record_value(text, words)
        entries.append(f"{place} {value}")
    body = _without_record(path.read_text(encoding="utf-8")).rstrip("\n")
    table = (
        f"\n\n{_RECORD_NOTE}[{translation_record.TABLE}]\n{translation_record.SOURCES} = '''\n"
        + "\n".join(entries)
        + "\n'''\n"
    )
    updated = body + "\n" + (table if entries else "")
    if updated != path.read_text(encoding="utf-8"):
        path.write_text(updated, encoding="utf-8")
    return sorted(stale)


def _without_record(text: str) -> str:
    """A translation file without the table (and note) this command wrote. Only the table's own
    lines go: whatever a translator added after it stays."""
    lines = text.splitlines()
    heading = f"[{translation_record.TABLE}]"
    if heading not in lines:
        return text
    start = lines.index(heading)
    end = start + 1
    if end < len(lines) and lines[end].startswith(f"{translation_record.SOURCES} = '''"):
        end += 1
        while end < len(lines) and lines[end] != "'''":
            end += 1
        end += 1  # the closing quotes
    while end < len(lines) and not lines[end].strip():
        end += 1
    note = _RECORD_NOTE.splitlines()
    if lines[max(start - len(note), 0) : start] == note:
        start -= len(note)
    kept = lines[:start] + lines[end:]
    return "\n".join(kept).rstrip("\n") + "\n"


def _untranslated(level: dict, overlay: dict, code: str) -> list[str]:
    """Places of the level's texts that neither the level nor the translation gives in `code`."""
    translated = {place for place, *_ in translation_record.translated_texts(level, overlay)}
    return [
        place
        for place, text in translation_record.level_texts(level)
        if code not in text and place not in translated
    ]
