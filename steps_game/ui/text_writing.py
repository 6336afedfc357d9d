"""The current language's writing: its script picks fonts, its direction the alignment and order,
its language the digits of numbers drawn on their own."""

from __future__ import annotations

from steps_game import language_rules
from steps_game.ui.fonts import SCRIPT_FONTS

# The current language's writing: its script picks fonts, its direction the alignment and order.
_writing = ("latin", False)
# The current language, for the numbers drawn on their own (a chart's values, a step's circle).
_language = "en"


def set_writing(script: str, rtl: bool, language: str = "en") -> None:
    global _writing, _language
    _writing = (script, rtl)
    _language = language


def current_writing() -> tuple[str, bool]:
    """The current (script, right to left): the key the drawn texts are cached under."""
    return _writing


def number_text(value: int) -> str:
    """A number drawn on its own, in the current language's digits (Persian's, see
    language_rules), as the texts around it write theirs."""
    return language_rules.number(_language, value)


def is_rtl() -> bool:
    return _writing[1]


def current_script() -> str:
    return _writing[0]


def current_language() -> str:
    return _language


def own_labels() -> bool:
    """Whether the game draws button labels itself: pygame_gui cannot shape this script."""
    return _writing[0] in SCRIPT_FONTS


# Invisible, and kept by text_clean; a mark of the left-to-right direction (Unicode's LRM).
LEFT_TO_RIGHT_MARK = "\u200e"


def left_to_right(piece: str) -> str:
    """A piece that reads left to right inside any sentence (a folder's path, a file's name): on a
    right-to-left screen it stands between two left-to-right marks. Without them the Unicode
    Bidirectional Algorithm puts a path's leading or trailing slash on its other side ("/tmp/x"
    read "tmp/x/", "~/Documents" read "Documents/~"): a neutral character at the edge of a
    Latin run takes the right-to-left direction of the sentence around it (rule N1-N2)."""
    return f"{LEFT_TO_RIGHT_MARK}{piece}{LEFT_TO_RIGHT_MARK}" if piece and is_rtl() else piece
