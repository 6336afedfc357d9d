"""Step 3's map laid out on its board: as large as it can be with the life areas' names clear of
the legends, moving toward the list, or with the legends over the list or over the whole board,
when the text is large. A part of NetworkMapView (view.py), in a module of its own: the search
is kept per board, words and size, since a board is built again after every action."""

from __future__ import annotations

import pygame

from steps_game.tasks.network_map.drawing import ME_SIZE, TRAY_LEFT, MirroredMap, marker_radius
from steps_game.tasks.network_map.model import MapGeometry
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.text import role_size, text_scale, text_size

ME_RADIUS = 32
MAP_RADIUS = 182  # the outer ring's edge; the life areas are written around it
SMALLEST_MAP = 140  # it shrinks down to this to keep the names clear of the legends
MAP_LEFT = 290  # the map's center, from the task area's left edge
COLUMN_LEAST = 500  # the list's column is never narrower
# ... than this while it also carries the instruction (the map takes the room its names need;
# the instruction goes on over the next page when it is longer than one)
CARRYING_COLUMN_LEAST = 360
CARRYING_SMALLEST_MAP = 128  # and the map as small as this (its rings still hold a marker)
SHIFTS = tuple(range(0, 361, 30))  # how far the map may move toward the list to clear the legends
SLACK = 34  # a drop on the names around the map still lands in the outer ring
ACROSS_FROM_SCALE = 1.75  # the legends' band over the board is tried from this text scale up
KEPT_SEARCHES = 48  # layouts kept (boards, languages, text sizes); the oldest goes first

# _lay_out_map's searches, by all they depend on: (troubles, the layout found)
_SEARCHED: dict[tuple, tuple[int, tuple]] = {}


class MapLayout:
    """Where NetworkMapView's map stands and how large it is (geometry, tray_left, shapes_row,
    legends_across, area), searched once per board, words and size and kept in _SEARCHED."""

    def _me_radius(self) -> int:
        """The circle of "me" in the middle, wide enough for its word at large text (the
        numbers of the inner ring's markers keep clear of it)."""
        words = self.tr("task.network_map.me")
        width = text_size(words, role_size(ME_SIZE, "secondary"), bold=True)[0]
        return max(ME_RADIUS, width // 2 + 4)

    def _lay_out_map(self, ui: ViewBuilder, area: pygame.Rect) -> int:
        """The map as large as it can be with its life areas' names clear of the legends. With
        large text, where even the smallest map's names reach the legends, the map moves
        toward the list (the list grows narrower) until they are clear. Returns how many names
        are still in trouble (0: all clear). The search is kept for everything it depends on
        (the board, its words, the text size), for every view of the step: a board is built
        again after every action, and a new game or a step opened again lays out the same map."""
        cfg = self.model.config
        key = (
            tuple(area),
            ui.mirror,
            ui.place(pygame.Rect(0, 0, 0, 0)).x,  # the screen's width, when mirrored
            text_scale(),
            marker_radius(),
            self.carrying,
            tuple(self.tr.pick(sector.name) for sector in cfg.sectors),
            tuple(self.tr.pick(ring.name) for ring in cfg.rings),
            tuple(self.tr(f"task.network_map.{key}") for key in ("me", "in_finland", "abroad")),
        )
        if key not in _SEARCHED:
            if len(_SEARCHED) >= KEPT_SEARCHES:  # (a window resized many times)
                _SEARCHED.pop(next(iter(_SEARCHED)))
            troubles = self._search_map_layout(ui, area)
            _SEARCHED[key] = (troubles, self._kept_layout())
        troubles, kept = _SEARCHED[key]
        self._restore_layout(kept)
        return troubles

    def _search_map_layout(self, ui: ViewBuilder, area: pygame.Rect) -> int:
        cfg = self.model.config
        shape = MirroredMap if ui.mirror else MapGeometry
        # Not even then: the markers' shapes go over the list, in a row (shapes_row); and then
        # both legends stand in a band over the whole board (legends_across), so that the map
        # has its side to itself.
        best = None
        clear = None  # carrying: (radius, layout) of the largest map with every name clear
        for mode in ("beside", "shapes_over", "across"):
            self.shapes_row = pygame.Rect(0, 0, 0, 0) if mode == "shapes_over" else None
            self.legends_across = None
            self.area = pygame.Rect(area)
            if mode == "across":
                band = self.across_height(area.width)
                self.legends_across = pygame.Rect(area.x, area.y, area.width, band)
                self.area = pygame.Rect(
                    area.x, area.y + band + 6, area.width, area.height - band - 6
                )
            least = CARRYING_COLUMN_LEAST if self.carrying else COLUMN_LEAST
            for shift in SHIFTS:
                if shift and area.width - TRAY_LEFT - shift < least:
                    break  # the list keeps its room
                self.tray_left = TRAY_LEFT + shift
                smallest = CARRYING_SMALLEST_MAP if self.carrying else SMALLEST_MAP
                me = self._me_radius()
                for radius in range(MAP_RADIUS, smallest - 1, -6):
                    width = (radius - me) / len(cfg.rings)
                    edges = tuple(me + i * width for i in range(len(cfg.rings) + 1))
                    center = ui.place_point((area.x + MAP_LEFT + shift, self.area.centery))
                    self.geometry = shape(center, edges, len(cfg.sectors), slack=SLACK)
                    if self.carrying and clear is not None and radius <= clear[0]:
                        break  # no larger than the map already found clear
                    troubles = self.label_troubles()
                    if troubles and self.carrying:  # the names' middle in the map side's
                        names = self.sector_label_boxes(clamp=False)
                        dx = self._map_side().centerx - names[0].unionall(names[1:]).centerx
                        beside = self.geometry
                        moved = (center[0] + dx, center[1])
                        self.geometry = shape(moved, edges, len(cfg.sectors), slack=SLACK)
                        centered = self.label_troubles()
                        if centered < troubles:
                            troubles = centered
                        else:
                            self.geometry = beside
                    if troubles == 0 and not self.carrying:
                        return 0
                    if troubles == 0:  # carrying: the largest clear map of every arrangement
                        clear = (radius, self._kept_layout())
                        break
                    # the band costs the map height: a fallback only at the largest text,
                    # where it leaves fewest names in trouble (python -m steps_game.audit)
                    candidate = mode != "across" or text_scale() >= ACROSS_FROM_SCALE
                    if candidate and (best is None or troubles < best[0]):
                        best = (troubles, self._kept_layout())
        if clear is not None:
            self._restore_layout(clear[1])
            return 0
        # Nothing fits (a board far too low for the text size): the layout tried with the
        # fewest names in trouble.
        if best is None:
            return self.label_troubles()
        self._restore_layout(best[1])
        return best[0]

    def _kept_layout(self) -> tuple:
        rects = (self.shapes_row, self.legends_across, self.area)
        # copies: a board's build may move its rects, and the kept search must not move with them
        return (
            self.geometry,
            self.tray_left,
            *(None if rect is None else pygame.Rect(rect) for rect in rects),
        )

    def _restore_layout(self, kept: tuple) -> None:
        self.geometry, self.tray_left, *rects = kept
        self.shapes_row, self.legends_across, self.area = (
            None if rect is None else pygame.Rect(rect) for rect in rects
        )
