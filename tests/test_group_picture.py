"""Workshop mode as a group activity (issue 15): the group's picture from the room's own run.

At the end of a run the room sees what it thought, in plain words (most of the room, a split,
whether that was the right answer), its three files are saved where the facilitator chooses and
nothing else is written, and several groups' files add up with `steps-game summary`."""

from __future__ import annotations

import json
import shutil

import pygame
import pytest

from steps_game.audit.room import room_of_twelve
from steps_game.choice_points import catalog_words, message_points, moment_points
from steps_game.group_files import step_titles, write_group_files
from steps_game.group_summary import check_group
from steps_game.group_words import Counted, point_words
from steps_game.i18n import Translator, catalog, language_codes
from steps_game.language_rules import categories
from steps_game.room_record import RoomRecord
from steps_game.scenes.export import ExportScene
from steps_game.scenes.group import GroupScene
from steps_game.scenes.layout import SCREEN_W
from steps_game.scenes.profile import ProfileScene
from steps_game.summary import run
from steps_game.tally import ChoicePoint, Tally
from steps_game.ui import text as text_module
from tests.test_own_plan import type_text
from tests.test_workshop import files_in, workshop

GROUP_KEYS = ("heading", "intro", "none", "step", "step_only", "to_profile", "most", "all")
GROUP_KEYS += ("split", "said", "got_it", "right_is", "also_right", "groups_most")
GROUP_KEYS += ("groups_split", "got_one", "one_right_is", "said_own_quotes")
GROUP_KEYS += ("summary_title", "groups", "save.heading", "save.explain", "save.format_png")
GROUP_KEYS += ("save.format_md", "save.format_json")


def statement(key: str, best: int = 1) -> ChoicePoint:
    return ChoicePoint(
        key=key,
        question={"en": f"Statement {key}.", "fi": f"Väite {key}."},
        options=(catalog_words("task.myth_or_fact.myth"), catalog_words("task.myth_or_fact.fact")),
        best=best,
        reason={"en": "Because.", "fi": "Koska."},
    )


def end_of_short_set(driver) -> None:
    """The facilitator starts the 15-minute set and skips through it to its end."""
    driver.press(control_id="start")
    driver.press(control_id="set-short")
    for _ in driver.app.workshop.sets.by_id("short").step_numbers:
        driver.key(pygame.K_F3)
    assert isinstance(driver.scene, GroupScene)


def every_page(driver) -> list[str]:
    """The group screen's words on each of its pages, turned as the facilitator turns them."""
    scene = driver.scene
    words = []
    for _ in range(scene.pager.pages):
        words += driver.texts()
        if scene.pager.pages > 1:
            driver.press(control_id="more")
    return words


# -- the group screen -----------------------------------------------------------------------------


def test_the_group_screen_says_what_a_room_of_twelve_thought_in_plain_words(make_driver):
    driver = workshop(make_driver, "en")
    app = driver.app
    room = app.workshop.room
    room.record(1, statement("a"), Tally(2, [3, 9]))  # most said Fact, and it is a fact
    room.record(1, statement("b", best=0), Tally(2, [5, 7]))  # a split
    room.record(1, statement("c", best=0), Tally(2, [2, 10]))  # most said Fact: it is a myth
    room.record(1, statement("d"), Tally(2, [0, 12]))  # everyone
    end_of_short_set(driver)
    words = every_page(driver)
    shown = "\n".join(words)
    assert app.tr("group.heading") in words
    expected = [
        "Statement a.",
        "Most of our group (9 of 12 people) said: Fact.",
        "That is the right answer.",
        "Statement b.",
        "Our group was split:",
        "5 people said “Myth” (right answer).",  # marked where it is said
        "7 people said “Fact”.",
        "Statement c.",
        "Most of our group (10 of 12 people) said: Fact.",
        "Statement d.",
        "Everyone in our group (12 people) said: Fact.",
    ]
    for line in expected:
        assert line in words, line
    # in the room's order, each line under its question
    assert [words.index(line) for line in expected] == sorted(words.index(x) for x in expected)
    # the two who were right are told so (sixth facilitator run: "most said" hid them)
    assert words[words.index("Statement c.") + 2] == "2 people said “Myth” (right answer)."
    step_one = app.tr.pick(app.content.level(1).title)
    assert app.tr("group.step", step=1, title=step_one) in words
    assert "counsellor" not in shown.lower()  # our group, never one's counsellor
    assert text_module.overflows == []


