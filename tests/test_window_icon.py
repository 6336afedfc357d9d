"""The window's icon: set from assets/icon.png, at the size a task bar shows at most."""

from __future__ import annotations

import pygame

from steps_game.ui import icons


def test_the_window_gets_the_game_s_icon_at_256_px(monkeypatch):
    """The file is drawn at 512 px for the packages' icons; the window keeps its own copy of the
    icon it is given, which at 512 px was 1 MB of a playthrough's peak memory."""
    given = []
    monkeypatch.setattr(pygame.display, "set_icon", given.append)
    icons.set_window_icon()
    assert [icon.get_size() for icon in given] == [(icons.WINDOW_ICON_SIZE,) * 2]
    assert icons.WINDOW_ICON_SIZE == 256
    # the picture itself, not an empty square: its middle is drawn
    assert given[0].get_at((128, 128)).a > 0
