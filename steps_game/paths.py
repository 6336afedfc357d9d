"""Where the game's bundled resources live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The bundled folder `name` (assets or levels).

    An installed wheel carries the folders inside the package; a source checkout (and an editable
    install) keeps them at the top level beside the package.
    """
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


def assets_dir() -> Path:
    return resource_dir("assets")


def bundled_levels_dir() -> Path:
    return resource_dir("levels")
