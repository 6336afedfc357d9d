"""Step 3's map layout is searched once for a board, its words and text size, and every later
game or visit of the step takes the layout found (map_layout._SEARCHED): the search tries
hundreds of map sizes and took a tenth of a second each time the step was opened."""

from __future__ import annotations

from steps_game.tasks.network_map import map_layout
from tests.test_large_text import open_task


def layout_of(driver) -> tuple:
    view = driver.scene.view
    return (view.geometry, view.tray_left, view.shapes_row, view.legends_across, view.area)


def test_a_second_game_takes_the_map_layout_found_by_the_first(make_driver, monkeypatch):
    map_layout._SEARCHED.clear()
    searches = []
    search = map_layout.MapLayout._search_map_layout

    def counted(self, ui, area):
        searches.append(self.tr.language)
        return search(self, ui, area)

    monkeypatch.setattr(map_layout.MapLayout, "_search_map_layout", counted)
    first = open_task(make_driver, 3, "ar", 200)
    found = len(searches)
    assert found >= 1
    first_layout = layout_of(first)
    second = open_task(make_driver, 3, "ar", 200)
    assert len(searches) == found, "the same board, words and size are not searched again"
    assert layout_of(second) == first_layout
    # other words (another language) are laid out anew: their names are longer or shorter
    open_task(make_driver, 3, "fi", 200)
    assert len(searches) > found and searches[-1] == "fi"
