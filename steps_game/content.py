"""The only reader of level folders: TOML -> validated, typed content objects, or clear problems.

A level folder holds one TOML file per step, `profile.toml` (dimensions and fields), an optional
`glossary.toml` and `translations/`. A folder other than the bundled one may hold only what it
changes: the steps, profile and glossary it lacks come from the bundled levels. Every problem is
one `Problem` (level_problems.py); missing and outdated translations are notes that still play.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from steps_game import content_cache, translation_record, translations
from steps_game.fallbacks import FALLBACK_FILE, read_fallbacks
from steps_game.i18n import language_codes
from steps_game.level_links import link_problems
from steps_game.level_models import (
    STEP_COUNT,
    GameContent,
    GlossaryContent,
    Level,
    PersonAction,
    ProfileContent,
    Strict,
)
from steps_game.level_problems import ContentError, Problem, problems_from_validation
from steps_game.level_reading import MAX_FILE_BYTES, _parsed, read_toml
from steps_game.paths import bundled_levels_dir
from steps_game.schema import SOURCE_LANGUAGES, Text
from steps_game.translation_coverage import missing_translations, texts_with_paths
from steps_game.translations import merge, translation_files

__all__ = [
    "MAX_FILE_BYTES",
    "STEP_COUNT",
    "ContentError",
    "GameContent",
    "Level",
    "PersonAction",
    "Problem",
    "_parsed",
    "check_folder",
    "load_content",
    "load_language",
    "loading_language",
]

PROFILE_FILE = "profile.toml"
GLOSSARY_FILE = "glossary.toml"
NOT_LEVELS = (PROFILE_FILE, GLOSSARY_FILE, FALLBACK_FILE)
FORMAT_VERSION = 1


@cache
def known_keys() -> frozenset[str]:
    """Every key some level-file table may have (for "did you mean" in translations)."""
    found: set[str] = set()
    todo = list(Strict.__subclasses__())
    while todo:
        model = todo.pop()
        found.update(model.model_fields)
        todo.extend(model.__subclasses__())
    return frozenset(found)


def _overlay_paths(
    path: Path, languages: tuple[str, ...], folder: Path | None = None
) -> list[tuple[str, Path, bool]]:
    """(code, path, whether the folder's own) of each translation merged into a level (or
    profile) file, from the translations of `folder` (default: the file's own), sources first:
    Finnish or English from a translation file first, as the others were translated from them.
    A file of a partial folder without translations of its own takes those of the bundled file of
    its name."""
    folder = path.parent if folder is None else folder
    own = dict(translation_files(folder, path.name, languages))
    bundled = Path(bundled_levels_dir())
    borrowed = {}
    if Path(folder).resolve() != bundled.resolve() and (bundled / path.name).is_file():
        borrowed = {
            code: found
            for code, found in translation_files(bundled, path.name, languages)
            if code not in own
        }
    found = []
    for code in sorted(languages, key=lambda code: code not in SOURCE_LANGUAGES):
        overlay_path = own.get(code) or borrowed.get(code)
        if overlay_path is not None:
            found.append((code, overlay_path, code in own))
    return found


def _read_with_translations(
    path: Path, overlays: list[tuple[str, Path, bool]], stale: set | None = None
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """A level (or profile) file with the words of its translation files (`_overlay_paths`)
    merged in, but for translations older than their source text (named in notes, and added to
    `stale` as (language, place))."""
    data, problems = read_toml(path, path.name)
    if data is None:
        return None, problems
    for code, overlay_path, is_own in overlays:
        label = f"{translations.FOLDER}/{code}/{path.name}"
        overlay, found = read_toml(overlay_path, label)
        problems += found
        if overlay is None:
            continue
        for place, item in translation_record.stale_places(data, overlay):
            translation_record.drop(overlay, place)
            if stale is not None:
                stale.add((code, place))
            problems.append(
                Problem(
                    label,
                    place,
                    "translation is older than its Finnish and English text (the game shows "
                    "the current text there; update it, then run `steps-game levels "
                    "update-translations DIR`)",
                    blocking=False,
                    language=code,
                    item=item,
                )
            )
        merged = merge(data, overlay, code, known_keys())
        if is_own:
            problems += [_merge_problem(label, code, where, message) for where, message in merged]
        # a borrowed translation that no longer fits the changed level is not the folder's
        # mistake: the texts it cannot fill show in a fallback language, as notes say
    return data, problems


def _merge_problem(label: str, code: str, where: str, message: str) -> Problem:
    """A translation that does not fit its level. One left over from an item or key the level
    no longer has (a counsellor removed a statement) is a note: the game plays without it."""
    if message.startswith(translations.LEFT_OVER):
        item = message.split("'")[1] if "with id '" in message else ""
        return Problem(label, where, message, item=item, blocking=False, language=code)
    return Problem(label, where, message)


def _validate(model: type[BaseModel], data: dict[str, Any], label: str, context: dict[str, Any]):
    try:
        validated = model.model_validate(data, context=context)
    except ValidationError as exc:
        return None, problems_from_validation(label, model, exc, data)
    except RecursionError:
        return None, [Problem(label, "(file)", "is nested too deeply to check")]
    notes = missing_translations(
        validated, label, context.get("languages"), context.get("stale", ())
    )
    return validated, notes


Checked = tuple[GameContent | None, list[Problem]]
T = TypeVar("T")


def blocking(problems: list[Problem]) -> list[Problem]:
    return [problem for problem in problems if problem.blocking]


def check_folder(folder: Path, languages: tuple[str, ...] | None = None) -> Checked:
    """Read and check a whole level folder; content only when no problem blocks it (notes about
    missing or outdated translations come with the content).

    `languages`: whose translations to load and check besides the source languages (default:
    every shipped language)."""
    return finish(_checking(Path(folder), languages))


def finish(steps: Generator[None, None, T]) -> T:
    """Run work written in steps (see loading_language) to its end, at once."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def _own_or_bundled(folder: Path, name: str) -> Path | None:
    for where in (folder, Path(bundled_levels_dir())):
        if (where / name).is_file():
            return where / name
    return None


def _checking(folder: Path, languages: tuple[str, ...] | None) -> Generator[None, None, Checked]:
    """check_folder, pausing after each file it reads; a folder checked before and unchanged
    since gives a copy of its result at once (content_cache)."""
    languages = _with_sources(languages)
    kept, key = content_cache.recall(folder, Path(bundled_levels_dir()), languages)
    if kept is not None:
        return kept
    checked = yield from _checking_files(folder, languages)
    content_cache.keep(key, checked)
    return checked


def _checking_files(folder: Path, languages: tuple[str, ...]) -> Generator[None, None, Checked]:
    if not folder.is_dir():
        return None, [Problem(str(folder), "(folder)", "is not a folder (expected a level folder)")]
    problems: list[Problem] = []
    fallbacks, found = read_fallbacks(folder)
    problems += found

    profile_path = _own_or_bundled(folder, PROFILE_FILE)
    profile = None
    if profile_path is None:
        problems.append(
            Problem(
                PROFILE_FILE, "(file)", "is missing (expected the profile's dimensions and fields)"
            )
        )
    else:
        given = {"languages": languages}
        profile, found, _ = _check_file(profile_path, ProfileContent, PROFILE_FILE, given)
        problems += found
        yield

    context: dict[str, Any] = {"languages": languages}
    if profile is not None:
        context["dimensions"] = [d.id for d in profile.dimensions]
        context["fields"] = [f.id for f in profile.fields]

    glossary = None
    glossary_path = _own_or_bundled(folder, GLOSSARY_FILE)
    if glossary_path is not None:
        glossary, found, _ = _check_file(glossary_path, GlossaryContent, GLOSSARY_FILE, context)
        problems += found
        yield
    if glossary is not None:  # an option's `term` names one of its words
        context["terms"] = [term.id for term in glossary.terms]

    levels: list[tuple[str, Level]] = []
    steps_given: set[Any] = set()
    listings: dict[Path, tuple] = {}  # each folder's files, for the asset paths' check
    for path in _level_files(folder):
        level, found, step = _check_file(path, Level, path.name, context, listings)
        problems += found
        steps_given.add(step)
        if level is not None:
            levels.append((path.name, level))
        yield
    bundled = Path(bundled_levels_dir())
    if folder.resolve() != bundled.resolve():
        # a partial folder: the steps it does not hold come from the bundled levels
        for path in _level_files(bundled):
            data, _ = read_toml(path, path.name)
            if data is None or data.get("step") in steps_given:
                continue
            level, found, step = _check_file(path, Level, path.name, context, listings)
            problems += found
            if level is not None:
                levels.append((path.name, level))
            yield

    all_read = not blocking(problems)
    problems += _cross_file_problems(levels, profile, check_missing=all_read)
    if blocking(problems):
        return None, problems
    ordered = tuple(level for _, level in sorted(levels, key=lambda pair: pair[1].step))
    content = GameContent(folder, profile, ordered, list(languages), glossary, fallbacks)
    return content, problems


def _level_files(folder: Path) -> list[Path]:
    return [path for path in sorted(folder.glob("*.toml")) if path.name not in NOT_LEVELS]


def _check_file(
    path: Path,
    model: type[T],
    label: str,
    context: dict[str, Any],
    listings: dict[Path, tuple] | None = None,
) -> tuple[T | None, list[Problem], Any]:
    """One file (a level, the profile or the glossary) with its translations, checked; and the
    step it says it is (even when broken). `listings`: given for levels, whose asset paths are
    checked against the files of their folder. A file checked before, with the same bytes, the
    same translations and the same context, gives a copy of that result (content_cache)."""
    languages = context["languages"]
    overlays = _overlay_paths(path, languages)

    def key() -> tuple[Any, ...] | None:  # (made from a file's second check on: not at start)
        terms: tuple[Any, ...] = tuple(
            None if context.get(name) is None else tuple(context[name])
            for name in ("dimensions", "fields", "terms")
        )
        if listings is not None:
            if path.parent not in listings:
                listings[path.parent] = content_cache.folder_listing(path.parent)
            terms += (listings[path.parent],)
        return content_cache.file_key(path, overlays, languages, terms)

    kept, keep_key = content_cache.recall_file((path.name, languages), key)
    if kept is not None:
        return kept
    stale: set = set()
    data, problems = _read_with_translations(path, overlays, stale)
    if data is None:
        result: tuple[Any, list[Problem], Any] = (None, problems, None)
    else:
        given = {**context, "stale": stale}
        if listings is not None:
            given["folder"] = path.parent
        validated, found = _validate(model, data, label, given)
        result = (validated, problems + found, data.get("step"))
    content_cache.keep_file(keep_key, result)
    return result


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
        return blocking(problems)
    pairs = zip(
        texts_with_paths((content.profile, content.levels, content.glossary)),
        texts_with_paths((fresh.profile, fresh.levels, fresh.glossary)),
        strict=True,
    )
    for index, ((_, _, old), (_, _, new)) in enumerate(pairs, start=1):
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
    return problems + link_problems(levels)


def load_content(folder: Path, languages: tuple[str, ...] | None = None) -> GameContent:
    content, problems = check_folder(folder, languages)
    if problems:
        raise ContentError(problems)
    assert content is not None
    return content


# --- summaries ----------------------------------------------------------------------------


def iter_texts(value: Any) -> Iterator[Text]:
    """Every translated text inside a content object."""
    for _, _, text in texts_with_paths(value):
        yield text
