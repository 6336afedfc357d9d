"""The only reader of level files: TOML -> validated, typed content objects, or clear problems.

A level folder holds one TOML file per step and `profile.toml` (dimensions and fields). Every
problem found becomes one line `FILE: key.path: what is wrong (expected ...; did you mean ...?)`;
nothing here ever lets a traceback reach a person.
"""

from __future__ import annotations

import pickle
import sys
import typing
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    Field,
    ValidationError,
    ValidationInfo,
    model_validator,
)
from pydantic_core import PydanticCustomError

from steps_game import translations
from steps_game.i18n import forms, language_codes, text_placeholders
from steps_game.schema import (
    SOURCE_LANGUAGES,
    DimensionRef,
    Id,
    Strict,
    Text,
    did_you_mean,
    unique_ids,
)
from steps_game.tasks.registry import TASK_KINDS, TaskConfig
from steps_game.translations import merge, translation_files

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

STEP_COUNT = 7
PROFILE_FILE = "profile.toml"
GLOSSARY_FILE = "glossary.toml"
NOT_LEVELS = (PROFILE_FILE, GLOSSARY_FILE)
MAX_FILE_BYTES = 256 * 1024
FORMAT_VERSION = 1


def _inside_folder(value: str, info: ValidationInfo) -> str:
    folder = (info.context or {}).get("folder")
    if folder is None:
        return value
    root = Path(folder).resolve()
    target = (root / value).resolve()
    if Path(value).is_absolute() or not target.is_relative_to(root):
        raise PydanticCustomError(
            "asset_outside",
            "'{path}' points outside the level folder (expected a path inside it, like "
            "'images/step1.png')",
            {"path": value},
        )
    if not target.is_file():
        raise PydanticCustomError(
            "asset_missing",
            "no file '{path}' in the level folder (expected an existing file)",
            {"path": value},
        )
    return value


AssetPath = Annotated[str, AfterValidator(_inside_folder)]


class Dimension(Strict):
    id: Id
    name: Text
    meaning: Text
    low: Text
    mid: Text
    high: Text
    next_step: Text


class FieldChoice(Strict):
    id: Id
    name: Text


class Bands(Strict):
    """Score limits for the band lines: up to low_max is "low", up to mid_max "mid", then "high"."""

    low_max: int = Field(default=33, ge=0, le=99)
    mid_max: int = Field(default=66, ge=1, le=99)

    @model_validator(mode="after")
    def _ordered(self) -> Bands:
        if self.mid_max <= self.low_max:
            raise ValueError(f"mid_max {self.mid_max} must be above low_max {self.low_max}")
        return self


class PersonAction(Strict):
    """One thing to do with someone the player puts first in the plan."""

    id: Id
    label: Text
    # for whom the plan proposes it: "message" (written to in step 5), "event" (a new contact
    # of step 6), "weak" (met now and then or rarely), "close"
    fits: list[Literal["message", "event", "weak", "close"]] = Field(default_factory=list)


class PlanContent(Strict):
    person_actions: list[PersonAction] = Field(min_length=1, max_length=10)

    def model_post_init(self, _context: Any) -> None:
        unique_ids(self.person_actions, "person action")


class ProfileContent(Strict):
    format: Literal[1] = 1
    intro: Text
    bands: Bands = Bands()
    dimensions: list[Dimension] = Field(min_length=STEP_COUNT, max_length=STEP_COUNT)
    fields: list[FieldChoice] = Field(min_length=1, max_length=12)
    plan: PlanContent

    def model_post_init(self, _context: Any) -> None:
        unique_ids(self.dimensions, "dimension")
        unique_ids(self.fields, "field")


class WorkshopOptions(Strict):
    """The optional `[workshop]` table: how the step runs in workshop mode (steps-game --workshop).
    `minutes` is what the facilitator's timer (F6) counts down from; it never ends anything."""

    minutes: int = Field(default=2, ge=1, le=30)


class Term(Strict):
    id: Id
    finnish: str = Field(min_length=1, max_length=60)  # shown as it is, in every language
    meaning: Text


class GlossaryContent(Strict):
    """The networking words the game uses, in Finnish, with a plain meaning in each language."""

    format: Literal[1] = 1
    terms: list[Term] = Field(min_length=1, max_length=60)

    def model_post_init(self, _context: Any) -> None:
        unique_ids(self.terms, "term")


