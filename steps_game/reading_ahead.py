"""Reading the other languages ahead, while the player is choosing one on the language screen.

The switch then finds the words in place: reading them was most of a first switch (python -m
steps_game.bench). Each language is read in small steps (`content.loading_language`), its
interface catalog and its fonts' character maps too, all as idle work (steps_game.idle_work). A
language chosen before its reading is done has the rest done at once (`take`).
"""

from __future__ import annotations

from collections.abc import Generator
from functools import partial

from steps_game.idle_work import IdleWork


class LanguagesAhead:
    def __init__(self) -> None:
        self._loading: dict[str, Generator[None, None, object]] = {}

    def queue(self, content, current: str, work: IdleWork) -> None:
        """Set every language not yet read aside as idle work."""
        from steps_game.content import loading_language
        from steps_game.i18n import language, language_codes, read_ahead
        from steps_game.ui.glyphs import read_glyph_map
        from steps_game.ui.text import font_files

        for code in language_codes():
            if code in self._loading or code in content.languages or code == current:
                continue
            self._loading[code] = loading_language(content, code)
            work.add(read_ahead(code))
            work.add([partial(self._read_a_little, code)])
            fonts = font_files(language(code).script)
            work.add(partial(read_glyph_map, path) for path in fonts)

    def take(self, code: str) -> Generator[None, None, object] | None:
        """What is left of reading `code`, for the switch to finish; None when none was begun."""
        return self._loading.pop(code, None)

    def _read_a_little(self, code: str) -> bool:
        """One step of reading a language ahead; True while there is more to do."""
        steps = self._loading.get(code)
        if steps is None:
            return False  # chosen meanwhile: the switch finished it
        try:
            next(steps)
        except StopIteration:
            del self._loading[code]
            return False
        return True
