"""Step 6's profile: Enter on an item puts it in and sends the focus on to the next item not
chosen, so that a second Enter (a facilitator pressing twice to be sure) chooses on rather than
taking the item out again (sixth facilitator play-test: "Items in the profile" lost one)."""

from __future__ import annotations

import pygame
import pytest


@pytest.mark.parametrize(("language", "workshop"), [("en", True), ("ar", False)])
def test_enter_twice_on_a_profile_item_keeps_it(make_driver, language, workshop):
    driver = make_driver(language=language, start_step=6, workshop=workshop)
    model = driver.scene.model
    assert model.phase == "profile" and not model.profile_items
    first = driver.ids_starting("item:")[0]
    driver.ring.focus(first)
    driver.key(pygame.K_RETURN)
    assert model.in_profile(first[5:])
    focused = driver.ring.focused_id
    assert focused.startswith("item:") and focused != first
    assert not model.in_profile(focused[5:])
    driver.key(pygame.K_RETURN)
    assert model.in_profile(first[5:]) and model.in_profile(focused[5:])
    assert len(model.profile_items) == 2
    # taken out on purpose: Tab back to it and Enter, and the focus stays for a change of mind
    driver.ring.focus(first)
    driver.key(pygame.K_RETURN)
    assert not model.in_profile(first[5:]) and driver.ring.focused_id == first
