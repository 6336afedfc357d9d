"""Arrows on a board shown page by page at 200 % text (play-test in Arabic, keyboard only, issue
#14): Down from a page's last item turns to the next page and its first item, Up from the first
turns back to the last of the page before, the arrow that reads on (Left in Arabic) does as Down,
and at the board's last item the focus stays on the board. Before, arrows did nothing at a
page's edge and only Page Down, which the screen never names, reached the next page."""

from __future__ import annotations

import pygame

from steps_game.tasks.message_builder.view import MORE
from tests.test_keyboard_rules import open_step


def offers_on_view(driver) -> list[str]:
    return driver.ids_starting("offer:")


def to_the_offers(driver) -> None:
    model = driver.scene.model
    while model.phase != "offer":
        statement = model.current()
        driver.press(control_id="answer:fact" if statement.is_fact else "answer:myth")
        driver.press(control_id="next")


def walk(driver, key: int, prefix: str, steps: int) -> list[str]:
    """The focused control after each press of `key`, each on the screen and on view."""
    seen = []
    for _ in range(steps):
        driver.key(key)
        focused = driver.ring.focused
        assert focused is not None and driver.ring.visible
        assert focused.id.startswith(prefix), focused.id  # never off the board
        assert driver.scene.area.contains(focused.rect), focused.id  # on the page in view
        seen.append(focused.id)
    return seen


def test_step_1s_offers_arrow_over_their_pages_in_arabic_at_200(make_driver) -> None:
    driver = open_step(make_driver, 1, "ar", 200)
    to_the_offers(driver)
    view = driver.scene.view
    every = [f"offer:{offer.id}" for offer in driver.scene.model.config.offers]
    first = offers_on_view(driver)[0]
    driver.ring.focus(first)
    assert view.pager.pages > 2  # one or two offers a page
    pages = view.pager.pages
    # Down through every offer, page by page, and no further than the last
    seen = [first, *walk(driver, pygame.K_DOWN, "offer:", len(every) - 1)]
    assert seen == every
    assert view.pager.page == pages - 1
    assert walk(driver, pygame.K_DOWN, "offer:", 1) == [every[-1]]
    assert view.pager.page == pages - 1  # not round to the first page
    # Up back through them all to the first
    assert walk(driver, pygame.K_UP, "offer:", len(every) - 1) == every[-2::-1]
    assert view.pager.page == 0
    # in Arabic the row reads from the right: Left reads on, Right reads back
    assert walk(driver, pygame.K_LEFT, "offer:", 2) == every[1:3]
    assert walk(driver, pygame.K_RIGHT, "offer:", 2) == [every[1], every[0]]
    # Enter on the card reached by arrows chooses it
    driver.key(pygame.K_DOWN)
    driver.key(pygame.K_RETURN)
    assert driver.scene.model.state["offers"] == [every[1].partition(":")[2]]


def test_step_1s_offers_left_and_right_keep_their_way_in_english(make_driver) -> None:
    """Left to right, Right reads on (across the page too) and Left reads back."""
    driver = open_step(make_driver, 1, "en", 200)
    to_the_offers(driver)
    every = [f"offer:{offer.id}" for offer in driver.scene.model.config.offers]
    driver.ring.focus(offers_on_view(driver)[0])
    assert driver.scene.view.pager.pages > 1
    per_page = len(offers_on_view(driver))
    assert walk(driver, pygame.K_RIGHT, "offer:", per_page) == every[1 : per_page + 1]
    assert walk(driver, pygame.K_LEFT, "offer:", 1) == [every[per_page - 1]]


