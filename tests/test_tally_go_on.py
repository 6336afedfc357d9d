"""After the room's answer is played ("Go on with answer N" on the tally, scenes/tally.py), the
task shows what follows on the page in view, with the focus on the way on, so that one Enter
goes on: step 6's verdict on the moment and "Next moment", step 5's next part (and Send once the
message is whole). The workshop play-test (2026-12-05) found step 6's feedback and Next moment
on a page the room could not see, and the focus on the page turner."""

from __future__ import annotations

import pygame
import pytest

from steps_game.i18n import language_codes
from steps_game.scenes.tally import TallyScene
from steps_game.scenes.task_host import TaskHostScene


def room_goes_on(driver, option: int) -> None:
    """The facilitator counts three hands for `option` with its number key, reveals, reads
    the reveal's pages with Enter on "Next page", and presses Enter on "Go on with answer N"."""
    for _ in range(3):
        driver.key(getattr(pygame, f"K_{option + 1}"))
    assert isinstance(driver.scene, TallyScene)
    driver.key(pygame.K_r)
    for _ in range(driver.scene.pager.pages - 1):
        assert driver.ring.focused_id == "more"
        driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == "go-on"
    driver.key(pygame.K_RETURN)
    assert isinstance(driver.scene, TaskHostScene)


def short_set_task(make_driver, language: str, step: int):
    """The short set's task of `step` on a 1920x1080 projector."""
    driver = make_driver(language=language, window=(1920, 1080), workshop=True)
    app = driver.app
    app.workshop.choose_set(app.workshop.sets.by_id("short"))
    app.reset_to(TaskHostScene(app, step))
    driver.settle()
    return driver


def to_the_event(driver) -> None:
    model = driver.scene.model
    while model.phase == "profile":
        wanted = driver.find_id("item:", lambda i: not model.in_profile(i[5:]))
        driver.press(control_id=wanted)
        if model.can_go_to_event:
            driver.press(control_id="to-event")


@pytest.mark.parametrize("language", ["en", "so", "ar"])
def test_step_6_shows_how_the_moment_went_and_next_moment_after_go_on(make_driver, language):
    driver = make_driver(language=language, start_step=6, workshop=True)
    to_the_event(driver)
    model, tr = driver.scene.model, driver.app.tr
    for number in range(1, model.position[1] + 1):
        point = driver.scene.view.choice_point()
        option = (point.best + 1) % len(point.options)  # not only the best: any answer
        room_goes_on(driver, option)
        moment = model.current()
        chosen = model.chosen(moment)
        assert model.options(moment).index(chosen) == option
        shown = " ".join(driver.texts())
        assert tr.pick(chosen.reason) in shown  # how it went, on the page in view
        assert driver.ring.by_id("next") is not None  # and the way on beside it
        last = number == model.position[1]
        # after the last moment too, "Go on" (to what the event gave) is the one way on: Done
        # waits, greyed, for the page after it
        assert driver.ring.focused_id == "next"
        assert "done" not in driver.ids()
        driver.key(pygame.K_RETURN)  # one Enter: the next moment, or what the event gave
        if not last:
            assert model.position[0] == number + 1 and model.chosen(model.current()) is None
    assert model.is_complete() and model.phase == "done"
    assert driver.ring.focused_id == "done"


@pytest.mark.parametrize("language", ["en", "so"])
def test_step_5_opens_the_next_part_after_go_on_and_sends_after_the_last(make_driver, language):
    driver = make_driver(language=language, start_step=5, workshop=True)
    model = driver.scene.model
    if model.phase == "contact":
        driver.press(control_id=driver.ids_starting("contact:")[0])
    parts = model.position[1]
    for number in range(1, parts + 1):
        point = driver.scene.view.choice_point()
        assert point is not None and model.position[0] == number
        room_goes_on(driver, point.best)
        if number < parts:  # the next part is open, its first option in view, the focus on
            # Count hands (a stray Enter on the option chose before a count, ninth run)
            current = model.state["current"]
            assert model.position[0] == number + 1
            first = f"option:{model.options(current)[0].id}"
            assert driver.ring.focused_id == "tally"
            assert driver.scene.area.contains(driver.ring.by_id(first).rect)
    # the room reads the whole letter first where it is paged (stacked at workshop text):
    # Enter turns its pages, and Send takes the focus on the page of its last words
    assert model.ready
    for _ in range(driver.scene.view.sheet.pages):
        if driver.ring.focused_id == "send":
            break
        assert driver.ring.focused_id == "more-board"
        driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == "send"
    driver.key(pygame.K_RETURN)  # one Enter sends the finished message
    assert model.phase == "sent"


