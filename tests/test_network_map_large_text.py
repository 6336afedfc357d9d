"""Step 3 at 150 % text (the size of workshop mode): the list and the chosen person's panel are
pages of one column, the map stays whole beside them, nothing is cut or overlaps, and a placed
person is still marked in three keys or chosen and moved with the mouse."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from steps_game.tasks.network_map.tray import LIST
from steps_game.tasks.network_map.view import MAP
from steps_game.ui.intents import Act, Intent
from tests.test_keyboard_rules import shift_tab
from tests.test_settings import FakeSpeaker
from tests.test_task_network_map import cell, list_places, mouse


def open_large(make_driver, language: str = "en", size: int = 150):
    from steps_game.scenes.task_host import TaskHostScene

    driver = make_driver(language=language, start_step=3)
    driver.app.change_setting("text_size", size)
    driver.app.session.new("it")
    driver.app.reset_to(TaskHostScene(driver.app, 3))
    driver.frames()
    return driver


def sound(driver) -> list[str]:
    """What the layout audit finds wrong on the screen now."""
    return measure(driver.app, "step 3").problems


def test_the_list_and_the_panel_are_pages_of_the_column(make_driver) -> None:
    driver = open_large(make_driver)
    view = driver.scene.view
    assert view.column.paged  # at 100 % the list stands above the panel (other tests)
    assert sound(driver) == []
    assert driver.ids_starting("token:") and not driver.ids_starting("loc:")
    # by keyboard: the first person onto the map, and the list stays, at the next person
    first = driver.ids_starting("token:")[0]
    driver.press(control_id=first)
    driver.key(pygame.K_RETURN)
    assert driver.scene.model.placement(first.partition(":")[2]) is not None
    focused = driver.ring.focused_id
    assert focused is not None and focused.startswith("token:") and focused != first
    assert sound(driver) == []
    # the wheel turns the column's pages, round to the first again
    before = driver.labels()
    driver.app.dispatch(Intent(Act.SCROLL, dy=1))
    driver.frames(1)
    assert driver.labels() != before
    for _ in range(view.column.pager.pages - 1):
        driver.app.dispatch(Intent(Act.SCROLL, dy=1))
    driver.frames(1)
    assert driver.labels() == before


def test_a_placed_person_is_marked_abroad_in_three_keys(make_driver) -> None:
    driver = open_large(make_driver)
    model = driver.scene.model
    driver.press(control_id="token:sibling")
    driver.key(pygame.K_RETURN)
    assert model.placement("sibling")["in_finland"] is True
    driver.tab_to(control_id="marker:sibling")
    driver.key(pygame.K_RETURN)  # 1: pick up
    driver.key(pygame.K_RETURN)  # 2: put down where it was; its panel shows
    assert driver.ring.focused_id == "loc:abroad"
    driver.key(pygame.K_RETURN)  # 3: marked
    assert model.placement("sibling")["in_finland"] is False
    assert sound(driver) == []


def test_a_marker_clicked_shows_its_panel_and_drags_to_another_place(make_driver) -> None:
    driver = open_large(make_driver)
    model = driver.scene.model
    driver.press(control_id="token:sibling")
    driver.key(pygame.K_RETURN)
    dot = driver.control(control_id="marker:sibling").rect
    mouse(driver, "down", dot.center)
    mouse(driver, "up", dot.center)
    driver.frames(1)
    assert driver.scene.view.selected == "sibling"
    assert driver.ring.by_id("loc:abroad") is not None  # the panel's page is on view
    assert sound(driver) == []
    dot = driver.control(control_id="marker:sibling").rect
    mouse(driver, "down", dot.center)
    mouse(driver, "move", cell(driver, "distant", "work"))
    mouse(driver, "up", cell(driver, "distant", "work"))
    assert model.placement("sibling")["ring"] == "distant"
    assert model.placement("sibling")["sector"] == "work"


def open_at_200(make_driver, language: str):
    from steps_game.scenes.task_host import TaskHostScene

    driver = make_driver(language=language, start_step=3)
    driver.app.change_setting("text_size", 200)
    driver.app.session.new("it")
    driver.app.reset_to(TaskHostScene(driver.app, 3))
    driver.frames()
    return driver


@pytest.mark.parametrize("language", ["fi", "ru", "so", "ar"])
def test_at_200_percent_the_instruction_heads_the_column_and_the_map_has_the_height(
    make_driver, language
) -> None:
    """At 200 % the instruction under the title left the map too low for its names (Russian:
    the list and its controls fell off the screen). The board takes the whole height under the
    title, the instruction stands at the head of the list's column, the names of the life areas
    stand clear of each other and of the legends, and the list's people are a page on."""
    driver = open_at_200(make_driver, language)
    view, host = driver.scene.view, driver.scene
    assert view.carrying
    # its first words at the head of the column, right of the map (left of it, mirrored)
    first_words = view.instruction().split()[0]
    heads = [t for t in host.ui.texts if t.text.startswith(first_words)]
    assert heads and all(t.rect.top >= view.area.top for t in heads)
    column = host.ui.place(pygame.Rect(view.area.x + view.tray_left, 0, 10, 10))
    assert all(t.rect.colliderect(column.inflate(0, 2000)) for t in heads)
    names = view.sector_label_boxes()  # (and no text on a legend's words: sound)
    assert all(a.collidelist([b for b in names if b is not a]) == -1 for a in names)
    assert sound(driver) == []
    # the people are on the next page of the column: found, placed by keyboard, still sound
    for _ in range(view.column.pager.pages):
        if driver.ids_starting("token:"):
            break
        driver.press(control_id="more-column")
    first = driver.ids_starting("token:")[0]
    driver.press(control_id=first)
    driver.key(pygame.K_RETURN)
    assert view.model.placement(first.partition(":")[2]) is not None
    assert sound(driver) == []


