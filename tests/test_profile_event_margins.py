"""Step 6 at large text stays in the header's and footer's side margins (fifth Arabic 200 %
keyboard play-test: the item and option boxes ran from x 40 to 1240, 20 px past them on each
side, s6_00, s6_16)."""

from __future__ import annotations

import pytest

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
