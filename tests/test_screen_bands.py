"""A window larger than the logical screen (a 1920x1080 projector) shows the canvas scaled band
by band: a band of canvas rows is scaled again only when its pixels changed, and everything is
drawn again once the window's contents were lost (uncovered, restored). Scaling the whole canvas
every frame took most of a frame at 1920x1080 (the benchmark's p99 up to 6.5 ms, budget 4)."""

from __future__ import annotations

import pygame

from steps_game.screen import BAND


def window_pixel(driver, logical: tuple[int, int]) -> tuple[int, int, int]:
    """The window's colour at a logical point (the middle of where it is scaled to)."""
    x, y, _, _ = driver.app.viewport.target
    scale = driver.app.viewport.scale
    point = (round(x + (logical[0] + 0.5) * scale), round(y + (logical[1] + 0.5) * scale))
    return tuple(pygame.display.get_surface().get_at(point))[:3]


def test_only_the_bands_that_changed_are_scaled_again(make_driver):
    driver = make_driver(language="en", window=(1920, 1080))
    driver.frames(2)
    screen = driver.app.screen
    assert screen.canvas is not screen.window  # scaled into the larger window
    far = (640, 5 * BAND + 10)  # a point in another band than the change below
    colour = window_pixel(driver, far)
    # what the window shows there is overwritten behind the game's back: a band that does not
    # change is not scaled again, so it stays so; a band that changes shows the change
    window = pygame.display.get_surface()
    x, y, _, _ = driver.app.viewport.target
    scale = driver.app.viewport.scale
    spot = pygame.Rect(round(x + 600 * scale), round(y + (5 * BAND + 4) * scale), 120, 24)
    window.fill((1, 2, 3), spot)
    marked = window_pixel(driver, far)
    screen.canvas.fill((250, 0, 0), pygame.Rect(100, BAND + 10, 40, 20))
    screen.present()
    assert window_pixel(driver, (110, BAND + 15)) == (250, 0, 0)  # the changed band
    assert window_pixel(driver, far) == marked != colour  # the unchanged band, left as it was
    screen.exposed()  # the window's contents lost: everything drawn again
    screen.present()
    assert window_pixel(driver, far) == colour


def test_a_window_of_the_logical_size_is_drawn_into_directly(make_driver):
    driver = make_driver(language="en", window=(1280, 720))
    driver.frames(2)
    screen = driver.app.screen
    assert screen.canvas is screen.window
