"""Counts, numbers, dates and right-to-left order as each language writes them: CLDR's rules
through Babel, the Unicode Bidirectional Algorithm through python-bidi."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pygame
import pytest
from bidi import get_display

from steps_game import language_rules
from steps_game.content import check_folder, load_content
from steps_game.i18n import COUNT_KEY, Translator, forms, language_codes, load_catalogs
from steps_game.paths import bundled_levels_dir
from steps_game.translation_coverage import texts_with_paths
from steps_game.ui import text as text_module
from steps_game.ui.flow import split_words
from steps_game.ui.reading_order import break_words, levels, visual_runs, visual_text
from steps_game.ui.text_writing import LEFT_TO_RIGHT_MARK, left_to_right

CONTENT = load_content(bundled_levels_dir())
NUMBERS = (0, 1, 2, 3, 11, 100)


def every_text() -> list[tuple[str, dict]]:
    """(where, {language: words or plural forms}) for every interface and level text."""
    catalogs = load_catalogs()
    found = [
        (f"catalog {key}", {code: catalogs[code][key] for code in language_codes()})
        for key in catalogs["en"]
    ]
    items = (CONTENT.profile, CONTENT.levels, CONTENT.glossary)
    found += [(f"level {path}", dict(text)) for path, _item, text in texts_with_paths(items, ())]
    return found


# -- plural forms -------------------------------------------------------------------------------

# What CLDR says, written out here so that a wrong rule (or a wrong locale) is noticed.
EXPECTED_CATEGORIES = {
    "ar": ("zero", "one", "two", "few", "many", "other"),
    "ru": ("many", "one", "few", "few", "many", "many"),
    "uk": ("many", "one", "few", "few", "many", "many"),
    "fi": ("other", "one", "other", "other", "other", "other"),
}


@pytest.mark.parametrize("code", sorted(EXPECTED_CATEGORIES))
def test_plural_categories_at_0_1_2_3_11_100(code):
    found = tuple(language_rules.category(code, n) for n in NUMBERS)
    assert found == EXPECTED_CATEGORIES[code]


# Hours written with every form a language has, and what each number shows.
HOURS = {
    "ar": {
        "count": "n",
        "zero": "{n} ساعة",
        "one": "ساعة واحدة",
        "two": "ساعتان",
        "few": "{n} ساعات",
        "many": "{n} ساعة",
        "other": "{n} ساعة",
    },
    "ru": {
        "count": "n",
        "one": "{n} час",
        "few": "{n} часа",
        "many": "{n} часов",
        "other": "{n} часа",
    },
    "uk": {
        "count": "n",
        "one": "{n} година",
        "few": "{n} години",
        "many": "{n} годин",
        "other": "{n} години",
    },
    "fi": {"count": "n", "one": "{n} tunti", "other": "{n} tuntia"},
}
SHOWN = {
    "ar": ("0 ساعة", "ساعة واحدة", "ساعتان", "3 ساعات", "11 ساعة", "100 ساعة"),
    "ru": ("0 часов", "1 час", "2 часа", "3 часа", "11 часов", "100 часов"),
    "uk": ("0 годин", "1 година", "2 години", "3 години", "11 годин", "100 годин"),
    "fi": ("0 tuntia", "1 tunti", "2 tuntia", "3 tuntia", "11 tuntia", "100 tuntia"),
}


@pytest.mark.parametrize("code", sorted(HOURS))
def test_a_count_takes_the_form_its_number_asks_for(code):
    """The Arabic reader's "2 ساعة" is "ساعتان", and "1 ties" is gone: each number picks its
    form, through the translator as every screen does."""
    tr = Translator(code)
    shown = tuple(tr.pick({code: HOURS[code], "en": "{n}"}, n=n) for n in NUMBERS)
    assert shown == SHOWN[code]
    assert tr.pick({code: HOURS[code]}, n=1.5).startswith("1")  # a fraction is "other"


@pytest.mark.parametrize("code", sorted(SHOWN))
def test_the_game_s_own_counts_differ_where_the_language_s_forms_do(code):
    """Step 4's hours in the game's own words: Arabic says two hours in one word, the one-form
    languages keep the number, and no number is shown without its form."""
    tr = Translator(code)
    shown = [tr("task.week_planner.duration", hours=n) for n in NUMBERS]
    for n, text in zip(NUMBERS, shown, strict=True):
        assert str(n) in text or language_rules.category(code, n) in ("one", "two"), text
    if code == "ar":
        assert shown[1:3] == ["ساعة واحدة", "ساعتان"] and shown[3] == "3 ساعات"


def test_a_level_count_reads_right_in_english_russian_and_arabic():
    cold_more = CONTENT.level(7).task.feedback.cold_more
    en, ru, ar = Translator("en"), Translator("ru"), Translator("ar")
    assert en.pick(cold_more, cold=1).startswith("1 tie went cold")
    assert en.pick(cold_more, cold=3).startswith("3 ties went cold")
    assert ar.pick(cold_more, cold=1).startswith("وصلت علاقة واحدة")
    assert ar.pick(cold_more, cold=2).startswith("وصلت علاقتان")
    assert ar.pick(cold_more, cold=3).startswith("وصلت 3 علاقات")
    assert ar.pick(cold_more, cold=11).startswith("وصلت 11 علاقةً")
    hint = "people.hint"
    assert "до 1 человека" in ru(hint, most=1) and "до 3 человек" in ru(hint, most=3)


@pytest.mark.parametrize("code", language_codes())
def test_the_categories_the_levels_are_checked_against_are_cldr_s(code):
    assert language_rules.categories(code) == language_rules.cldr_categories(code)


def test_every_plural_text_has_the_categories_its_language_needs():
    checked = 0
    for where, text in every_text():
        for code, words in text.items():
            if isinstance(words, str):
                continue
            checked += 1
            given = tuple(c for c in language_rules.CATEGORIES if c in words)
            assert given == language_rules.categories(code), (where, code, given)
            assert set(words) == {COUNT_KEY, *given}, (where, code)
    assert checked >= 30 * 10


# English nouns counted by a number; a plain text with one after a placeholder is a count
# written without plural forms ("{cold} ties went cold").
COUNTED = (
    "actions|answers?|areas?|characters?|goals|hours?|items?|moments?|parts?|people|person|"
    "players?|points?|statements?|things?|ties|tie|weeks?|pieces|h\\b"
)
COUNT_IN_PLAIN_WORDS = re.compile(
    rf"\{{(\w+)\}}(?: (?:own|life|energy|warmth|of the|or|more)){{0,2}} ({COUNTED})"
)


def counts_in_plain_words(text: str) -> list[str]:
    return [m.group(0) for m in COUNT_IN_PLAIN_WORDS.finditer(text)]


def test_the_finder_of_plain_counts_finds_them():
    assert counts_in_plain_words("{cold} ties went cold by the end.")
    assert counts_in_plain_words("Up to {most} characters.")
    assert counts_in_plain_words("You have {energy} energy points a week.")
    assert counts_in_plain_words("{min} or more actions would keep the plan moving.")
    assert not counts_in_plain_words("Week {week} of {weeks}: pick a person.")
    assert not counts_in_plain_words("Contacts on your map: {count}.")


def test_every_text_with_a_count_goes_through_the_plural_rules():
    """A count written into plain words is found in the English text; a text with plural forms
    has them in every language (a translator cannot leave them out)."""
    plain = []
    for where, text in every_text():
        if isinstance(text["en"], str):
            plain += [(where, found) for found in counts_in_plain_words(text["en"])]
            continue
        lacking = [code for code, words in text.items() if isinstance(words, str)]
        assert not lacking, f"{where}: no plural forms in {lacking}"
        assert set(text) == set(language_codes()), where
    # "{hours} h" on a card tag and "time 3 / 10 h" keep the unit's abbreviation, which no
    # language inflects; every other count has its forms.
    abbreviations = {"catalog task.week_planner.hours", "catalog task.week_planner.week_hours"}
    plain = [(where, found) for where, found in plain if not where.startswith(tuple(abbreviations))]
    assert not plain, plain


# -- numbers and dates --------------------------------------------------------------------------

DATES = {
    "fi": "4.12.2026",
    "fi-selko": "4.12.2026",
    "en": "04/12/2026",
    "sv": "2026-12-04",
    "et": "4.12.2026",
    "ru": "04.12.2026",
    "uk": "04.12.2026",
    "ar": "4\u200f/12\u200f/2026",
    "fa": "۲۰۲۶/۱۲/۴",
    "so": "12/4/2026",
}


@pytest.mark.parametrize("code", language_codes())
def test_dates_in_each_language_s_format(code):
    assert Translator(code).date(dt.date(2026, 12, 4)) == DATES[code]


@pytest.mark.parametrize(
    ("code", "shown"),
    [("fi", "1 234,5"), ("en", "1,234.5"), ("ru", "1 234,5"), ("ar", "1,234.5"), ("fa", "۱٬۲۳۴٫۵")],
)
def test_numbers_take_the_language_s_separators_and_digits(code, shown):
    assert Translator(code).number(1234.5) == shown


PERCENTS = {"fi": "200 %", "sv": "200 %", "ru": "200 %", "en": "200%", "uk": "200%", "ar": "200%"}


@pytest.mark.parametrize(("code", "shown"), [*PERCENTS.items(), ("fa", "۲۰۰٪")])
def test_a_percentage_takes_the_language_s_sign_and_spacing(code, shown):
    """CLDR's percent format: a space before the sign in Finnish, none in English, and the
    Persian percent sign after Persian digits."""
    assert Translator(code).percent(200) == shown


def test_persian_writes_every_number_in_persian_digits():
    """The counts put in and the digits of the text itself ("1 امتیاز")."""
    energy = CONTENT.level(4).task.energy_text
    shown = Translator("fa").pick(energy, energy=12)
    assert "۱۲" in shown and "۱ " in shown
    assert not re.search("[0-9]", shown)
    assert Translator("ar").pick(energy, energy=12).startswith("لديك 12 نقطة")


# -- right to left -------------------------------------------------------------------------------

# Lines as typed, and as they stand on screen from the left, by the Unicode Bidirectional
# Algorithm (brackets not yet mirrored: HarfBuzz mirrors them as it shapes a right-to-left run).
RTL_LINES = [
    # a range reads from its first number, on the right
    ("اختر 1-3 أهداف", "فادهأ 3-1 رتخا"),
    ("بين 20-30 دقيقة", "ةقيقد 30-20 نيب"),
    # the game's own ranges are typed with an en dash (an other-neutral, not a separator): they
    # too read from their first number, on the right, as step 4's action and the tally's keys do
    ("مدتها 20–30 دقيقة", "ةقيقد 30–20 اهتدم"),
    ("1–9: يد لهذه الإجابة.", ".ةباجإلا هذهل دي :9–1"),
    # a page count in brackets keeps its slash between its numbers
    ("الصفحة التالية (1/3)", ")1/3( ةيلاتلا ةحفصلا"),
    # a Latin word keeps its letters and its Arabic comma goes to its left, after it
    ("دراسة Sitra، وخبر", "ربخو ،Sitra ةسارد"),
    ("قال R.، ثم", "مث ،.R لاق"),
    # brackets round a Latin word and a year stay round them
    ("مصدر (Sitra 2016) هنا", "انه )Sitra 2016( ردصم"),
    ("أستخدم LinkedIn Premium كل يوم", "موي لك LinkedIn Premium مدختسأ"),
    # Persian
    ("در ۱۲ هفته", "هتفه ۱۲ رد"),
    ("پژوهش (Granovetter 1973) نشان داد", "داد ناشن )Granovetter 1973( شهوژپ"),
    ("بین 1-3 هدف", "فده 3-1 نیب"),
    ("بین ۲۰–۳۰ دقیقه", "هقیقد ۳۰–۲۰ نیب"),
]


@pytest.mark.parametrize(("logical", "shown"), RTL_LINES)
def test_right_to_left_lines_in_reading_order(logical, shown):
    assert visual_text(logical, rtl_paragraph=True) == shown
    assert get_display(logical, base_dir="R") == shown  # the algorithm's own display string


def test_every_arabic_and_persian_line_is_in_the_algorithm_s_order():
    """Every text of the game in Arabic and Persian, line by line, as python-bidi orders it."""
    checked = 0
    for _, text in every_text():
        for code in ("ar", "fa"):
            for form in forms(text[code]):
                for line in form.split("\n"):
                    line = " ".join(line.split())
                    if line:
                        expected = get_display(line, base_dir="R")
                        assert visual_text(line, rtl_paragraph=True) == expected, line
                        checked += 1
    assert checked > 1000


@pytest.mark.parametrize("path", ["/tmp/steps-game", "~/Documents", "/home/a/", "C:\\Users\\a\\"])
def test_a_path_keeps_its_slashes_at_its_own_ends_on_a_right_to_left_screen(path):
    """The export's folder, the crash report's path: unmarked, the slash at a path's edge took
    the sentence's direction and stood at its other end ("/tmp/x" read "tmp/x/")."""
    assert visual_text("/tmp/x", rtl_paragraph=True) == "tmp/x/"
    text_module.set_writing("arabic", True, "ar")
    try:
        alone = visual_text(left_to_right(path), rtl_paragraph=True)
        in_sentence = visual_text(f"حُفظ في {left_to_right(path)}: ملف.", rtl_paragraph=True)
    finally:
        text_module.set_writing("latin", False, "en")
    assert alone.replace(LEFT_TO_RIGHT_MARK, "") == path
    assert path in in_sentence.replace(LEFT_TO_RIGHT_MARK, "")
    assert left_to_right(path) == path  # a left-to-right screen draws it as it is


