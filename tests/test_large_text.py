"""Screens at the largest text size: what does not fit is laid out differently or shown page by
page, never shrunk under its floor nor cut, and the page turners are there for the keyboard and
the mouse (the task frame's footer, the step track, step 1 and 2, the field, the profile and the
export dialog)."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from steps_game.outcome import Outcome, Reason
from steps_game.scenes.export import ExportScene
from steps_game.scenes.field import FieldScene, field_layout
from steps_game.scenes.intro import IntroScene
from steps_game.scenes.layout import HEADER_GAP, SCREEN_H, SCREEN_W, track_rect
from steps_game.scenes.profile import ProfileScene
from steps_game.scenes.task_host import TaskHostScene

SCREEN = pygame.Rect(0, 0, SCREEN_W, SCREEN_H)


def at_size(make_driver, language: str, size: int = 200):
    driver = make_driver(language=language)
    driver.app.change_setting("text_size", size)
    driver.app.session.new("health")
    return driver


def open_task(make_driver, step: int, language: str = "en", size: int = 200):
    driver = at_size(make_driver, language, size)
    driver.app.reset_to(TaskHostScene(driver.app, step))
    driver.frames()
    return driver


def problems(driver, name: str = "screen") -> list[str]:
    return measure(driver.app, name).problems


def _to_an_answer_over_pages(driver):
    """Answers step 1's statements until one whose answer goes on over pages (the longest:
    the others take the question's place, or the card's, first)."""
    model = driver.scene.model
    while True:
        driver.press(control_id="answer:fact")
        if driver.scene.view.pager.pages > 1:
            return
        driver.press(control_id="next")
        assert model.phase == "sort", "no answer went on over pages"


def test_step_1_sends_its_way_on_and_its_pages_to_the_footer(make_driver):
    driver = open_task(make_driver, 1, "ru")  # (the answers in English fit a page at 200 %)
    _to_an_answer_over_pages(driver)
    ids = driver.ids()
    # the way on to the next statement is the footer's one way on, in Done's place
    assert "next" in ids and "done" not in ids
    start_over = driver.ring.by_id("start-over").rect
    more = driver.ring.by_id("more").rect
    assert more.y == start_over.y and more.left > start_over.right  # beside Start over
    assert not problems(driver)
    # the statement, if on a page, on the first only; the explanation goes on over the board
    with_card = "statement" in [c.id for c in driver.ring.controls]
    seen = set(driver.texts())
    pages = driver.scene.view.pager.pages
    assert pages > 1
    for _ in range(pages - 1):
        driver.press(control_id="more")
        assert "statement" not in [c.id for c in driver.ring.controls]
        assert not problems(driver)
        seen |= set(driver.texts())
    explanation = driver.app.tr.pick(driver.scene.model.current().explanation)
    assert explanation.split()[-1] in " ".join(seen)
    driver.press(control_id="more")  # round to the first page
    assert ("statement" in [c.id for c in driver.ring.controls]) == with_card


def test_the_wheel_turns_step_1s_pages_too(make_driver):
    driver = open_task(make_driver, 1, "ru")
    _to_an_answer_over_pages(driver)
    pager = driver.scene.view.pager
    assert pager.pages > 1 and pager.page == 0
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1, flipped=False))
    driver.frames(2)
    assert pager.page == 1


def test_the_step_track_moves_to_the_title_row_rather_than_wrap_the_overline(make_driver):
    driver = open_task(make_driver, 1)
    scene = driver.scene
    assert scene.track_middle is not None and scene.track_shown
    # the circles (within their focus ring's room) clear of every text's box
    circles = track_rect(7, scene.track_room(), center_y=scene.track_middle).inflate(-12, -12)
    assert not [t.text for t in scene.ui.texts if t.rect.colliderect(circles)]
    title = next(t for t in scene.ui.texts if t.text == driver.app.tr.pick(scene.level.title))
    assert abs(title.rect.centery - scene.track_middle) < title.rect.height
    assert not problems(driver)
    small = open_task(make_driver, 1, size=100)
    assert small.scene.track_middle is None  # at 100 % it stays on the overline's row


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_step_track_keeps_a_gap_from_the_title_beside_it(make_driver, language):
    """At 200 % the title and the step circles share a row: the title's words end a gap before
    the first circle (in Arabic they touched it), on every step's task where the track is."""
    for step in range(1, 8):
        driver = open_task(make_driver, step, language)
        scene = driver.scene
        if scene.track_middle is None or not scene.track_shown:
            continue
        circles = track_rect(7, scene.track_room(), center_y=scene.track_middle)
        title = next(t for t in scene.ui.texts if t.text == driver.app.tr.pick(scene.level.title))
        if language == "en":
            gap = circles.left - title.rect.right
        else:  # mirrored: the title from the right, the circles left of it
            gap = title.rect.left - circles.right
        assert gap >= HEADER_GAP // 2, (step, gap)