class Level(Strict):
    format: Literal[1] = 1
    id: Id
    step: int = Field(ge=1, le=STEP_COUNT)
    dimension: DimensionRef
    title: Text
    intro: Text
    tip: Text
    # What to keep doing: said where "what would earn more" has nothing left to say
    keep_doing: Text
    image: AssetPath | None = None
    discussion: list[Text] = Field(min_length=2, max_length=3)
    workshop: WorkshopOptions = WorkshopOptions()
    task: TaskConfig


@dataclass(frozen=True)
class GameContent:
    folder: Path
    profile: ProfileContent
    levels: tuple[Level, ...]  # in step order
    # The languages whose words are loaded: the game loads the one it shows (and the source
    # languages) at start and others when the player switches; `validate` and the tests load all.
    languages: list[str] = field(default_factory=lambda: list(language_codes()))
    glossary: GlossaryContent | None = None  # a level folder may come without one

    def level(self, step: int) -> Level:
        return self.levels[step - 1]

    def dimension(self, dimension_id: str) -> Dimension:
        return next(d for d in self.profile.dimensions if d.id == dimension_id)

    def field_choice(self, field_id: str) -> FieldChoice | None:
        return next((f for f in self.profile.fields if f.id == field_id), None)


@dataclass(frozen=True)
class Problem:
    file: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.path}: {self.message}"


class ContentError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


# --- turning pydantic's errors into sentences -----------------------------------------------

_TYPE_WORDS = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "string_type": "a text in quotes",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list in [brackets]",
    "dict_type": 'a table (for a text: { fi = "...", en = "..." })',
    "model_type": "a table",
    "model_attributes_type": "a table",
}


def _describe_annotation(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return _describe_annotation(typing.get_args(annotation)[0])
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in typing.get_args(annotation))
    if origin is list:
        return "a list of " + _describe_annotation(typing.get_args(annotation)[0]).removeprefix(
            "a "
        )
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if args and all(isinstance(a, type) and issubclass(a, BaseModel) for a in args):
            return "a table with a 'kind'"
        return _describe_annotation(args[0]) if args else "a value"
    if annotation is Text:
        return "a text in every language: " + ", ".join(language_codes())
    if annotation is bool:
        return "true or false"
    if annotation is int:
        return "a whole number"
    if annotation is float:
        return "a number"
    if annotation is str:
        return "a text in quotes"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "a table"
    return "a value"


