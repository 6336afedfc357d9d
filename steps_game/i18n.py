"""Interface texts per language, and picking a level text in the current language.

Catalogs live in assets/i18n/<code>/*.toml. Level texts live in the level files as
`{ fi = "...", en = "..." }` tables; both are read through a Translator so that one language
switch changes every text on screen.
"""

from __future__ import annotations

import contextlib
import string
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from pathlib import Path

from steps_game import language_rules
from steps_game.language_rules import COUNT_KEY, is_plural
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


# A text in one language: its words, or its plural forms (see language_rules).
Words = str | Mapping[str, str]


def forms(words: Words) -> list[str]:
    """Every form a text in one language is written in (one, unless it has plural forms)."""
    if isinstance(words, str):
        return [words]
    return [form for key, form in words.items() if key != COUNT_KEY]


def text_placeholders(words: Words) -> frozenset[str]:
    """The placeholders a text in one language takes: its forms' and the count that picks one
    (a form may say its number in words, "ساعتان", and leave the placeholder out)."""
    if isinstance(words, str):
        return placeholders(words)
    found = frozenset().union(*(placeholders(form) for form in forms(words)))
    return found | {words[COUNT_KEY]}


def fill(code: str, words: Words, params: Mapping[str, object]) -> str:
    """A text in language `code` with its parameters put in: the plural form its count asks for,
    numbers written the language's way, digits in the language's own (language_rules)."""
    if not isinstance(words, str):
        words = language_rules.choose_form(code, words, params)
    words = language_rules.digits(code, words)
    if not params:
        return words
    separator = catalog(code).get("meta.list_separator", ", ")
    return words.format(**language_rules.format_params(code, params, str(separator)))


def _flatten(table: Mapping[str, object], prefix: str = "") -> dict[str, Words]:
    flat: dict[str, Words] = {}
    for key, value in table.items():
        path = f"{prefix}{key}"
        if is_plural(value):
            flat[path] = {name: str(form) for name, form in value.items()}
        elif isinstance(value, Mapping):
            flat.update(_flatten(value, path + "."))
        else:
            flat[path] = str(value)
    return flat


def catalog_dir() -> Path:
    return assets_dir() / "i18n"


def _read_tables(paths: list[Path]) -> dict[str, Words]:
    merged: dict[str, Words] = {}
    for path in paths:
        found = _table(path.read_bytes().decode("utf-8"))
        clash = merged.keys() & found.keys()
        if clash:
            raise ValueError(f"{path}: keys defined twice: {', '.join(sorted(clash))}")
        merged.update(found)
    return merged


@lru_cache(maxsize=256)
def _table(text: str) -> dict[str, Words]:
    """One catalog file's texts, flattened; kept by its text, so that a language read ahead
    (see read_ahead) costs its switch only the merge. Callers copy it, never change it."""
    return _flatten(tomllib.loads(text))


def read_ahead(code: str) -> list[Callable[[], None]]:
    """Small jobs, one per catalog file, that parse a language's texts before it is chosen; the
    app runs them while it waits for the player (App.when_idle). A file that cannot be read is
    left for catalog() to report."""
    return [
        *(partial(_read_ahead, path) for path in sorted((catalog_dir() / code).glob("*.toml"))),
        partial(language_rules.warm_up, code),
    ]