def test_levels_are_read_for_every_character():
    assert levels("أ b 1", rtl_paragraph=True) == (1, 1, 2, 2, 2)  # "b 1" reads as one run
    # brackets take the direction before them when their inside is the other one (rule N0)
    assert levels("a (ب) c", rtl_paragraph=False) == (0, 0, 0, 1, 0, 0, 0)


def test_brackets_of_a_right_to_left_run_are_shaped_right_to_left():
    """The bracket after an Arabic word is in a right-to-left run, which HarfBuzz mirrors."""
    runs = visual_runs("قال (Sitra) نص", rtl_paragraph=True)
    assert [(run.text, run.rtl) for run in runs] == [
        (") نص", True),
        ("Sitra", False),
        ("قال (", True),
    ]


# -- line breaks -----------------------------------------------------------------------------------

PERCENTS = (
    "Vain 23 % sai työn ilmoituksen kautta. Noin 20 % otti itse yhteyttä, ja noin 20 %:lle "
    "tarjottiin työtä. Summa 1\u00a0234 euroa."
)


def test_a_line_never_breaks_between_a_number_and_its_percent_sign():
    """Finnish (and Swedish, Estonian, Russian, Ukrainian) write "20 %" with a space: a line may
    not end in "20" with the next starting "%"; nor break at a no-break space."""
    pygame.font.init()
    assert "20 %:lle" in break_words(PERCENTS) and "1\u00a0234" in break_words(PERCENTS)
    for width in range(40, 700, 9):
        lines = text_module.wrapped_lines(PERCENTS, 20, width)
        assert " ".join(lines).replace("\u00a0", " ") == PERCENTS.replace("\u00a0", " ")
        assert not any(line.startswith(("%", "234")) for line in lines), (width, lines)
    # Latin and Cyrillic texts are wrapped by SDL_ttf, which breaks at spaces but not at a
    # no-break one: the space before "%" becomes one as the text is cleaned for drawing
    assert text_module.clean("Noin 20 % otti") == "Noin 20\u00a0% otti"
    for room in range(25, 200, 5):
        cut = split_words(PERCENTS, 20, 200, room)
        assert cut is None or not cut[1].startswith(("%", "234")), (room, cut)