def _footer_rects(driver) -> list[pygame.Rect]:
    return [
        c.rect
        for c in driver.ring.controls
        if c.id in ("undo", "start-over", "done", "more-column")
    ]


def test_at_200_percent_in_arabic_a_person_carried_by_keyboard_and_their_panel_fit(
    make_driver,
) -> None:
    """Picked up by keyboard at 200 % in Arabic, where the person would go showed in a panel
    taller than the column, over the footer and off the screen; put down, their panel's
    buttons stood off the screen. Both now fit the column's page, nothing overlaps."""
    driver = open_at_200(make_driver, "ar")
    view = driver.scene.view
    screen = pygame.Rect(0, 0, 1280, 720)
    for _ in range(view.column.pager.pages):
        if driver.ids_starting("token:"):
            break
        driver.press(control_id="more-column")
    first = driver.ids_starting("token:")[0]
    driver.press(control_id=first)  # picked up: carried by the keyboard
    assert view.placing_by_keyboard
    assert sound(driver) == []
    panel = view.panel_rect
    assert screen.contains(panel), panel
    assert panel.collidelist(_footer_rects(driver)) == -1
    driver.key(pygame.K_RIGHT)  # over another place of the map: the panel says where
    assert sound(driver) == [] and screen.contains(view.panel_rect)
    driver.key(pygame.K_RETURN)  # put down
    contact = first.partition(":")[2]
    assert view.model.placement(contact) is not None
    assert sound(driver) == []
    # picked up from the map and put down where it was: on to its panel, every button on screen
    driver.tab_to(control_id=f"marker:{contact}")
    driver.key(pygame.K_RETURN)
    assert view.placing_by_keyboard and sound(driver) == []
    driver.key(pygame.K_RETURN)
    assert view.selected == contact
    found: set[str] = set()
    for _ in range(view.column.pager.pages):
        assert sound(driver) == []
        for control in driver.ring.controls:
            if control.id.startswith("loc:") or control.id in ("words", "move", "remove"):
                assert screen.contains(control.rect), (control.id, control.rect)
                assert control.rect.collidelist(_footer_rects(driver)) == -1
                found.add(control.id)
        if not view.column.paged:
            break
        driver.turn_page("more-column")
    assert found == {"loc:finland", "loc:abroad", "words", "move", "remove"}


