"""What a one-line text field holds while the player types: the words, the caret, and the
input method's composition (a word being put together before it is committed). Pure Python, so
that typing, pasting and editing are tested without a window.

Every insertion passes `notebook.clean_words`'s rules character by character: a paste of any
length, control characters and bidi overrides come out as one short, printable line, never more
than `limit` characters.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from steps_game.notebook import DROPPED_CATEGORIES, KEPT_FORMAT, clean_words


def allowed_char(char: str) -> bool:
    category = unicodedata.category(char)
    if category in DROPPED_CATEGORIES:
        return False
    return category != "Cf" or char in KEPT_FORMAT


@dataclass
class LineEditor:
    text: str = ""
    caret: int = 0  # in characters, from the start of the text (logical order)
    limit: int = 40
    composition: str = ""  # what the input method shows before it commits it

    def __post_init__(self) -> None:
        self.text = clean_words(self.text, self.limit)
        self.caret = len(self.text)

    @property
    def room(self) -> int:
        return self.limit - len(self.text)

    def insert(self, typed: str) -> str:
        """Put typed or pasted text at the caret; returns what was taken in (maybe nothing)."""
        self.composition = ""
        if not isinstance(typed, str):
            return ""
        # bounded before the work per character: a 10,000-character paste costs a glance
        piece = unicodedata.normalize("NFC", typed[: self.limit * 8])
        kept = []
        for char in piece:
            if char.isspace():
                char = " "
            elif not allowed_char(char):
                continue
            if char == " " and (
                (kept and kept[-1] == " ")
                or (not kept and (self.caret == 0 or self.text[self.caret - 1] == " "))
            ):
                continue  # one space between words, none at the start
            kept.append(char)
        taken = "".join(kept)[: self.room]
        if taken.endswith(" ") and self.text[self.caret : self.caret + 1] == " ":
            taken = taken[:-1]  # a space is there already, after the caret
        if not taken:
            return ""
        self.text = self.text[: self.caret] + taken + self.text[self.caret :]
        self.caret += len(taken)
        return taken

    def compose(self, text: str) -> None:
        """The input method's word in the making (SDL's TEXTEDITING); shown, not yet kept."""
        self.composition = "".join(ch for ch in (text or "")[:80] if allowed_char(ch))

    def backspace(self) -> None:
        if self.composition:
            return  # the input method deletes inside its own word
        if self.caret > 0:
            self.text = self.text[: self.caret - 1] + self.text[self.caret :]
            self.caret -= 1

    def delete(self) -> None:
        if not self.composition and self.caret < len(self.text):
            self.text = self.text[: self.caret] + self.text[self.caret + 1 :]

    def move(self, step: int) -> None:
        """The caret one character on (1) or back (-1) in reading order."""
        self.caret = max(0, min(len(self.text), self.caret + step))

    def home(self) -> None:
        self.caret = 0

    def end(self) -> None:
        self.caret = len(self.text)

    @property
    def value(self) -> str:
        """The words as they are kept: trimmed and cleaned."""
        return clean_words(self.text, self.limit)
