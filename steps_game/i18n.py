"""Interface texts per language, and picking a level text in the current language.

Catalogs live in assets/i18n/<code>/*.toml. Level texts live in the level files as
`{ fi = "...", en = "..." }` tables; both are read through a Translator so that one language
switch changes every text on screen.
"""

from __future__ import annotations

import string
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from steps_game.paths import assets_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # the language's own name for itself, shown in the language switch
    direction: str  # "ltr" or "rtl"
    order: int
    script: str = "latin"  # picks the font: "latin" (Latin and Cyrillic) or "arabic"


def _flatten(table: Mapping[str, object], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, path + "."))
        else:
            flat[path] = str(value)
    return flat


def catalog_dir() -> Path:
    return assets_dir() / "i18n"


@cache
def load_catalogs(folder: Path | None = None) -> dict[str, dict[str, str]]:
    """Each language's texts: every .toml file in assets/i18n/<code>/, merged.

    A task kind keeps its interface words in a file of its own (task_<kind>.toml), so that adding
    a kind touches no shared catalog.
    """
    folder = folder or catalog_dir()
    catalogs: dict[str, dict[str, str]] = {}
    for language_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        merged: dict[str, str] = {}
        for path in sorted(language_dir.glob("*.toml")):
            with path.open("rb") as handle:
                found = _flatten(tomllib.load(handle))
            clash = merged.keys() & found.keys()
            if clash:
                raise ValueError(f"{path}: keys defined twice: {', '.join(sorted(clash))}")
            merged.update(found)
        catalogs[language_dir.name] = merged
    return catalogs


@cache
def languages() -> tuple[Language, ...]:
    """Every shipped language, in the order the language switch shows them."""
    found = []
    for code, catalog in load_catalogs().items():
        found.append(
            Language(
                code=code,
                name=catalog["meta.name"],
                direction=catalog.get("meta.direction", "ltr"),
                order=int(catalog.get("meta.order", "99")),
                script=catalog.get("meta.script", "latin"),
            )
        )
    return tuple(sorted(found, key=lambda lang: lang.order))


def language(code: str) -> Language:
    return next(lang for lang in languages() if lang.code == code)


def language_codes() -> tuple[str, ...]:
    return tuple(lang.code for lang in languages())


def placeholders(text: str) -> set[str]:
    """The named `{placeholders}` in a text, which must match between languages."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class Translator:
    """Texts in the current language; the one object every view asks for words."""

    def __init__(self, language: str) -> None:
        self._catalogs = load_catalogs()
        self.language = language if language in self._catalogs else FALLBACK_LANGUAGE

    def set_language(self, code: str) -> None:
        if code not in self._catalogs:
            raise ValueError(f"unknown language {code!r}")
        self.language = code

    def __call__(self, key: str, **params: object) -> str:
        text = self._catalogs[self.language].get(key)
        if text is None:  # the catalog test keeps this from happening in a release
            text = self._catalogs[FALLBACK_LANGUAGE].get(key, key)
        return text.format(**params) if params else text

    def pick(self, text: Mapping[str, str], **params: object) -> str:
        """A level text in the current language (the loader guarantees every language)."""
        chosen = text.get(self.language) or text.get(FALLBACK_LANGUAGE) or ""
        return chosen.format(**params) if params else chosen
