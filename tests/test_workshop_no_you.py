"""A workshop room helps Sara, a made-up newcomer: no step's screen speaks to one player ("you",
"your") or as one ("my goal", "What I will do"), in any of the ten languages (issue 15).

The walk: the layout audit's tour in workshop mode (every step's intro, its task from its first
frame to its end with every page of its paged boards turned, the show of hands, its reveal and
the feedback), every text drawn and every control's words, in each language.

How the word lists were chosen. Each list holds the words of its language that can only mean
one player spoken to, or speaking, and no other word, so that a hit is a real one:
- the personal pronouns and possessives of the second person singular ("you", "your", "sinun",
  "du", "ты", "твой", "تو") and of the first person singular ("I", "my", "minun", "jag", "я",
  "мой", "من"), with the first-person verbs and possessives the solo cards use ("kuuntelen",
  "делюсь", Arabic "مجالي", my field), once shown on Sara's cards in the workshop;
- where the polite "you" is the plural one (Russian, Ukrainian) only its possessive ("ваш",
  "ваша"): a room may be told "выберите" (choose, all of you), but "your field" is never the
  room's own;
- in languages that drop the pronoun, the endings and verb forms the game's own solo texts use
  for one player and nothing else: Finnish "näet", "voit", "liikut", "valitsit", "saisit" and
  possessives such as "tavoitteeni"; Estonian "näed", "valid"; Somali the possessive endings
  "-kaaga", "-aaga", "-kayga", "-ayga" (your, my; not "shayga", the thing), "kuu" (for you),
  "ii" (to me), "si aad u ...-to"
  (so that you, one person, do it: the plural ends "-taan" and is the room's) and "waxa aan",
  "cidda aan", "qof aan" (what I, with whom I, someone I); Arabic the singular suffix "ـك" (your,
  you) on any word, minus the words that end in that letter by themselves ("ذلك", "مشارك",
  "تحريك", ...), and the future of the first person "سأـ" (I will); Persian "تو" and "من", the
  possessive endings "‌ات", "‌ام", "‌تان" after the zero-width joiner, and verbs "می‌...م" (I do)
  but not "می‌...یم" (we do).
Left out, as they would find correct texts: the plural "you" addressed to the room ("valitkaa",
"doorta", "اختاروا", "انتخاب کنید"), the Somali object "ku" (you), which reads the same as the
preposition "ku" (in, with) (its one solo use on a workshop screen, step 4's slot title, is
checked by itself below), and singular imperatives on buttons ("Aloita alusta", Start over).

Not checked, as they are someone's own words and not the game speaking to the player: step 1's
statements (beliefs people hold, "I need fluent Finnish..."), Sara's message in step 5 (the
parts' options and names, "My news", and the replies she gets), her lines in step 6's chat
("Sara: Hi! I work..."), and the questions to talk about, which the discussion card and the
reveal ask each person in the room about their own life on purpose (the facilitator play-tests).
"""

from __future__ import annotations

import re

import pytest
from pydantic import BaseModel

from steps_game import group_texts
from steps_game.content import load_content
from steps_game.i18n import Translator, catalog, forms, language_codes
from steps_game.paths import bundled_levels_dir
from steps_game.schema import Text
from tests.walked_screens import shared_walk, walked_screens

