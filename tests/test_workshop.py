"""Workshop mode: a group on a projector. Nothing is written, every facilitator key does what the
help says, the discussion card asks the level's questions, F12 leaves nothing of the run in memory,
and the shared screens keep their larger words inside their boxes."""

from __future__ import annotations

import gc
import shutil

import pygame
import pytest

from steps_game.audit.room import room_of_twelve
from steps_game.content import check_folder
from steps_game.outcome import Outcome
from steps_game.paths import bundled_levels_dir
from steps_game.progress import Progress
from steps_game.scenes.discussion import DiscussionScene
from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.group import GroupScene
from steps_game.scenes.help import HelpScene
from steps_game.scenes.intro import IntroScene
from steps_game.scenes.pause import PauseScene
from steps_game.scenes.profile import ProfileScene
from steps_game.scenes.task_host import TaskHostScene
from steps_game.scenes.title import TitleScene
from steps_game.ui import palette
from steps_game.ui import text as text_module
from steps_game.ui.builder import BUTTON_TEXT_SIZE, button_label_size
from steps_game.workshop import KEYS, TEXT_SCALE
from tests.driver import Driver
from tests.test_playthrough import Player
from tests.test_scenes import fake_outcome


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def workshop(make_driver, language: str = "en", **kwargs) -> Driver:
    return make_driver(workshop=True, language=language, **kwargs)


def play_task(driver: Driver) -> None:
    """Finish the task on screen (the playthrough's player) and press Done."""
    player = Player(driver, mouse=False, best=True)
    getattr(player, driver.scene.level.task.kind)()
    assert driver.scene.model.is_complete()
    player.use("done")


def start_full_set(driver) -> None:
    """The workshop's Start, then the full set (levels/workshop/sets.toml): every step in order."""
    driver.press(control_id="start")
    driver.press(control_id="set-full")


def files_in(folder) -> list:
    return sorted(p for p in folder.rglob("*")) if folder.exists() else []


# -- nothing is written ---------------------------------------------------------------------------


def test_a_workshop_run_with_skip_and_back_writes_no_file(make_driver, tmp_path, monkeypatch):
    import steps_game.storage

    written = []
    real_write = steps_game.storage.write_private
    monkeypatch.setattr(
        steps_game.storage,
        "write_private",
        lambda target, *a, **k: written.append(target) or real_write(target, *a, **k),
    )
    data = tmp_path / "data"
    driver = workshop(make_driver, "fi", data_dir=data)
    app = driver.app
    assert not app.storage.enabled
    start_full_set(driver)
    step = 1
    while not isinstance(driver.scene, GroupScene):
        assert isinstance(driver.scene, IntroScene) and driver.scene.step == step
        if step == 3:  # the facilitator skips step 3 from its intro
            driver.key(pygame.K_F3)
            step = 4
            continue
        driver.press(control_id="start-task")
        if step == 5:
            driver.key(pygame.K_F4)  # back: step 4's intro opens again
            assert isinstance(driver.scene, IntroScene) and driver.scene.step == 4
            driver.key(pygame.K_F3)  # and on: step 4 keeps the score it had
            assert isinstance(driver.scene, IntroScene) and driver.scene.step == 5
            driver.press(control_id="start-task")
        driver.key(pygame.K_F6)  # the timer on and off again on the way
        play_task(driver)
        assert isinstance(driver.scene, FeedbackScene)
        driver.press(control_id="next")
        assert isinstance(driver.scene, DiscussionScene)
        driver.key(pygame.K_F1)  # help over the card, closed again
        assert isinstance(driver.scene, HelpScene)
        driver.key(pygame.K_F1)
        assert isinstance(driver.scene, DiscussionScene)
        driver.press(control_id="next")
        step += 1
    assert [o.step for o in app.session.outcomes()] == [1, 2, 4, 5, 6, 7]
    driver.press(control_id="profile")  # from what our group thought to the group's profile
    assert isinstance(driver.scene, ProfileScene)
    # the dimensions' rows, on one page or across the pages "more-dimensions" turns through
    dimensions = {f"dimension:{d.id}" for d in app.content.profile.dimensions}
    rows: dict[str, str] = {}
    for _ in dimensions:
        rows |= {c.id: c.data["text"] for c in driver.ring.controls if c.id in dimensions}
        if rows.keys() == dimensions:
            break
        driver.press(control_id="more-dimensions")
    assert rows.keys() == dimensions
    skipped = app.content.level(3).dimension
    assert rows[f"dimension:{skipped}"] == app.tr("profile.not_done")
    assert written == []
    assert files_in(data) == []
    assert text_module.overflows == []


