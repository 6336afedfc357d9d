"""Keyboard rules from a play-test in Arabic at 200 % text with the keyboard only: the first Tab
lands on a screen's primary thing, Tab goes along a row the way it reads, Shift+Tab goes back,
a paged board's controls are reached by Tab and its button says it turns the page, a week's end
keeps the focus on the page in view, and step 3 places a person in few keys with its keys said
whole."""

from __future__ import annotations

import itertools
import unicodedata

import pygame
import pytest

from steps_game.audit import measure
from steps_game.scenes.pause import PauseScene
from steps_game.scenes.task_host import TaskHostScene
from steps_game.ui import text
from tests.test_input_rules import Keys

FOOTER = ("undo", "start-over", "done", "menu")
RTL = ("ar", "fa")


def open_step(make_driver, step: int, language: str = "en", size: int = 100, field="health"):
    """A step's task opened as the mouse would leave it: the focus not shown yet."""
    driver = make_driver(language=language, start_step=step)
    if size != 100:
        driver.app.change_setting("text_size", size)
    driver.app.session.new(field)
    driver.app.reset_to(TaskHostScene(driver.app, step))
    driver.frames()
    assert not driver.app.keyboard_mode and not driver.ring.visible
    return driver


def shift_tab(driver) -> None:
    driver.key(pygame.K_TAB, pygame.KMOD_SHIFT)


def tab_order(driver) -> list:
    """The controls in the order Tab visits them, once round, from the focused one."""
    seen = [driver.ring.focused]
    for _ in range(len(driver.ring.focusable) - 1):
        driver.key(pygame.K_TAB)
        seen.append(driver.ring.focused)
    return seen


def against_reading(controls, language: str) -> list[tuple[str, str]]:
    """Pairs of controls one after the other on one row that Tab takes against the way the
    row reads (leftwards, or rightwards in a right-to-left language)."""
    wrong = []
    for a, b in itertools.pairwise(controls):
        if abs(a.rect.centery - b.rect.centery) > 10:
            continue
        backwards = (
            b.rect.centerx > a.rect.centerx if language in RTL else b.rect.centerx < a.rect.centerx
        )
        if backwards:
            wrong.append((a.id, b.id))
    return wrong


# -- the first Tab ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_first_tab_on_each_task_lands_on_its_first_task_control(make_driver, language):
    for step in range(1, 8):
        driver = open_step(make_driver, step, language)
        scene = driver.scene
        board = [c.id for c in driver.ring.focusable if c.board is not None]
        primary = scene.preferred_focus if scene.preferred_focus in board else board[0]
        driver.key(pygame.K_TAB)
        assert driver.ring.visible
        assert driver.ring.focused_id == primary, (step, driver.ids())
        assert driver.ring.focused_id not in FOOTER
        driver.close()


def test_the_first_tab_on_other_screens_lands_on_the_way_on(make_driver):
    driver = make_driver(language="ar")
    driver.frames()
    title = driver.ids()[0]
    driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == title  # the title's first button: start or go on
    driver.app.keyboard_mode = False
    driver.app.push(PauseScene(driver.app))
    driver.frames()
    driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == "resume"
    # a feedback screen, reached by the mouse: Next step, not the button after it
    driver.app.pop()
    host = open_step(make_driver, 1)
    model = host.scene.model
    while model.phase != "offer":
        host.scene.act(lambda: model.answer(True))
        host.scene.act(model.next)
    for offer in model.config.offers[: model.config.offer_pick]:
        host.scene.act(lambda offer=offer: model.toggle_offer(offer.id))
    host.click(control_id="done")
    assert type(host.scene).__name__ == "FeedbackScene" and not host.ring.visible
    host.key(pygame.K_TAB)
    # (or its page turner while pages of why are unread: tests/test_feedback_reading.py)
    unread = host.scene.pager.pages > 1
    assert host.ring.focused_id == ("more" if unread else "next"), host.scene.pager.pages