def test_add_someone_at_the_columns_foot_does_not_stay_for_the_next_build(make_driver) -> None:
    # (Estonian at 125 % with the keys shown: the paged column put Add someone at its foot;
    # the next build, still thinking it was there, found room for the list over the panel
    # without it, and drew it at the old foot, over the panel's buttons)
    driver = open_large(make_driver, "et", size=125)
    view = driver.scene.view
    driver.key(pygame.K_TAB)  # the keyboard in use: its keys under the instruction
    assert view.column.paged and view.add_at is not None
    for _ in range(3):
        first = driver.ids_starting("token:")[0]
        driver.press(control_id=first)
        driver.key(pygame.K_RETURN)
        assert driver.scene.model.placement(first.partition(":")[2]) is not None
        assert sound(driver) == []
        assert view.column.paged  # laid out the same way build after build


def test_pages_of_the_list_are_cut_by_the_height_of_each_chip() -> None:
    from steps_game.tasks.network_map.list_pages import cut_pages, slot_tops

    assert cut_pages([50, 50, 50], 1, 200, 6, 40) == [[0, 1, 2]]  # all fit: no "more" place
    # each page: the next chip while it, the page's chips and the "more" place fit 210 px
    assert cut_pages([60, 110, 60, 60, 170, 60], 1, 210, 6, 20) == [[0, 1], [2, 3], [4], [5]]
    assert cut_pages([300, 50], 1, 200, 6, None) == [[0], [1]]  # too tall: a page alone
    # a grid's row is as tall as its tallest chip
    assert cut_pages([40, 90, 40, 40, 40], 2, 150, 10, None) == [[0, 1, 2, 3], [4]]
    assert slot_tops([40, 90, 40, 30, 20], 2, 10) == [
        (0, 90),
        (0, 90),
        (100, 40),
        (100, 40),
        (150, 20),
    ]


# The list's pages at 200 % (before, most now): before, every chip was as tall as the tallest
# of the list, one person a page. Ukrainian's column is narrow (370 px) and its counts take two
# lines over the list: a page holds two people of one-line and two-line names, not two of two.
PAGES_AT_200 = {"uk": (15, 10), "ar": (15, 8)}


@pytest.mark.parametrize("language", sorted(PAGES_AT_200))
def test_at_200_percent_a_page_of_the_list_holds_the_people_that_fit(make_driver, language) -> None:
    """At 200 % a one-word name stood in a card made for the longest name of the list, one
    person a page. Now each chip is as tall as its own words: more people a page, fewer pages,
    and on every page every chip's words fit it, nothing overlaps (the audit's measure)."""
    before, most = PAGES_AT_200[language]
    driver = open_at_200(make_driver, language)
    view = driver.scene.view
    pages = view._pages()
    assert len(pages) <= most < before
    assert max(len(page) for page in pages) >= 2
    seen: list[list[str]] = []
    for _ in range(view.column.pager.pages):
        tokens = driver.ids_starting("token:")
        if tokens:
            assert sound(driver) == []
            seen.append([t.partition(":")[2] for t in tokens])
            # each chip as tall as its own words, not as the tallest of the list
            own = dict(
                zip(
                    [c.id for c in view.model.contacts()],
                    view._heights(view.list_fit[1]),
                    strict=True,
                )
            )
            for token in tokens:
                rect = driver.control(control_id=token).rect
                assert rect.height == own[token.partition(":")[2]]
                # carried over the map, it is as large as in the list: its words fit there
                assert view.drag.by_id(token).held_size == rect.size
        driver.turn_page("more-column")
    assert seen == pages  # every page of the list shown, everyone once