def _read_ahead(path: Path) -> None:
    with contextlib.suppress(OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        _table(path.read_bytes().decode("utf-8"))


@cache
def catalog(code: str) -> dict[str, Words]:
    """One language's texts: every .toml file in assets/i18n/<code>/, merged. Read the first
    time the language is used: reading all ten at start took about 70 ms (python -m
    steps_game.bench), more than the title needs in all.

    A task kind keeps its interface words in a file of its own (task_<kind>.toml), so that adding
    a kind touches no shared catalog; meta.toml says how the language is named and written.
    """
    folder = catalog_dir() / code
    if code not in language_codes():
        raise KeyError(code)
    return _read_tables(sorted(folder.glob("*.toml")))


def load_catalogs() -> dict[str, dict[str, Words]]:
    """Every shipped language's texts, by language code (for checks that compare them)."""
    return {code: catalog(code) for code in language_codes()}


@cache
def languages() -> tuple[Language, ...]:
    """Every shipped language, in the order the language switch shows them (from each
    language's meta.toml alone)."""
    found = []
    for folder in sorted(p for p in catalog_dir().iterdir() if p.is_dir()):
        meta = _read_tables([folder / "meta.toml"])
        found.append(
            Language(
                code=folder.name,
                name=meta["meta.name"],
                direction=meta.get("meta.direction", "ltr"),
                order=int(meta.get("meta.order", "99")),
                script=meta.get("meta.script", "latin"),
            )
        )
    return tuple(sorted(found, key=lambda lang: lang.order))


def language(code: str) -> Language:
    return next(lang for lang in languages() if lang.code == code)


@cache
def in_every_language(key: str) -> dict[str, str]:
    """A plain catalog text in every language (language code -> words): interface words that
    name a choice's options (step 1's "Myth" and "Fact") go into the group's files in whichever
    language they are saved in. Reads every catalog once (each is cached)."""
    found = {code: catalog(code).get(key) for code in language_codes()}
    return {code: words for code, words in found.items() if isinstance(words, str)}


def language_codes() -> tuple[str, ...]:
    return tuple(lang.code for lang in languages())


@lru_cache(maxsize=8192)
def placeholders(text: str) -> frozenset[str]:
    """The named `{placeholders}` in a text, which must match between languages. Cached: reading
    a language compares those of every text of every level with the source's."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)


def default_fallbacks() -> dict[str, tuple[str, ...]]:
    """Where a level text missing in a language is taken from, in order: plain Finnish from
    Finnish, the others from English, then Finnish (a level folder may set its own)."""
    chains: dict[str, tuple[str, ...]] = {"fi": ("en",), "en": ("fi",), "fi-selko": ("fi", "en")}
    return {code: chains.get(code, ("en", "fi")) for code in language_codes()}


def group_version(key: str) -> str:
    """The key of a catalog text's group version where the catalogs have one, else `key`:
    after the first two parts (`task.week_planner.group.first_title` for
    `task.week_planner.first_title`), or after the first of a two-part key (`plan.group.heading`
    for `plan.heading`, `feedback.group.earned`)."""
    head, _, rest = key.partition(".")
    kind, _, rest = rest.partition(".")
    group = f"{head}.{kind}.group.{rest}" if rest else f"{head}.group.{kind}"
    return group if kind and group in catalog(FALLBACK_LANGUAGE) else key


class Translator:
    """Texts in the current language; the one object every view asks for words."""

    def __init__(self, language: str, fallbacks: dict[str, tuple[str, ...]] | None = None) -> None:
        self.language = language if language in language_codes() else FALLBACK_LANGUAGE
        # the level folder's chains (GameContent.fallbacks), set when the levels are read
        self.fallbacks = fallbacks or default_fallbacks()
        # In workshop mode a room plays for the model newcomer: a key with a group version in the
        # catalogs (`task.week_planner.group.first_choose.when` for `task.week_planner.
        # first_choose.when`) says it in the room's words instead of to one player ("you").
        self.group = False
        # Workshop mode: the language the facilitator shows under the first (headings,
        # statements, options, questions to talk about); None in normal play. Memory only.
        self.second: str | None = None

    def set_language(self, code: str) -> None:
        if code not in language_codes():
            raise ValueError(f"unknown language {code!r}")
        self.language = code
        if self.second == code:
            self.second = None  # the same language twice says nothing more

    def set_second(self, code: str | None) -> None:
        if code is not None and code not in language_codes():
            raise ValueError(f"unknown language {code!r}")
        self.second = None if code == self.language else code

    def join(self, items: list[str]) -> str:
        """Names in a list, with the language's own separator (an Arabic comma in Arabic)."""
        return self("meta.list_separator").join(items)

    def __call__(self, key: str, **params: object) -> str:
        return self.say_in(self.language, key, **params)

    def say_in(self, code: str, key: str, **params: object) -> str:
        """An interface text in language `code` (in English should its catalog lack it); in
        workshop mode, its group version where the catalogs have one."""
        if self.group:
            key = group_version(key)
        text = catalog(code).get(key)
        if text is None:  # the catalog test keeps this from happening in a release
            code, text = FALLBACK_LANGUAGE, catalog(FALLBACK_LANGUAGE).get(key, key)
        return fill(code, text, params)

    def pick(self, text: Mapping[str, Words], **params: object) -> str:
        """A level text in the current language. A text the level folder lacks in it (a
        counsellor's new card, or a translation older than its source) comes from the next
        language of the fallback chain, tagged with that language's name, so the player
        knows why it is in another language."""
        return self.pick_in(self.language, text, **params)

    def pick_in(self, code: str, text: Mapping[str, Words], **params: object) -> str:
        """A level text in language `code`, with that language's fallbacks (see pick)."""
        found, tag = code, ""
        if not text.get(found):
            found = ""
            for candidate in self.fallbacks.get(code, ("en", "fi")):
                if text.get(candidate):
                    found, tag = candidate, f"[{language(candidate).name}] "
                    break
        if not found:
            return ""
        chosen = fill(found, text[found], params)
        return tag + chosen if chosen else chosen

    # -- a second language under the first (workshop mode) --------------------------------
    def second_pick(self, text: Mapping[str, Words], **params: object) -> str:
        """A level text in the second language, to show under the first; "" with no second
        language, or when the second has no words of its own for it (its fallback would only
        repeat the first language's words)."""
        if self.second is None or not text.get(self.second):
            return ""
        words = self.pick_in(self.second, text, **params)
        return "" if words == self.pick(text, **params) else words

    def second_say(self, key: str, **params: object) -> str:
        """An interface text in the second language ("" with none, or when it reads the same
        as the first language's)."""
        if self.second is None:
            return ""
        words = self.say_in(self.second, key, **params)
        return "" if words == self(key, **params) else words

    def number(self, value: float) -> str:
        """A number written the current language's way (digits, decimal sign, grouping)."""
        return language_rules.number(self.language, value)

    def out_of_100(self, score: float) -> str:
        """A score out of 100 in the current language's digits ("۸۸ / ۱۰۰" in Persian)."""
        return f"{self.number(score)} / {self.number(100)}"

    def percent(self, value: float) -> str:
        """A percentage the current language's way ("200 %" in Finnish, "۲۰۰٪" in Persian)."""
        return language_rules.percent(self.language, value)

    def date(self, day) -> str:
        """A date in figures the current language's way (4.12.2026 in Finnish)."""
        return language_rules.date(self.language, day)