@pytest.mark.parametrize("language", ["en", "ar", "so"])
def test_the_card_that_makes_the_profile_ready_keeps_the_focus_on_the_cards(make_driver, language):
    """Step 6 in workshop mode: the facilitator adds cards with Enter, each sending the focus on
    to the next card not chosen, also the one that makes the profile ready (sent to "Go to the
    event", a second Enter left the profile at its least with good cards still to choose,
    seventh facilitator run); Tab then reaches "Go to the event", and Enter goes on."""
    driver = make_driver(language=language, start_step=6, workshop=True, window=(1920, 1080))
    model = driver.scene.model
    while not model.can_go_to_event:
        # on the next item not chosen, or the page turner when none is left on the page
        focused = driver.ring.focused_id
        assert focused is None or focused.startswith(("item:", "more-cards")), focused
        if focused is not None and focused.startswith("item:"):
            assert not model.in_profile(focused[5:])
        wanted = driver.find_id("item:", lambda i: not model.in_profile(i[5:]))
        driver.press(control_id=wanted)
    focused = driver.ring.focused_id
    assert focused.startswith(("item:", "more-cards")), focused
    if focused.startswith("item:"):
        assert not model.in_profile(focused[5:])
    for _ in range(len(driver.ids())):
        if driver.ring.focused_id == "to-event":
            break
        driver.key(pygame.K_TAB)
    assert driver.ring.focused_id == "to-event"
    driver.key(pygame.K_RETURN)
    assert model.phase == "event"


def test_a_stacked_profile_starts_a_page_of_its_own(make_driver):
    """At large text the profile stands under the cards on a board shown page by page: it
    starts a page, its banner and heading never under the last cards."""
    driver = make_driver(language="fi", start_step=6, window=(1920, 1080))
    driver.app.change_setting("text_size", 200)
    driver.settle()
    view = driver.scene.view
    assert view.sheet.stacked and view.sheet.pages > 1
    heading = driver.app.tr("task.profile_event.profile_heading")
    for _ in range(view.sheet.pages):
        if heading in driver.texts():
            break
        driver.press(control_id="more-board")
    assert heading in driver.texts()
    assert not [i for i in driver.ids() if i.startswith("item:")]  # no card on its page
    assert view.sheet.page > 0


def test_a_room_s_choice_opens_on_count_hands_so_a_stray_enter_never_chooses(make_driver):
    """Ninth facilitator run: the first option had the focus at a room's choice, and one Enter
    chose it with its verdict before a hand was counted. The choice opens on Count hands:
    Enter opens the count; an option is still chosen by a click or by its own key."""
    from steps_game.scenes.tally import TallyScene

    driver = make_driver(language="en", start_step=1, workshop=True)
    model = driver.scene.model
    assert driver.scene.view.choice_point() is not None
    assert driver.ring.focused_id == "tally"
    driver.key(pygame.K_RETURN)
    assert isinstance(driver.scene, TallyScene)
    assert model.state["answers"] == {}  # nothing chosen for the room


def test_count_hands_stays_in_view_on_every_page_of_a_room_s_choice(make_driver):
    """Twelfth facilitator run: in Somali on the projector, step 6's moment took two pages and
    the page turner took the footer's place of Count hands, so "Tiri gacmaha" was gone from the
    page the room read first. Count hands stays beside the turner on every page."""
    driver = short_set_task(make_driver, "so", 6)
    to_the_event(driver)
    view = driver.scene.view
    assert view.choice_point() is not None
    pages = 1
    assert "tally" in driver.ids(), driver.ids()
    while not driver.ids_starting("option:") and pages < 6:
        driver.turn_page("more-board")
        pages += 1
        assert "tally" in driver.ids(), (pages, driver.ids())
    assert driver.ids_starting("option:")
    assert pages >= 2  # the moment is on more than one page, or there is nothing to test


def test_a_clicker_s_page_down_goes_on_from_a_moment_s_last_page_and_never_back(make_driver):
    """Twelfth facilitator run: on step 6's result (page 2 of 2) Page Down went round to the
    nearly empty first page, and a clicker with only Page Up and Down could not leave it.
    Page Up stops at the first page; Page Down past the last goes on, as from a slide."""
    driver = short_set_task(make_driver, "en", 6)
    to_the_event(driver)
    model, sheet = driver.scene.model, driver.scene.view.sheet
    driver.click(control_id=driver.find_id("option:", lambda i: i.endswith("follow-speaker")))
    assert sheet.pages > 1 and sheet.page == sheet.pages - 1  # the result, on its last page
    assert model.phase == "reveal"
    driver.key(pygame.K_PAGEUP)
    assert sheet.page == sheet.pages - 2
    for _ in range(sheet.pages):
        driver.key(pygame.K_PAGEUP)
    assert sheet.page == 0  # not round to the last
    for _ in range(sheet.pages - 1):
        driver.key(pygame.K_PAGEDOWN)
    assert sheet.page == sheet.pages - 1 and model.phase == "reveal"
    driver.key(pygame.K_PAGEDOWN)  # past the last page: on, as "Go on"
    assert model.phase == "done"  # (the short set's one moment)