def test_at_200_percent_a_page_of_the_list_keeps_its_places_after_a_drop(make_driver) -> None:
    """Chips of their own heights on a page of the column: someone dragged from it onto the map
    stays in their place with their marker, and nobody on the page moves under the pointer."""
    driver = open_at_200(make_driver, "uk")
    view = driver.scene.view
    for _ in range(view.column.pager.pages):
        if len(driver.ids_starting("token:")) >= 2:
            break
        driver.turn_page("more-column")

    before = list_places(driver)
    assert len(before) >= 2
    first = driver.ids_starting("token:")[0]
    chip = driver.control(control_id=first).rect
    mouse(driver, "down", chip.center)
    mouse(driver, "move", cell(driver, "close", "family"))
    mouse(driver, "up", cell(driver, "close", "family"))
    driver.frames(1)
    assert view.model.placement(first.partition(":")[2]) is not None
    assert list_places(driver) == before
    assert sound(driver) == []


@pytest.mark.parametrize("language", ["uk", "ru", "ar", "en"])
def test_at_200_percent_the_keyboard_turns_the_column_on_to_the_people(
    make_driver, monkeypatch, language
):
    """The keys line at the head of the column follows the focus (the page turner's keys, the
    list's, the map's). When the list's were a line shorter than the turner's (Ukrainian and
    Russian with a longer wording of the general keys), turning onto the list moved the focus
    to its first person, the first page shrank, the column was laid out anew and went back to
    its first page: Enter on "Next page" never reached the people. Once the people are on
    view, a new layout keeps them on view."""
    driver = open_at_200(make_driver, language)
    view = driver.scene.view
    # the page turner's keys lines longer than the list's, whatever the words of the day
    said = view.keys_hint
    long_keys = " ".join([said(None)] * 2)
    monkeypatch.setattr(
        view, "keys_hint", lambda board: said(board) if board in (LIST, MAP) else long_keys
    )
    driver.key(pygame.K_TAB)  # the keyboard is in use: the keys are said
    assert driver.scene.keys_text == long_keys
    turned = []
    for _ in range(view.column.pager.pages):
        if driver.ids_starting("token:"):
            break
        driver.ring.focus("more-column")
        driver.key(pygame.K_RETURN)
        turned.append(view.column.pager.page)
    assert driver.ids_starting("token:"), turned  # the people reached by Enter alone
    assert turned == sorted(turned) and turned[0] >= 1, turned  # never back to the first page
    first = driver.ids_starting("token:")[0]
    driver.ring.focus(first)
    driver.scene.rebuild()
    driver.frames(2)
    assert first in driver.ids_starting("token:")  # still on view, whatever has the focus
    driver.key(pygame.K_RETURN)  # picked up by keyboard, and placed
    driver.key(pygame.K_RETURN)
    assert view.model.placement(first.partition(":")[2]) is not None
    assert sound(driver) == []