def test_workshop_mode_reads_no_saved_run(make_driver, tmp_path):
    data = tmp_path / "data"
    player = make_driver(language="en", data_dir=data)
    player.app.session.new("it")
    player.app.session.record(fake_outcome(player.app.content.level(1), 50))
    before = {p.name: p.read_bytes() for p in files_in(data)}
    assert "progress.json" in before
    player.close()

    driver = workshop(make_driver, data_dir=data)
    assert driver.app.session.progress is None
    assert "continue" not in driver.ids()
    start_full_set(driver)
    assert isinstance(driver.scene, IntroScene)
    driver.app.quit()
    assert {p.name: p.read_bytes() for p in files_in(data)} == before


# -- the facilitator's keys -----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fi", "en"])
def test_help_lists_every_key_in_the_current_language(make_driver, language):
    """That nothing is saved stands first, in view as F1 opens; every key is on the list (the
    list scrolls where they do not all fit: Page Down, as a clicker sends it)."""
    driver = workshop(make_driver, language)
    driver.key(pygame.K_F1)
    assert isinstance(driver.scene, HelpScene)
    assert driver.app.tr("workshop.privacy") in driver.texts()
    shown = driver.texts()
    for _ in range(3):
        driver.key(pygame.K_PAGEDOWN)
        shown += driver.texts()
    for _, name, key in KEYS:
        assert name in shown
        assert driver.app.tr(key) in shown
    assert any("PgDn" in name for _, name, _ in KEYS)  # a clicker's keys (tenth facilitator run)
    driver.key(pygame.K_F1)
    assert isinstance(driver.scene, TitleScene)


def test_every_key_does_what_the_help_says(make_driver):
    driver = workshop(make_driver)
    app = driver.app
    clock = FakeClock()
    app.workshop.timer.clock = clock
    start_full_set(driver)
    driver.press(control_id="start-task")
    assert isinstance(driver.scene, TaskHostScene) and driver.scene.step == 1

    # F1: show or hide these keys
    driver.key(pygame.K_F1)
    assert isinstance(driver.scene, HelpScene)
    driver.key(pygame.K_F1)
    assert isinstance(driver.scene, TaskHostScene)

    # F2 or Esc: the pause menu (F2 again or Esc closes it)
    driver.key(pygame.K_F2)
    assert isinstance(driver.scene, PauseScene)
    assert "help" in driver.ids() and "settings" not in driver.ids()
    driver.key(pygame.K_F2)
    assert isinstance(driver.scene, TaskHostScene)
    driver.key(pygame.K_ESCAPE)
    assert isinstance(driver.scene, PauseScene)
    driver.key(pygame.K_ESCAPE)
    assert isinstance(driver.scene, TaskHostScene)

    # F5: show or hide the discussion card, any time in a step
    driver.key(pygame.K_F5)
    assert isinstance(driver.scene, DiscussionScene) and driver.scene.step == 1
    assert driver.ids() == ["close"]
    driver.key(pygame.K_F5)
    assert isinstance(driver.scene, TaskHostScene)

    # F6: the timer, off by default, counts down the set's minutes for the step, then overtime;
    # it never ends anything
    timer = app.workshop.timer
    assert not timer.on
    driver.key(pygame.K_F6)
    assert timer.on and timer.label() == "5:00"  # step 1 in the full set
    clock.now += 30
    driver.frames(1)
    assert timer.label() == "4:30"
    driver.key(pygame.K_F2)  # paused: the timer waits
    clock.now += 600
    driver.frames(1)
    driver.key(pygame.K_F2)
    assert timer.label() == "4:30"
    clock.now += 280
    driver.frames(2)
    assert timer.over and timer.label() == "+0:10"
    assert isinstance(driver.scene, TaskHostScene)  # nothing ended
    clock.now += 5
    driver.key(pygame.K_F6)
    assert not timer.on
    clock.now += 60
    driver.frames(1)
    assert timer.label() == "+0:15"  # stopped: it does not count

    # F3: skip to the next step, no score for this one
    driver.key(pygame.K_F3)
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 2
    assert app.session.outcomes() == []
    driver.key(pygame.K_F6)
    assert app.workshop.timer.on and app.workshop.timer.label() == "5:00"  # a new step's time

    # F4: back to the previous step's intro
    driver.press(control_id="start-task")
    driver.key(pygame.K_F4)
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 1
    driver.key(pygame.K_F4)
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 1

    # F11: full screen on or off (and nothing written for it)
    fullscreen = app.fullscreen
    driver.key(pygame.K_F11)
    assert app.fullscreen is not fullscreen
    driver.key(pygame.K_F11)
    assert app.fullscreen is fullscreen

    # F12: a clean title for the next group, after a question that Enter answers yes
    driver.key(pygame.K_F12)
    assert driver.ring.focused_id == "yes"
    driver.key(pygame.K_RETURN)
    assert [type(s) for s in app.scenes] == [TitleScene]
    assert app.session.progress is None
    assert not app.workshop.timer.on


