"""Step 6's profile preview on a projector: the side box is low for the room's large text, and
its list of chosen items showed only the last one ("Items in the profile: 3" over one item,
sixth facilitator run). Where the list does not fit, the preview draws closer together (a low
banner, and no status line once the profile is ready: "Go to the event" is lit), shows the
items in one paragraph where that fits, else as many of the latest as fit, after "…" and under
the count."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from steps_game.tasks.profile_event.preview import SEPARATOR

KEY = "task.profile_event."


def choose(driver, count: int) -> None:
    model = driver.scene.model
    for _ in range(count):
        wanted = driver.find_id("item:", lambda i: not model.in_profile(i[5:]))
        driver.press(control_id=wanted)


@pytest.mark.parametrize("window", [(1920, 1080), (1280, 720)])
def test_three_items_are_all_in_view_on_a_projector(make_driver, window):
    driver = make_driver(language="en", start_step=6, workshop=True, window=window)
    choose(driver, 3)
    model, tr = driver.scene.model, driver.app.tr
    labels = [tr.pick(card.label) for card in model.profile_items]
    shown = " ".join(driver.texts())
    assert SEPARATOR.join(labels) in shown or all("• " + label in shown for label in labels)
    assert not measure(driver.app, "profile of three").problems


def test_more_items_than_fit_show_the_latest_two_and_the_count(make_driver):
    driver = make_driver(language="en", start_step=6, workshop=True, window=(1920, 1080))
    choose(driver, 6)
    model, tr = driver.scene.model, driver.app.tr
    texts = driver.texts()
    assert tr(KEY + "profile_count", count=6) in texts
    labels = [tr.pick(card.label) for card in model.profile_items]
    # the latest items, then how many more in words (a leading "…" read as a mistake, twelfth
    # facilitator run), in one paragraph
    latest = [text for text in texts if labels[-1] in text and SEPARATOR in text]
    assert len(latest) == 1, texts
    *shown, more = latest[0].split(SEPARATOR)
    assert len(shown) >= 2 and shown == labels[-len(shown) :], shown
    assert more == tr(KEY + "more_items", count=len(labels) - len(shown))
    assert not measure(driver.app, "profile of six").problems


def test_alone_at_normal_size_the_ready_profile_keeps_its_list_and_status(make_driver):
    driver = make_driver(language="en", start_step=6)
    choose(driver, 4)
    tr = driver.app.tr
    texts = driver.texts()
    assert tr(KEY + "ready") in texts
    assert sum(text.startswith("• ") for text in texts) == 4


def test_a_clicker_s_page_down_and_up_turn_the_profile_s_cards(make_driver):
    """Seventh facilitator run: Page Down turned steps 1's and 5's pages, but not step 6's
    cards (it moved the preview's list). It turns the cards, the focus on the page's first."""
    driver = make_driver(language="en", start_step=6, workshop=True, window=(1920, 1080))
    view = driver.scene.view
    assert view.page_count > 1 and view.page == 0
    first = driver.ids_starting("item:")
    driver.key(pygame.K_PAGEDOWN)
    assert view.page == 1
    shown = driver.ids_starting("item:")
    assert shown != first and driver.ring.focused_id == shown[0]
    driver.key(pygame.K_PAGEUP)
    assert view.page == 0 and driver.ids_starting("item:") == first


def test_at_200_percent_the_cards_first_page_counts_the_profile_and_says_the_least(make_driver):
    """Thirteenth Arabic play-test at 200 %: the least (3 items) was said only under the
    preview, pages after the cards, and nothing counted her choices as step 1 does. Over the
    cards: the count, and until the profile is ready, how many it needs."""
    from tests.test_keyboard_rules import open_step

    driver = open_step(make_driver, 6, "ar", 200)
    model, tr = driver.scene.model, driver.app.tr
    assert driver.scene.view.sheet.stacked and driver.scene.view.sheet.page == 0
    need = tr(KEY + "need_more", min=model.config.profile_min)

    def counter() -> str:
        said = [t for t in driver.texts() if t.startswith(tr(KEY + "profile_count", count=0)[:6])]
        assert len(said) == 1, driver.texts()
        return said[0]

    assert tr(KEY + "profile_count", count=0) in counter() and need in counter()
    while not model.can_go_to_event:
        model.toggle(next(c.id for c in model.cards if not model.in_profile(c.id)))
        driver.scene.rebuild()
    driver.scene.view.sheet.page = 0
    driver.scene.rebuild()
    count = len(model.profile_items)
    assert counter() == tr(KEY + "profile_count", count=count)  # ready: no "at least" any more


@pytest.mark.parametrize("language", ["ar", "en"])
def test_at_200_percent_every_page_of_the_cards_counts_the_profile(make_driver, language):
    """Fourteenth Arabic play-test at 200 %: the count stood on page 1 of the cards only;
    pages 2 to 4 showed the cards with nothing saying how many were in. Every page of cards
    has it, once, over its cards (the preview after them says what is in)."""
    from tests.test_keyboard_rules import open_step

    driver = open_step(make_driver, 6, language, 200)
    sheet, tr = driver.scene.view.sheet, driver.app.tr
    assert sheet.stacked and sheet.pages > 2
    said = tr(KEY + "profile_count", count=0)
    card_pages = 0
    for page in range(sheet.pages):
        assert sheet.page == page
        if driver.ids_starting("item:"):
            card_pages += 1
            lines = [t for t in driver.texts() if t.startswith(said)]
            assert len(lines) == 1, (page, driver.texts())
        driver.key(pygame.K_PAGEDOWN)
    assert card_pages > 2


def test_somali_profile_cards_keep_their_words_whole_and_their_width(make_driver):
    """Eighth facilitator run, Somali on a projector: the profile's cards stood in three narrow
    columns, words broken in the middle ("hadafyade / eda"), and narrowed further as cards
    were chosen (the preview widened with its status line). Every card is as wide as its
    longest word needs, and the cards keep their width as the profile fills."""
    from steps_game.tasks.profile_event.view import CARD_TEXT
    from steps_game.ui.measure import card_least_width

    driver = make_driver(language="so", start_step=6, workshop=True, window=(1920, 1080))
    model, tr = driver.scene.model, driver.app.tr
    least = card_least_width([tr.pick(card.label) for card in model.cards], CARD_TEXT)

    def widths() -> set[int]:
        return {c.rect.width for c in driver.ring.focusable if c.id.startswith("item:")}

    import pygame

    driver.key(pygame.K_TAB)  # the keyboard in use: its keys line over the cards from now on
    first = widths()
    assert first and min(first) >= least, (first, least)
    for _ in range(4):
        wanted = driver.find_id("item:", lambda i: not model.in_profile(i[5:]))
        driver.press(control_id=wanted)
        assert widths() == first