def test_a_run_without_counted_hands_says_so_and_the_buttons_still_work(make_driver):
    driver = workshop(make_driver, "fi")
    app = driver.app
    end_of_short_set(driver)
    assert app.tr("group.none") in driver.texts()
    assert "more" not in driver.ids()
    driver.press(control_id="profile")
    assert isinstance(driver.scene, ProfileScene)
    driver.press(control_id="group")  # and back to what our group thought
    assert isinstance(driver.scene, GroupScene)
    driver.press(control_id="export")
    assert isinstance(driver.scene, ExportScene)
    assert app.tr("group.save.heading") in driver.texts()


def test_a_long_run_goes_over_pages_and_every_point_is_on_one(make_driver):
    driver = workshop(make_driver, "ar", window=(1920, 1080))
    app = driver.app
    app.workshop.room = room_of_twelve(app.content)
    end_of_short_set(driver)
    assert driver.scene.pager.pages > 1
    words = every_page(driver)
    tr = app.tr
    for answer in app.workshop.room.answers:
        assert tr.pick(answer.point.question) in words
    assert text_module.overflows == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_long_run_fills_two_columns_before_it_turns_a_page(make_driver, language):
    driver = workshop(make_driver, language, window=(1920, 1080))
    app = driver.app
    app.workshop.room = room_of_twelve(app.content)
    end_of_short_set(driver)
    scene = driver.scene
    questions = {app.tr.pick(answer.point.question) for answer in app.workshop.room.answers}
    middle = SCREEN_W // 2
    pages = scene.pager.pages
    assert pages > 1
    for page in range(pages):
        shown = [t for t in scene.ui.texts if t.text in questions]
        sides = {t.rect.centerx < middle for t in shown}
        # (or one column across the page, where that shows more whole questions than two)
        across = any(t.rect.width > middle for t in shown)
        if page < pages - 1:  # both columns hold questions before the page turns
            assert sides == {True, False} or across, page
        for text in shown:  # each within its column, clear of the other
            assert across or text.rect.right <= middle or text.rect.left >= middle, text.text
        driver.press(control_id="more")


def test_a_right_answer_said_stands_in_a_right_answer_s_colour(make_driver):
    """Sixth facilitator run: "(right answer)" after a line was hard to find from the back of
    the room. The line of a right answer said is also in the colour the reveal gives a right
    answer; the other lines keep the ink."""
    from steps_game.ui import palette

    driver = workshop(make_driver, "en")
    app = driver.app
    room = RoomRecord()
    room.record(1, statement("b", best=0), Tally(2, [5, 7]))  # a split, Myth right
    room.record(1, statement("c", best=0), Tally(2, [2, 10]))  # most said Fact, 2 were right
    scene = GroupScene(app, room=room)
    app.push(scene)
    driver.frames(2)
    paras = [para for block in scene._blocks() for para in block]
    mark = app.tr("group.right_mark")
    marked = [para for para in paras if mark in para.text]
    assert [para.text for para in marked] == [
        "5 people said “Myth” (right answer).",
        "2 people said “Myth” (right answer).",
    ]
    assert all(para.color == palette.GOOD for para in marked)
    assert all(para.color != palette.GOOD for para in paras if para not in marked)


