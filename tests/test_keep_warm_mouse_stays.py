"""Step 7 by mouse: a way chosen for someone leaves their card open and the page where it is.
The Ukrainian mouse play-test (twenty-ninth run, 116-126): after "Help as asked" for one person
the panel switched to another on its own, and a second click in the same place would have spent
the energy on them; the people's list turned its page after a click. By keyboard the choice
still goes on to the next person to reach (test_keep_warm_news_first.py)."""

from __future__ import annotations

import pytest

from tests.test_keyboard_rules import open_step


@pytest.mark.parametrize(("language", "size"), [("uk", 100), ("ar", 200), ("en", 150)])
def test_a_way_clicked_leaves_the_card_and_the_page_where_they_are(make_driver, language, size):
    driver = open_step(make_driver, 7, language, size)
    view, model = driver.scene.view, driver.scene.model
    person = view.selected
    assert person is not None  # the week opens on someone's card
    way = next(a.id for a in model.offered(person) if model.can_choose(person, a.id))
    driver.control(control_id=f"action:{way}")  # (turning to it, on a board shown by pages)
    page = view.sheet.page
    driver.click(control_id=f"action:{way}")
    assert model.chosen(person).id == way
    assert view.selected == person  # the same card open
    assert view.sheet.page == page  # and the same page on view
