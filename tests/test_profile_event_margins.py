"""Step 6 at large text stays in the header's and footer's side margins (fifth Arabic 200 %
keyboard play-test: the item and option boxes ran from x 40 to 1240, 20 px past them on each
side, s6_00, s6_16)."""

from __future__ import annotations

import pytest

from steps_game.tasks.profile_event.moment import KEY
from tests.test_keyboard_rules import open_step

LEFT, RIGHT = 60, 1220  # the header's and footer's margins on the 1280 px screen


def _outside(driver) -> list[tuple[str, int, int]]:
    driver.app.draw()
    return [
        (control.id, control.rect.left, control.rect.right)
        for control in driver.ring.controls
        if control.id.startswith(("item:", "option:", "next", "to-event"))
        and (control.rect.left < LEFT or control.rect.right > RIGHT)
    ]


@pytest.mark.parametrize("language", ["ar", "en", "so"])
def test_step_6_items_and_options_stay_inside_the_margins_at_200_percent(make_driver, language):
    driver = open_step(make_driver, 6, language, 200)
    model = driver.scene.model
    assert driver.scene.view.sheet.stacked
    assert _outside(driver) == []
    for card in model.cards[:4]:
        model.toggle(card.id)
    model.go_to_event()
    driver.scene.rebuild()
    driver.app.step()
    assert _outside(driver) == []
    model.answer(model.options(model.moments[0])[0].id)
    driver.scene.rebuild()
    driver.app.step()
    assert _outside(driver) == []


def _pages_shown(driver) -> list[list[str]]:
    """The words of each page of the stacked board, turned through by its page button."""
    from tests.test_keep_warm_fewer_screens import shown

    view = driver.scene.view
    found = []
    for number in range(view.sheet.pages):
        view.sheet.page = number
        driver.scene.rebuild()
        found.append(shown(driver))
    return found


@pytest.mark.parametrize("language", ["ar", "en", "so"])
@pytest.mark.parametrize("pick", [0, 1, 2])
def test_step_6_a_verdict_and_the_chat_heading_each_stand_with_what_follows(
    make_driver, language, pick
):
    """Fifth Arabic play-test: moment 2's verdict ended the page before its reason and "Next
    moment" (s6_20), and "Chat: your messages" stood over an empty box, its messages on the
    next page (s6_21). Thirteenth: the chat stood on a page after "Next moment"; after a
    choice, what it wrote in the chat stands on the page of how it went."""
    driver = open_step(make_driver, 6, language, 200)
    model, view = driver.scene.model, driver.scene.view
    tr = view.tr
    for card in model.cards[:4]:
        model.toggle(card.id)
    model.go_to_event()
    for moment in model.moments:
        options = model.options(moment)
        model.answer(options[pick % len(options)].id)
        driver.scene.rebuild()
        driver.app.step()
        verdicts = {tr(f"{KEY}{key}") for key in ("best", "good", "start", "missed")}
        heading = tr(KEY + "chat")
        seen = {"verdict": 0, "heading": 0}
        wrote = view.chat_said(latest=True)
        pages = _pages_shown(driver)
        on_pages = [i for i, page in enumerate(pages) for m in wrote if m in page]
        verdict_page = next(i for i, page in enumerate(pages) if set(page) & verdicts)
        assert len(on_pages) == len(wrote), on_pages  # what the choice wrote, once
        # on the page of how it went where they fit one, else on the choice's before it;
        # never after "Next moment"
        assert all(i in (verdict_page, verdict_page - 1) for i in on_pages), on_pages
        for page in pages:
            said = set(page)
            seen["verdict"] += bool(said & verdicts)
            seen["heading"] += heading in said
            if said & verdicts:
                reason = tr.pick(model.chosen(moment).reason)
                assert any(reason.split()[0] in text for text in page), page
        # (the chat's panel is for the moment before a choice: its heading over an empty box
        # took a page of its own, and a room's Page Down hid the options behind it)
        assert seen == {"verdict": 1, "heading": 0}, seen
        model.next()