def test_a_right_answer_named_after_the_room_s_answers_is_in_that_colour_too(make_driver):
    """Seventh facilitator run: "The right answer: ..." and "Also right: ..." stood in black
    under the room's answers. The lines that name the right answer(s) are in a right answer's
    colour, on the screen and in its picture; what the room said keeps the ink."""
    from steps_game.group_picture import _line_color
    from steps_game.group_words import from_room, point_words
    from steps_game.ui import palette

    driver = workshop(make_driver, "en")
    app, tr = driver.app, driver.app.tr
    room = RoomRecord()
    room.record(1, statement("d", best=0), Tally(2, [0, 12]))  # everyone wrong
    scene = GroupScene(app, room=room)
    app.push(scene)
    driver.frames(2)
    paras = [para for block in scene._blocks() for para in block]
    right = tr("group.right_is", best=tr("task.myth_or_fact.myth"))
    named = [para for para in paras if para.text == right]
    assert len(named) == 1 and named[0].color == palette.GOOD
    said = [para for para in paras if para.text.startswith("Everyone")]
    assert len(said) == 1 and said[0].color != palette.GOOD
    words = point_words(from_room(room, tr)[0], tr)
    colours = [_line_color(words, line, n, tr) for n, line in enumerate(words.lines)]
    assert colours == [palette.INK, palette.GOOD]


def test_counts_take_each_languages_plural_forms():
    point = Counted(1, "a", "Q", ("Миф", "Факт"), (21, 20), 0)
    lines = point_words(point, Translator("ru")).lines
    # most chose the right answer (said first), then how the hands split
    assert lines[0] == "Большинство нашей группы (21 из 41 человека) выбрало правильный ответ."
    assert lines[1:4] == (
        "Не все были согласны:",
        "21 человек ответил «Миф» (правильный ответ).",
        "20 человек ответили «Факт».",
    )
    point = Counted(1, "a", "Q", ("أ", "ب", "ج"), (1, 2, 2), 0)
    arabic = point_words(point, Translator("ar")).lines[:4]
    assert arabic == (
        "انقسمت آراء مجموعتنا:",
        "شخص واحد (1) قال «أ» (إجابة صحيحة).",
        "شخصان (2) قالا «ب».",
        "شخصان (2) قالا «ج».",
    )
    point = Counted(1, "a", "Q", ("باور نادرست", "واقعیت"), (3, 9), 1)
    assert point_words(point, Translator("fa")).lines[0].startswith("بیشتر گروه ما (۹ از ۱۲ نفر)")
    # "7 of 12 people": the people take the form the room's size asks for
    point = Counted(1, "a", "Q", ("Миф", "Факт"), (5, 16), 1)
    assert "(16 из 21 человека)" in point_words(point, Translator("ru")).lines[0]
    point = Counted(1, "a", "Q", ("Миф", "Факт"), (3, 9), 1)
    assert "(9 из 12 человек)" in point_words(point, Translator("ru")).lines[0]
    point = Counted(1, "a", "Q", ("أ", "ب"), (0, 12), 1)
    assert "(12 شخصًا)" in point_words(point, Translator("ar")).lines[0]
    point = Counted(1, "a", "Q", ("أ", "ب"), (1, 4), 1)
    assert "(4 من 5 أشخاص)" in point_words(point, Translator("ar")).lines[0]
    point = Counted(1, "a", "Q", ("Myth", "Fact"), (0, 1), 1)
    assert "(1 person)" in point_words(point, Translator("en")).lines[0]
    # an answer that is a whole sentence keeps its own end, not a second full stop
    point = Counted(5, "open", "Opening", ("Hi!", "Hello."), (11, 1), 0)
    assert (
        point_words(point, Translator("en")).lines[0]
        == "Most of our group (11 of 12 people) said: Hi!"
    )


def test_every_language_has_the_group_words_in_itself():
    for code in language_codes():
        texts = catalog(code)
        for key in GROUP_KEYS:
            assert texts.get(f"group.{key}"), (code, key)
        for key in ("said", "said_own_quotes", "groups", "most", "all", "groups_most"):
            forms = texts[f"group.{key}"]
            assert set(forms) - {"count"} == set(categories(code)), (code, key)
        for key in ("group_invalid", "group_invalid_more", "same_group"):
            assert texts.get(f"summary.skip.{key}"), (code, key)


# -- the group's files ----------------------------------------------------------------------------


