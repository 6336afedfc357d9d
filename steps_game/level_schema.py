"""JSON Schemas of the level files, made from the very models the loader validates with.

An editor that knows TOML schemas (Taplo, or "Even Better TOML" in VS Code) then completes keys
and marks mistakes while a counsellor types. `steps-game levels copy` puts them beside the copied
files; `python -m steps_game.level_schema` writes them to docs/schema/ (a test keeps those in step
with the models).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from steps_game.i18n import language_codes
from steps_game.language_rules import CATEGORIES, COUNT_KEY
from steps_game.level_models import GlossaryContent, Level, ProfileContent
from steps_game.schema import MAX_TEXT_LENGTH, SOURCE_LANGUAGES, TEXT_MARK

SCHEMA_FOLDER = "schema"
# which schema each kind of level file follows
SCHEMA_FILES = {
    "level.schema.json": Level,
    "profile.schema.json": ProfileContent,
    "glossary.schema.json": GlossaryContent,
}


def _words_schema() -> dict[str, Any]:
    """One language's words: a string, or plural forms keyed by CLDR category."""
    words = {"type": "string", "minLength": 1, "maxLength": MAX_TEXT_LENGTH}
    forms = {
        "type": "object",
        "description": 'Plural forms: count = "the placeholder that picks the form", then one '
        "text per plural category the language has.",
        "properties": {COUNT_KEY: {"type": "string"}, **dict.fromkeys(CATEGORIES, words)},
        "required": [COUNT_KEY, "other"],
        "additionalProperties": False,
    }
    return {"anyOf": [words, forms]}


def _text_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "description": 'A text the player reads: { fi = "...", en = "..." }; other languages '
        "may be left out (the game shows a fallback language, tagged).",
        "properties": {code: _words_schema() for code in language_codes()},
        "required": list(SOURCE_LANGUAGES),
        "additionalProperties": False,
    }


def _with_text_refs(value: Any) -> Any:
    """Every text's inline schema replaced by a reference to one `Text` definition."""
    if isinstance(value, dict):
        if value.get(TEXT_MARK):
            return {"$ref": "#/$defs/Text"}
        return {key: _with_text_refs(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_with_text_refs(item) for item in value]
    return value


def schema_of(model: Any, file_kind: str) -> dict[str, Any]:
    found = _with_text_refs(model.model_json_schema())
    found.setdefault("$defs", {})["Text"] = _text_schema()
    found["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    found["title"] = f"STEPS {file_kind}"
    return found


def schema_texts() -> dict[str, str]:
    """Each schema file's name and text, as written."""
    return {
        name: json.dumps(
            schema_of(model, name.split(".")[0] + " file"), indent=2, ensure_ascii=False
        )
        + "\n"
        for name, model in SCHEMA_FILES.items()
    }


def write_schemas(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in schema_texts().items():
        (folder / name).write_text(text, encoding="utf-8")


def main() -> int:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs") / SCHEMA_FOLDER
    write_schemas(target)
    print(f"wrote {', '.join(SCHEMA_FILES)} to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