def test_skipping_the_last_step_opens_what_the_group_thought_then_its_profile(make_driver):
    driver = workshop(make_driver)
    start_full_set(driver)
    for _ in range(7):
        driver.key(pygame.K_F3)
    assert isinstance(driver.scene, GroupScene)
    driver.key(pygame.K_F3)  # nothing to skip after the last step
    assert isinstance(driver.scene, GroupScene)
    driver.key(pygame.K_F4)  # back to the last step, and on again
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 7
    driver.key(pygame.K_F3)
    driver.press(control_id="profile")
    assert isinstance(driver.scene, ProfileScene)
    assert driver.app.session.outcomes() == []
    assert driver.app.tr("workshop.profile_heading") in driver.texts()
    driver.key(pygame.K_F3)  # nothing to skip on the profile
    assert isinstance(driver.scene, ProfileScene)
    driver.key(pygame.K_F4)
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 7
    driver.key(pygame.K_F6)
    assert driver.app.workshop.timer.label() == "5:00"  # step 7's minutes in the full set


def test_keys_do_nothing_outside_workshop_mode(make_driver):
    driver = make_driver(language="en")
    driver.press(control_id="start")
    driver.press(control_id="field:it")
    driver.press(control_id="continue")
    driver.press(control_id="way:whole")
    for key in (pygame.K_F1, pygame.K_F3, pygame.K_F5, pygame.K_F6, pygame.K_F12):
        driver.key(key)
        assert isinstance(driver.scene, IntroScene) and driver.scene.step == 1
    assert driver.app.workshop is None


# -- the discussion card --------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fi", "en"])
def test_discussion_card_shows_the_levels_questions(make_driver, language):
    driver = workshop(make_driver, language)
    app = driver.app
    start_full_set(driver)
    for level in app.content.levels:
        assert isinstance(driver.scene, IntroScene) and driver.scene.step == level.step
        driver.key(pygame.K_F5)
        assert isinstance(driver.scene, DiscussionScene)
        shown = "\n".join(driver.texts())
        for question in level.discussion:
            assert question[language] in shown
        # the tip for real life goes with the card: Sara's, where the level has one for the room
        tip = level.workshop.tip if level.workshop.tip is not None else level.tip
        assert tip[language] in shown
        driver.key(pygame.K_F5)
        driver.key(pygame.K_F3)
    assert text_module.overflows == []


def test_after_the_feedback_the_card_leads_on(make_driver):
    driver = workshop(make_driver, "fi")
    app = driver.app
    start_full_set(driver)
    driver.press(control_id="start-task")
    play_task(driver)
    assert isinstance(driver.scene, FeedbackScene)
    assert driver.control(control_id="next").label == app.tr("workshop.to_discussion")
    driver.press(control_id="next")
    assert isinstance(driver.scene, DiscussionScene)
    assert driver.control(control_id="next").label == app.tr("feedback.next")
    driver.press(control_id="close")  # back to the feedback
    assert isinstance(driver.scene, FeedbackScene)
    driver.key(pygame.K_F5)
    driver.press(control_id="next")
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 2
    assert [o.step for o in app.session.outcomes()] == [1]


# -- a clean start for the next group -------------------------------------------------------------


def test_the_clean_reset_key_leaves_no_progress_in_memory(make_driver):
    driver = workshop(make_driver)
    app = driver.app
    start_full_set(driver)
    driver.press(control_id="start-task")
    play_task(driver)
    driver.press(control_id="next")
    driver.press(control_id="next")
    driver.press(control_id="start-task")
    Player(driver, mouse=False, best=True).use(driver.ids_starting("goal:")[0])
    driver.key(pygame.K_F6)
    driver.key(pygame.K_F2)  # the pause menu keeps the task's state in the session
    assert app.session.progress.task_snapshot is not None
    session_before = app.session
    gc.collect()
    assert any(isinstance(o, Progress | TaskHostScene) for o in gc.get_objects())

    driver.key(pygame.K_F12)
    driver.key(pygame.K_RETURN)  # yes, clear everything
    assert [type(s) for s in app.scenes] == [TitleScene]
    assert app.session is not session_before and app.session.progress is None
    assert not app.session.can_continue and "continue" not in driver.ids()
    assert not app.workshop.timer.on
    del session_before
    gc.collect()
    alive = [
        type(o).__name__
        for o in gc.get_objects()
        if isinstance(o, Progress | Outcome | TaskHostScene | FeedbackScene)
    ]
    assert alive == []
    # the next group starts at step 1 with nothing done
    start_full_set(driver)
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 1
    assert app.session.outcomes() == []


