"""One way on (issue 14): each screen has one primary button to go on, and buttons on one screen
have names that tell them apart (keyboard play-test in Arabic at 200 %)."""

from __future__ import annotations

import pygame
import pytest

from steps_game.scenes.feedback import FeedbackScene
from steps_game.ui import text
from tests.test_keyboard_rules import open_step


def to_the_last_act(driver):
    """Step 6 played to its last moment, whose first act the keyboard then chooses; its model."""
    scene, model = driver.scene, driver.scene.model
    for card in model.cards[: model.config.profile_min]:
        scene.act(lambda card=card: model.toggle(card.id))
    scene.act(model.go_to_event)
    for moment in model.moments[:-1]:
        scene.act(lambda moment=moment: model.answer(model.options(moment)[0].id))
        scene.act(model.next)
    driver.key(pygame.K_TAB)
    driver.press(control_id=driver.find_id("option:"))
    return model


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 100)])
def test_step_6_after_the_last_moment_shows_one_way_on(make_driver, language, size):
    """After the last act the moment's box said "Go on" (to what the event gave) and Done
    beside it ended the step: two ways on, Done focused. Now "Go on" is the one way on, and on
    the page of what the event gave Done is, with the focus."""
    driver = open_step(make_driver, 6, language, size)
    model = to_the_last_act(driver)
    assert model.phase == "reveal" and model.is_complete()
    ids = driver.ids()
    assert driver.ring.focused_id == "next"
    assert "done" not in ids, ids  # (greyed: not a second way on)
    assert driver.app.tr("host.not_done") not in driver.texts()  # (nor "finish the task")
    driver.key(pygame.K_RETURN)  # on to what the event gave
    assert model.phase == "done"
    for _ in range(4):  # paged at 200 %: Enter reads it on to its last page
        if driver.ring.focused_id != "more-board":
            break
        driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == "done" and "next" not in driver.ids()
    driver.key(pygame.K_RETURN)
    assert isinstance(driver.scene, FeedbackScene)


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_step_2s_goals_have_one_page_turner_at_200_percent(make_driver, language):
    """At 200 % the goal board and the why beside it were each turned by a page turner: two
    on one screen, told apart by their words ("More about this goal (1/3)"). The why now
    stands whole under its card (eighth Arabic play-test): the board's turner is the one."""
    driver = open_step(make_driver, 2, language, 200)
    driver.key(pygame.K_TAB)
    driver.press(control_id="goal:work-trial")  # a long why
    for _ in range(driver.scene.view.pager.pages):
        labels = driver.labels()
        assert len(labels) == len(set(labels)), labels
        assert [i for i in driver.ids() if i.startswith("more")] == ["more"], driver.ids()
        driver.press(control_id="more")


@pytest.mark.parametrize("language", ["sv", "ar", "en"])
def test_step_2s_page_turner_shows_all_its_words_at_200_percent(make_driver, language):
    """ "Mer om det här målet (1/2)" was cut at one line's height in the narrow column beside
    the goals at 200 % (Swedish). That turner is gone; the board's is as tall as its words,
    on every page."""
    driver = open_step(make_driver, 2, language, 200)
    driver.key(pygame.K_TAB)
    driver.press(control_id="goal:work-trial")
    assert driver.ring.by_id("more") is not None, driver.ids()
    for _ in range(driver.scene.view.pager.pages):
        label = driver.ring.by_id("more").label
        with text.recording() as drawn:
            driver.app.draw()
        words = [item for item in drawn if item.words == label]
        assert words and not any(item.cut for item in words), label
        driver.press(control_id="more")


# -- keys typed while a task opens -------------------------------------------------------------


def _press(key: int) -> list:
    return [
        pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0),
        pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0),
    ]


