"""Which Finnish word stands beside an option in another language (the setting "Finnish beside
my language"): a player who reads the game in Arabic or English meets the Finnish words of the
services and practices they will hear in Finland (työkokeilu, työkummi, infohaastattelu ...).

An option names its key term by a glossary id (`term = "tyokokeilu"` in a level file, checked
against glossary.toml when the levels are read); the word itself comes from the glossary, so it
is written once and never typed into each translation. Pure: no pygame.

In workshop mode the player's setting does not decide (the projector is the room's, not the
facilitator's own game): the facilitator's second language does. Finnish (or plain Finnish) as
the second language shows the Finnish words beside the key terms too, where a line has no second
language under it (a card that has one shows it in place of the word, and a step's Finnish name
stands under its title rather than beside "Step 2 of 7"): Finnish once, never twice. With another
second language, or none, no Finnish word stands beside: a room that reads one language on the
screen is not shown a third.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the title's first frame imports this module before pydantic is read
    from steps_game.level_models import GlossaryContent

FINNISH = ("fi", "fi-selko")  # the languages that are Finnish already: nothing is added


def finnish_shown(setting: bool, *, workshop: bool, second: str | None) -> bool:
    """Whether Finnish words are shown beside the game's language: the player's `setting`
    ("Finnish beside my language"); in workshop mode the facilitator's `second` language only:
    when it is Finnish."""
    if not workshop:
        return setting
    return second in FINNISH


def shown_in(app) -> bool:
    """finnish_shown for the running game `app`: its setting, its workshop mode, its second
    language."""
    return finnish_shown(
        app.settings.finnish_beside, workshop=app.workshop is not None, second=app.tr.second
    )


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