def _model_at(root: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The table model that holds the last key of `loc`, walking lists and the task union."""
    current: Any = root
    for part in loc:
        while True:
            origin = typing.get_origin(current)
            if origin is Annotated or (origin is list and isinstance(part, str)):
                current = typing.get_args(current)[0]
            else:
                break
        if isinstance(part, int):
            if typing.get_origin(current) is list:
                current = typing.get_args(current)[0]
            continue
        if part in TASK_KINDS and not (
            isinstance(current, type) and issubclass(current, BaseModel)
        ):
            current = TASK_KINDS[part].config
            continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(part)
            if info is None:
                return None
            current = info.annotation
        else:
            return None
    while typing.get_origin(current) in (Annotated, list):
        current = typing.get_args(current)[0]
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _clean_loc(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    # A discriminated union puts the tag into the location; a person never wrote that key.
    cleaned = []
    for index, part in enumerate(loc):
        if part in TASK_KINDS and index > 0 and loc[index - 1] == "task":
            continue
        cleaned.append(part)
    return tuple(cleaned)


def _format_path(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"  # counted from 1, as a person counts items
        else:
            text += ("." if text else "") + str(part)
    return text or "(top)"


def _message(error: Mapping[str, Any], root: type[BaseModel], raw_loc: tuple[Any, ...]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    got = error.get("input")
    if kind == "missing":
        parent = _model_at(root, raw_loc[:-1])
        field_info = parent.model_fields.get(raw_loc[-1]) if parent else None
        expected = _describe_annotation(field_info.annotation) if field_info else "a value"
        return f"missing key {raw_loc[-1]!r} (expected {expected})"
    if kind == "extra_forbidden":
        parent = _model_at(root, raw_loc[:-1])
        names = list(parent.model_fields) if parent else []
        hint = did_you_mean(str(raw_loc[-1]), names)
        return f"unknown key {raw_loc[-1]!r} (expected one of: {', '.join(names)}{hint})"
    if kind == "union_tag_invalid":
        tags = list(TASK_KINDS)
        return (
            f"unknown task kind {ctx.get('tag')!r} (expected one of: {', '.join(tags)}"
            f"{did_you_mean(str(ctx.get('tag')), tags)})"
        )
    if kind == "union_tag_not_found":
        return f"missing key 'kind' (expected one of: {', '.join(TASK_KINDS)})"
    if kind in _TYPE_WORDS:
        return f"expected {_TYPE_WORDS[kind]}, got {got!r}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        parent = _model_at(root, raw_loc[:-1])
        field_info = parent.model_fields.get(raw_loc[-1]) if parent else None
        bounds = _bounds(field_info)
        return f"{got!r} is out of range (expected {bounds})"
    if kind in ("too_short", "too_long"):
        parent = _model_at(root, raw_loc[:-1])
        field_info = parent.model_fields.get(raw_loc[-1]) if parent else None
        return f"has {ctx.get('actual_length')} items (expected {_length_bounds(field_info)})"
    if kind == "string_pattern_mismatch":
        return (
            f"{got!r} is not a valid id (expected lowercase letters a-z, digits, '-' or '_', "
            "at most 40, like 'old-friend')"
        )
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        options = [o.strip(" '") for o in expected.replace(" or ", ",").split(",") if o.strip()]
        return f"{got!r} is not allowed (expected {expected}{did_you_mean(str(got), options)})"
    message = str(error.get("msg", "is not valid"))
    return message.removeprefix("Value error, ")


def _bounds(field_info: Any) -> str:
    low = high = None
    for meta in getattr(field_info, "metadata", []):
        low = getattr(meta, "ge", low)
        high = getattr(meta, "le", high)
    if low is not None and high is not None:
        return f"a number from {low} to {high}"
    if low is not None:
        return f"at least {low}"
    if high is not None:
        return f"at most {high}"
    return "a number in range"


def _length_bounds(field_info: Any) -> str:
    low = high = None
    for meta in getattr(field_info, "metadata", []):
        low = getattr(meta, "min_length", low)
        high = getattr(meta, "max_length", high)
    if low is not None and high is not None:
        return f"{low} to {high} items" if low != high else f"exactly {low} items"
    if low is not None:
        return f"at least {low} items"
    return f"at most {high} items"


def problems_from_validation(
    file: str, root: type[BaseModel], error: ValidationError
) -> list[Problem]:
    problems = []
    for item in error.errors(include_url=False):
        # the location with the union's tag finds the task config's fields; the printed path
        # leaves the tag out, as no person wrote it
        loc = tuple(item["loc"])
        shown = _clean_loc(loc)
        if item["type"].startswith("union_tag"):
            shown = (*shown, "kind")
        problems.append(Problem(file, _format_path(shown), _message(item, root, loc)))
    return problems


# --- reading files ----------------------------------------------------------------------------


def _read_toml(path: Path, label: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [
                Problem(label, "(file)", f"is {size} bytes (expected at most {MAX_FILE_BYTES})")
            ]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(label, "(file)", f"cannot be read ({exc.strerror or exc})")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [
            Problem(label, "(file)", f"is not UTF-8 text at byte {exc.start} (save it as UTF-8)")
        ]
    try:
        return pickle.loads(_parsed(text)), []
    except tomllib.TOMLDecodeError as exc:
        return None, [Problem(label, "(toml)", f"TOML syntax error: {exc}")]


@lru_cache(maxsize=256)
def _parsed(text: str) -> bytes:
    """A TOML text parsed once, kept pickled: reading a language's words again (a language
    switch back, a new game) costs an unpickling instead of the pure-Python parse, and every
    caller gets its own copy to merge translations into."""
    return pickle.dumps(tomllib.loads(text), protocol=pickle.HIGHEST_PROTOCOL)


def _read_with_translations(
    path: Path, folder: Path, languages: tuple[str, ...]
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """A level (or profile) file with the words of its translation files merged in."""
    data, problems = _read_toml(path, path.name)
    if data is None:
        return None, problems
    for code, overlay_path in translation_files(folder, path.name, languages):
        label = f"{translations.FOLDER}/{code}/{path.name}"
        overlay, found = _read_toml(overlay_path, label)
        problems += found
        if overlay is not None:
            problems += [
                Problem(label, where, message) for where, message in merge(data, overlay, code)
            ]
    return data, problems


def missing_translations(
    model: BaseModel, file: str, languages: tuple[str, ...] | None = None
) -> list[Problem]:
    """Every text of a sound level or profile that lacks one of `languages` (all shipped ones by
    default), or whose placeholders differ from the source's; one line each."""
    # The source languages are there, with matching placeholders, in every text that validated
    # (schema.Text): only the translations are left to check.
    shipped = [code for code in languages or language_codes() if code not in SOURCE_LANGUAGES]
    if not shipped:
        return []
    problems = []
    for path, text in _texts_with_paths(model, ()):
        reference = text_placeholders(text[SOURCE_LANGUAGES[0]])
        for code in shipped:
            words = text.get(code, "")
            written = any(form.strip() for form in forms(words))
            if written and text_placeholders(words) != reference:
                expected = ", ".join(sorted(f"{{{p}}}" for p in reference)) or "none"
                problems.append(
                    Problem(
                        file,
                        _format_path(path),
                        f"placeholders in '{code}' differ from "
                        f"'{SOURCE_LANGUAGES[0]}' (expected {expected})",
                    )
                )
            if not written:
                problems.append(
                    Problem(
                        file,
                        _format_path(path),
                        f"missing language '{code}' (expected a text in each of "
                        f"{', '.join(shipped)}; translations go in "
                        f"{translations.FOLDER}/{code}/{file})",
                    )
                )
    return problems