@pytest.mark.parametrize("batch", [True, False], ids=["one-batch", "frame-by-frame"])
def test_keys_typed_while_the_task_opens_reach_the_task(make_driver, batch):
    """A fast player's Enter on "Start task" and the keys right after it (Left, Enter: the
    first statement answered) all reach the task, whether they come in the frame that builds
    it or in the next ones; none is dropped while it is built (Arabic play-test, item 08)."""
    from steps_game.scenes.intro import IntroScene

    driver = make_driver(language="ar")
    driver.app.change_setting("text_size", 200)
    driver.app.session.new("health")
    driver.app.reset_to(IntroScene(driver.app, 1))
    driver.frames()
    driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == "start-task"
    events = _press(pygame.K_RETURN) + _press(pygame.K_LEFT) + _press(pygame.K_RETURN)
    if batch:
        driver.app.frame(events)
    else:
        for start in range(0, len(events), 2):
            driver.app.frame(events[start : start + 2])
    driver.frames(2)
    model = driver.scene.model
    first = model.config.statements[0].id
    assert list(model.state["answers"]) == [first]  # answered, and only the first


# -- step 7: the keys line says the keys of the people as they stand ----------------------------


@pytest.mark.parametrize("language", ["ar", "en"])
def test_step_7s_keys_line_matches_people_side_by_side(make_driver, language):
    """At 200 % two people stand on a row, side by side: the keys line said "up and down
    change the person". It says the arrows do, and Left and Right go to the one beside, the
    way the row reads (in Arabic, Left is the next person)."""
    driver = open_step(make_driver, 7, language, 200)
    view, tr = driver.scene.view, driver.app.tr
    people = [f"tie:{tie.id}" for tie in driver.scene.model.relationships]
    driver.key(pygame.K_TAB)  # on the person with news (keep_warm/order.py): up to the first
    for _ in people:
        if driver.ring.focused_id == people[0]:
            break
        driver.key(pygame.K_UP)
    assert driver.ring.focused_id == people[0] and view.paired
    assert tr("task.keep_warm.keys_people_row") in driver.texts()
    assert tr("task.keep_warm.keys_people") not in driver.texts()
    ahead, back = (
        (pygame.K_LEFT, pygame.K_RIGHT) if language == "ar" else (pygame.K_RIGHT, pygame.K_LEFT)
    )
    beside = driver.ring.by_id(people[1]).rect.centerx
    first = driver.ring.by_id(people[0]).rect.centerx
    assert (beside < first) is (language == "ar")  # the one beside, where the row goes on
    driver.key(ahead)
    assert driver.ring.focused_id == people[1]
    driver.key(back)
    assert driver.ring.focused_id == people[0]
    driver.key(back)  # before the first: round to the last (and on from it to the first)
    assert driver.ring.focused_id == people[-1]
    driver.key(pygame.K_DOWN)  # up and down still go on to the next and back
    assert driver.ring.focused_id == people[0]
    driver.key(pygame.K_DOWN)
    assert driver.ring.focused_id == people[1]
    driver.key(pygame.K_RETURN)  # Enter opens their ways, as the line says
    assert driver.ring.focused_id.startswith("action:")


def test_step_7s_keys_line_says_up_and_down_for_people_one_under_the_other(make_driver):
    driver = open_step(make_driver, 7, "en", 100)
    people = [f"tie:{tie.id}" for tie in driver.scene.model.relationships]
    driver.key(pygame.K_TAB)
    assert not driver.scene.view.paired
    assert driver.app.tr("task.keep_warm.keys_people") in driver.texts()
    start = people.index(driver.ring.focused_id)  # (the person with news: keep_warm/order.py)
    driver.key(pygame.K_DOWN)
    assert driver.ring.focused_id == people[start + 1]


# -- step 3: a marker's tooltip over no words ------------------------------------------------------


