"""Workshop mode as a group activity (issue 15), part one: the sets with honest times.

The sets are data (levels/workshop/sets.toml) checked on reading; the facilitator picks one when the
workshop starts; F3 and F4 move through its steps, the timer counts its minutes, and F1 shows its
plan and where the room is. Nothing of it is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from steps_game.i18n import Translator, catalog, language_codes
from steps_game.paths import bundled_levels_dir
from steps_game.scenes.group import GroupScene
from steps_game.scenes.help import HelpScene
from steps_game.scenes.intro import IntroScene
from steps_game.scenes.profile import ProfileScene
from steps_game.scenes.workshop_set import SetPickerScene
from steps_game.workshop_sets import (
    FILE_NAME,
    WorkshopSetsError,
    fallback_sets,
    load_sets,
)
from tests.test_workshop import FakeClock, files_in, workshop

LEVEL_MINUTES = {step: 2 for step in range(1, 8)}
SET_KEYS = ("choose_heading", "quick", "short", "full", "other", "plan_heading", "plan_step")
SET_KEYS += ("plan_minutes", "plan_now", "unusable")
PLACE_KEYS = ("usb", "typed", "typed_hint", "typed_heading", "typed_empty", "typed_not_full")
PLACE_KEYS += ("typed_missing", "typed_not_writable")


# -- the sets as data -----------------------------------------------------------------------------


def test_the_bundled_sets_are_a_fifteen_minute_set_a_short_set_and_a_full_set():
    sets = load_sets(bundled_levels_dir(), LEVEL_MINUTES)
    quick, short, full = sets.by_id("quick"), sets.by_id("short"), sets.by_id("full")
    assert [one.id for one in sets.sets] == ["quick", "short", "full"]  # shortest first
    for one, total in ((quick, 15), (short, 25)):
        assert one.total_minutes == total
        assert sum(part.minutes for part in one.steps) + one.closing_minutes == total
    assert full.step_numbers == (1, 2, 3, 4, 5, 6, 7)
    assert full.total_minutes == sum(part.minutes for part in full.steps)
    # the 15-minute warm-up: a myth or fact and the message to an old contact; the short set:
    # the moments at an event as well; in the game's order, each step's minutes following the
    # choices it plays (tests/test_workshop_short_set.py)
    assert quick.step_numbers == (1, 5) and short.step_numbers == (1, 5, 6)
    assert [part.minutes for part in quick.steps] == [5, 7] and quick.closing_minutes == 3
    assert [part.minutes for part in short.steps] == [7, 7, 8] and short.closing_minutes == 3
    assert short.after(1) == short.step_numbers[1] and short.after(7) is None
    assert short.before(short.step_numbers[1]) == 1 and short.before(1) == 1
    assert short.minutes_before(short.step_numbers[-1]) == 25 - short.steps[-1].minutes - 3


def write_sets(tmp_path, text: str):
    folder = tmp_path / "levels"
    (folder / FILE_NAME).parent.mkdir(parents=True, exist_ok=True)
    (folder / FILE_NAME).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (
            '[[sets]]\nid = "a"\ntotal_minutes = 10\nsteps = [{ step = 1, minutes = 4 }]\n',
            "add up to 4, not total_minutes = 10",
        ),
        (
            '[[sets]]\nid = "a"\ntotal_minutes = 4\n'
            "steps = [{ step = 2, minutes = 2 }, { step = 1, minutes = 2 }]\n",
            "each step once, in order",
        ),
        (
            '[[sets]]\nid = "a"\ntotal_minutes = 2\nsteps = [{ step = 9, minutes = 2 }]\n',
            "names steps with no level: [9]",
        ),
        ("[[sets]\n", "cannot be read"),
        (
            '[[sets]]\nid = "a"\ntotal_minutes = 0\nsteps = []\n',
            "sets.0.steps",
        ),
    ],
)
def test_a_wrong_sets_file_is_named_with_what_is_wrong(tmp_path, text, says):
    folder = write_sets(tmp_path, text)
    with pytest.raises(WorkshopSetsError) as error:
        load_sets(folder, LEVEL_MINUTES)
    assert says in str(error.value) and str(folder / FILE_NAME) in str(error.value)


def test_a_levels_folder_without_sets_plays_every_step_with_its_own_minutes(tmp_path):
    assert load_sets(tmp_path, {1: 3, 2: 4}) == fallback_sets({1: 3, 2: 4})
    only = fallback_sets({1: 3, 2: 4}).sets[0]
    assert only.step_numbers == (1, 2) and only.total_minutes == 7


def test_every_language_names_the_sets_and_the_plan():
    for code in language_codes():
        tr = Translator(code)
        for key in SET_KEYS:
            text = tr(f"workshop_sets.{key}", minutes=15, id="x", step=1, title="t", left=5)
            assert text and catalog(code).get(f"workshop_sets.{key}"), (code, key)
        for key in ("group.profile_intro", *(f"save_places.{k}" for k in PLACE_KEYS)):
            assert catalog(code).get(key), (code, key)  # written in the language itself


# -- the facilitator plays a set ------------------------------------------------------------------


def test_the_fifteen_minute_set_moves_times_and_plans_by_the_set(make_driver, tmp_path):
    data = tmp_path / "data"
    driver = workshop(make_driver, "en", data_dir=data)
    app = driver.app
    clock = FakeClock()
    app.workshop.timer.clock = clock
    driver.press(control_id="start")
    assert isinstance(driver.scene, SetPickerScene)
    short = app.workshop.sets.by_id("quick")
    assert app.workshop.set_label(short) in driver.labels()
    driver.press(control_id="set-quick")
    steps = list(short.step_numbers)
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == steps[0]

    seen = []
    for step in steps:
        assert isinstance(driver.scene, IntroScene) and driver.scene.step == step
        driver.key(pygame.K_F6)
        assert app.workshop.timer.label() == f"{short.minutes_for(step)}:00"
        driver.key(pygame.K_F6)
        driver.key(pygame.K_F1)  # the plan: every step of the set, and where the room is
        assert isinstance(driver.scene, HelpScene)
        texts = " ".join(driver.texts())
        left = short.total_minutes - short.minutes_before(step)
        assert app.tr("workshop_sets.plan_now", step=step, left=left) in texts
        for other in steps:
            title = app.tr.pick(app.content.level(other).title)
            assert app.tr("workshop_sets.plan_step", step=other, title=title) in texts
        # the minute at the end for what our group thought is in the plan too
        assert app.tr("group.heading") in driver.texts()  # a row of its own
        minutes = [app.tr("workshop_sets.plan_minutes", minutes=m) for m in (3, 5, 7)]
        assert all(words in driver.texts() for words in minutes)
        driver.key(pygame.K_F1)
        seen.append(step)
        driver.key(pygame.K_F3)
    assert seen == steps
    # after the set's last step: what our group thought, and one button on the group's profile
    assert isinstance(driver.scene, GroupScene)
    driver.press(control_id="profile")
    assert isinstance(driver.scene, ProfileScene)
    assert app.tr("group.profile_intro") in driver.texts()  # our group, not one's counsellor
    assert app.tr.pick(app.content.profile.intro) not in driver.texts()
    driver.key(pygame.K_F4)
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == steps[-1]
    driver.key(pygame.K_F4)
    assert driver.scene.step == steps[-2]  # back through the set, not to the step before
    assert files_in(data) == []


def _timed_short_set(make_driver, language: str):
    """A workshop on the 15-minute set with a clock the test moves: the driver, the clock and
    the set."""
    driver = workshop(make_driver, language)
    clock = FakeClock()
    driver.app.workshop.timer.clock = clock
    driver.press(control_id="start")
    driver.press(control_id="set-quick")
    return driver, clock, driver.app.workshop.chosen_set


def test_f1_says_how_far_behind_the_plan_the_room_runs_by_the_timer(make_driver):
    """The step timer starts afresh at each step, so an overrun was lost: a room 2.5 minutes over
    in the set's first step saw the plan's minutes left at the next step as if on time
    (facilitator play-test). F1 now says the room is 2 minutes behind; on time it says nothing."""
    driver, clock, short = _timed_short_set(make_driver, "en")
    app = driver.app
    first, second = list(short.step_numbers)[:2]
    driver.key(pygame.K_F6)  # the timer on
    clock.now += 60 * short.minutes_for(first) - 30  # on time so far
    driver.frames(1)
    driver.key(pygame.K_F1)
    behind = [t for t in driver.texts() if "behind the plan" in t]
    assert behind == []
    driver.key(pygame.K_F1)
    clock.now += 30 + 140  # 2:20 over in the first step
    driver.frames(1)
    driver.key(pygame.K_F3)  # on to the set's next step: its own timer starts afresh
    assert driver.scene.step == second and app.workshop.timer.label().startswith(
        f"{short.minutes_for(second)}:"
    )
    driver.key(pygame.K_F1)
    assert app.tr("workshop_sets.plan_behind", minutes=2) in driver.texts()


def test_f1_says_the_room_is_about_a_minute_behind_from_half_a_minute_on(make_driver):
    """Third real-time run: 0:41 behind at step 6 of the 15-minute set, and F1 said nothing
    (whole minutes counted down), while 0:35 ahead said "about 1 minute" in hand. Both are
    now to the nearest minute."""
    driver, clock, short = _timed_short_set(make_driver, "en")
    app = driver.app
    first, second = list(short.step_numbers)[:2]
    driver.key(pygame.K_F6)
    clock.now += 60 * short.minutes_for(first) + 41  # 0:41 over
    driver.frames(1)
    driver.key(pygame.K_F3)
    assert driver.scene.step == second
    driver.key(pygame.K_F1)
    assert app.tr("workshop_sets.plan_behind", minutes=1) in driver.texts()
    assert "about" in app.tr("workshop_sets.plan_behind", minutes=1)


@pytest.mark.parametrize("language", ["en", "ar", "fa", "so"])
def test_f1_says_how_much_time_the_room_has_in_hand(make_driver, language):
    """Facilitator's real-time run: at step 6 the room was 0:50 ahead, but F1 said only the
    minutes left in the plan, so the facilitator hurried a step that could take its time. F1 now
    says how many minutes the steps before left over, to the nearest minute."""
    driver, clock, short = _timed_short_set(make_driver, language)
    app = driver.app
    first, second = list(short.step_numbers)[:2]
    driver.key(pygame.K_F6)
    clock.now += 60 * short.minutes_for(first) - 50  # the first step done 50 s early
    driver.frames(1)
    driver.key(pygame.K_F3)
    assert driver.scene.step == second
    driver.key(pygame.K_F1)
    texts = driver.texts()
    assert app.tr("workshop_sets.plan_ahead", minutes=1) in texts
    assert app.tr("workshop_sets.plan_behind", minutes=0) not in texts
    from steps_game.audit import measure

    assert measure(app, "F1 with time in hand").problems == []
    driver.key(pygame.K_F1)
    clock.now += 60 * short.minutes_for(second) + 40  # 40 s over: 10 s in hand, nothing said
    driver.frames(1)
    driver.key(pygame.K_F3)
    driver.key(pygame.K_F1)
    assert not [t for t in driver.texts() if t == app.tr("workshop_sets.plan_ahead", minutes=1)]


def test_back_on_the_picker_returns_to_the_title_and_a_new_group_picks_again(make_driver):
    driver = workshop(make_driver, "ar")
    driver.press(control_id="start")
    driver.press(control_id="back")
    assert "start" in driver.ids()
    driver.press(control_id="start")
    driver.press(control_id="set-full")
    assert driver.app.workshop.chosen_set.id == "full"
    driver.key(pygame.K_F12)
    driver.press(control_id="yes")
    assert driver.app.workshop.chosen_set is None and "start" in driver.ids()


def test_an_unusable_sets_file_leaves_every_step_and_says_so(make_driver, tmp_path):
    folder = tmp_path / "levels"
    shutil.copytree(bundled_levels_dir(), folder)
    (folder / FILE_NAME).write_text("[[sets]\n", encoding="utf-8")
    driver = workshop(make_driver, "en", levels=folder)
    driver.press(control_id="start")
    only = driver.app.workshop.sets.sets
    assert len(only) == 1 and only[0].step_numbers == (1, 2, 3, 4, 5, 6, 7)
    assert driver.app.notice == "workshop_sets.unusable"


# The word for the workshop that the title's "Workshop mode" button uses in each language: the
# notice about its sets names the same workshop, not another kind of event.
WORKSHOP_WORD = {
    "et": "töötoa",
    "ru": "семинар",
    "uk": "воркшоп",
    "fa": "کارگاه",
    "so": "aqoon-is-weydaarsi",
}


@pytest.mark.parametrize("code", sorted(WORKSHOP_WORD))
def test_the_unusable_sets_notice_names_the_workshop_and_is_plain(code):
    """The notice a facilitator reads when levels/workshop/sets.toml cannot be used: it names
    the workshop with the word of the "Workshop mode" button (Russian and Ukrainian said
    "master class", Somali named no workshop at all), and it is two short sentences, not one
    long one joined by "so" (as the Estonian, Persian and Somali were)."""
    notice = catalog(code)["workshop_sets.unusable"]
    button = catalog(code)["workshop.title_button"]
    word = WORKSHOP_WORD[code]
    assert word in button.lower() and word in notice.lower()
    assert not {"мастер-класс", "майстер-клас"} & set(notice.lower().split())
    sentences = [part for part in notice.replace("؟", ".").split(".") if part.strip()]
    assert len(sentences) == 2, notice
    assert all(len(sentence.split()) <= 12 for sentence in sentences), notice


# -- saving the group's files where the facilitator chooses ---------------------------------------


def test_a_folder_is_shown_to_the_room_without_a_home_path(tmp_path):
    from steps_game.save_places import shown_name

    home = tmp_path / "home" / "leader"
    assert shown_name(home / "Documents", home) == "~/Documents"
    assert shown_name(home, home) == "~"
    assert shown_name(Path("/media/leader/STICK"), home) == "STICK"
    assert shown_name(Path("/run/media/leader/STICK/group"), home) == "STICK/group"
    assert shown_name(Path("/srv/share"), home) == "/srv/share"


def test_usb_sticks_are_found_under_the_users_media_folder(tmp_path):
    from steps_game.save_places import usb_sticks

    root = tmp_path / "media"
    (root / "leader" / "STICK").mkdir(parents=True)
    (root / "leader" / "CARD").mkdir()
    (root / "not-mounted").mkdir()  # a plain folder under /media is no drive
    assert usb_sticks("leader", (root,)) == [root / "leader" / "CARD", root / "leader" / "STICK"]


def test_a_typed_folder_must_be_a_whole_path_to_a_folder_that_exists(tmp_path):
    from steps_game.save_places import typed_folder

    (tmp_path / "Documents").mkdir()
    assert typed_folder("  ", tmp_path) == (None, "save_places.typed_empty")
    assert typed_folder("Documents", tmp_path) == (None, "save_places.typed_not_full")
    assert typed_folder("~/Nothing", tmp_path) == (None, "save_places.typed_missing")
    assert typed_folder("~/Documents", tmp_path) == (tmp_path / "Documents", "")
    assert typed_folder(str(tmp_path), tmp_path) == (tmp_path, "")


def test_the_group_saves_its_files_into_a_typed_folder_and_the_screen_hides_home(
    make_driver, tmp_path, monkeypatch
):
    from tests.test_own_plan import type_text

    home = tmp_path / "home"
    out = home / "group"
    out.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    data = tmp_path / "data"
    driver = workshop(make_driver, "en", data_dir=data)
    driver.press(control_id="start")
    driver.press(control_id="set-short")
    for _ in range(3):
        driver.key(pygame.K_F3)
    driver.press(control_id="profile")
    assert isinstance(driver.scene, ProfileScene)
    driver.press(control_id="export")
    assert "folder:data" not in driver.ids() and "folder:typed" in driver.ids()
    driver.press(control_id="folder:typed")
    # a folder's path, not the player's words: no note on where words go (facilitator's run)
    privacy = driver.app.tr("words.privacy", count=0, most=driver.scene.editor.limit)
    assert privacy not in driver.texts()
    assert driver.app.tr("words.count", count=0, most=driver.scene.editor.limit) in driver.texts()
    type_text(driver, "~/nowhere")
    driver.press(control_id="save")
    shown = " ".join(
        driver.texts() + [str(c.data) for c in driver.ring.focusable] + driver.labels()
    )
    assert driver.app.tr("save_places.typed_missing") in shown
    driver.press(control_id="folder:typed")
    type_text(driver, "~/group")
    driver.press(control_id="save")
    assert isinstance(driver.scene, ProfileScene)
    assert [p.name for p in files_in(out)]  # the files are in the typed folder
    shown = " ".join(driver.texts())
    assert "~/group" in shown and str(home) not in shown
    assert files_in(data) == []


# -- the room's hands: the tally's rules (no screen records them yet) -----------------------------


def test_a_room_of_twelve_counts_hands_and_the_most_and_the_split_follow():
    from steps_game.tally import MOST_HANDS, Tally

    tally = Tally(2)
    for _ in range(7):
        tally.digit(2)  # number key 2: a hand for "Fact"
    tally.move(1)  # focus back to the first option
    for _ in range(6):
        tally.add()
    tally.remove()
    assert tally.counts == [5, 7] and tally.total == 12
    assert tally.most() == 1 and tally.split()  # 7 of 12 is under 60 %
    tally.add(1, 3)
    assert tally.counts == [5, 10] and not tally.split()
    tally.remove(0)
    for _ in range(10):
        tally.remove(0)
    assert tally.counts[0] == 0  # never under nothing
    tally.add(1, 500)
    assert tally.counts[1] == MOST_HANDS
    tally.digit(9)  # no ninth option: nothing happens
    assert tally.to_json() == {"counts": [0, MOST_HANDS], "total": MOST_HANDS}
    even = Tally(2, counts=[6, 6])
    assert even.most() is None and even.split()
    assert not Tally(3).counted and Tally(3).most() is None and not Tally(3).split()
    with pytest.raises(ValueError):
        Tally(0)


def test_step_one_describes_the_statement_on_the_table_as_a_choice_point():
    from steps_game.level_file_check import check_level_file
    from steps_game.tasks.myth_or_fact.model import MythOrFactModel

    level, problems = check_level_file(bundled_levels_dir() / "01-tuning-in.toml")
    assert not problems
    model = MythOrFactModel(level.task, "other")
    myth, fact = {"en": "Myth"}, {"en": "Fact"}
    for statement in level.task.statements:
        point = model.choice_point(myth, fact)
        assert point.key == statement.id and point.question == statement.text
        assert point.options[point.best] == (fact if statement.is_fact else myth)
        assert point.reason == statement.explanation
        model.answer(True)
        model.next()
    assert model.choice_point(myth, fact) is None  # sorted: no choice on the table


def test_a_set_the_catalogs_do_not_name_is_called_by_its_id(make_driver):
    from steps_game.workshop_sets import SetStep, WorkshopSet

    driver = workshop(make_driver, "en")
    evening = WorkshopSet(id="evening", total_minutes=4, steps=(SetStep(step=2, minutes=4),))
    assert driver.app.workshop.set_label(evening) == "Set “evening”, 4 min"


@pytest.mark.parametrize(("language", "size"), [("en", (1920, 1080)), ("ar", (1280, 720))])
def test_the_group_screen_never_leaves_a_step_s_name_alone_at_a_column_s_foot(
    make_driver, language, size
):
    """A step's name or a question split from its lines goes on with them (facilitator's
    real-time run: "Step 5" stood alone at the foot of page 1, its tally on page 2)."""
    from steps_game.audit.room import room_of_twelve
    from steps_game.scenes.group import GroupScene

    driver = workshop(make_driver, language, window=size)
    app = driver.app
    scene = GroupScene(app, room=room_of_twelve(app.content))
    app.push(scene)
    driver.frames(2)
    box = pygame.Rect(0, 0, scene.column_w, 420)
    blocks = scene._blocks()
    for width in (scene.column_w, 560, 400):
        columns = scene._columns(blocks, width, box.height)
        for number, column in enumerate(columns[:-1]):
            last = column[-1]
            alone = len(last) == 1 and (last[0].heading or last[0].bold)  # a name, a question
            assert not (alone and len(column) > 1), (width, number, last[0].text)
