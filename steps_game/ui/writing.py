"""Drawing a page in a given language outside the game's window: a printed page or the group
summary's picture is in the language of its document, whatever the game around it shows; and a
second language's lines on the game's own screen (workshop mode) in that language's writing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from steps_game.i18n import language
from steps_game.ui import text


@contextmanager
def written_in(code: str) -> Iterator[None]:
    """The script and direction of language `code`, at 100 % text, while drawing; the game's
    own are given back afterwards."""
    script, rtl, own = text.current_script(), text.is_rtl(), text.current_language()
    scale = text.text_scale()
    writing = language(code)
    text.set_writing(writing.script, writing.direction == "rtl", code)
    text.set_text_scale(1.0)
    try:
        yield
    finally:
        text.set_writing(script, rtl, own)
        text.set_text_scale(scale)


@contextmanager
def lines_in(code: str | None) -> Iterator[None]:
    """The script and direction of language `code` while measuring and drawing, at the game's
    text size: a second language's line (workshop mode) is shaped and aligned in its own
    direction on a screen laid out in the first's. None changes nothing."""
    if code is None:
        yield
        return
    script, rtl, own = text.current_script(), text.is_rtl(), text.current_language()
    writing = language(code)
    text.set_writing(writing.script, writing.direction == "rtl", code)
    try:
        yield
    finally:
        text.set_writing(script, rtl, own)