def test_a_tasks_header_leaves_the_track_out_only_when_no_row_has_room(make_driver):
    # a workshop's second language names the step beside its number on a task's board (the
    # step's Finnish name for a player gives way where its row cannot hold it): in Somali with
    # Finnish, step 5's overline fills its row, and the title's row has no room for the track
    driver = make_driver(language="so", workshop=True)
    app = driver.app
    app.tr.set_second("fi")
    app.change_setting("text_size", 200)
    app.reset_to(TaskHostScene(app, 5))
    driver.frames()
    assert not driver.scene.track_shown
    assert not problems(driver)
    app.reset_to(IntroScene(app, 5))
    driver.frames()
    assert driver.scene.track_shown  # the step's intro keeps it
    solo = open_task(make_driver, 2, language="so")
    assert solo.scene.track_shown  # a player's step name in Finnish gives way to the track


def test_footer_puts_undo_and_start_over_above_a_long_way_on(make_driver):
    driver = open_task(make_driver, 2, language="fi")
    driver.press(control_id=driver.ids_starting("goal:")[0])
    way_on = driver.ring.by_id("to-concrete").rect
    start_over = driver.ring.by_id("start-over").rect
    assert start_over.bottom <= way_on.top and not start_over.colliderect(way_on)
    assert driver.scene.area.bottom <= start_over.top
    assert not problems(driver)


def test_step_2_makes_a_goal_concrete_in_one_column_at_large_text(make_driver):
    driver = open_task(make_driver, 2)
    driver.press(control_id=driver.ids_starting("goal:")[0])
    driver.press(control_id="to-concrete")
    view = driver.scene.view
    assert view._compact
    for part in ("action:", "who:", "when:"):
        # after each choice the page shows the next question and its choices at once
        choices = driver.ids_starting(part)
        assert choices, (part, driver.ids())
        assert not problems(driver)
        driver.press(control_id=choices[0])
    assert driver.scene.model.is_complete()
    assert "done" in driver.ids()


def test_step_2s_note_taller_than_a_page_goes_on_over_the_pages_after_it(make_driver):
    # (Russian at 200 %: what the chosen action means was one block taller than a page, its
    # last lines over the page turner)
    driver = open_task(make_driver, 2, "ru")
    driver.press(control_id=driver.ids_starting("goal:")[0])
    driver.press(control_id="to-concrete")
    view = driver.scene.view
    for slot in ("action", "who"):
        driver.press(control_id=f"{slot}:{view._choices(slot)[0][0]}")
        heading, words = view._noted()
        pages = view.plan_pager.pages
        assert pages > 1
        shown: list[str] = []
        for _ in range(pages):
            assert not problems(driver), slot
            shown += driver.texts()
            driver.press(control_id="more-plan")
        assert heading in shown
        pieces = [t for t in shown if t in words and t != heading]  # its lines, page by page
        assert " ".join(pieces).split() == words.split()  # every word, in order, once


def test_step_2s_why_stands_under_its_card_when_no_row_fits_above_it(make_driver):
    """Where not even one row of cards fits over the why across the board, each goal's why
    stands under its own card across the board (it stood beside the cards, the last chosen
    goal's, paged a line at a time: eighth Arabic play-test)."""
    driver = open_task(make_driver, 2)
    driver.press(control_id=driver.ids_starting("goal:")[0])
    for goal in driver.scene.model.offered_goals():
        card = driver.ring.by_id(f"goal:{goal.id}")
        if card is None:
            continue  # (on another page)
        why = [t.rect for t in driver.scene.ui.texts if t.text == driver.app.tr.pick(goal.why)]
        assert len(why) == 1 and why[0].top >= card.rect.bottom, goal.id
        assert why[0].width > card.rect.width // 2, goal.id  # across the board
    assert not problems(driver)


def test_the_fields_page_when_their_names_do_not_fit(make_driver):
    driver = at_size(make_driver, "ru")
    driver.app.push(FieldScene(driver.app))
    driver.frames()
    seen = set(driver.ids_starting("field:"))
    assert "more-fields" in driver.ids()
    for _ in range(5):
        assert not problems(driver)
        driver.press(control_id="more-fields")
        seen |= set(driver.ids_starting("field:"))
    assert len(seen) == len(driver.app.content.profile.fields)


def test_the_fields_stand_on_one_page_when_they_fit():
    layout = field_layout(["IT", "Health and social care", "Business", "Education"], 400)
    assert len(layout.pages) == 1 and layout.columns == 2
    tight = field_layout(["A rather long name of a field of work"] * 6, 120)
    assert len(tight.pages) > 1
    assert sorted(i for page in tight.pages for row in page for i in row) == list(range(6))


