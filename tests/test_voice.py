"""Self-voicing picks a voice per language and stays silent, without failing, where it cannot."""

from __future__ import annotations

from steps_game.voice import SilentSpeaker, make_speaker, pick_voice

VOICES = [
    ("gmw/en", ["en-gb"]),
    ("gmw/en-us", ["en-us"]),
    ("urj/fi", ["fi"]),
    ("sem/ar", ["ar"]),
]


def test_exact_language_first_then_regional():
    assert pick_voice(VOICES, "fi") == "urj/fi"
    assert pick_voice(VOICES, "en") == "gmw/en"
    assert pick_voice(VOICES, "ar") == "sem/ar"


def test_plain_finnish_is_read_with_the_finnish_voice():
    assert pick_voice(VOICES, "fi-selko") == "urj/fi"


def test_a_language_without_voice_has_none():
    assert pick_voice(VOICES, "so") is None


def test_off_means_silent_and_never_fails():
    speaker = make_speaker(False)
    assert isinstance(speaker, SilentSpeaker)
    assert not speaker.has_voice("fi")
    speaker.say("Hei", "fi")
    speaker.close()


def test_a_languages_own_voice_comes_before_other_regional_ones():
    # espeak-ng's list as pyttsx3 gives it: no voice says plain "en", and the Caribbean one
    # comes first in the list
    espeak = [
        ("gmw/en-029", ["en-029"]),
        ("gmw/en", ["en-gb"]),
        ("gmw/en-us", ["en-us"]),
        ("zle/ru", ["ru"]),
    ]
    assert pick_voice(espeak, "en") == "gmw/en"
    assert pick_voice(espeak, "ru") == "zle/ru"
    assert pick_voice([("gmw/en-029", ["en-029"]), ("gmw/en-us", ["en-us"])], "en") in {
        "gmw/en-029",
        "gmw/en-us",
    }


def test_without_a_sound_player_on_linux_the_game_knows_it_is_silent(monkeypatch):
    import shutil
    import sys
    import types

    class FakeEngine:
        def getProperty(self, name):
            return [types.SimpleNamespace(id="urj/fi", languages=["fi"])]

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setitem(sys.modules, "pyttsx3", types.SimpleNamespace(init=FakeEngine))
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/aplay")
    speaker = make_speaker(True)
    assert not isinstance(speaker, SilentSpeaker) and speaker.has_voice("fi")
    speaker.close()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    speaker = make_speaker(True)
    assert isinstance(speaker, SilentSpeaker)
    assert not speaker.has_voice("fi")