# -- reading order --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "fa", "en"])
def test_the_pause_menu_is_tabbed_along_its_rows_the_way_they_read(make_driver, language):
    driver = make_driver(language=language)
    driver.app.change_setting("text_size", 200)
    driver.app.push(PauseScene(driver.app))
    driver.frames()
    driver.key(pygame.K_TAB)
    order = tab_order(driver)
    assert [c.id for c in order][:3] == ["resume", "settings", "language"]  # the menu's order
    if language in RTL:  # at 200 % the menu stands in two columns ...
        assert len({c.rect.centery for c in order}) < len(order)
    assert against_reading(order, language) == []  # ... and Tab reads each row in its way


def read_the_why(driver) -> None:
    """After an answer the focus is on the way the why reads on: the page turner while the
    explanation goes on over pages (Enter reads on, never skips it), then the way on."""
    turns = 0
    while driver.ring.by_id("more") is not None and driver.ring.focused_id == "more":
        driver.key(pygame.K_RETURN)
        turns += 1
        assert turns < 10
    assert driver.ring.focused_id == "next"  # read to its end: on to the way on
    if turns:  # the last page of the why is on view
        assert driver.scene.view.pager.page == driver.scene.view.pager.pages - 1


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("fa", 100), ("en", 200)])
def test_step_1s_footer_is_tabbed_the_way_it_reads(make_driver, language, size):
    driver = open_step(make_driver, 1, language, size)
    driver.key(pygame.K_TAB)
    driver.key(pygame.K_RETURN)  # answered
    read_the_why(driver)
    footer = [c for c in driver.ring.focusable if c.board is None and c.id != "menu"]
    assert [c.id for c in footer][-1] == "next" and footer[0].id == "undo"
    assert against_reading(footer, language) == []
    assert against_reading(driver.ring.focusable, language) == []


# -- step 1: back with Shift+Tab ----------------------------------------------------------------


@pytest.mark.parametrize(("language", "size", "first"), [("ar", 150, 1), ("en", 100, 1)])
def test_step_1_shift_tab_goes_back_to_the_statement_after_an_answer(
    make_driver, language, size, first
):
    driver = open_step(make_driver, 1, language, size)
    driver.key(pygame.K_TAB)
    # (at 200 % the answers have the whole board, the card over none of them: reveal.py)
    while driver.scene.model.position[0] < first:
        driver.key(pygame.K_RETURN)
    shift_tab(driver)
    assert driver.ring.focused_id == "statement"  # before the answers, as it reads
    driver.key(pygame.K_TAB)
    driver.key(pygame.K_RETURN)
    assert driver.scene.model.phase == "reveal"
    # on the why's first page (the statement with it): its page turner when it goes on
    paged = driver.ring.by_id("more") is not None
    assert driver.ring.focused_id == ("more" if paged else "next")
    visited = []
    for _ in range(len(driver.ring.focusable)):
        shift_tab(driver)
        visited.append(driver.ring.focused_id)
        if visited[-1] == "statement":
            break
    assert visited[-1] == "statement", visited
    assert "menu" not in visited  # straight back along the footer to the board, no wrapping
    words = driver.app.tr.pick(driver.scene.model.current().text)
    assert driver.ring.focused.label.startswith(words)  # said with its verdict, when spoken
    driver.key(pygame.K_RETURN)  # Enter reads it aloud (when reading aloud is on): no change
    assert driver.scene.model.phase == "reveal"


# -- paged boards: Tab reaches every control, the button says it turns the page -----------------


def play_step_3(driver) -> None:
    """Step 3 done with several people on the map, so that step 5 has people to write to."""
    host = driver.scene
    model = host.model
    for contact in model.unplaced()[:6]:
        host.act(lambda c=contact.id: model.place(c, *model.start_cell(c)))
    host.finish()


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("ar", 150)])
def test_step_5_tab_reaches_every_contact_on_a_paged_board(make_driver, language, size):
    driver = open_step(make_driver, 3, language, size, field="it")
    play_step_3(driver)
    driver.app.reset_to(TaskHostScene(driver.app, 5))
    driver.frames()
    view, model = driver.scene.view, driver.scene.model
    assert view.sheet.pages > 1 or view.cards_pager.pages > 1  # the people do not fit one page
    wanted = [f"contact:{c.id}" for c in model.contacts()]
    assert len(wanted) > 2
    driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == wanted[0]
    reached = []
    for _ in wanted[1:]:
        driver.key(pygame.K_TAB)
        reached.append(driver.ring.focused_id)
    assert reached == wanted[1:]  # Tab alone, from one person to the next, page after page
    for expected in reversed(wanted[:-1]):  # and back with Shift+Tab
        shift_tab(driver)
        assert driver.ring.focused_id == expected
    driver.key(pygame.K_RETURN)
    assert model.state["contact"] == wanted[0].partition(":")[2]


