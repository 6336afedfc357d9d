"""A card that turns a board's page looks unlike the answers (twelfth facilitator run: in
Somali, "Bogga xiga (1/2)" among the asks, grey like them, read as a fourth ask), and step 6's
profile on a projector says how many chosen items it has no room for, in words ("and 2 more"):
a leading "…" read as a mistake."""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from tests.test_tally_go_on import short_set_task


def _fill_at(driver, control_id: str) -> tuple[int, int, int]:
    """The colour inside the control's card, off its words (a few pixels in from its start)."""
    rect = driver.ring.by_id(control_id).rect
    x, y, _, _ = driver.app.viewport.target
    scale = driver.app.viewport.scale
    driver.frames(1)
    at = (round(x + (rect.left + 8) * scale), round(y + (rect.bottom - 8) * scale))
    return tuple(pygame.display.get_surface().get_at(at))[:3]


def _top_edge(driver, control_id: str) -> set[tuple[int, int, int]]:
    """The colours along the card's top edge (its border's row), off its rounded corners."""
    rect = driver.ring.by_id(control_id).rect
    x, y, _, _ = driver.app.viewport.target
    scale = driver.app.viewport.scale
    surface = pygame.display.get_surface()
    row = round(y + (rect.top + 1) * scale)
    xs = range(round(x + (rect.left + 16) * scale), round(x + (rect.right - 16) * scale))
    return {tuple(surface.get_at((at, row)))[:3] for at in xs}


def test_a_page_turner_card_is_tinted_unlike_the_answers(make_driver):
    from tests.test_message_builder_large_text import full_set_ask

    driver = full_set_ask(make_driver, "so")
    turners = driver.ids_starting("more")
    options = driver.ids_starting("option:")
    assert turners and options  # (the asks on pages, or nothing to test)
    assert _fill_at(driver, turners[0]) == palette.ACCENT_SOFT
    assert _fill_at(driver, options[0]) == palette.PANEL
    assert palette.ACCENT_SOFT != palette.PANEL
    # and its edge is dashed (the tint alone was 1.1:1 from the answers at high contrast,
    # sixteenth Arabic run): along its top, the border's colour and the gaps' tint
    assert {palette.ACCENT_DARK, palette.ACCENT_SOFT} <= _top_edge(driver, turners[0])
    assert palette.ACCENT_SOFT not in _top_edge(driver, options[0])


def test_the_profile_says_how_many_items_it_has_no_room_for(make_driver):
    driver = short_set_task(make_driver, "en", 6)
    model = driver.scene.model
    for card in model.cards[:4]:
        driver.scene.act(lambda card=card: model.toggle(card.id))
    driver.settle()
    texts = driver.texts()
    assert not [t for t in texts if "…" in t], texts
    more = [t for t in texts if driver.app.tr("task.profile_event.more_items", count=2) in t]
    assert more, texts  # the latest two items, and two more
    labels = [driver.app.tr.pick(card.label) for card in model.profile_items]
    assert labels[-1] in more[0] and labels[0] not in more[0]