def test_step_6s_profile_items_arrow_over_their_pages(make_driver) -> None:
    """Down past a page's last item used to leave the focus where it was, the next items out
    of reach of the arrows; now it goes on item by item over the pages, and back."""
    driver = open_step(make_driver, 6, "ar", 200)
    sheet = driver.scene.view.sheet
    every = [f"item:{card.id}" for card in driver.scene.model.cards]
    driver.ring.focus(driver.ids_starting("item:")[0])
    assert sheet.stacked and sheet.pages > 2
    seen = [every[0], *walk(driver, pygame.K_DOWN, "item:", len(every) - 1)]
    assert seen == every
    last_page = sheet.page
    assert last_page > 0
    # the profile's page after the items has no item (and its way on is not open yet): Down
    # goes on to it all the same, the focus on its page turner, and Up comes back
    driver.key(pygame.K_DOWN)
    assert sheet.page == last_page + 1 and driver.ring.focused_id == sheet.control_id
    assert walk(driver, pygame.K_UP, "item:", 1) == [every[-1]]
    assert sheet.page == last_page
    assert walk(driver, pygame.K_UP, "item:", len(every) - 1) == every[-2::-1]
    assert sheet.page == 0
    # Up at the board's first item: the focus stays there, on the first page
    assert walk(driver, pygame.K_UP, "item:", 1) == [every[0]]
    assert sheet.page == 0


def test_step_6s_profile_preview_is_read_on_the_way_to_the_event(make_driver) -> None:
    """Play-test (Arabic, 200 %): the profile preview, on the pages after the items, was
    passed over by the arrows (they go only to pages with an item of the board): Down from the
    last item went straight to "Go to the event", and the player never saw her profile. Now
    Down goes page by page through the preview (the focus on the page turner where a page has
    nothing to choose) to "Go to the event", and Up goes back the same way."""
    driver = open_step(make_driver, 6, "ar", 200)
    sheet, model, tr = driver.scene.view.sheet, driver.scene.model, driver.scene.tr
    heading = tr("task.profile_event.profile_heading")
    driver.ring.focus(driver.ids_starting("item:")[0])
    while not model.can_go_to_event:  # choose items on the way, by Enter and Down
        driver.key(pygame.K_RETURN)
        driver.key(pygame.K_DOWN)
    last = f"item:{model.cards[-1].id}"
    while driver.ring.focused_id != last:
        driver.key(pygame.K_DOWN)
    last_page, pages, seen = sheet.page, [], []
    while driver.ring.focused_id != "to-event":
        driver.key(pygame.K_DOWN)
        assert driver.ring.focused_id in (sheet.control_id, "to-event")
        pages.append(sheet.page)
        seen += driver.texts()
        assert len(pages) < 10
    assert pages == list(range(last_page + 1, sheet.pages))  # every page of the preview
    # (one page since the seventh Arabic play-test; since the eighteenth without the chosen
    # items, ticked on the pages just read)
    assert len(pages) >= 1 and heading in seen
    assert not [label for card in model.profile_items if (label := tr.pick(card.label)) in seen]
    for page in reversed(pages[:-1]):  # and back, page by page, to the last item
        driver.key(pygame.K_UP)
        assert (sheet.page, driver.ring.focused_id) == (page, sheet.control_id)
    driver.key(pygame.K_UP)
    assert (sheet.page, driver.ring.focused_id) == (last_page, last)
    # Enter on the page turner reads on as well, and ends on the way on
    driver.key(pygame.K_DOWN)
    for _ in pages[1:]:
        driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == "to-event" and sheet.page == sheet.pages - 1