def test_a_paged_boards_button_says_it_turns_the_page(make_driver):
    driver = open_step(make_driver, 7, "ar", 200)
    sheet, tr = driver.scene.view.sheet, driver.app.tr
    assert sheet.stacked and sheet.pages > 2
    more = driver.control(control_id="more-board")
    assert more.label == tr("pages.next", page=sheet.page + 1, pages=sheet.pages)
    sheet.page = sheet.pages - 1
    driver.scene.rebuild()
    assert driver.control(control_id="more-board").label == tr(
        "pages.first", page=sheet.pages, pages=sheet.pages
    )
    driver.ring.focus("more-board")
    driver.key(pygame.K_RETURN)
    assert sheet.page == 0  # where it said it turns to


@pytest.mark.parametrize(
    "language", ["fi", "fi-selko", "en", "sv", "et", "ru", "uk", "ar", "fa", "so"]
)
def test_the_page_button_says_it_turns_the_page_in_every_language(make_driver, language):
    driver = make_driver(language=language)
    tr = driver.app.tr
    english = {"next": "Next page (1/3)", "first": "First page (3/3)"}
    for key, page in (("next", 1), ("first", 3)):
        words = tr(f"pages.{key}", page=page, pages=3)
        digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in words)
        assert f"{page}/3" in digits
        assert (words == english[key]) is (language == "en")
        other = "first" if key == "next" else "next"
        assert words.split("(")[0] != tr(f"pages.{other}", page=page, pages=3).split("(")[0]


@pytest.mark.parametrize(("language", "word"), [("ru", "Далее"), ("uk", "Далі")])
def test_the_next_page_button_says_next_in_one_short_word_in_russian_and_ukrainian(
    make_driver, language, word
):
    """Russian and Ukrainian say "next page" with the short word readers know from buttons
    ("Далее", "Далі"), not a verb of leafing through ("Листать", "Гортати"): it is plainer,
    and the turner it names stays narrow enough for the footers at 200 %."""
    driver = make_driver(language=language)
    words = driver.app.tr("pages.next", page=1, pages=3)
    assert words == f"{word} (1/3)"


# The buttons that go on to the next part of a screen the page turner may stand beside (step
# 1's last statement, step 6's last moment, the field's page at 200 %).
GO_ON = ("task.myth_or_fact.to_offers", "task.profile_event.to_end", "field.continue")


@pytest.mark.parametrize("code", ["fi", "fi-selko", "en", "sv", "et", "ru", "uk", "ar", "fa", "so"])
def test_a_way_on_never_sounds_like_the_page_turner_beside_it(code):
    """ "Далі (1/2)" beside "Далі", or "Далее (1/2)" beside "Дальше" (the same word in other
    letters), leave the player to guess which goes on and which turns the page: the ways on
    say "continue", as English says "Go on" beside "Next page"."""
    from steps_game.i18n import catalog

    texts = catalog(code)
    turner = texts["pages.next"].split("(")[0].split()[0].lower()
    for key in GO_ON:
        first = texts[key].split()[0].lower()
        assert first[:3] != turner[:3], (key, texts[key], texts["pages.next"])