@pytest.mark.parametrize("language", ["ar", "so", "en"])
def test_at_200_percent_tab_goes_on_over_the_pages_of_the_list(make_driver, language) -> None:
    """Tab from the last person on a page of the list goes to the first person on the next
    page, the column turning to it, and Shift+Tab from there back to the last one before: Tab
    went from the page's last person round the footer, and the people on later pages were
    reached only by the page turner (twenty-sixth Arabic 200 % keyboard play-test). From the
    instruction's own page, Tab on its page turner goes on to the people, as Enter does: Tab
    went round the turner, Start over and the Menu there."""
    driver = open_at_200(make_driver, language)
    view = driver.scene.view
    driver.app.settings.voice = True  # read aloud: each person Tab reaches is said
    driver.app.speaker = FakeSpeaker(voices=(language,))
    driver.key(pygame.K_TAB)  # the focus shown: on the instruction's page turner
    assert view.carrying and driver.ring.focused_id == "more-column"
    for _ in range(view.column.pager.pages):  # Tab goes on from the instruction's pages
        if driver.ring.focused_id.startswith("token:"):
            break
        driver.key(pygame.K_TAB)
    pages = view._pages()
    assert len(pages) > 2 and view.page == 0
    assert driver.ring.focused_id == f"token:{pages[0][0]}"
    for page in range(len(pages) - 1):
        on_view = driver.ids_starting("token:")
        assert on_view == [f"token:{person}" for person in pages[page]]
        driver.ring.focus(on_view[-1])
        driver.key(pygame.K_TAB)
        assert view.page == page + 1
        assert driver.ring.focused_id == f"token:{pages[page + 1][0]}"
        assert driver.ring.visible
        assert driver.app.speaker.said[-1][0] == driver.ring.focused.label
    shift_tab(driver)  # back from the last page's first person
    assert view.page == len(pages) - 2
    assert driver.ring.focused_id == f"token:{pages[-2][-1]}"
    # within a page the order is the ring's own
    driver.ring.focus(f"token:{pages[-2][0]}")
    if len(pages[-2]) > 1:
        driver.key(pygame.K_TAB)
        assert driver.ring.focused_id == f"token:{pages[-2][1]}"
    driver.ring.focus(f"token:{pages[-2][-1]}")
    driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == f"token:{pages[-1][0]}"
    # past the last person Tab goes on round the footer, and back in at the first person
    driver.ring.focus(f"token:{pages[-1][-1]}")
    outside = []
    for _ in range(len(driver.ring.focusable) + 1):
        driver.key(pygame.K_TAB)
        if driver.ring.focused_id.startswith("token:"):
            break
        outside.append(driver.ring.focused_id)
    assert "menu" in outside and "start-over" in outside, outside
    assert view.page == 0 and driver.ring.focused_id == f"token:{pages[0][0]}", outside
    assert sound(driver) == []


def test_at_200_percent_tab_from_the_instruction_reaches_a_placed_person(make_driver) -> None:
    """Twenty-eighth Arabic 200 % play-test (s3_00-05): the first people of the list already on
    the map, Tab from the instruction's page turned to the list and stayed on the turner; four
    more keys reached the first person. It goes on to the first person, placed or not."""
    driver = open_at_200(make_driver, "ar")
    view, model = driver.scene.view, driver.scene.model
    ring, sector = model.config.rings[0].id, model.config.sectors[0].id
    first_page = view._pages()[0]
    for person in first_page:
        driver.scene.act(lambda person=person: model.place(person, ring, sector))
    driver.frames()
    assert view.column_shows[0] == "lead"
    driver.key(pygame.K_TAB)  # the focus shown, on the instruction's page turner
    assert driver.ring.focused_id == "more-column"
    for _ in range(view.column.pager.pages):  # Tab turns the instruction's pages ...
        if view.column_shows[0] != "lead":
            break
        driver.key(pygame.K_TAB)
    # ... and the Tab that shows the list is on its first person
    assert driver.ring.focused_id == f"person:{first_page[0]}"


@pytest.mark.parametrize("language", ["ar", "so", "en"])
def test_at_200_percent_the_panel_s_buttons_say_whose_they_are_on_a_page_of_their_own(
    make_driver, language
) -> None:
    """Twenty-eighth and thirtieth Arabic 200 % play-tests (s3_48): a page of the column held My
    words, Move and Remove with nothing saying whom they act on. Where they stand on a page
    without the chosen person's name, the name heads them."""
    driver = open_at_200(make_driver, language)
    view, model = driver.scene.view, driver.scene.model
    person = model.unplaced()[0].id
    ring, sector = model.config.rings[0].id, model.config.sectors[0].id
    driver.scene.act(lambda: model.place(person, ring, sector))
    view.selected = person
    view._show_in_column("panel")
    driver.scene.rebuild()
    driver.frames()
    name = view.name(person)
    checked = 0
    for _ in range(view.column.pager.pages):
        if driver.ring.by_id("move") is not None:
            checked += 1
            assert any(name in text for text in driver.texts()), driver.texts()
        driver.key(pygame.K_PAGEDOWN)
    assert checked
    assert sound(driver) == []