def test_a_line_is_drawn_in_pieces_each_shaped_in_its_own_direction():
    """Persian digits read left to right in the Arabic font, the Arabic words right to left, and
    a bracket of the right-to-left sentence is shaped right to left (HarfBuzz mirrors it)."""
    pieces = text_module._pieces("در ۱۲ هفته (Sitra)", False, "arabic", True)
    assert pieces == (
        (False, True, ")"),
        (False, False, "Sitra"),
        (False, True, "("),
        (False, False, " "),
        (True, True, "هفته"),
        (False, False, " "),
        (True, False, "۱۲"),
        (False, False, " "),
        (True, True, "در"),
    )


# The bidi marks a translation or CLDR may bring (text_clean.BIDI_MARKS): marks, embeddings,
# overrides and isolates.
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def drop_marks(text: str) -> str:
    return "".join(ch for ch in text if ch not in BIDI_MARKS)


def test_bidi_marks_reach_the_algorithm_and_are_never_drawn():
    """An Arabic sentence with a date in Arabic's CLDR format (right-to-left marks between its
    parts) and a Latin word in an isolate beside a number: the marks are kept for the algorithm,
    so the line stands on screen as python-bidi orders it, and no piece given to a font holds a
    mark (the Arabic font has no glyph for an isolate: it would draw a box)."""
    day = Translator("ar").date(dt.date(2026, 12, 4))
    assert "\u200f" in day  # CLDR's own marks
    line = f"قرأت \u2066Sitra\u2069 2016 في {day} \u061c(مهم)"
    kept = text_module.clean(line)
    assert kept == line  # nothing of it is dropped before the algorithm sees it
    expected = drop_marks(get_display(line, base_dir="R"))
    # the marks matter: without them the algorithm puts the date and the word elsewhere
    assert drop_marks(get_display(drop_marks(line), base_dir="R")) != expected
    pieces = text_module._pieces(kept, False, "arabic", True)
    assert [ch for _own, _rtl, text in pieces for ch in text if ch in BIDI_MARKS] == []
    # the pieces from the left, each right-to-left one read backwards: the algorithm's order
    assert "".join(text[::-1] if rtl else text for _own, rtl, text in pieces) == expected
    # and on a left-to-right screen, a text SDL_ttf draws whole is given to it without its marks
    pygame.font.init()
    for mark in BIDI_MARKS:
        assert text_module.text_size(f"a{mark}b", 20) == text_module.text_size("ab", 20), hex(
            ord(mark)
        )


