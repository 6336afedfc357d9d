"""Step 6's moment on a stacked board's pages (large text, and a workshop's projector) leaves
out the chat while nothing is written in it: the empty chat ("What we write in the chat appears
here.") stood alone on the moment's last page, and a clicker's Page Down in the facilitator's
fifth run hid the four options behind it. Once the chat has a message, it is on the pages."""

from __future__ import annotations

import pytest

from tests.test_board_numbers import at_the_event

KEY = "task.profile_event."


def page_texts(driver) -> list[str]:
    """The texts of every page of the stacked board, turned round to the first again."""
    sheet = driver.scene.view.sheet
    assert sheet.stacked
    texts = []
    for _ in range(sheet.pages):
        texts += driver.texts()
        sheet.turn(1)
        driver.scene.rebuild()
        driver.settle()
    return texts


@pytest.mark.parametrize(("language", "workshop"), [("en", True), ("ar", False)])
def test_an_empty_chat_takes_no_page_of_the_moment(make_driver, language, workshop):
    driver = at_the_event(make_driver, language, workshop=workshop)
    if not workshop:
        driver.app.change_setting("text_size", 200)
        driver.settle()
    tr = driver.app.tr
    shown = page_texts(driver)
    assert tr(KEY + "chat_empty") not in shown
    assert tr(KEY + "chat") not in shown
    view = driver.scene.view
    model = view.model
    option = next(o for o in model.options(model.current()) if o.chat is not None)
    view.act(lambda: model.answer(option.id))
    driver.settle()
    # what was written, on the pages (its line over how it went, since the thirteenth
    # Arabic play-test: the chat's panel stood after "Next moment")
    assert view.chat_said() and view.chat_said()[0] in page_texts(driver)
