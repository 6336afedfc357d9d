"""Self-voicing: the game reads a new screen and the player's focus aloud, when the player has
turned reading aloud on (the speaker is steps_game.voice's)."""

from __future__ import annotations

ANNOUNCED_CHARS = 600  # of a new screen's texts read aloud before its focused item


class SelfVoicing:
    """The App's part that speaks. The App sets `settings`, `speaker`, `tr` and has `top`."""

    def announce(self, text: str) -> None:
        if self.settings.voice and text:
            self.speaker.say(text, self.tr.language)

    def announce_screen(self) -> None:
        """A new screen: its texts in reading order, as many as make a short paragraph (a step's
        heading and its introduction, not every card of a board), then the focused thing."""
        top = self.top
        if top is None or not self.settings.voice:
            return
        words: list[str] = []
        for item in top.ui.texts:
            if words and sum(map(len, words)) + len(item.text) > ANNOUNCED_CHARS:
                break
            words.append(item.text)
        focused = top.ring.focused
        if focused is not None:
            words.append(focused.label)
        self.announce(". ".join(words))

    @property
    def voice_missing(self) -> bool:
        """Reading aloud is on but cannot be heard in this language (no engine or no voice)."""
        return self.settings.voice and not self.speaker.has_voice(self.tr.language)
