"""Resizing, minimising, losing focus and full screen keep every screen usable: after each change
a click at a control's place on screen lands on that control."""

from __future__ import annotations

import pygame

from steps_game.scenes.language import LanguageScene
from steps_game.scenes.settings import SettingsScene
from steps_game.scenes.title import TitleScene


def resize(driver, size: tuple[int, int]) -> None:
    """What the system does when the player drags the window's edge: a new surface, two events."""
    pygame.display.set_mode(size, pygame.RESIZABLE)
    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1]))
    pygame.event.post(pygame.event.Event(pygame.WINDOWSIZECHANGED, x=size[0], y=size[1]))
    driver.frames(2)


def window_event(driver, kind: int) -> None:
    pygame.event.post(pygame.event.Event(kind))
    driver.frames(2)


def assert_every_control_is_hit_where_it_is_drawn(driver) -> None:
    app = driver.app
    x, y, width, height = app.viewport.target
    assert app.canvas.get_size() == app.viewport.logical
    assert x >= 0 and y >= 0
    assert x + width <= app.window.get_width() and y + height <= app.window.get_height()
    scale = app.viewport.scale
    for control in driver.ring.focusable:
        screen = (x + control.rect.centerx * scale, y + control.rect.centery * scale)
        assert driver.ring.at(app.viewport.to_logical(screen)) is control, control.id


CHANGES = [
    ("smaller", lambda d: resize(d, (800, 600))),
    ("larger", lambda d: resize(d, (1920, 1080))),
    ("tall and thin", lambda d: resize(d, (400, 1000))),
    ("wide and low", lambda d: resize(d, (2400, 300))),
    ("tiny", lambda d: resize(d, (40, 30))),
    ("minimised", lambda d: window_event(d, pygame.WINDOWMINIMIZED)),
    ("restored", lambda d: window_event(d, pygame.WINDOWRESTORED)),
    ("focus lost", lambda d: window_event(d, pygame.WINDOWFOCUSLOST)),
    ("focus back", lambda d: window_event(d, pygame.WINDOWFOCUSGAINED)),
    ("full screen", lambda d: d.key(pygame.K_F11)),
    ("windowed again", lambda d: d.key(pygame.K_F11)),
]


def test_after_each_window_change_clicks_land_on_the_right_controls(make_driver):
    driver = make_driver(language="en")
    for name, change in CHANGES:  # one after the other, as a restless player might
        change(driver)
        assert isinstance(driver.scene, TitleScene), name
        assert_every_control_is_hit_where_it_is_drawn(driver)
        driver.click(label="Settings" if driver.app.tr.language == "en" else "Asetukset")
        assert isinstance(driver.scene, SettingsScene), name
        assert_every_control_is_hit_where_it_is_drawn(driver)
        driver.click(control_id="back")
        driver.click(control_id="language")
        assert isinstance(driver.scene, LanguageScene), name
        other = "fi" if driver.app.tr.language == "en" else "en"
        driver.click(control_id=f"lang:{other}")
        assert driver.app.tr.language == other, name
        driver.click(control_id="back")
        assert isinstance(driver.scene, TitleScene), name


def test_the_window_comes_back_at_the_size_the_player_gave_it(make_driver):
    driver = make_driver(language="en")
    resize(driver, (900, 600))
    driver.key(pygame.K_F11)
    assert driver.app.fullscreen
    driver.key(pygame.K_F11)
    assert not driver.app.fullscreen
    assert driver.app.window.get_size() == (900, 600)


def test_a_drag_survives_a_resize_and_a_lost_focus(make_driver):
    """Step 3: pick a contact up with a click, resize the window and lose focus while carrying
    it, then click where it should go: it lands there."""
    driver = make_driver(language="en", start_step=3)
    view = driver.scene.view
    token = driver.ids_starting("token:")[0]
    driver.click(control_id=token)
    assert view.drag.held == token.split(":", 1)[1] or view.drag.held == token
    resize(driver, (1000, 700))
    window_event(driver, pygame.WINDOWFOCUSLOST)
    window_event(driver, pygame.WINDOWFOCUSGAINED)
    center = view.geometry.cell_center(0, 0)
    driver.pointer("down", (round(center[0]), round(center[1])))
    driver.pointer("up", (round(center[0]), round(center[1])))
    placements = driver.scene.model.state["placements"]
    assert len(placements) == 1
    spot = next(iter(placements.values()))
    assert spot["ring"] == driver.scene.model.config.rings[0].id
    assert spot["sector"] == driver.scene.model.config.sectors[0].id
