"""A question or heading is never left alone at a page's foot on a board cut into pages at
200 % text (play-test in Arabic, keyboard only, issue #14): it goes on to the next page with
its first option, where the two fit a page together; else the page is cut as before. Found:
step 4's "what might get in your way" alone on page 4/8, step 5's part heading alone at the
foot of the page before its options."""

from __future__ import annotations

import pygame

from steps_game.ui.measure import stack_pages
from steps_game.ui.sheet import Sheet
from steps_game.ui.sheet_pages import _pages
from tests.test_keyboard_rules import on_to_first_step, open_step
from tests.test_ui_sheet import _UI


def test_a_kept_block_goes_on_with_the_next_where_the_two_fit_a_page() -> None:
    heights = [50, 50, 40, 100]  # a question (2) before its first option (3)
    assert stack_pages(heights, 10, 200, 20) == [[0, 1, 2], [3]]
    assert stack_pages(heights, 10, 200, 20, keep=[2]) == [[0, 1], [2, 3]]
    # a question and its option that no page holds together: cut as it comes
    assert stack_pages([50, 50, 40, 150], 10, 200, 20, keep=[2]) == [[0, 1, 2], [3]]
    # a question that begins its page stays there (a page of its own helps nothing)
    assert stack_pages([40, 200], 10, 200, 20, keep=[0]) == [[0], [1]]
    # a heading over a question over the option: all three go on together
    assert stack_pages([50, 30, 40, 100], 10, 240, 20, keep=[1, 2]) == [[0], [1, 2, 3]]


def test_a_sheets_kept_rows_go_on_with_the_row_under_them() -> None:
    pygame.init()
    sheet = Sheet(_UI())
    for index, top in enumerate((0, 60, 120)):
        sheet.card(f"c{index}", "A card", pygame.Rect(0, top, 300, 50), None)
    sheet.text("The question?", pygame.Rect(0, 180, 300, 30), size=20)
    sheet.card("option", "The first option", pygame.Rect(0, 220, 300, 60), None)
    rows = sheet.rows(240)
    assert _pages(rows, 240) == [(0, 210), (220, 280)]  # the question alone at the foot
    sheet.keep_with_next(180, 210)
    assert _pages(rows, 240, sheet.breaks(), sheet.kept()) == [(0, 170), (180, 280)]
    # on pages too low for the question and its option together: cut as before
    assert _pages(rows, 95, sheet.breaks(), sheet.kept())[-2:] == [(120, 210), (220, 280)]


def test_step_5s_part_heading_stands_with_its_options_in_arabic_at_200(make_driver) -> None:
    """After each choice the next part's options are on view: its heading ("Part 2 of 5: My
    news") on the same page, not alone at the foot of the page before."""
    driver = open_step(make_driver, 5, "ar", 200)
    model, view = driver.scene.model, driver.scene.view
    driver.press(control_id=driver.ids_starting("contact:")[0])
    assert model.phase == "build" and view.sheet.stacked
    for _ in range(len(model.state.get("parts", {})) + 5):
        current = model.state["current"]
        if model.ready:
            break
        n, total = model.position
        heading = view.t("part_of", n=n, total=total, part=view.tr.pick(model.part(current).name))
        options = [f"option:{option.id}" for option in model.options(current)]
        on_view = [i for i in driver.ids_starting("option:") if i in options]
        assert on_view, current
        assert heading in driver.texts(), (current, view.sheet.page)
        driver.press(control_id=on_view[0])


def test_step_4s_question_stands_with_its_first_choice_in_arabic_at_200(make_driver) -> None:
    driver = open_step(make_driver, 4, "ar", 200)
    driver.press(control_id="start-planning")
    driver.key(pygame.K_RETURN)
    driver.key(pygame.K_RETURN)
    on_to_first_step(driver)
    model, view = driver.scene.model, driver.scene.view
    for slot in ("when", "where", "if_then"):
        assert model.state["slot"] == slot
        question = view._t(f"first_choose.{slot}")
        first = f"{slot}:{model.config.first.options(slot)[0].id}"
        assert question in driver.texts(), slot
        assert driver.ring.by_id(first) is not None, (slot, driver.ids())
        assert driver.ring.focused_id == first  # Enter chooses, the question in view
        driver.key(pygame.K_RETURN)
        assert model.state["first"][slot] == first.partition(":")[2]


def test_step_6s_moment_stands_with_its_first_acts_in_arabic_at_200(make_driver) -> None:
    """What is happening at the event was on a page before its four acts, so the player chose
    without seeing the situation. Each moment opens on its situation (seventh Arabic
    play-test: with its first acts under it, reading the other two cost four arrows over two
    pages); one Enter shows its acts, all on one page, the focus on the first, and the
    arrow that reads on (Down in a column) goes through them in reading order."""
    driver = open_step(make_driver, 6, "ar", 200)
    model, view = driver.scene.model, driver.scene.view
    for card in model.cards:  # (the profile, as test_arrows_over_pages walks it)
        if model.can_go_to_event:
            break
        view.act(lambda card_id=card.id: model.toggle(card_id))
    driver.press(control_id="to-event")
    for _ in model.moments:
        moment = model.current()
        scene = view.event_text(moment.scene)
        acts = [f"option:{option.id}" for option in model.options(moment)]
        assert scene in driver.texts(), moment.id
        assert driver.ids_starting("option:") == []  # the situation read first
        driver.key(pygame.K_RETURN)
        assert driver.ids_starting("option:") == acts
        assert driver.ring.focused_id == acts[0]
        assert driver.scene.area.contains(driver.ring.focused.rect)
        seen = [driver.ring.focused_id]
        lefts = {driver.ring.by_id(act).rect.x for act in acts}
        on = pygame.K_DOWN if len(lefts) == 1 else pygame.K_LEFT  # (a column, or a row)
        for _ in acts[1:]:  # every act in reading order by the arrow that reads on
            driver.key(on)
            seen.append(driver.ring.focused_id)
        assert seen == acts
        driver.key(pygame.K_RETURN)
        assert model.chosen(moment) is not None
        driver.press(control_id="next")
    assert model.phase == "done"


def test_step_2s_question_heads_every_page_of_its_choices_in_arabic_at_200(make_driver) -> None:
    """Eighth Arabic play-test: on pages 2-3 of "What is the first step?", "With whom?" and
    "When at the latest?" the three options stood without their question. It is a running
    head now: over every page that shows choices of it, read by Down through them all."""
    driver = open_step(make_driver, 2, "ar", 200)
    model, view = driver.scene.model, driver.scene.view
    model.toggle_goal(model.offered_goals()[0].id)
    model.make_concrete()
    driver.scene.rebuild()
    for slot in ("action", "who", "when"):
        assert model.slot == slot and view._compact
        question = view._t(f"choose.{slot}")
        every = [f"{slot}:{option_id}" for option_id, *_ in view._choices(slot)]
        driver.ring.focus(every[0])
        pages = set()
        for number, choice in enumerate(every):
            if number:
                driver.key(pygame.K_DOWN)
            assert driver.ring.focused_id == choice, slot
            pages.add(view.plan_pager.page)
            assert question in driver.texts(), (slot, view.plan_pager.page)
            assert driver.scene.area.contains(driver.ring.focused.rect), choice
        assert len(pages) > 1, slot  # (paged at 200 %: else this shows nothing)
        driver.press(control_id=every[0])
