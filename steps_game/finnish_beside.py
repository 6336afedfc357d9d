"""Which Finnish word stands beside an option in another language (the setting "Finnish beside
my language"): a player who reads the game in Arabic or English meets the Finnish words of the
services and practices they will hear in Finland (työkokeilu, työkummi, infohaastattelu ...).

An option names its key term by a glossary id (`term = "tyokokeilu"` in a level file, checked
against glossary.toml when the levels are read); the word itself comes from the glossary, so it
is written once and never typed into each translation. Pure: no pygame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the title's first frame imports this module before pydantic is read
    from steps_game.level_models import GlossaryContent

FINNISH = ("fi", "fi-selko")  # the languages that are Finnish already: nothing is added


def finnish_word(
    term: str | None, glossary: GlossaryContent | None, language: str, *, shown: bool
) -> str:
    """The Finnish word to show beside an option naming `term`, or "" for none: the setting is
    off (`shown`), the game is in Finnish, the option names no term, or the glossary lacks it."""
    if not shown or language in FINNISH or term is None or glossary is None:
        return ""
    return glossary.finnish(term) or ""


def finnish_words(
    glossary: GlossaryContent | None, language: str, *, shown: bool
) -> Callable[[str | None], str]:
    """finnish_word for one glossary, language and setting: what the plan asks of each term."""
    return lambda term: finnish_word(term, glossary, language, shown=shown)