def test_save_as_files_writes_the_three_group_files_and_nothing_else(
    make_driver, tmp_path, monkeypatch
):
    home = tmp_path / "home"
    out = home / "group"
    out.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    data = tmp_path / "data"
    driver = workshop(make_driver, "en", data_dir=data)
    app = driver.app
    room = app.workshop.room
    room.record(1, statement("a"), Tally(2, [3, 9]))
    room.record(1, statement("b", best=0), Tally(2, [5, 7]))
    end_of_short_set(driver)
    driver.press(control_id="export")
    labels = driver.labels()
    assert [app.tr(f"group.save.format_{fmt}") in labels for fmt in ("png", "md", "json")] == [
        True
    ] * 3
    assert app.tr("export.format_ics") not in labels  # no calendar of a group's weeks
    driver.press(control_id="folder:typed")
    type_text(driver, "~/group")
    driver.press(control_id="save")
    assert isinstance(driver.scene, GroupScene)
    written = files_in(out)
    assert sorted(p.suffix for p in written) == [".json", ".md", ".png"]
    assert len({p.stem for p in written}) == 1 and written[0].stem.startswith("steps-workshop-")
    assert files_in(data) == []  # nothing else is written
    shown = " ".join(driver.texts())
    assert "~/group" in shown and str(home) not in shown

    document = json.loads(next(p for p in written if p.suffix == ".json").read_text("utf-8"))
    assert document == room.to_json("en")  # only the room's hands: no names, nothing typed
    assert set(document) == {"kind", "version", "language", "points"}
    page = next(p for p in written if p.suffix == ".md").read_text("utf-8")
    assert page.startswith("# What our group thought\n")
    assert "Most of our group (9 of 12 people) said: Fact." in page
    # the head line, then each answer said on a line of its own (a Markdown line break after each)
    said = "Our group was split:  \n5 people said “Myth” (right answer).  \n7 people said “Fact”."
    assert said in page
    picture = pygame.image.load(str(next(p for p in written if p.suffix == ".png")))
    assert picture.get_width() == 1920 and picture.get_height() >= 1080

    # the profile's "Save as files" writes the same group files (a player's profile files
    # say nothing of a group), never over the earlier ones
    driver.press(control_id="profile")
    driver.press(control_id="export")
    driver.press(control_id="folder:typed")
    type_text(driver, "~/group")
    driver.press(control_id="save")
    again = [p for p in files_in(out) if p not in written]
    assert sorted(p.suffix for p in again) == [".json", ".md", ".png"]
    assert files_in(data) == []


# -- several groups' files in `steps-game summary` ------------------------------------------------


def group_file(tmp_path, name: str, *counts: tuple[int, int], language: str = "en"):
    room = RoomRecord()
    for index, hands in enumerate(counts):
        room.record(1, statement(f"s{index}"), Tally(2, list(hands)))
    path = tmp_path / name
    path.write_text(json.dumps(room.to_json(language), ensure_ascii=False), encoding="utf-8")
    return path


def test_summary_adds_up_groups_and_counts_the_same_file_once(tmp_path, capsys):
    first = group_file(tmp_path, "monday.json", (3, 9), (6, 6))
    second = group_file(tmp_path, "tuesday.json", (1, 11), (4, 8))
    copy = tmp_path / "monday-copy.json"
    shutil.copy(first, copy)
    picture = tmp_path / "groups.png"
    assert run([first, second, copy], out=picture) == 0
    said = capsys.readouterr()
    lines = said.out.splitlines()
    assert lines[0] == "What the groups thought: 2 groups"
    assert "  In all the groups together, most (20 of 24 people) said: Fact." in lines
    agreed = "  Not everyone in the groups agreed:"
    at = lines.index(agreed)
    assert lines[at + 1 : at + 3] == [
        "  10 people said “Myth”.",
        "  14 people said “Fact” (right answer).",
    ]
    assert "  That is the right answer." in lines
    assert f"skipped {copy}: the same group file as an earlier file, counted once" in said.err
    assert pygame.image.load(str(picture)).get_width() == 1920

    assert run([first, second], out=picture, language="fi") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Mitä ryhmät ajattelivat: 2 ryhmää"
    # the sentences in the chosen language; questions the game does not know as written
    assert "  Suurin osa ryhmien jäsenistä (20/24 hengestä) vastasi: Fact." in lines
    assert "  Se on oikea vastaus." in lines