def test_workshop_mode_from_the_title_and_back(make_driver, tmp_path):
    data = tmp_path / "data"
    driver = make_driver(language="en", data_dir=data)
    app = driver.app
    app.session.new("it")
    app.session.record(fake_outcome(app.content.level(1), 40))
    app.reset_to(TitleScene(app))
    driver.frames(1)
    saved = {p.name: p.read_bytes() for p in files_in(data)}
    driver.press(control_id="workshop")
    assert app.workshop is not None and not app.storage.enabled
    assert app.text_scale == TEXT_SCALE and text_module.text_scale() == TEXT_SCALE
    assert palette.HIGH_CONTRAST["INK"] == palette.INK
    assert app.session.progress is None and "start" in driver.ids()
    start_full_set(driver)
    driver.press(control_id="start-task")
    play_task(driver)
    driver.key(pygame.K_F2)
    driver.press(control_id="to-title")
    assert {p.name: p.read_bytes() for p in files_in(data)} == saved  # the workshop wrote nothing
    driver.press(control_id="leave-workshop")
    assert app.workshop is None and app.storage.enabled
    assert text_module.text_scale() == 1.0 and palette.NORMAL["INK"] == palette.INK
    assert app.session.progress is not None and app.session.outcomes()[0].score == 40
    assert "continue" in driver.ids()  # the player's own run is there again


# -- larger words that still fit ------------------------------------------------------------------


def shared_screens(app):
    content = app.content
    yield TitleScene(app)
    for level in content.levels:
        yield IntroScene(app, level.step)
        yield FeedbackScene(app, level.step, fake_outcome(level, 14 * level.step))
        yield DiscussionScene(app, level.step)
    yield HelpScene(app)
    yield GroupScene(app, room=room_of_twelve(content))
    yield ProfileScene(app)
    yield PauseScene(app)
    for level in content.levels:
        yield TaskHostScene(app, level.step)


@pytest.mark.parametrize("window", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("language", ["fi", "en"])
def test_workshop_text_fits_the_shared_screens(make_driver, language, window):
    text_module.overflows.clear()
    driver = workshop(make_driver, language, window=window)
    app = driver.app
    app.session.new("other")
    for level in app.content.levels[:-1]:
        app.session.record(fake_outcome(level, 10 * level.step))
    shrunk = []
    for scene in shared_screens(app):
        app.push(scene)
        driver.frames(2)
        if isinstance(scene, TaskHostScene):  # the task views fit their words as they can
            app.pop()
            continue
        for item in scene.ui.texts:
            wanted = round(item.size * TEXT_SCALE)
            drawn = text_module.fit(
                item.text, wanted, item.rect.width, item.rect.height, bold=item.bold
            )
            # at least 1.5 times; a long title or a long reason may give a little
            if drawn < item.size * 1.25 or item.rect.bottom > 720 or item.rect.right > 1280:
                shrunk.append((type(scene).__name__, item.text[:40], drawn, wanted))
        # the buttons' words are drawn by the game at the option size (the audit checks them)
        for control in scene.ring.controls:
            if control.element is not None:
                assert control.rect.bottom <= 720, (type(scene).__name__, control.label)
        app.pop()
    assert shrunk == []
    assert text_module.overflows == []
    assert BUTTON_TEXT_SIZE * TEXT_SCALE == 33
    assert button_label_size() == 33  # 1.5 times, for a projector


# -- the level files ------------------------------------------------------------------------------


def test_workshop_minutes_come_from_the_level_files(tmp_path):
    folder = tmp_path / "levels"
    shutil.copytree(bundled_levels_dir(), folder)
    content, problems = check_folder(folder)
    assert problems == []
    assert sum(level.workshop.minutes for level in content.levels) == 15
    path = folder / "01-tuning-in.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("minutes = 2", "minutes = 0"), encoding="utf-8"
    )
    content, problems = check_folder(folder)
    assert content is None
    assert [str(p) for p in problems] == [
        "01-tuning-in.toml: workshop.minutes: 0 is out of range (expected a number from 1 to 30)"
    ]


@pytest.mark.parametrize(
    ("arguments", "full_screen"),
    [(["--workshop"], True), (["--workshop", "--window", "1024x600"], False), ([], False)],
)
def test_a_workshop_goes_full_screen_unless_a_window_is_asked_for(
    monkeypatch, tmp_path, arguments, full_screen
):
    from steps_game import launch as launch_module
    from steps_game.cli import main

    started = []

    def run_guarded(app):
        started.append((app.fullscreen, app.window.get_size()))
        app.quit()
        return 0

    monkeypatch.setattr(launch_module, "run_guarded", run_guarded)
    assert main([*arguments, "--lang", "en", "--data-dir", str(tmp_path)]) == 0
    ((shown_full, size),) = started
    assert shown_full is full_screen
    if "--window" in arguments:
        assert size == (1024, 600)