def drawn_tooltip(driver, monkeypatch) -> pygame.Rect | None:
    """The box the map draws a marker's tooltip in (a panel with rounded corners of 8)."""
    from steps_game.ui import palette

    boxes = []
    real = pygame.draw.rect

    def record(surface, color, rect, *args, **kwargs):
        if tuple(color)[:3] == tuple(palette.PANEL)[:3] and kwargs.get("border_radius") == 8:
            boxes.append(pygame.Rect(rect))
        return real(surface, color, rect, *args, **kwargs)

    monkeypatch.setattr(pygame.draw, "rect", record)
    driver.scene.view.draw_overlay(pygame.Surface((1280, 720)))
    monkeypatch.setattr(pygame.draw, "rect", real)
    return boxes[0] if boxes else None


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 200), ("en", 100)])
def test_step_3s_marker_tooltip_covers_no_words(make_driver, monkeypatch, language, size):
    """Tab onto a placed person's marker shows who they are beside it: at 200 % the box stood
    over the instruction and the legend (Arabic play-test); it stands where it covers none of
    the screen's words: texts, legends, the list and the buttons, and the life areas' names
    too wherever the screen has the room (in English at 200 % the longest find none)."""
    driver = open_step(make_driver, 3, language, size)
    scene, model = driver.scene, driver.scene.model
    config = model.config
    people = [c.id for c in model.unplaced()[:4]]
    spots = [(0, 0), (0, len(config.sectors) - 1), (len(config.rings) - 1, 1), (1, 2)]
    for person, (ring, sector) in zip(people, spots, strict=True):
        scene.act(
            lambda p=person, r=ring, s=sector: model.place(
                p, config.rings[r].id, config.sectors[s].id
            )
        )
    driver.key(pygame.K_TAB)
    view = scene.view
    for person in people:
        driver.ring.focus(f"marker:{person}")
        driver.frames(1)
        box = drawn_tooltip(driver, monkeypatch)
        assert box is not None, person
        words = [item.rect for item in scene.ui.texts]
        words += [c.rect for c in driver.ring.controls if not c.id.startswith("marker:")]
        words += view.legend_boxes()
        me, (x, y) = view.geometry.edges[0], view.geometry.center
        words.append(pygame.Rect(round(x - me), round(y - me), round(2 * me), round(2 * me)))
        covered = [w for w in words if box.colliderect(w)]
        assert not covered, (person, box, covered)
        if (language, size) != ("en", 200):  # (there long ones find no room clear of them all)
            names = [w for w in view.sector_label_boxes() if box.colliderect(w)]
            assert not names, (person, box, names)
        assert not box.colliderect(view.markers[person])  # beside its marker, not over it


@pytest.mark.parametrize("language", ["ar", "so", "en"])
def test_step_3_held_at_200_percent_shows_the_keys_that_place_them(make_driver, language):
    """At 200 % the instruction and its keys head the column's first page; picking a person
    up turns the column to where they would go, which said nothing of the arrows, Enter, Esc
    or how to mark someone abroad. That page says them now, whole, and they work."""
    from steps_game.audit import measure

    driver = open_step(make_driver, 3, language, 200)
    view, model, tr = driver.scene.view, driver.scene.model, driver.app.tr
    assert view.carrying  # (the largest text: else the instruction's place says the keys)
    first = f"token:{model.unplaced()[0].id}"
    driver.key(pygame.K_TAB)
    driver.tab_to(control_id=first)
    text.overflows.clear()
    driver.key(pygame.K_RETURN)  # picked up
    driver.frames(2)
    assert view.drag.held == first
    shown = " ".join(driver.texts())
    keys, abroad = tr("task.network_map.keys_keyboard"), tr("task.network_map.keys_abroad")
    if language == "so":
        # Somali's narrow column at 200 %: whole, the keys ran under the column's page turner
        # (two lines), and it over Done. Their first sentence on the page, whole; the rest
        # on the column's next pages
        from steps_game.ui.sentences import SENTENCE_ENDS

        first = SENTENCE_ENDS.split(keys)[0]
        assert first in shown and keys not in shown and view.column.paged
    else:
        assert keys in shown and abroad in shown
    assert measure(driver.app, "step 3").problems == []  # (nothing cut off, nothing over)
    assert not text.overflows
    if language in ("ar", "en"):  # who it is and where they would go, under the keys
        keys = next(t.rect for t in driver.scene.ui.texts if "Enter" in t.text and t.role == "hint")
        panel = view.panel_rect
        assert panel.width and panel.top >= keys.bottom and panel.bottom <= driver.scene.area.bottom
    driver.key(pygame.K_ESCAPE)  # Esc cancels, as they say
    assert view.drag.held is None and model.placement(first.partition(":")[2]) is None


# -- the keys line: one height on step 3's column, whatever has the focus -------------------------


