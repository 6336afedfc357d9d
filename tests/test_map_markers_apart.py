"""Step 3's markers never hide each other's numbers: each cell places its own markers, and those of
neighbouring cells are then pushed apart (tasks/network_map/spread.py), never out of their cell
(fifth Arabic keyboard play-test at 200 %: 15 over 7, 14 under 13, 3 over "me")."""

from __future__ import annotations

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from steps_game.tasks.network_map.spread import spread
from tests.test_network_map_large_text import open_large
from tests.test_task_network_map import GEO

GAP = 24


def spots_in(cells: list[tuple[int, int]]) -> list[tuple[float, float]]:
    """Each cell's own placing of its markers, as the view does it."""
    spots: list[tuple[float, float]] = []
    for cell in sorted(set(cells)):
        spots += GEO.marker_positions(*cell, cells.count(cell), GAP + 8)
    return spots


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 6)), max_size=20))
def test_a_marker_never_leaves_its_cell(cells):
    ordered = sorted(cells)
    apart = spread(GEO, spots_in(ordered), ordered, GAP)
    assert [GEO.locate(spot) for spot in apart] == ordered


def test_markers_of_neighbouring_rings_come_apart():
    # rings 20 px wide and markers 24 px wide (large text on a small map): one person in each
    # ring of two sectors, each on its cell's middle, stand 20 px apart and overlap
    from steps_game.tasks.network_map.geometry import MapGeometry

    narrow = MapGeometry((400.0, 300.0), (30.0, 50.0, 70.0, 90.0), 6)
    cells = [(0, 1), (1, 1), (2, 1), (0, 2), (1, 2)]
    spots = [narrow.cell_center(*cell) for cell in cells]
    before = min(math.dist(a, b) for a, b in itertools.combinations(spots, 2))
    apart = spread(narrow, spots, cells, GAP)
    assert before < GAP - 2  # they did overlap
    assert min(math.dist(a, b) for a, b in itertools.combinations(apart, 2)) >= GAP - 1
    assert min(math.dist(spot, narrow.center) for spot in apart) >= 30 + GAP / 2 - 1


def test_every_number_on_a_full_map_at_200_percent_in_arabic_stands_clear(make_driver):
    driver = open_large(make_driver, "ar", 200)
    model = driver.scene.model
    for token in list(model.unplaced()):
        model.place(token.id, *model.start_cell(token.id))
    driver.scene.rebuild()
    driver.frames(1)
    markers = list(driver.scene.view.markers.values())
    assert len(markers) >= 12
    width = markers[0].width
    nearest = min(math.dist(a.center, b.center) for a, b in itertools.combinations(markers, 2))
    # two round markers whose middles stand a marker's width apart only touch
    assert nearest >= width - 2, f"two markers overlap: {nearest:.0f} px apart, {width} px wide"
    me = driver.scene.view.geometry
    assert min(math.dist(m.center, me.center) for m in markers) >= me.edges[0] + width / 2 - 2
