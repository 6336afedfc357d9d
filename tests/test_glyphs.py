"""Every letter of every shipped language draws with the font the game uses for it (no boxes)."""

from __future__ import annotations

import pytest

from steps_game import language_rules
from steps_game.content import iter_texts, load_content
from steps_game.i18n import forms, language, language_codes, load_catalogs
from steps_game.paths import assets_dir, bundled_levels_dir
from steps_game.ui.glyphs import has_glyph, missing_glyphs
from steps_game.ui.reading_order import has_rtl
from steps_game.ui.text import FONT_FILES, SCRIPT_FONTS

CONTENT = load_content(bundled_levels_dir())


def characters(code: str) -> tuple[set[str], set[str]]:
    """The characters of a language's texts: those in words of a script with a font of its own
    (drawn with that font, see ui/text._word), and the others (drawn with Noto Sans)."""
    words = []
    texts = [form for text in load_catalogs()[code].values() for form in forms(text)]
    for item in (*CONTENT.levels, CONTENT.profile):
        texts += [form for text in iter_texts(item) for form in forms(text[code])]
    # numbers as the language writes them: Persian digits and separators (language_rules)
    texts.append(language_rules.number(code, 1234567.89))
    words = [word for text in texts for word in language_rules.digits(code, text).split()]
    own, other = set(), set()
    for word in words:
        (own if has_rtl(word) else other).update(ch for ch in word if ch.isprintable())
    return own, other


@pytest.mark.parametrize("code", language_codes())
@pytest.mark.parametrize("bold", [False, True])
def test_every_character_has_a_glyph(code, bold):
    own, other = characters(code)
    # In a language with a script font each character is drawn by whichever of the two fonts has
    # it (see ui/text._word); elsewhere Noto Sans draws everything.
    latin = assets_dir() / "fonts" / FONT_FILES[bold]
    missing = missing_glyphs(latin, "".join(own | other))
    if language(code).script in SCRIPT_FONTS:
        files, _ = SCRIPT_FONTS[language(code).script]
        missing = missing_glyphs(assets_dir() / "fonts" / files[bold], "".join(missing))
    assert not missing, f"{code}: no glyph for {missing}"
    assert len(own | other) > 20


def test_a_missing_glyph_is_noticed():
    assert missing_glyphs(assets_dir() / "fonts" / FONT_FILES[False], "a✓b→") == ["→", "✓"]


@pytest.mark.parametrize("font_file", sorted((assets_dir() / "fonts").glob("*.ttf")))
def test_the_quick_glyph_check_agrees_with_freetype(font_file):
    """The game decides which font draws a character from the font's character map (quick);
    FreeType, loading each glyph, must agree on every character of the planes in use."""
    codes = [*range(0x21, 0x3000), *range(0xFB00, 0xFFFE)]
    chars = [chr(code) for code in codes if not chr(code).isspace()]
    missing = set(missing_glyphs(font_file, "".join(chars)))
    assert missing
    assert len(missing) < len(chars)
    disagree = [ch for ch in chars if has_glyph(font_file, ch) == (ch in missing)]
    assert not disagree, f"{font_file.name}: {disagree[:10]}"
