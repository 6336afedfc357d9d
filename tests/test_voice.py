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
