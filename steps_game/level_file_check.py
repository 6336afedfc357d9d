"""One level file checked on its own, against the profile and glossary of a folder: a task's
tests load their level while other levels are being written, and a counsellor's draft of one
level is checked beside the folder it is meant for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from steps_game import translations
from steps_game.content import (
    GLOSSARY_FILE,
    PROFILE_FILE,
    _overlay_paths,
    _own_or_bundled,
    _read_with_translations,
    _validate,
    blocking,
)
from steps_game.i18n import language_codes
from steps_game.level_models import GlossaryContent, Level, ProfileContent
from steps_game.level_problems import Problem
from steps_game.level_reading import read_toml


def check_level_file(
    path: Path, profile_folder: Path | None = None
) -> tuple[Level | None, list[Problem]]:
    """One level file on its own, checked against the profile of `profile_folder` (default: its own
    folder). Lets a task's tests load their level while other levels are being written."""
    path = Path(path)
    profile_folder = Path(profile_folder or path.parent)
    context: dict[str, Any] = {"folder": path.parent}
    languages = language_codes()
    profile_path = profile_folder / PROFILE_FILE
    profile_data, problems = _read_with_translations(
        profile_path, _overlay_paths(profile_path, languages)
    )
    if profile_data is not None:
        profile, found = _validate(ProfileContent, profile_data, PROFILE_FILE, {})
        problems += found
        if profile is not None:
            context["dimensions"] = [d.id for d in profile.dimensions]
            context["fields"] = [f.id for f in profile.fields]
    if (terms := _glossary_terms(profile_folder)) is not None:
        context["terms"] = terms  # the ids `term` may name
    # A copy of one level made elsewhere (a test, a counsellor's draft) keeps the translations of
    # the folder it is checked against.
    beside = path.parent if (path.parent / translations.FOLDER).is_dir() else profile_folder
    data, found = _read_with_translations(path, _overlay_paths(path, languages, beside))
    problems += found
    if data is None:
        return None, problems
    level, found = _validate(Level, data, path.name, context)
    problems += found
    return (None, problems) if blocking(problems) else (level, problems)


def _glossary_terms(folder: Path) -> list[str] | None:
    """The term ids of the glossary beside `folder` (or the bundled one); None if unsound."""
    path = _own_or_bundled(folder, GLOSSARY_FILE)
    data = read_toml(path, GLOSSARY_FILE)[0] if path is not None else None
    try:
        return [term.id for term in GlossaryContent.model_validate(data).terms]
    except ValidationError:
        return None