# whole words, matched without regard to case (see the module's docstring for the choice)
WORDS = {
    "en": "you your yours yourself I me my mine myself",
    "fi": "sinä sinun sinua sinulla sinulle sinulta sinut sinusta sinuun sä sun minä minun minua "
    "minulla minulle minulta minut minusta mä mun näet voit liikut valitsit valitset haluat tunnet "
    "teet olet saat saisit tiedät osaat ehdit et halutessasi tavoitteesi tavoitteeni alasi alani "
    "elämääsi verkostosi verkostoni käytit pelasit kuuntelen esittelen kävelen",
    "sv": "du dig din ditt dina jag mig min mitt mina",
    "et": "sina sa sinu sinul sulle sind sinust sinult mina ma minu mul mulle mind minult näed "
    "valid saad oled tead soovid",
    "ru": "ты тебя тебе тобой твой твоя твоё твои твоего твоей ваш ваша ваше ваши вашего вашей "
    "вашу вашим ваших вашему я меня мне мной мой моя моё мое мои моего моей мою моим моих "
    "делюсь знакомлю",
    "uk": "ти тебе тобі тобою твій твоя твоє твої твого твоєї ваш ваша ваше ваші вашого вашої "
    "вашу вашим ваших вашому я мене мені мною мій моя моє мої мого моєї мою моїм моїх "
    "передаю знайомлю",
    "ar": "أنت أنتَ أنتِ لك لكَ لكِ لديك عندك نفسك يمكنك أنا لي لدي لديّ",
    "fa": "تو من",
    "so": "adiga adigu kuu kaa aniga anigu ii",
}
WORDS["fi-selko"] = WORDS["fi"]
# endings and phrases, for the languages that carry "you" and "my" on the word or the verb
SHAPES = {
    "so": r"\w+(?:kaaga|kayga|taada|tayda|daada|dayda|aaga|ayga)\b"
    r"|\bsi aad\b(?:\s+\S+){0,3}?\s+\S+(?:to|so|do)\b"
    r"|\b(?:waxa|cidda|qof) aan\b(?:\s+\S+){0,4}?\s+(?:doono|\S*[^n\s]ay)\b",
    "ar": r"\w\w+ك\b|\bسأ\w+|\w*(?:مجالي|هدفي|خطتي|خطوتي|حاسوبي|جمعيتي|كلماتي)\b",
    "fa": r"\w‌(?:ات|ام|تان)\b|\bمی‌\w*[^ی]م\b",
}
# words that end in the Arabic "ـك" by themselves (that, there, partner, participant, moving)
ARABIC_OWN_K = {"ذلك", "لذلك", "كذلك", "هناك", "هنالك", "تلك", "شريك", "مشترك", "بنك"}
ARABIC_OWN_K |= {"مشارك", "يشارك", "تشارك", "تحريك", "سأل", "سألت"}
# Somali words whose "-ayga" is a noun's own "ay" and the article "-ga", not "my" (shay: thing)
SOMALI_OWN_AYGA = {"shayga"}
# a word goes on over an apostrophe (ім’я) and the zero-width joiner (Persian)
LETTER = r"[\w’'‌]"
# words in quotation marks are someone's own ("Finska: grundnivå, lär mig" on a profile)
QUOTED = re.compile(r"“[^”]*”|”[^”]*”|«[^»]*»|„[^“]*“|\"[^\"]*\"")
# Persian and Arabic screens show their own digits: the level texts have Latin ones
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def solo_pattern(code: str) -> re.Pattern[str]:
    words = sorted(WORDS[code].split(), key=len, reverse=True)
    pattern = rf"(?<!{LETTER})(?:{'|'.join(map(re.escape, words))})(?!{LETTER})"
    if code == "en":  # "thank you" is what Sara says to someone, not the game to the player
        pattern = r"(?<!thank )(?<!thank-)" + pattern
    if code in SHAPES:
        pattern += "|" + SHAPES[code]
    return re.compile(pattern, re.IGNORECASE)


def solo_words(code: str, text: str) -> list[str]:
    """The words of `text` that speak to one player or as one, in language `code`."""
    found = [hit.group(0) for hit in solo_pattern(code).finditer(text)]
    if code == "en":  # "I" is the capital one only
        found = [word for word in found if word != "i"]
    return [word for word in found if word.lower() not in ARABIC_OWN_K | SOMALI_OWN_AYGA]


# -- what the room sees ----------------------------------------------------------------------


def workshop_step_texts(code: str) -> dict[str, list[str]]:
    """Every text of every step's screens in workshop mode in language `code`, by screen (the
    audit's tour, every page of its paged boards turned); the discussion card left out."""
    return {
        name: [*words, *(label for label in labels if label)]
        for name, words, labels in walked_screens(code, True)
        if name.startswith("step ") and "discussion" not in name
    }


def texts_of(model: BaseModel | list | None, names: set[str]):
    """Every Text under `model` at a field named in `names`."""
    if isinstance(model, list):
        for item in model:
            yield from texts_of(item, names)
    elif isinstance(model, BaseModel):
        for name in type(model).model_fields:
            value = getattr(model, name)
            if isinstance(value, Text):
                if name in names:
                    yield value
            else:
                yield from texts_of(value, names)


def someones_own_words(content, code: str) -> list[str]:
    """Words on the step screens that are someone's own, not the game's to the player (see the
    docstring), longest first, each form of a plural text."""
    own: list[Text] = []
    for level in content.levels:
        config = group_texts.task_config(level, workshop=True)
        own += level.discussion
        own += list((level.workshop.talk or {}).values())  # a choice's own question to talk about
        if level.step == 1:
            own += [statement.text for statement in config.statements]
        if level.step == 5:
            own += list(texts_of(config, {"text", "reply", "follow_up", "name"}))
    words = {form.translate(DIGITS) for text in own for form in forms(text[code]) if form.strip()}
    return sorted(words, key=len, reverse=True)