@pytest.mark.parametrize("language", ["ru", "uk", "en", "so", "ar"])
def test_step_3s_column_keeps_its_pages_as_the_focus_moves_between_boards(make_driver, language):
    """At 200 % the keys line at the head of step 3's column follows the focus (the page
    turner's keys, the list's, the map's); as tall as its words, it changed the column's page
    count under the player (Russian: 16 pages, then 15). It is as tall as the tallest of them,
    where that keeps the keys on the instruction's page (in Arabic the map's do not fit there:
    the turner's and the list's still keep one height)."""
    from steps_game.tasks.network_map.tray import LIST

    driver = open_step(make_driver, 3, language, 200)
    view, scene, model = driver.scene.view, driver.scene, driver.scene.model
    config = model.config
    person = model.unplaced()[-1].id
    scene.act(lambda: model.place(person, config.rings[1].id, config.sectors[0].id))
    driver.key(pygame.K_TAB)
    assert view.carrying and view.column.paged
    counts = {"turner": view.column.pager.pages}
    if language != "ar":
        driver.ring.focus(f"marker:{person}")
        driver.frames(2)
        assert scene.keys_text == view.keys_hint("map")
        counts["map"] = view.column.pager.pages
        driver.ring.focus("more-column")
        driver.frames(2)
    for _ in range(view.column.pager.pages):  # on to the people, by Enter on the turner
        if driver.ids_starting("token:"):
            break
        driver.ring.focus("more-column")
        driver.key(pygame.K_RETURN)
    driver.ring.focus(driver.ids_starting("token:")[0])
    driver.frames(2)
    assert scene.keys_text == view.keys_hint(LIST)
    counts["list"] = view.column.pager.pages
    assert len(set(counts.values())) == 1, counts


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_a_boards_room_stays_as_the_focus_moves_from_board_to_board(make_driver, language):
    """The keys line under the instruction says the keys of the board with the focus; as tall
    as its words, it moved the board and changed its pages as the focus went on (step 7 in
    Russian at 200 %: "Next (1/11)", then "Next (2/12)"). Now it is as tall as the tallest of
    the boards' lines: the board keeps its place and its pages."""
    for step in range(1, 8):
        driver = open_step(make_driver, step, language, 200)
        scene = driver.scene
        driver.key(pygame.K_TAB)
        area, keys = pygame.Rect(scene.area), {scene.keys_text}
        boards = {}
        for control in driver.ring.focusable:
            boards.setdefault(control.board, control.id)
        for control_id in boards.values():
            driver.ring.focus(control_id)
            driver.frames(2)
            keys.add(scene.keys_text)
            assert scene.area == area, (step, control_id, scene.keys_text)
        driver.close()
    assert len(keys) > 1  # (the last step's boards say different keys)


@pytest.mark.parametrize("language", ["en", "ru", "ar"])
def test_step_6_s_end_at_200_percent_is_read_from_its_top_before_done(make_driver, language):
    """What the event gave, paged at 200 %: it opens on its first page (the event is over, the
    new contacts), not on the page of the chat the last moment showed, and Enter turns its pages
    until the last one, where Done has the focus. Before, Done had the focus on a page of the
    chat and one Enter ended the step without showing the contacts."""
    driver = open_step(make_driver, 6, language, 200)
    model = to_the_last_act(driver)
    driver.key(pygame.K_RETURN)  # "Go on": to what the event gave
    assert model.phase == "done"
    tr = driver.app.tr
    over = tr("task.profile_event.over")
    shown = " ".join(driver.texts())
    assert over in shown, shown  # the first page: the event is over
    # (paged, or on one page since the end has no instruction over it: then Done at once)
    seen = shown
    for _ in range(8):
        if driver.ring.focused_id == "done":
            break
        assert driver.ring.focused_id == "more-board"
        driver.key(pygame.K_RETURN)
        seen += " ".join(driver.texts())
    assert driver.ring.focused_id == "done"
    for contact_id in model.contacts():  # every contact the event gave was on a page
        assert tr.pick(model.contact_text(contact_id))[:20] in seen
    driver.key(pygame.K_RETURN)
    assert isinstance(driver.scene, FeedbackScene)