def _break(folder, file: str, old: str, new: str) -> None:
    path = folder / file
    words = path.read_text(encoding="utf-8")
    assert old in words
    path.write_text(words.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (  # Russian without the form for 5-20
            "translations/ru/07-keep-alive.toml",
            'many = "Связей, ставших к концу холодными',
            'mony = "Связей, ставших к концу холодными',
            r"'mony' is not a plural category .*did you mean 'many'",
        ),
        (  # Arabic with five of its six forms
            "translations/ar/07-keep-alive.toml",
            'zero = "وصلت {cold} علاقة إلى «بارد» في النهاية.',
            'oops = "',
            r"'oops' is not a plural category",
        ),
        (  # a form English has no use for
            "07-keep-alive.toml",
            'en = { count = "cold", one = ',
            'en = { count = "cold", two = "{cold} ties", one = ',
            r"plural forms in 'en' are one, two, other \(expected one, other",
        ),
        (  # a count no form has
            "07-keep-alive.toml",
            'en = { count = "cold",',
            'en = { count = "colt",',
            r"no form in 'en' has the placeholder \{colt\} that picks the form",
        ),
    ],
)
def test_the_level_check_holds_each_language_to_its_plural_categories(
    tmp_path, file, old, new, expected
):
    folder = tmp_path / "levels"
    shutil.copytree(bundled_levels_dir(), folder)
    _break(folder, file, old, new)
    lines = [str(problem) for problem in check_folder(folder)[1]]
    assert any(re.search(expected, line) for line in lines), lines


def test_persian_keeps_the_digits_of_a_latin_name():
    """A key's name is the key on the keyboard: "F۷" on a Persian screen read as "FV" (second
    confirmation review). Numbers take Persian digits; F7, F1 and UTF-8 keep their own."""
    from steps_game.language_rules import digits

    assert digits("fa", "(F1) · F7 یا 1 تا 9 · UTF-8 · 100 / 100 · 3-4") == (
        "(F1) · F7 یا ۱ تا ۹ · UTF-8 · ۱۰۰ / ۱۰۰ · ۳-۴"
    )
    assert digits("en", "F7 or 1-9") == "F7 or 1-9"