# -- step 7: a week's end, Tab among the ways -------------------------------------------------


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 100)])
def test_step_7_a_weeks_end_keeps_the_focus_on_the_page_in_view(make_driver, language, size):
    """The new week's first choice, the person with news, on the page in view (turned to them:
    the first person on the page in view was the last one when the week ended beside them,
    and Enter, Enter then ended the week with energy left; test_keep_warm_keys.py)."""
    driver = open_step(make_driver, 7, language, size)
    model = driver.scene.model
    driver.key(pygame.K_TAB)
    driver.tab_to(control_id="next-week")
    driver.key(pygame.K_RETURN)
    assert model.week == 1
    focused = driver.ring.focused_id
    news = next(t.id for t in model.relationships if model.news_for(t.id) is not None)
    assert focused == f"tie:{news}"  # the week opens on the news (keep_warm/order.py)
    assert focused in driver.ids()  # on the page in view, not a control on a hidden page
    driver.key(pygame.K_RETURN)  # a second Enter does not end another week
    assert model.week == 1


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 100)])
def test_step_7_enter_enter_plays_every_week_and_never_ends_one_empty(make_driver, language, size):
    """Played as a newcomer plays it, Enter on a person and Enter on their first way until the
    week's energy is used, then Enter on "Next week": at 200 % that button stands on a page with
    no person, and the focus stayed there, so the next Enters ended weeks with nothing chosen."""
    driver = open_step(make_driver, 7, language, size)
    model = driver.scene.model
    driver.key(pygame.K_TAB)
    for week in range(3):
        for _ in range(12):  # a person, then their way, until the energy is used
            if driver.ring.focused_id == "next-week":
                break
            driver.key(pygame.K_RETURN)
        assert driver.ring.focused_id == "next-week", (week, driver.ring.focused_id)
        assert model.energy_left == 0
        driver.key(pygame.K_RETURN)
        assert model.week == week + 1
        focused = driver.ring.focused_id
        assert focused.startswith(("tie:", "action:")), (week, focused)
        assert focused in driver.ids()  # on the page in view, not a control on a hidden page


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 100)])
def test_step_7_tab_among_the_ways_only_moves_the_focus(make_driver, language, size):
    driver = open_step(make_driver, 7, language, size)
    model = driver.scene.model
    driver.key(pygame.K_TAB)  # the week opens on the person with news (keep_warm/order.py)
    first = model.relationships[0].id
    for _ in range(len(model.relationships)):  # up to the first person, who has none
        if driver.ring.focused_id == f"tie:{first}":
            break
        driver.key(pygame.K_UP)
    driver.key(pygame.K_RETURN)  # open the first person's card
    ways = [f"action:{a.id}" for a in model.offered(first)]
    assert driver.ring.focused_id == ways[0]  # the card opens on its first way
    for _ in range(len(ways)):  # on through every way to "no contact", across the pages
        driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == "action:none"
    for _ in range(len(ways)):  # back through every way, across the board's pages
        shift_tab(driver)
    chosen = driver.ring.focused_id
    assert chosen in ways
    for _ in range(2 * len(ways) + 4):
        driver.key(pygame.K_TAB)
        assert model.chosen(first) is None and model.energy_left == model.config.energy_per_week
    for _ in range(2 * len(ways) + 4):  # back to it, as the player would
        if driver.ring.focused_id == chosen:
            break
        shift_tab(driver)
    driver.key(pygame.K_SPACE)  # choosing is Enter or Space
    assert model.chosen(first) is not None and f"action:{model.chosen(first).id}" == chosen


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 200), ("en", 100)])
def test_step_7_opening_a_person_focuses_the_first_way_on_the_page_shown(
    make_driver, language, size
):
    """Nothing chosen yet: Enter on a person lands on the way that answers their news, else
    on their first way, on the page in view, not on "no contact" (the last way, pages away at
    200 %); with a way chosen, on that way."""
    driver = open_step(make_driver, 7, language, size)
    model = driver.scene.model
    people = [tie.id for tie in model.relationships]
    news = model.news_for(people[3])  # the week opens on them (keep_warm/order.py)
    driver.key(pygame.K_TAB)  # shows the focus on the person with news
    assert driver.ring.focused_id == f"tie:{people[3]}"
    driver.key(pygame.K_RETURN)
    if driver.ring.focused_id.startswith("head:"):  # their news first, where it has a page
        driver.key(pygame.K_RETURN)
    answer = f"action:{news.fits[0]}"
    assert driver.ring.focused_id == answer
    assert driver.ring.by_id(answer) is not None  # built: on the page in view
    driver.key(pygame.K_RETURN)  # chosen; the focus goes on to the next person
    assert f"action:{model.chosen(people[3]).id}" == answer
    if driver.scene.view.sheet.stacked:  # (stacked: straight on to their card's head)
        assert driver.ring.focused_id == f"head:{people[4]}"
    else:
        assert driver.ring.focused_id == f"tie:{people[4]}"
    driver.key(pygame.K_RETURN)
    # the next person, no news, nothing chosen: their first way
    assert driver.ring.focused_id == f"action:{model.offered(people[4])[0].id}"
    for _ in range(40):  # Shift+Tab back to the person with news, across the pages
        if driver.ring.focused_id == f"tie:{people[3]}":
            break
        shift_tab(driver)
    driver.key(pygame.K_RETURN)  # back to them: the way chosen for them
    if driver.ring.focused_id.startswith("head:"):
        driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == answer