@pytest.mark.parametrize("language", ["en", "so"])
def test_a_one_part_message_chosen_again_is_back_at_its_choice_with_its_count(
    make_driver, language
):
    """Twelfth facilitator run: in the short set, the room changing its ask pressed the lone
    "The ask" tab, and the ask came back in another layout ("Part 1 of 1", the asks on two
    pages, the letter and Send on a third, no Count hands). "Choose again" takes the choice
    back: the screen is the one the room chose on, Count hands and all; "Change the message"
    after Send comes back to the letter and Send."""
    driver = short_set_task(make_driver, language, 5)
    model, view = driver.scene.model, driver.scene.view
    assert len(model.config.parts) == 1
    before = driver.ids()
    assert "tally" in before and not view.sheet.stacked
    for _ in range(view.cards_pager.pages - 1):  # (Somali: the asks' last page shown)
        driver.key(pygame.K_PAGEDOWN)
    room_goes_on(driver, view.choice_point().best)
    assert model.ready and driver.ring.focused_id == "send"
    part = f"part:{model.config.parts[0].id}"
    again = driver.app.tr("task.message_builder.choose_again")
    assert driver.control(control_id=part).label == again
    driver.click(control_id=part)
    assert not model.ready and view.choice_point() is not None
    assert view.cards_pager.page == 0  # from the first ask (Somali: it opened on the last)
    driver.key(pygame.K_F7)  # a new count, not added to the one revealed (thirteenth run)
    assert isinstance(driver.scene, TallyScene) and sum(driver.scene.tally.counts) == 0
    driver.key(pygame.K_F7)
    assert [i for i in driver.ids() if i != "undo"] == before  # the screen the room chose on
    assert not view.sheet.stacked
    room_goes_on(driver, view.choice_point().best)
    driver.press(control_id="send")
    assert model.phase == "sent"
    driver.press(control_id="edit")
    driver.press(control_id="yes")  # (asked first: the reply goes until it is sent again)
    assert model.ready and model.phase == "build"
    assert "send" in driver.ids() and part in driver.ids()
    assert not driver.ids_starting("option:")  # the letter read, not the asks again


@pytest.mark.parametrize("language", ["en", "so"])
def test_a_room_s_sent_letter_stands_over_the_reply_and_is_read_on_to_it(make_driver, language):
    """Twelfth facilitator run: after Send the room read R.'s reply with what Sara wrote a page
    on. A room's sent letter comes first, the reply under it, as the story goes; while any of
    it is pages on, the focus is on the page turner, not on Done."""
    driver = short_set_task(make_driver, language, 5)
    model, view = driver.scene.model, driver.scene.view
    room_goes_on(driver, view.choice_point().best)
    driver.press(control_id="send")
    driver.frames()
    assert model.phase == "sent"
    tr = driver.app.tr
    texts = driver.texts()
    greeting = tr.pick(model.greeting())
    heading = view.pick(model.landing().heading)
    assert view.sheet.page == 0 and greeting in texts
    if heading in texts:  # the letter above the reply, on one page
        rects = {t.text: t.rect for t in driver.scene.ui.texts}
        assert rects[greeting].top < rects[heading].top
    seen = list(texts)
    for _ in range(view.sheet.pages - 1):
        assert driver.ring.focused_id == view.sheet.control_id
        driver.key(pygame.K_RETURN)
        seen += driver.texts()
    assert heading in seen and view.pick(model.landing().reply) in seen
    assert driver.ring.focused_id == "done"  # all read: Enter goes on


def test_somali_s_moment_on_a_projector_stands_under_its_situation(make_driver):
    """Thirteenth and fourteenth facilitator runs: in Somali on a projector the situation
    stood alone on page 1; the room answered, and read how it went, without it (it missed the
    answers' page by a pixel). Both pages now open with it."""
    driver = short_set_task(make_driver, "so", 6)
    to_the_event(driver)
    view = driver.scene.view
    situation = view.event_text(driver.scene.model.current().scene)
    driver.turn_page("more-board")
    assert driver.ids_starting("option:") and situation in driver.texts()
    driver.click(control_id=driver.find_id("option:", lambda i: i.endswith("follow-speaker")))
    assert driver.ring.focused_id == "next"
    assert situation in driver.texts()


@pytest.mark.parametrize("language", language_codes())
def test_the_rooms_four_asks_stand_on_one_page_on_a_projector(make_driver, language):
    """Warm-up facilitator runs: in Somali the asks stood three and one, the best of them
    alone on page 2 while the room compared them; the letter beside them takes a quarter of
    the width, and the instruction says in one line that the choice can be changed later."""
    driver = short_set_task(make_driver, language, 5)
    model = driver.scene.model
    asks = [f"option:{option.id}" for option in model.options(model.state["current"])]
    assert len(asks) == 4 and all(ask in driver.ids() for ask in asks)
    assert not any(i.startswith("more") for i in driver.ids())  # no page to turn to
