"""Line breaking: the lines a text breaks into in its box, as the game's own wrapping finds them
(texts drawn word by word, see text_shaping; SDL_ttf wraps the others itself)."""

from __future__ import annotations

from steps_game.ui.fonts import font
from steps_game.ui.reading_order import break_words, wrap
from steps_game.ui.text_clean import clean
from steps_game.ui.text_shaping import _line_height, _word_width, _writing_of
from steps_game.ui.text_writing import current_writing


def _word_lines(text, size, bold, width, script, rtl) -> list[str]:
    """The lines of `text` wrapped to `width`, each in logical order (the order it is typed):
    words are measured as _word draws them and broken at spaces."""
    space = font(size, bold).size(" ")[0]
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = break_words(paragraph)
        wrapped = (
            wrap(words, width, lambda w: _word_width(w, size, bold, script, rtl), space)
            if width
            else [words]
        )
        lines.extend(" ".join(line) for line in _without_hanging_dots(wrapped or [[]]))
    return lines


SEPARATOR = "·"  # between the parts of a status line ("To place: 15 · On the map: 0")


def _without_hanging_dots(lines: list[list[str]]) -> list[list[str]]:
    """A separating dot where a line breaks is left out: the break parts the two already, and
    the dot hung alone at the line's end ("للوضع: 15 ·": nineteenth and twentieth Arabic
    play-tests, step 3's list)."""
    kept = []
    for index, line in enumerate(lines):
        if index < len(lines) - 1 and len(line) > 1 and line[-1] == SEPARATOR:
            line = line[:-1]
        if index > 0 and len(line) > 1 and line[0] == SEPARATOR:
            line = line[1:]
        kept.append(line)
    return kept


def wrapped_lines(text: str, size: int, width: int, bold: bool = False) -> list[str]:
    """The lines `text` at `size` breaks into in `width`, each in logical order, as the game's
    own line breaking finds them (right-to-left and script texts are drawn from them; a caller
    that draws line by line, such as ui/finnish_line.py, can use them for any text)."""
    script, rtl = _writing_of(clean(text), current_writing())
    return _word_lines(clean(text), size, bold, width, script, rtl)


def _words_height(text, size, bold, width, script, rtl) -> int:
    """How tall _render_words draws `text`, found without drawing it."""
    return _line_height(size, bold, script) * len(_word_lines(text, size, bold, width, script, rtl))