# -- step 3: placing by keyboard ------------------------------------------------------------------


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 100)])
def test_step_3_places_a_person_in_three_keys_and_goes_on_to_the_next(make_driver, language, size):
    driver = open_step(make_driver, 3, language, size)
    model = driver.scene.model
    first, second = (f"token:{c.id}" for c in model.unplaced()[:2])
    keys = Keys(driver)
    keys(pygame.K_TAB)  # the list's first person, not Add someone or the footer
    if driver.scene.view.carrying:
        # the largest text: the instruction has the column's first page to itself, and the
        # first Tab goes to the page turner that leads to the people (never to Start over)
        assert driver.ring.focused_id == "more-column"
        driver.key(pygame.K_RETURN)
        driver.tab_to(control_id=first)
        keys = Keys(driver)
        keys.count = 1  # the Tab that reached them
    assert driver.ring.focused_id == first
    keys(pygame.K_RETURN, pygame.K_RETURN)  # picked up, put where the level suggests
    assert model.placement(first.partition(":")[2]) is not None and keys.count == 3
    assert driver.ring.focused_id == second  # on to the next person in the list
    keys = Keys(driver)
    keys(pygame.K_RETURN, pygame.K_LEFT, pygame.K_RETURN)  # another life area
    assert model.placement(second.partition(":")[2]) is not None and keys.count == 3
    # a placed person marked the other way, then moved a ring out, three keys each
    person = first.partition(":")[2]
    before = dict(model.placement(person))
    driver.tab_to(control_id=f"marker:{person}")
    keys = Keys(driver)
    keys(pygame.K_RETURN, pygame.K_RETURN, pygame.K_RETURN)
    assert model.placement(person)["in_finland"] is not before["in_finland"]
    driver.tab_to(control_id=f"marker:{person}")
    keys(pygame.K_RETURN, pygame.K_UP, pygame.K_RETURN)
    assert model.placement(person)["ring"] != before["ring"] and keys.count == 6


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("fa", 200), ("en", 100)])
def test_step_3_says_the_boards_keys_whole_and_never_drag(make_driver, language, size):
    driver = open_step(make_driver, 3, language, size)
    tr = driver.app.tr
    instruction = tr.pick(driver.scene.model.config.instruction)
    driver.key(pygame.K_TAB)
    driver.frames(1)
    # whole, in one box or (a map at the largest text) in pieces of whole lines, one after another
    assert instruction in " ".join(driver.texts())
    view = driver.scene.view
    if view.carrying:
        # the largest text: the instruction and then the keys head the column, before the
        # list's people (the first Tab goes to its page turner); the keys are on the
        # instruction's page (in Arabic they had a page of their own, which kept no room at
        # its foot for Add someone it does not show), or the next thing its turner shows,
        # whole, and the people come after them
        assert driver.ring.focused_id == "more-column"
        if language == "ar":
            assert tr("host.keys") in driver.texts()
        if tr("host.keys") not in driver.texts():
            driver.key(pygame.K_RETURN)
        assert tr("host.keys") in driver.texts()
        if not driver.ids_starting("token:"):
            driver.key(pygame.K_RETURN)
        assert driver.ids_starting("token:")
        return
    assert tr("task.network_map.keys_list") in driver.texts()
    board = driver.scene.area.copy()
    text.overflows.clear()
    driver.key(pygame.K_RETURN)  # carried by keyboard
    driver.frames(2)
    carried = tr("task.network_map.keys_keyboard")
    assert carried in driver.texts()  # the keys that place them, under the instruction
    assert driver.scene.area == board  # the board did not move (the carried one stays held)
    assert driver.scene.view.drag.held is not None
    cut = [p for p in measure(driver.app, "step 3").problems if "cut off" in p]
    assert not [p for p in cut if carried[:20] in p or "keys" in p], cut
    assert not any(carried[:20] in line for line in text.overflows)
    if language == "en":
        assert "drag" not in " ".join((instruction, carried)).lower()


