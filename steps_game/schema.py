"""Building blocks shared by every level-file model: strict tables, ids and translated texts."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    ValidationInfo,
)
from pydantic_core import PydanticCustomError, core_schema

from steps_game import language_rules
from steps_game.i18n import Words, forms, language_codes, text_placeholders
from steps_game.language_rules import COUNT_KEY, is_plural

MAX_TEXT_LENGTH = 600
TEXT_MARK = "x-steps-text"  # marks a text's JSON schema (level_schema.py refers to one definition)
# The languages every level is written in; the others come from translation files.
SOURCE_LANGUAGES = ("fi", "en")

Id = Annotated[
    str,
    Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$", description="a short lowercase id"),
]


def closest(word: str, choices: Iterable[str]) -> str | None:
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    guess = closest(word, choices)
    return f"; did you mean '{guess}'?" if guess else ""


class Strict(BaseModel):
    """A level-file table: unknown keys are errors (a typo must not pass silently)."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, str_strip_whitespace=True)


def _check_plural(code: str, words: Any) -> None:
    """A text with a count in one language: a `count` naming its placeholder and exactly the
    plural categories the language's rule has (CLDR, through Babel)."""
    if not is_plural(words):
        raise PydanticCustomError(
            "text_plural",
            "'{code}' is neither words nor plural forms (expected a string, or a table with "
            "'count' and forms keyed by {categories})",
            {"code": code, "categories": ", ".join(language_rules.CATEGORIES)},
        )
    needed = language_rules.categories(code)
    given = tuple(key for key in language_rules.CATEGORIES if key in words)
    if given != needed:
        raise PydanticCustomError(
            "text_plural_forms",
            "plural forms in '{code}' are {given} (expected {expected}: the language's plural "
            "categories)",
            {"code": code, "given": ", ".join(given), "expected": ", ".join(needed)},
        )
    if not all(isinstance(form, str) for form in words.values()):
        raise PydanticCustomError(
            "text_plural", "plural forms in '{code}' must be strings", {"code": code}
        )
    count = words[COUNT_KEY]
    if not any(count in text_placeholders(form) for form in forms(words)):
        raise PydanticCustomError(
            "text_plural_count",
            "no form in '{code}' has the placeholder {count} that picks the form",
            {"code": code, "count": f"{{{count}}}"},
        )


def _stripped(words: Words) -> Words:
    if isinstance(words, str):
        return words.strip()
    return {key: form.strip() for key, form in words.items()}


class Text(dict):
    """A player-facing text: `{ fi = "...", en = "..." }`, Finnish and English always; the other
    languages come from translation files, or the game shows a fallback language, tagged. A text
    with a count gives each language its plural forms instead of one string:
    `{ fi = { count = "n", one = "...", other = "..." }, en = { ... } }` (language_rules)."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler):
        words = core_schema.union_schema(
            [
                core_schema.str_schema(),
                core_schema.dict_schema(core_schema.str_schema(), core_schema.str_schema()),
            ]
        )
        return core_schema.no_info_after_validator_function(
            cls._check, core_schema.dict_schema(core_schema.str_schema(), words)
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return {"type": "object", TEXT_MARK: True}

    @classmethod
    def _check(cls, value: dict[str, Words]) -> Text:
        shipped = language_codes()
        for code in value:
            if code not in shipped:
                raise PydanticCustomError(
                    "text_language",
                    "unknown language '{code}' (expected {expected}{hint})",
                    {
                        "code": code,
                        "expected": ", ".join(shipped),
                        "hint": did_you_mean(code, shipped),
                    },
                )
        # The languages a level is written in must be there for the level to make sense at all;
        # translations into the others are checked by the loader once the level is sound, so that
        # a lagging translation never hides a mistake in the level itself.
        for code in SOURCE_LANGUAGES:
            if code not in value:
                raise PydanticCustomError(
                    "text_missing_language",
                    "missing language '{code}' (expected a text in each of {expected}; the "
                    "other languages may be left out)",
                    {"code": code, "expected": ", ".join(SOURCE_LANGUAGES)},
                )
        for code, words in value.items():
            if not isinstance(words, str):
                _check_plural(code, words)
            for form in forms(words):
                if not form.strip():
                    raise PydanticCustomError(
                        "text_empty",
                        "empty text in '{code}' (expected words the player can read)",
                        {"code": code},
                    )
                if len(form) > MAX_TEXT_LENGTH:
                    raise PydanticCustomError(
                        "text_too_long",
                        "text in '{code}' is {length} characters (expected at most {limit})",
                        {"code": code, "length": len(form), "limit": MAX_TEXT_LENGTH},
                    )
        first = SOURCE_LANGUAGES[0]
        reference = text_placeholders(value[first])
        for code in SOURCE_LANGUAGES:
            if text_placeholders(value[code]) != reference:
                raise PydanticCustomError(
                    "text_placeholders",
                    "placeholders in '{code}' differ from '{first}' (expected {expected})",
                    {
                        "code": code,
                        "first": first,
                        "expected": ", ".join(sorted(f"{{{p}}}" for p in reference)) or "none",
                    },
                )
        return cls({code: _stripped(words) for code, words in value.items()})


def checked_copy(model: Any, **changes: Any) -> Any:
    """A level table with `changes`, checked again as it was when read (its other fields the
    same objects, not copies: a language read later reaches both)."""
    fields = {name: getattr(model, name) for name in type(model).model_fields}
    fields.update(changes)
    return type(model).model_validate(fields)


def unique_ids(items: Iterable[Any], what: str) -> None:
    """Raise when two items of a list share an id (a reference could not tell them apart)."""
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise PydanticCustomError(
                "duplicate_id",
                "duplicate {what} id '{id}' (expected every id once)",
                {"what": what, "id": item.id},
            )
        seen.add(item.id)


def check_reference(ref: str, known: Iterable[str], what: str) -> None:
    known = list(known)
    if ref not in known:
        raise PydanticCustomError(
            "unknown_reference",
            "no {what} with id '{ref}' (expected one of: {expected}{hint})",
            {
                "what": what,
                "ref": ref,
                "expected": ", ".join(known),
                "hint": did_you_mean(ref, known),
            },
        )


def _known_field(value: str, info: ValidationInfo) -> str:
    known = (info.context or {}).get("fields")
    if known is not None:
        check_reference(value, known, "field")
    return value


def _known_dimension(value: str, info: ValidationInfo) -> str:
    known = (info.context or {}).get("dimensions")
    if known is not None:
        check_reference(value, known, "profile dimension")
    return value


def _known_term(value: str, info: ValidationInfo) -> str:
    known = (info.context or {}).get("terms")
    if known is not None:
        check_reference(value, known, "glossary term")
    return value


# References to the fields and dimensions that levels/profile.toml defines; the loader passes
# those ids in the validation context so that a misspelt reference is caught with a suggestion.
FieldRef = Annotated[str, AfterValidator(_known_field)]
DimensionRef = Annotated[str, AfterValidator(_known_dimension)]
# A key term an option names: the id of a word in glossary.toml, whose Finnish the option shows
# beside the player's language (the setting "Finnish beside my language").
TermRef = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$",
        description="the id of a term in glossary.toml: its Finnish word is shown beside "
        "the words in another language",
    ),
    AfterValidator(_known_term),
]
