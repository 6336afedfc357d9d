"""A workshop's keys (the facilitator's, not the player's): a number key on a task counts the
room's first hand for that option, and a clicker's Page Down past a screen's last page goes on,
as "next" goes on from a slide's last (tenth and twelfth facilitator runs)."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from steps_game.ui.intents import Intent


def count_hand(app, intent: Intent) -> bool:
    """A number key at a room's choice opens the count with a hand for that option."""
    from steps_game.scenes.tally import hand_key, open_tally  # (the tally opens over the host)

    hand = hand_key(intent)
    return hand is not None and open_tally(app, hand)


def toggle_count(app, close_overlays: Callable[[], None]) -> None:
    """F7: the show of hands over the task's choice point (scenes/tally.py), or closed again;
    where the screen has no choice for the room, a note that says so, closed by F7 too (F7 did
    nothing on step 1's offers and step 6's profile, and said nothing: twelfth facilitator run)."""
    from steps_game.scenes.confirm import NoticeScene
    from steps_game.scenes.tally import TallyScene, open_tally

    if isinstance(app.top, (TallyScene, NoticeScene)):
        app.pop()
        return
    close_overlays()
    if not open_tally(app):
        app.push(NoticeScene(app, "tally.none_here", button=app.tr("tally.count_button")))


def clicker_goes_on(ring, intent: Intent, ways: tuple[str, ...]) -> bool:
    """Page Down that turned no page (the last, or none) presses the first of the screen's
    ways on `ways` that it shows enabled (a task's "Go on" or "Next", step 6's "Go to the
    event", an intro's Start, a reveal's "Go on with answer N"): it could not leave step 6's
    result or profile (twelfth and thirteenth facilitator runs). Never a choice or Done: those
    stay the room's."""
    if intent.key != pygame.K_PAGEDOWN:
        return False
    control = next((c for c in map(ring.by_id, ways) if c is not None and c.enabled), None)
    if control is None:
        return False
    ring.focus(control.id)
    return control.activate()


def page_or_on(scene, intent: Intent, way_on: str | None) -> bool:
    """The wheel, Page Up or Page Down on a screen shown page by page (`scene.pager`): the next
    or previous page, never round from the last to the first (twelfth facilitator run: Page Up
    on step 5's first page went to its third); past the last, in a workshop, a clicker's Page
    Down presses `way_on`. True when it did something, or there are pages to turn."""
    pager = scene.pager
    ways = (way_on,) if way_on else ()
    return turn_or_on(scene, intent, pager.page, pager.pages, scene.turn, ways)


def turn_or_on(scene, intent: Intent, page: int, pages: int, turn, ways: tuple[str, ...]) -> bool:
    """`page_or_on` for a screen that keeps its own page (`page` of `pages`, `turn(by)` turns
    and draws it): the profile's list."""
    by = 1 if intent.dy > 0 else -1
    if 0 <= page + by < pages:
        return turn(by)  # (the scene's turn: it builds the screen and sets the focus)
    if scene.app.workshop is not None and ways and clicker_goes_on(scene.ring, intent, ways):
        return True
    return pages > 1
