"""pygame_gui's buttons are drawn without its cache of shapes: a 1024x1024 page (4.2 MB) that
saved nothing for the game's plain rectangles."""

from __future__ import annotations

from steps_game.ui.manager import _shapes
from tests.driver import Driver


def test_buttons_are_drawn_and_no_page_of_shapes_is_kept(tmp_path):
    game = Driver.start(data_dir=tmp_path, language="en")
    try:
        game.frames(5)
        buttons = [c.element for c in game.ring.controls if c.element is not None]
        assert buttons
        for button in buttons:
            image = button.drawable_shape.states["normal"].surface
            assert image.get_size() == button.rect.size
            middle = image.get_at((image.get_width() // 2, image.get_height() // 2))
            edge = image.get_at((0, 0))
            assert middle.a == 255 and middle != edge  # filled, inside its border
        theme = game.app.manager.get_theme()
        assert theme.shape_cache is _shapes()
        assert _shapes().cache_surfaces == []
    finally:
        game.close()