def test_the_games_own_statements_read_in_the_chosen_language(tmp_path, capsys):
    from steps_game.content import check_folder
    from steps_game.paths import bundled_levels_dir

    content, _ = check_folder(bundled_levels_dir())
    room = room_of_twelve(content)
    for name, language in (("ru.json", "ru"), ("sv.json", "sv")):
        document = room.to_json(language)
        (tmp_path / name).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    paths = [tmp_path / "ru.json", tmp_path / "sv.json"]
    assert run(paths, out=tmp_path / "groups.png", language="fi") == 0
    lines = capsys.readouterr().out.splitlines()
    first = room.answers[0]
    assert lines[0] == "Mitä ryhmät ajattelivat: 2 ryhmää"
    assert f"- {first.point.question['fi']}" in lines
    fact = Translator("fi")("task.myth_or_fact.fact")
    assert f"  Suurin osa ryhmien jäsenistä (18/24 hengestä) vastasi: {fact}." in lines
    russian, swedish = (
        Translator("ru")("task.myth_or_fact.fact"),
        Translator("sv")("task.myth_or_fact.fact"),
    )
    assert not any(russian in line or swedish in line for line in lines)


def level_point(points, key: str) -> ChoicePoint:
    return next(point for point in points if point.key == key)


def hands_for(point: ChoicePoint, option: int) -> Tally:
    """A room of twelve: most hands for `option`, one for each other option."""
    counts = [1] * len(point.options)
    counts[option] = 12 - len(counts) + 1
    return Tally(len(counts), counts)


def test_a_room_that_chose_the_second_good_ask_is_told_it_was_right(make_driver, tmp_path):
    driver = workshop(make_driver, "en", window=(1920, 1080))
    app = driver.app
    tr = app.tr
    ask = level_point(message_points(app.content), "ask")
    after = level_point(moment_points(app.content), "after")
    assert ask.also_best and after.also_best  # the levels have two good options at each
    second = ask.also_best[0]
    wrong = next(i for i in range(len(after.options)) if not after.is_best(i))
    hands = hands_for(ask, second)
    app.workshop.room.record(5, ask, hands)
    app.workshop.room.record(6, after, hands_for(after, wrong))
    end_of_short_set(driver)
    words = every_page(driver)
    # the room is asked a question at step 5, not shown the part's bare name
    question = tr.pick(ask.question)
    assert question == "What should the message ask for?"
    option = tr.pick(ask.options[second])
    said = tr("group.most", most=hands.counts[second], total=12, option=option)
    said = said.removesuffix(".") if option.endswith(".") else said  # one full stop
    assert words.index(question) < words.index(said)
    # one of the right answers, and the other one is named as just as good
    first_ask = tr.pick(ask.options[ask.best])
    also_ask = tr("group.also_right", best=first_ask)
    also_ask = also_ask.removesuffix(".") if first_ask.endswith((".", "?")) else also_ask
    # (on the screen the right answers run on in one paragraph; in the files a line each)
    assert words[words.index(said) + 1] == f"{tr('group.got_one')} {also_ask}"
    # a room where most missed both good options is told both, with the hands each got (one
    # each here), neither as "the" right answer
    missed = words.index(tr.pick(after.question)) + 2
    best, also = tr.pick(after.options[after.best]), tr.pick(after.options[after.also_best[0]])
    mark = tr("group.right_mark")
    credited = [f"{tr('group.said', count=1, option=words_)} {mark}." for words_ in (best, also)]
    assert words[missed : missed + 2] == credited  # a line each, as a split room's answers
    assert text_module.overflows == []

    # the files say the same, and the data file names both good asks
    written = write_group_files(
        app.workshop.room, tr, tmp_path, step_titles(app.content, tr), ("md", "json")
    )
    page = next(p for p in written if p.suffix == ".md").read_text("utf-8")
    lines = [line.rstrip() for line in page.splitlines()]
    assert lines[lines.index(said) + 1 : lines.index(said) + 3] == [tr("group.got_one"), also_ask]
    assert credited[1] in lines
    document = json.loads(next(p for p in written if p.suffix == ".json").read_text("utf-8"))
    assert check_group(document)[1] is None
    point = next(p for p in document["points"] if p["key"] == "ask")
    assert point["best"] == ask.best and point["also_best"] == [second]
    assert point["most"] == second