# -- step 1's offers: the focus goes on over the cards until as many are chosen as asked for ----


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 100)])
def test_step_1s_offers_send_the_focus_on_until_the_last_one_asked_for(make_driver, language, size):
    """One offer completes the task, but the player is asked for three: Enter on a card chooses
    it and the focus goes on to the next card not chosen (a first choice sent it to Done, where
    the next Enter ended the task with one of three; left on the card, a facilitator's second
    Enter took the choice back), and the last one asked for sends it on to Done."""
    driver = open_step(make_driver, 1, language, size)
    model = driver.scene.model
    while model.phase != "offer":
        statement = model.current()
        driver.press(control_id="answer:fact" if statement.is_fact else "answer:myth")
        driver.press(control_id="next")
    pick = model.config.offer_pick
    for number in range(1, pick + 1):
        chosen = set(model.state["offers"])
        free = [i for i in driver.ids_starting("offer:") if i.partition(":")[2] not in chosen]
        for _ in range(10):
            if free:
                break
            driver.key(pygame.K_PAGEDOWN)
            free = [i for i in driver.ids_starting("offer:") if i.partition(":")[2] not in chosen]
        driver.ring.focus(free[0])
        driver.key(pygame.K_RETURN)
        assert len(model.state["offers"]) == number
        if number == pick:
            assert driver.ring.focused_id == "done"
            continue
        focused = driver.ring.focused_id
        assert focused != free[0], number
        if focused.startswith("offer:"):  # the next card not chosen, on the same page
            assert focused.partition(":")[2] not in model.state["offers"]
        else:  # none left on this page: its turner
            assert focused.startswith("more"), focused
        driver.key(pygame.K_RETURN)  # a second Enter never takes the choice back
        assert free[0].partition(":")[2] in model.state["offers"], number
        if focused.startswith("offer:"):
            driver.press(control_id="undo")  # (the test chooses its own next card)
            assert len(model.state["offers"]) == number


