"""The language a game starts in when the player has never chosen one: the computer's own.

Many players are still learning Finnish, so a first start asks for the language (the language
list comes first, see launch.py) with the computer's language already picked when the game has it.
The computer's language is read as gettext reads it: the LANGUAGE list, then LC_ALL, LC_MESSAGES
and LANG, then Python's idea of the locale (on Windows the only one there is).
"""

from __future__ import annotations

import contextlib
import locale
import os
from collections.abc import Callable, Mapping

from steps_game.i18n import language_codes
from steps_game.settings import Settings

HOME_LANGUAGE = "fi"  # the game's own: when the computer says nothing about its language
SHARED_LANGUAGE = "en"  # when the computer's language is one the game does not have
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# Locales that name no language: a server's or a container's default.
NO_LANGUAGE = {"", "c", "posix"}
# Windows names its locales in English words ("Finnish_Finland"); other codes that mean a
# language the game has under another code (Iranian Persian and Dari are written as Persian).
ALIASES = {
    "finnish": "fi",
    "swedish": "sv",
    "english": "en",
    "estonian": "et",
    "russian": "ru",
    "ukrainian": "uk",
    "arabic": "ar",
    "persian": "fa",
    "farsi": "fa",
    "pes": "fa",
    "prs": "fa",
    "somali": "so",
}


def _language_part(name: str) -> str:
    """'fi_FI.UTF-8@euro' -> 'fi'; 'Finnish_Finland.1252' -> 'finnish'."""
    name = name.split(".")[0].split("@")[0]
    return name.replace("-", "_").split("_")[0].strip().lower()


def locale_names(
    environ: Mapping[str, str] = os.environ,
    getlocale: Callable[[], tuple[str | None, str | None]] = locale.getlocale,
) -> list[str]:
    """The languages the computer is set to, most wanted first, as lower-case language parts."""
    names: list[str] = []
    for variable in LOCALE_VARIABLES:
        names += environ.get(variable, "").split(":")
    with contextlib.suppress(ValueError):  # a locale Python cannot parse says nothing useful
        names.append(getlocale()[0] or "")
    parts = [_language_part(name) for name in names]
    return [ALIASES.get(part, part) for part in parts if part not in NO_LANGUAGE]


def computer_language(
    environ: Mapping[str, str] = os.environ,
    getlocale: Callable[[], tuple[str | None, str | None]] = locale.getlocale,
) -> str:
    """The game's language closest to the computer's: the first of its languages the game has;
    English when the computer names only languages the game lacks (more players read English
    than Finnish then); Finnish when it names none at all."""
    names = locale_names(environ, getlocale)
    shipped = language_codes()
    for name in names:
        if name in shipped:
            return name
    return SHARED_LANGUAGE if names else HOME_LANGUAGE


def start_language(settings: Settings) -> str:
    """The player's language; before they have chosen one, the computer's."""
    return settings.language if settings.language_chosen else computer_language()
