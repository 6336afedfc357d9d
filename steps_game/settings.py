"""The player's settings as saved data: read before the first frame, so kept free of pydantic.

The settings decide how the very first frame looks (window or full screen, language, text size,
colours), so they are read before anything else. Importing pydantic and building its models took
about 60 ms of start-up (python -m steps_game.bench), more than a third of the whole budget, for
eight plain fields; they are checked here field by field instead. A file with a value of the wrong
type or out of range is moved aside (never deleted) and the defaults are used, as for a file that
is not JSON at all; keys this game does not know are ignored (a newer game may have added them).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from steps_game.storage import Storage

SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1
TEXT_SIZES = range(100, 201)  # percent


@dataclass
class Settings:
    language: str = "fi"
    fullscreen: bool = False
    text_size: int = 100  # percent, see TEXT_SIZES
    high_contrast: bool = False
    voice: bool = False  # read the focused item and new screens aloud
    finnish_beside: bool = True  # Finnish key words beside another language
    reduced_motion: bool = False  # results drawn whole at once instead of growing (ui/motion.py)
    # The player has picked the language (the language list); until then a start asks for it
    # (steps_game/first_start.py). A file of an earlier game has no such key but names the
    # language the player was using, which counts as chosen: nobody is asked again.
    language_chosen: bool = False

    @classmethod
    def from_saved(cls, data: Any) -> Settings:
        """Settings from a saved table; ValueError names the first value that cannot be used."""
        if not isinstance(data, dict):
            raise ValueError("settings are a table")
        if data.get("version", SETTINGS_VERSION) != SETTINGS_VERSION:
            raise ValueError(f"settings version {data.get('version')!r} is not {SETTINGS_VERSION}")
        found: dict[str, Any] = {}
        for spec in fields(cls):
            if spec.name not in data:
                continue
            value = data[spec.name]
            wanted = type(spec.default)
            # type() rather than isinstance(): True is an int to Python, but not a text size
            if type(value) is not wanted:
                raise ValueError(f"{spec.name} is {value!r}, not a {wanted.__name__}")
            found[spec.name] = value
        if "language" in data and "language_chosen" not in data:
            found["language_chosen"] = True
        settings = cls(**found)
        if settings.text_size not in TEXT_SIZES:
            raise ValueError(f"text_size {settings.text_size} is not within 100-200")
        if not settings.language:
            raise ValueError("language is empty")
        return settings

    def to_saved(self) -> dict[str, Any]:
        return {"version": SETTINGS_VERSION, **asdict(self)}


def load_settings(storage: Storage) -> Settings:
    data, problem = storage.read_json(SETTINGS_FILE)
    if data is None:
        if problem is not None:
            storage.move_aside(SETTINGS_FILE)
        return Settings()
    try:
        return Settings.from_saved(data)
    except ValueError:
        storage.move_aside(SETTINGS_FILE)
        return Settings()


def save_settings(storage: Storage, settings: Settings) -> None:
    storage.write_json(SETTINGS_FILE, settings.to_saved())