def room_lines(text: str, own: list[str], newcomer: str, code: str) -> str:
    """`text` without someone's own words in it, nor Sara's lines in a chat ("Sara: ..."), nor
    words in quotation marks."""
    text = text.translate(DIGITS)
    # step 5's running head quotes the message so far, Sara's words to the one she writes to,
    # often shortened to their last words ("Just before this part: … your news ...")
    before = Translator(code)("task.message_builder.before_part", words="").strip()
    if before and text.startswith(before):
        text = before
    for words in own:
        text = text.replace(words, " ")
    lines = (line for line in text.splitlines() if not line.startswith(f"{newcomer}:"))
    return QUOTED.sub(" ", "\n".join(lines))


def solo_words_shown(screens: dict[str, list[str]], code: str, own: list[str], newcomer: str):
    """{text: (screen, its words to or as one player)} of the screens' texts, but someone's own
    words and Sara's name (room_lines)."""
    found = {}
    for name, texts in screens.items():
        for text in texts:
            words = solo_words(code, room_lines(text, own, newcomer, code))
            if words:
                found.setdefault(text, (name, words))
    return found


@pytest.fixture(scope="module")
def content():
    return load_content(bundled_levels_dir(), tuple(language_codes()))


@pytest.mark.parametrize(
    "code",
    [pytest.param(code, marks=shared_walk(code, True)) if code == "fa" else code
     for code in language_codes()],
)  # fmt: skip
def test_no_workshop_step_speaks_to_one_player(content, code):
    own = someones_own_words(content, code)
    newcomer = content.profile.newcomer.name[code]
    screens = workshop_step_texts(code)
    assert {name.split(" ")[1] for name in screens} == {str(s) for s in range(1, 8)}
    found = solo_words_shown(screens, code, own, newcomer)
    assert found == {}, "\n".join(f"{n}: {w} in {t!r}" for t, (n, w) in found.items())


# -- the lists find what they are for ----------------------------------------------------------

# normal play's own words that the workshop's replaced: step 2's slots ("My goal", "What I will
# do"), step 4's hint ("You will see here why it helps"), the keys lines and step 3's hint
SOLO_KEYS = (
    "task.goal_cards.slot.goal",
    "task.goal_cards.slot.action",
    "task.goal_cards.why_hint",
    "task.week_planner.hint",
    "task.week_planner.keys_actions",
    "task.week_planner.selected_placed",
    "host.keys",
    "task.network_map.choose_hint",
)


@pytest.mark.parametrize("code", language_codes())
def test_the_lists_find_the_solo_words_the_workshop_replaces(code):
    """Each language's list finds normal play's own words on these texts, and none in their
    workshop versions: the walk above can fail, and the group versions are there to read."""
    solo, room = Translator(code), Translator(code)
    room.group = True
    hits = [solo_words(code, solo(key)) for key in SOLO_KEYS]
    assert any(hits), code
    for key in SOLO_KEYS:
        assert solo_words(code, room(key)) == [], (code, key, room(key))


def test_the_lists_leave_correct_words_alone():
    """Words that only look like the solo ones: the room addressed together, Sara's own, the
    Somali "very" (aad u), the Arabic words ending in their own "ـك", "thank you"."""
    fine = {
        "en": "Sara sends a thank-you. Thank you, Sara! Sara's goal.",
        "fi": "Valitkaa yksi. Saran tavoite. Kaksi uutta ihmistä. Miksi?",
        "so": "Doorasho aad u fiican! Riix Dhammaad si aad u aragtaan jawaab-celinta. "
        "Tab: shayga xiga.",
        "ar": "اختاروا خطوة. يمكنكم العودة. هناك مشارك في ذلك.",
        "fa": "انتخاب کنید. می‌توانیم پروفایل را تغییر دهیم. دوستان و اطلاعات.",
        "uk": "Спікер відповідає Сарі на ім’я.",
        "ru": "Выберите неделю для Сары.",
    }
    for code, words in fine.items():
        assert solo_words(code, words) == [], (code, solo_words(code, words))


def test_step_4_s_somali_slot_and_keys_speak_to_the_room():
    """Somali's "Haddii wax ku hor istaagaan" (if something gets in your way) used the object
    "ku" (you), which the list cannot tell from the preposition: the workshop's slot title and
    the keys lines of step 4 say it without "you"."""
    room = Translator("so")
    room.group = True
    title = room("task.week_planner.first_slot.if_then")
    assert title != catalog("so")["task.week_planner.first_slot.if_then"]
    assert " ku " not in f" {title} "
    for key in ("host.keys", "task.week_planner.keys_actions", "task.week_planner.hint"):
        assert "aad" not in room(key).split(), (key, room(key))