def profile_at(make_driver, language: str, size: int):
    driver = at_size(make_driver, language, size)
    app = driver.app
    for level in app.content.levels:
        reasons = (Reason(level.tip, 5, True),)
        app.session.record(
            Outcome(level.step, level.id, level.dimension, 40 + 8 * level.step, reasons, {})
        )
    app.push(ProfileScene(app))
    driver.frames(2)
    return driver


def test_the_profile_gives_its_radar_a_page_of_its_own_at_large_text(make_driver):
    driver = profile_at(make_driver, "en", 175)
    scene = driver.scene
    assert scene.radar_rect is not None
    assert not driver.ids_starting("dimension:")
    assert not problems(driver)
    seen: set[str] = set()
    for _ in range(scene.page_count - 1):
        driver.press(control_id="more-dimensions")
        assert scene.radar_rect is None  # the list's pages have the screen's width
        assert not problems(driver)
        seen |= set(driver.ids_starting("dimension:"))
    assert len(seen) == 7


def test_without_room_for_the_chart_the_list_gives_every_score(make_driver):
    """At 200 % the chart's own page is too small for its names: the list's cards, each with its
    score, are what the profile shows, and every one of them is reached."""
    driver = profile_at(make_driver, "en", 200)
    scene = driver.scene
    assert scene.radar_rect is None
    seen = set(driver.ids_starting("dimension:"))
    for _ in range(scene.page_count - 1):
        driver.press(control_id="more-dimensions")
        assert not problems(driver)
        seen |= set(driver.ids_starting("dimension:"))
    assert len(seen) == 7


def test_the_profile_keeps_its_radar_beside_the_list_at_100(make_driver):
    driver = profile_at(make_driver, "en", 100)
    cards = [driver.ring.by_id(i).rect for i in driver.ids_starting("dimension:")]
    assert cards and driver.scene.radar_rect is not None
    assert all(card.left >= driver.scene.radar_rect.right for card in cards)


def test_the_profiles_radar_beside_the_list_stands_under_an_intro_of_two_lines(make_driver):
    # (Somali at 125 %: the intro took two lines and the radar's top name lay over its second)
    driver = profile_at(make_driver, "so", 125)
    scene = driver.scene
    intro = scene.tr.pick(driver.app.content.profile.intro)
    lines = [t.rect for t in scene.ui.texts if t.text == intro]
    assert lines and lines[0].height > 40  # two lines
    assert scene.radar_rect is not None and scene.radar_rect.top >= lines[0].bottom
    assert not problems(driver)


def test_the_export_dialog_stays_on_the_screen_with_long_words(make_driver):
    driver = at_size(make_driver, "ru")
    driver.app.push(ExportScene(driver.app, lambda *chosen: None))
    driver.frames()
    assert all(SCREEN.contains(c.rect) for c in driver.ring.controls)
    assert not problems(driver)


def test_the_export_dialog_pages_its_folders_when_they_do_not_all_fit(make_driver, tmp_path):
    driver = at_size(make_driver, "ru")
    app = driver.app
    scene = ExportScene(app, lambda *chosen: None, has_words=True)
    app.push(scene)
    # a player's computer: the game's folder, Documents and the Desktop
    scene.folders = [
        ("data", app.storage.folder),
        ("documents", tmp_path / "Документы"),
        ("desktop", tmp_path / "Рабочий стол"),
    ]
    scene.rebuild()
    driver.frames()
    seen = set(driver.ids_starting("folder:"))
    assert "more-folders" in driver.ids()
    for _ in range(3):
        assert all(SCREEN.contains(c.rect) for c in driver.ring.controls)
        assert not problems(driver)
        driver.press(control_id="more-folders")
        seen |= set(driver.ids_starting("folder:"))
    assert seen == {"folder:data", "folder:documents", "folder:desktop"}


def test_a_card_keeps_the_focus_when_the_board_is_paged_anew(make_driver):
    driver = open_task(make_driver, 2, size=150)
    scene = driver.scene
    cards = driver.ids_starting("goal:")
    assert len(cards) > 1
    scene.ring.focus(cards[-1])  # the last card of the first page
    driver.key(pygame.K_RETURN)
    driver.frames(2)
    chosen = "goal:" + scene.model.state["goals"][0]
    assert chosen == cards[-1]
    driver.app.change_setting("text_size", 200)  # fewer cards a page: the pages change
    driver.frames(2)
    assert chosen in driver.ids() and scene.ring.focused_id == chosen
    assert scene.view.pager.page > 0