def test_enter_on_the_turner_a_choice_sent_the_focus_to_goes_on_to_the_next_free_card(make_driver):
    """Thirteenth Arabic play-test: at 200 % step 1 shows one offer a page. Enter chose it and
    sent the focus to "Next page" (no free card left on the page); Enter there turned the page
    and stayed on the turner, so the card now in view took Up before it could be chosen. Now
    that Enter also goes on to the next card not chosen, on the page turned to; a turner
    reached otherwise still only turns its page."""
    driver = open_step(make_driver, 1, "ar", 200)
    model = driver.scene.model
    while model.phase != "offer":
        statement = model.current()
        driver.press(control_id="answer:fact" if statement.is_fact else "answer:myth")
        driver.press(control_id="next")
    first = driver.ids_starting("offer:")
    assert len(first) == 1  # (one a page at 200 %)
    driver.ring.focus(first[0])
    driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id.startswith("more")
    driver.key(pygame.K_RETURN)  # the page turned, and the focus on its card
    focused = driver.ring.focused_id
    assert focused.startswith("offer:") and focused != first[0], focused
    assert focused.partition(":")[2] not in model.state["offers"]
    assert len(model.state["offers"]) == 1  # nothing chosen by it
    turner = next(i for i in driver.ids() if i.startswith("more"))
    driver.ring.focus(turner)
    driver.key(pygame.K_RETURN)  # browsing by the turner: it stays on the turner
    assert driver.ring.focused_id.startswith("more")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_step_3_at_200_marking_someone_abroad_goes_back_to_the_list(make_driver, language):
    """Nineteenth Arabic keyboard play-test at 200 % (s3_64-80): the chosen person's panel is
    a page of the column; once "abroad" was chosen it stayed on, Tab went on into the map and
    Esc opened the pause menu, and she gave up on the rest of the list. Marking someone now
    turns back to the list, at the next person to place, focused; Esc on the panel's page
    goes back to the list too, not to the pause menu."""
    driver = open_step(make_driver, 3, language, 200)
    model, view = driver.scene.model, driver.scene.view
    if view.carrying:  # (the instruction's page first)
        driver.key(pygame.K_TAB)
        driver.key(pygame.K_RETURN)
    first, second = (c.id for c in model.unplaced()[:2])
    driver.tab_to(control_id=f"token:{first}")
    driver.key(pygame.K_RETURN)
    driver.key(pygame.K_RETURN)  # placed where the level suggests
    assert view.column.paged and model.placement(first) is not None
    assert driver.ring.focused_id == f"token:{second}"
    shift_tab(driver)  # their line in the list, just before the next person's
    assert driver.ring.focused_id == f"person:{first}"
    driver.key(pygame.K_RETURN)  # picked up again ...
    driver.key(pygame.K_RETURN)  # ... put back: their panel, on the place not marked
    assert view.column_shows[0] == "panel"
    assert driver.ring.focused_id in ("loc:abroad", "loc:finland")
    was = model.placement(first)["in_finland"]
    driver.key(pygame.K_RETURN)
    assert model.placement(first)["in_finland"] is not was
    assert view.column_shows[0] == "list" and driver.ring.focused_id == f"token:{second}"
    shift_tab(driver)
    assert driver.ring.focused_id == f"person:{first}"
    driver.key(pygame.K_RETURN)
    driver.key(pygame.K_RETURN)
    assert view.column_shows[0] == "panel"
    driver.key(pygame.K_ESCAPE)
    assert type(driver.scene).__name__ == "TaskHostScene"
    assert view.column_shows[0] == "list" and driver.ring.focused_id == f"token:{second}"


def on_to_first_step(driver, *, mouse: bool = False) -> None:
    """Step 4's "Next: my first step", and on past its question when weeks are left empty or
    over the time (the tests that use it are about the first step, not the weeks)."""
    act = driver.click if mouse else driver.press
    act(control_id="to-first")
    if type(driver.scene).__name__ == "ConfirmScene":
        act(control_id="yes")


@pytest.mark.parametrize(("language", "size"), [("ar", 200), ("en", 100)])
def test_step_3_the_map_is_one_tab_stop(make_driver, language, size):
    """Twentieth Arabic keyboard play-test at 200 % (s3_77-89): from the list, Tab went
    through every marker on the map, each with its tooltip, and Done came at the 13th Tab.
    Tab enters the map at a marker and leaves it at the next stop; the arrows go from marker
    to marker inside it."""
    driver = open_step(make_driver, 3, language, size)
    model = driver.scene.model
    if driver.scene.view.carrying:  # (the instruction's page first)
        driver.key(pygame.K_TAB)
        driver.key(pygame.K_RETURN)
    for contact in model.unplaced()[:4]:  # four people on the map, where the level suggests
        driver.tab_to(control_id=f"token:{contact.id}")
        driver.key(pygame.K_RETURN)
        driver.key(pygame.K_RETURN)
    markers = [i for i in driver.ids() if i.startswith("marker:")]
    assert len(markers) >= 4
    driver.tab_to(control_id=markers[0])
    driver.key(pygame.K_TAB)
    assert not driver.ring.focused_id.startswith("marker:")
    driver.key(pygame.K_TAB, pygame.KMOD_SHIFT)
    assert driver.ring.focused_id.startswith("marker:")
    driver.key(pygame.K_TAB, pygame.KMOD_SHIFT)
    assert not driver.ring.focused_id.startswith("marker:")
    driver.tab_to(control_id=markers[0])
    driver.key(pygame.K_DOWN)  # the arrows stay on the map
    assert driver.ring.focused_id.startswith("marker:")