def _texts_with_paths(value: Any, path: tuple) -> Iterator[tuple[tuple, Text]]:
    if isinstance(value, Text):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in _field_names(type(value)):
            yield from _texts_with_paths(getattr(value, name), (*path, name))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _texts_with_paths(item, (*path, index))


@cache
def _field_names(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(model.model_fields)


def _validate(model: type[BaseModel], data: dict[str, Any], label: str, context: dict[str, Any]):
    try:
        validated = model.model_validate(data, context=context)
    except ValidationError as exc:
        return None, problems_from_validation(label, model, exc)
    missing = missing_translations(validated, label, context.get("languages"))
    return (None, missing) if missing else (validated, [])


Checked = tuple[GameContent | None, list[Problem]]
T = TypeVar("T")


def check_folder(folder: Path, languages: tuple[str, ...] | None = None) -> Checked:
    """Read and check a whole level folder; content only when there are no problems.

    `languages`: whose translations to load and require besides the source languages (default:
    every shipped language)."""
    return finish(_checking(Path(folder), languages))


def finish(steps: Generator[None, None, T]) -> T:
    """Run work written in steps (see loading_language) to its end, at once."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def _checking(folder: Path, languages: tuple[str, ...] | None) -> Generator[None, None, Checked]:
    """check_folder, pausing after each file it reads."""
    languages = _with_sources(languages)
    if not folder.is_dir():
        return None, [Problem(str(folder), "(folder)", "is not a folder (expected a level folder)")]
    problems: list[Problem] = []

    profile_path = folder / PROFILE_FILE
    profile = None
    if not profile_path.is_file():
        problems.append(
            Problem(
                PROFILE_FILE, "(file)", "is missing (expected the profile's dimensions and fields)"
            )
        )
    else:
        data, found = _read_with_translations(profile_path, folder, languages)
        problems += found
        if data is not None:
            profile, found = _validate(ProfileContent, data, PROFILE_FILE, {"languages": languages})
            problems += found
        yield

    context: dict[str, Any] = {"folder": folder, "languages": languages}
    if profile is not None:
        context["dimensions"] = [d.id for d in profile.dimensions]
        context["fields"] = [f.id for f in profile.fields]

    glossary = None
    if (folder / GLOSSARY_FILE).is_file():
        data, found = _read_with_translations(folder / GLOSSARY_FILE, folder, languages)
        problems += found
        if data is not None:
            glossary, found = _validate(GlossaryContent, data, GLOSSARY_FILE, context)
            problems += found
        yield

    levels: list[tuple[str, Level]] = []
    for path in sorted(folder.glob("*.toml")):
        if path.name in NOT_LEVELS:
            continue
        data, found = _read_with_translations(path, folder, languages)
        problems += found
        if data is None:
            continue
        level, found = _validate(Level, data, path.name, context)
        problems += found
        if level is not None:
            levels.append((path.name, level))
        yield

    all_read = not problems
    problems += _cross_file_problems(levels, profile, check_missing=all_read)
    if problems:
        return None, problems
    ordered = tuple(level for _, level in sorted(levels, key=lambda pair: pair[1].step))
    return GameContent(folder, profile, ordered, list(languages), glossary), []


def _with_sources(languages: tuple[str, ...] | None) -> tuple[str, ...]:
    shipped = language_codes()
    if languages is None:
        return shipped
    wanted = {*SOURCE_LANGUAGES, *languages}
    return tuple(code for code in shipped if code in wanted)


def load_language(content: GameContent, code: str) -> list[Problem]:
    """Add one language's words to loaded content, in place: the texts that scenes and task
    models already hold get the new language too. Problems, if its translation is broken."""
    return finish(loading_language(content, code))


MERGED_PER_STEP = 200  # texts given the new language per step of loading_language


def loading_language(content: GameContent, code: str) -> Generator[None, None, list[Problem]]:
    """load_language in steps of a few milliseconds each (a file read and checked, a few hundred
    texts merged), so that the game can read a language while the player is choosing one
    (App.read_languages_ahead). Running it twice for one language does no harm."""
    if code in content.languages:
        return []
    fresh, problems = yield from _checking(content.folder, (code,))
    if fresh is None:
        return problems
    pairs = zip(
        _texts_with_paths((content.profile, content.levels, content.glossary), ()),
        _texts_with_paths((fresh.profile, fresh.levels, fresh.glossary), ()),
        strict=True,
    )
    for index, ((_, old), (_, new)) in enumerate(pairs, start=1):
        old.update(new)
        if index % MERGED_PER_STEP == 0:
            yield
    if code not in content.languages:
        content.languages.append(code)
    return []


def _cross_file_problems(
    levels: list[tuple[str, Level]], profile: ProfileContent | None, *, check_missing: bool
) -> list[Problem]:
    problems = []
    first_with: dict[tuple[str, Any], str] = {}
    for name, level in levels:
        for key, value in (("id", level.id), ("step", level.step), ("dimension", level.dimension)):
            other = first_with.setdefault((key, value), name)
            if other != name:
                problems.append(
                    Problem(
                        name, key, f"{value!r} is used by {other} too (expected each {key} once)"
                    )
                )
    found_steps = {level.step for _, level in levels}
    # A file that did not validate has no known step: "missing step" lines would only mislead.
    if check_missing:
        for step in range(1, STEP_COUNT + 1):
            if step not in found_steps:
                problems.append(
                    Problem(
                        "(folder)",
                        "step",
                        f"no level for step {step} (expected steps 1 to {STEP_COUNT})",
                    )
                )
    return problems


def load_content(folder: Path, languages: tuple[str, ...] | None = None) -> GameContent:
    content, problems = check_folder(folder, languages)
    if problems:
        raise ContentError(problems)
    assert content is not None
    return content


# --- summaries ----------------------------------------------------------------------------


def iter_texts(value: Any) -> Iterator[Text]:
    """Every translated text inside a content object."""
    for _, text in _texts_with_paths(value, ()):
        yield text


def complete_languages(level: Level) -> list[str]:
    texts = list(iter_texts(level))
    return [
        code
        for code in language_codes()
        if all(all(form.strip() for form in forms(text.get(code, ""))) for text in texts)
    ]


def summary(content: GameContent) -> dict[str, Any]:
    return {
        "folder": str(content.folder),
        "levels": [
            {
                "step": level.step,
                "id": level.id,
                "title": dict(level.title),
                "task_kind": level.task.kind,
                "languages": complete_languages(level),
            }
            for level in content.levels
        ],
    }


def check_level_file(
    path: Path, profile_folder: Path | None = None
) -> tuple[Level | None, list[Problem]]:
    """One level file on its own, checked against the profile of `profile_folder` (default: its own
    folder). Lets a task's tests load their level while other levels are being written."""
    path = Path(path)
    profile_folder = Path(profile_folder or path.parent)
    context: dict[str, Any] = {"folder": path.parent}
    languages = language_codes()
    profile_data, problems = _read_with_translations(
        profile_folder / PROFILE_FILE, profile_folder, languages
    )
    if profile_data is not None:
        profile, found = _validate(ProfileContent, profile_data, PROFILE_FILE, {})
        problems += found
        if profile is not None:
            context["dimensions"] = [d.id for d in profile.dimensions]
            context["fields"] = [f.id for f in profile.fields]
    # A copy of one level made elsewhere (a test, a counsellor's draft) keeps the translations of
    # the folder it is checked against.
    beside = path.parent if (path.parent / translations.FOLDER).is_dir() else profile_folder
    data, found = _read_with_translations(path, beside, languages)
    problems += found
    if data is None:
        return None, problems
    level, found = _validate(Level, data, path.name, context)
    problems += found
    return (None, problems) if problems else (level, [])