def test_summary_reads_step_five_and_six_questions_in_the_chosen_language(tmp_path, capsys):
    from steps_game.content import check_folder
    from steps_game.paths import bundled_levels_dir

    content, _ = check_folder(bundled_levels_dir())
    room = room_of_twelve(content)  # step 5's room picks the second good ask
    english = tmp_path / "english.json"
    english.write_text(json.dumps(room.to_json("en"), ensure_ascii=False), encoding="utf-8")
    assert run([english], out=tmp_path / "groups.png", language="fi") == 0
    lines = capsys.readouterr().out.splitlines()
    fi = Translator("fi")
    ask = room.answer(5, "ask").point
    talk = room.answer(6, "talk").point
    assert f"- {ask.question['fi']}" in lines and f"- {talk.question['fi']}" in lines
    assert ask.question["fi"] == "Mitä viestissä kannattaa pyytää?"
    chosen = ask.options[ask.also_best[0]]["fi"]
    said = next(line for line in lines if chosen in line)
    assert lines[lines.index(said) + 1] == f"  {fi('group.got_one')}"
    english_words = [ask.question["en"], talk.question["en"], ask.options[0]["en"]]
    assert not any(words in line for words in english_words for line in lines)


def test_an_old_group_file_without_also_best_still_reads(tmp_path, capsys):
    from steps_game.content import check_folder
    from steps_game.paths import bundled_levels_dir

    content, _ = check_folder(bundled_levels_dir())
    document = room_of_twelve(content).to_json("en")
    for point in document["points"]:
        del point["also_best"]  # as files were written before they named them
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert check_group(document)[1] is None
    assert run([old], out=tmp_path / "groups.png") == 0
    said = capsys.readouterr()
    assert "skipped" not in said.err
    lines = said.out.splitlines()
    # the game's own levels still say the room's second good ask was right
    ask = next(line for line in lines if "An introduction would help a lot." in line)
    assert lines[lines.index(ask) + 1] == "  That is one of the right answers."


def test_a_group_file_naming_no_other_good_option_is_skipped(tmp_path):
    from steps_game.content import check_folder
    from steps_game.paths import bundled_levels_dir

    content, _ = check_folder(bundled_levels_dir())
    document = room_of_twelve(content).to_json("en")
    ask = next(point for point in document["points"] if point["key"] == "ask")
    for wrong in ([ask["best"]], [len(ask["options"])], [0, 0]):
        ask["also_best"] = wrong
        checked, problem = check_group(document)
        assert checked is None and problem is not None, wrong


def test_a_broken_group_file_is_skipped_with_one_line(tmp_path, capsys):
    good = group_file(tmp_path, "good.json", (3, 9))
    broken = tmp_path / "broken.json"
    document = json.loads(good.read_text("utf-8"))
    document["points"][0]["counts"] = [3, 9, 1]  # three counts for two options
    broken.write_text(json.dumps(document), encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    document["points"][0] = {"step": "one"}
    wrong.write_text(json.dumps(document), encoding="utf-8")
    twice = tmp_path / "twice.json"
    document = json.loads(good.read_text("utf-8"))
    document["points"] *= 2  # one point counted twice in one file
    twice.write_text(json.dumps(document), encoding="utf-8")
    assert run([good, broken, wrong, twice], out=tmp_path / "out.png") == 0
    said = capsys.readouterr()
    errors = said.err.splitlines()
    said_twice = "($: Value error, a step and key appear twice)"
    assert errors.pop() == f"skipped {twice}: not a valid STEPS group file {said_twice}"
    assert errors[0].startswith(f"skipped {broken}: not a valid STEPS group file (points.1: ")
    assert "3 counts for 2 options" in errors[0]
    assert errors[1].startswith(f"skipped {wrong}: not a valid STEPS group file (")
    assert "more)" in errors[1]  # the first problem, and how many more
    assert len(errors) == 2 and "Traceback" not in said.err
    assert said.out.splitlines()[0] == "What the groups thought: 1 group"
    # only broken files: nothing drawn, exit 1, as for too few players' exports
    assert run([broken], out=tmp_path / "none.png") == 1
    assert not (tmp_path / "none.png").exists()
