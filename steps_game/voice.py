"""Self-voicing: speak the focused thing and each new screen with an offline speech engine.

Optional: the `voice` extra installs pyttsx3, which drives espeak-ng on Linux (SAPI5 on Windows,
NSSpeechSynthesizer on macOS). Without it, or without a voice for the current language, the game
works unchanged and tells the player in words why it is silent.
"""

from __future__ import annotations

import queue
import shutil
import sys
import threading
from collections.abc import Iterable
from typing import Protocol

# Which voice language to ask the engine for; plain Finnish is read with the Finnish voice.
VOICE_LANGUAGE = {"fi-selko": "fi"}


class Speaker(Protocol):
    def has_voice(self, language: str) -> bool: ...

    def say(self, text: str, language: str) -> None: ...

    def close(self) -> None: ...


class SilentSpeaker:
    """Used when self-voicing is off or no engine is installed."""

    available = False

    def has_voice(self, language: str) -> bool:
        return False

    def say(self, text: str, language: str) -> None:
        pass

    def close(self) -> None:
        pass


def pick_voice(voices: Iterable[tuple[str, list[str]]], language: str) -> str | None:
    """The id of the voice that speaks `language` (e.g. "fi"), from (id, languages) pairs: a voice
    of exactly that language first, then the language's own voice among regional ones (espeak-ng
    names it by the bare code, "gmw/en", though pyttsx3 lists it as "en-gb"), then any regional
    one ("en" matches "en-us"). Without the second rule English was read with the first regional
    voice in espeak-ng's list, the Caribbean one."""
    wanted = VOICE_LANGUAGE.get(language, language).lower()
    regional: list[str] = []
    for voice_id, languages in voices:
        for spoken in languages:
            spoken = str(spoken).lower().replace("_", "-")
            if spoken == wanted:
                return voice_id
            if spoken.split("-")[0] == wanted:
                regional.append(voice_id)
    own = [v for v in regional if str(v).lower().replace("\\", "/").rsplit("/", 1)[-1] == wanted]
    return (own or regional or [None])[0]


class EngineSpeaker:
    """pyttsx3 in a thread of its own, so speaking never holds up the game; texts that pile up
    while one is spoken are skipped but for the newest."""

    available = True

    def __init__(self) -> None:
        import pyttsx3  # only with the `voice` extra

        # On Linux pyttsx3 hands espeak-ng's sound to `aplay` (alsa-utils); without it every text
        # is "spoken" in silence. Better to say plainly that there is no voice.
        if sys.platform.startswith("linux") and shutil.which("aplay") is None:
            raise RuntimeError("no aplay to play speech with")
        self._engine = pyttsx3.init()
        self._voices = [
            (voice.id, list(voice.languages or [])) for voice in self._engine.getProperty("voices")
        ]
        self._queue: queue.Queue[tuple[str, str] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="steps-voice", daemon=True)
        self._thread.start()

    def has_voice(self, language: str) -> bool:
        return pick_voice(self._voices, language) is not None

    def say(self, text: str, language: str) -> None:
        voice = pick_voice(self._voices, language)
        if voice is not None and text.strip():
            self._queue.put((voice, text))

    def close(self) -> None:
        self._queue.put(None)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            # Only the newest text matters: what was focused a moment ago is stale already.
            while item is not None and not self._queue.empty():
                item = self._queue.get()
            if item is None:
                return
            voice, text = item
            self._engine.setProperty("voice", voice)
            self._engine.say(text)
            self._engine.runAndWait()


def make_speaker(enabled: bool) -> SilentSpeaker | EngineSpeaker:
    if not enabled:
        return SilentSpeaker()
    try:
        return EngineSpeaker()
    except Exception:  # no engine, no voices, no audio: stay silent, and the game says why
        return SilentSpeaker()