def test_step_5s_arrows_read_on_to_the_pages_after_the_people_and_the_options(make_driver):
    """Fifth Arabic play-test (200 %): Down stopped at the 3rd person with an info page behind,
    and at each letter part's last option while the counter showed more pages (the letter
    being written); one Down that did nothing made the player's counted "Up Up" choose the
    wrong ask. Now Down goes on to the info page, the focus on its page turner, and Up comes
    back to the board's last person; a part's last option is on its last page (the letter is
    read once whole, forty-second run)."""
    driver = open_step(make_driver, 5, "ar", 200)
    view = driver.scene.view
    sheet = view.sheet
    # the people's pages: their own board's (its turner in the footer), or the stacked sheet's
    pager, turner = (sheet, sheet.control_id) if sheet.stacked else (view.cards_pager, MORE)
    assert pager.pages > 1
    people = driver.ids_starting("contact:")
    driver.key(pygame.K_TAB)
    for _ in range(pager.pages + 1):  # (bounded: before, Down stayed on the last person)
        if not driver.ring.focused_id.startswith("contact:"):
            break
        last, last_page = driver.ring.focused_id, pager.page
        driver.key(pygame.K_DOWN)
    assert people and pager.page == last_page + 1 and driver.ring.focused_id == turner
    driver.key(pygame.K_UP)
    assert (pager.page, driver.ring.focused_id) == (last_page, last)
    driver.press(control_id=people[0])
    for _ in range(2):  # the first two parts of the letter
        options = [
            f"option:{o.id}"
            for o in driver.scene.model.options(driver.scene.model.state["current"])
        ]
        seen = [driver.ring.focused_id]
        for _ in range(len(options)):  # (bounded: before, Down stayed on a page's last one)
            driver.key(pygame.K_DOWN)
            seen.append(driver.ring.focused_id)
        assert sheet.pages > 1 and seen[:-1] == options
        # the options' last page is the part's last (the letter being written is not paged
        # under them, forty-second run): the counter says so, and Down stays on the board
        assert sheet.page == sheet.pages - 1 and seen[-1] == options[-1]
        driver.key(pygame.K_UP)
        assert driver.ring.focused_id == options[-2]
        driver.key(pygame.K_DOWN)
        driver.key(pygame.K_RETURN)  # chosen: the next part


def test_step_2s_with_whom_arrows_over_its_pages(make_driver) -> None:
    """Fifth Arabic play-test (200 %): on "with whom?" Down stopped at the 2nd person while
    the counter showed six pages; the rest were reached only by Tab through Undo."""
    driver = open_step(make_driver, 2, "ar", 200)
    model = driver.scene.model
    model.toggle_goal(model.offered_goals()[0].id)
    model.make_concrete()
    driver.scene.rebuild()
    while model.slot != "who":
        driver.press(control_id=driver.ids_starting(f"{model.slot}:")[0])
    pager = driver.scene.view.plan_pager
    every = [f"who:{option_id}" for option_id, *_ in driver.scene.view._choices("who")]
    driver.ring.focus(every[0])
    assert pager.pages > 2
    assert [every[0], *walk(driver, pygame.K_DOWN, "who:", len(every) - 1)] == every
    assert pager.page > 0
    assert walk(driver, pygame.K_UP, "who:", len(every) - 1) == every[-2::-1]
    assert pager.page == 0


def test_step_2s_page_turner_says_the_page_shown(make_driver) -> None:
    """Seventh Arabic play-test (200 %): the first page of "When at the latest?" showed
    "(3/5)", Down "(2/5)" and Up back to it "(1/5)": the turner's words were worked out before
    the page shown was, and said the page before's number. Through every part and every
    arrow, the words name the page shown."""
    from steps_game.ui.flow import page_turn_label

    driver = open_step(make_driver, 2, "ar", 200)
    model, view, tr = driver.scene.model, driver.scene.view, driver.app.tr
    model.toggle_goal(model.offered_goals()[0].id)
    model.make_concrete()
    driver.scene.rebuild()
    checked = 0
    while model.slot is not None and model.phase != "pick":
        slot = model.slot
        choices = driver.ids_starting(f"{slot}:")
        driver.ring.focus(choices[0])
        for key in (pygame.K_DOWN,) * 4 + (pygame.K_UP,) * 2:
            driver.key(key)
            pager = view.plan_pager
            turner = driver.ring.by_id("more-plan")
            if turner is not None and pager.pages > 1:
                assert turner.label == page_turn_label(tr, pager.page + 1, pager.pages), slot
                checked += 1
        driver.press(control_id=driver.ids_starting(f"{slot}:")[0])
        if model.slot == slot:
            break
    assert checked >= 6
