"""Step 3's words around the map: the life areas' names, and the legends of the rings and of
the markers' shapes. The map shrinks until its names clear the legends (map_fits_legends); at the
largest text the legends stand over the whole board instead, in one flow (legends_across)."""

from __future__ import annotations

import math

import pygame

from steps_game.tasks.network_map.drawing import GAP, draw_marker, marker_radius
from steps_game.ui import palette
from steps_game.ui.text import blit_line, line_height, render, role_size

LABEL_SIZE = 17
LEGEND_SIZE = 17
RING_PICTURE = 44  # a ring's little map and the gap before its name, in a legend row


def _distance(box: pygame.Rect, point: tuple[float, float]) -> float:
    """How far the nearest point of `box` is from `point`."""
    dx = max(box.left - point[0], 0.0, point[0] - box.right)
    dy = max(box.top - point[1], 0.0, point[1] - box.bottom)
    return math.hypot(dx, dy)


class MapLegend:
    """The words around NetworkMapView's map (a part of the view, in a module of its own)."""

    def sector_label_box(self, text: str, angle: float) -> pygame.Rect:
        """Where a life area's name would stand alone: just outside the map in its direction."""
        image = render(text, role_size(LABEL_SIZE, "secondary"), palette.INK, bold=True)
        width, height = image.get_size()
        rad = math.radians(angle)
        # Push the label out until its nearest edge clears the map, whatever its direction.
        reach = abs(math.cos(rad)) * width / 2 + abs(math.sin(rad)) * height / 2
        # clear of the markers of the outer ring too, which reach past it on a small map
        geo = self.geometry
        past = max(0.0, marker_radius() + 3 - (geo.outer - geo.edges[-2]) / 2)
        clear = geo.outer + 6 + past
        box = image.get_rect(center=geo.point(clear + reach, angle))
        if not getattr(self, "carrying", False):
            return box
        # Carrying the instruction (large text, every pixel counts): only as far out as keeps
        # the box off the circle, so that a name over a corner of the map comes nearer to it.
        near, far = 0.0, clear + reach
        for _ in range(12):
            middle = (near + far) / 2
            box.center = geo.point(middle, angle)
            if _distance(box, geo.center) >= clear:
                far = middle
            else:
                near = middle
        box.center = geo.point(far, angle)
        return box

    def sector_label_boxes(self, *, clamp: bool = True) -> list[pygame.Rect]:
        """Where the life areas' names stand, in the sectors' order. Long names side by side
        above or below the map would meet there: each keeps to its side of the map's middle,
        and one that still meets a neighbour moves sideways, away from the middle (further
        from the map). With `clamp`, each is kept within the map's side of the board."""
        names = [self.tr.pick(sector.name) for sector in self.model.config.sectors]
        boxes = [
            self.sector_label_box(name, self.geometry.angle(index))
            for index, name in enumerate(names)
        ]
        middle = round(self.geometry.center[0])
        for box in boxes:
            if box.centerx > middle + 4:
                box.left = max(box.left, middle + 4)
            elif box.centerx < middle - 4:
                box.right = min(box.right, middle - 4)
        for _ in range(len(boxes)):
            moved = False
            for index, first in enumerate(boxes):
                for second in boxes[index + 1 :]:
                    if not first.colliderect(second):
                        continue
                    outer, inner = sorted(
                        (first, second), key=lambda box: -abs(box.centerx - middle)
                    )
                    if outer.centerx >= inner.centerx:
                        outer.left = inner.right + 4
                    else:
                        outer.right = inner.left - 4
                    moved = True
            if not moved:
                break
        if clamp:
            side = self._map_side()
            for box in boxes:
                box.clamp_ip(side)
        return boxes

    def _map_side(self) -> pygame.Rect:
        side = pygame.Rect(self.area.x, self.area.y, self.tray_left - GAP, self.area.height)
        return self.host.ui.place(side)

    def map_fits_legends(self) -> bool:
        """Whether no life area's name stands on a legend, and each has room in its place."""
        return self.label_troubles() == 0

    def label_troubles(self) -> int:
        """How many life areas' names stand on a legend or on another name, or have no room in
        their place (a name pushed back onto the map, above its bottom say, would stand on
        markers)."""
        legends = self.legend_boxes()
        side = self._map_side()
        boxes = self.sector_label_boxes()
        troubles = sum(box.collidelist(legends) != -1 for box in boxes)
        troubles += sum(not side.contains(box) for box in self.sector_label_boxes(clamp=False))
        troubles += sum(
            first.colliderect(second)
            for index, first in enumerate(boxes)
            for second in boxes[index + 1 :]
        )
        return troubles

    def _legend_rows(self) -> tuple[int, int]:
        """(the rings' row height, the shapes' row height)."""
        row = max(38, line_height(role_size(LEGEND_SIZE, "secondary")) + 8)
        return row, max(28, 2 * marker_radius() + 8, row - 8)

    def legend_boxes(self) -> list[pygame.Rect]:
        """Where the two legends stand, on screen."""
        ui, (row, step) = self.host.ui, self._legend_rows()
        size = role_size(LEGEND_SIZE, "secondary")
        rings = [self.tr.pick(ring.name) for ring in self.model.config.rings]
        shapes = [self.tr(f"task.network_map.{key}") for key in ("in_finland", "abroad")]
        rings_w = 44 + max(render(w, size, palette.INK).get_width() for w in rings)
        shapes_w = (
            2 * marker_radius() + 20 + max(render(w, size, palette.INK).get_width() for w in shapes)
        )
        top = pygame.Rect(self.area.x, self.area.y, rings_w, 20 + len(rings) * row)
        if self.legends_across is not None:  # both over the board: the map has its side alone
            return []
        if self.shapes_row is not None:  # in the list's column, not beside the map
            return [ui.place(top)]
        bottom = pygame.Rect(self.area.x, self.area.bottom - 2 * step - 8, shapes_w, 2 * step + 8)
        return [ui.place(top), ui.place(bottom)]

    def shapes_row_height(self) -> int:
        """The markers' shapes side by side in one row (over the list, at large text)."""
        return max(2 * marker_radius() + 8, line_height(role_size(LEGEND_SIZE, "secondary")))

    def _shapes_rows(self, width: int) -> list[list[tuple[bool, str, int]]]:
        """The markers' shapes side by side, or one under the other when both do not fit
        `width`: each row's (in Finland, words, width with its picture)."""
        radius, size = marker_radius(), role_size(LEGEND_SIZE, "secondary")
        rows: list[list[tuple[bool, str, int]]] = [[]]
        used = 0
        for in_finland, key in ((True, "in_finland"), (False, "abroad")):
            words = self.tr(f"task.network_map.{key}")
            item_w = 2 * radius + 15 + render(words, size, palette.INK).get_width() + 24
            if rows[-1] and used + item_w > width:
                rows.append([])
                used = 0
            rows[-1].append((in_finland, words, item_w))
            used += item_w
        return rows

    def shapes_block_height(self, width: int) -> int:
        """How tall the markers' shapes stand over the list, `width` wide."""
        return len(self._shapes_rows(width)) * self.shapes_row_height()

    def _shapes_in_row(self, surface: pygame.Surface, block: pygame.Rect) -> None:
        """The markers' shapes at the start of `block`'s rows (laid out left to right)."""
        radius, row_h = marker_radius(), self.shapes_row_height()
        for number, row in enumerate(self._shapes_rows(block.width)):
            x, y = block.x + radius + 5, block.y + number * row_h + row_h // 2
            for in_finland, words, item_w in row:
                draw_marker(surface, self.host.ui.place_point((x, y)), in_finland, selected=False)
                self._legend_words(surface, words, (x + radius + 10, y))
                x += item_w

    def across_rows(self, width: int) -> list[list[tuple[str, object, str, int]]]:
        """Both legends in one flow across the board (the largest text): each item's (kind,
        which, words, width with its picture) in as many rows of `width` as they need."""
        size = role_size(LEGEND_SIZE, "secondary")
        items = [("ring", i, self.tr.pick(r.name)) for i, r in enumerate(self.model.config.rings)]
        items += [
            ("shape", in_finland, self.tr(f"task.network_map.{key}"))
            for in_finland, key in ((True, "in_finland"), (False, "abroad"))
        ]
        rows: list[list[tuple[str, object, str, int]]] = [[]]
        used = 0
        for kind, which, words in items:
            picture = RING_PICTURE if kind == "ring" else 2 * marker_radius() + 20
            item_w = picture + render(words, size, palette.INK).get_width() + 24
            if rows[-1] and used + item_w > width:
                rows.append([])
                used = 0
            rows[-1].append((kind, which, words, item_w))
            used += item_w
        return rows

    def across_height(self, width: int) -> int:
        return len(self.across_rows(width)) * self.shapes_row_height()

    def _legends_across(self, surface: pygame.Surface, block: pygame.Rect) -> None:
        row_h, radius = self.shapes_row_height(), marker_radius()
        for number, row in enumerate(self.across_rows(block.width)):
            x, y = block.x, block.y + number * row_h + row_h // 2
            for kind, which, words, item_w in row:
                if kind == "ring":
                    self._ring_picture(surface, self.host.ui.place_point((x + 18, y)), which)
                    self._legend_words(surface, words, (x + 18 + 26, y))
                else:
                    center = self.host.ui.place_point((x + radius + 5, y))
                    draw_marker(surface, center, bool(which), selected=False)
                    self._legend_words(surface, words, (x + 2 * radius + 15, y))
                x += item_w

    def _ring_picture(self, surface: pygame.Surface, center, index: int) -> None:
        """A small map with ring `index` filled in."""
        rings = self.geometry.rings
        edges = [round(6 + 12 * k / rings) for k in range(rings + 1)]
        pygame.draw.circle(surface, palette.PANEL, center, edges[-1])
        pygame.draw.circle(surface, palette.ACCENT_DARK, center, edges[index + 1])
        pygame.draw.circle(surface, palette.PANEL, center, edges[index])
        for radius in edges[1:]:
            pygame.draw.circle(surface, palette.MUTED, center, radius, width=1)
        pygame.draw.circle(surface, palette.MUTED, center, 2)  # me

    def _sector_labels(self, surface: pygame.Surface) -> None:
        names = [self.tr.pick(sector.name) for sector in self.model.config.sectors]
        for name, box in zip(names, self.sector_label_boxes(), strict=True):
            blit_line(
                surface,
                name,
                LABEL_SIZE,
                palette.INK,
                role="secondary",
                bold=True,
                topleft=box.topleft,
            )

    def _legend(self, surface: pygame.Surface) -> None:
        # The rings, top left: a small map with that ring filled in, then its name (the markers
        # would cover names written on the rings themselves). Laid out left to right and placed,
        # so that a mirrored board has it top right, the names to the left of the maps.
        ui = self.host.ui
        row, step = self._legend_rows()
        if self.legends_across is not None:
            self._legends_across(surface, self.legends_across)
            return
        for index, ring in enumerate(self.model.config.rings):
            x, y = self.area.x + 18, self.area.y + 20 + index * row
            self._ring_picture(surface, ui.place_point((x, y)), index)
            self._legend_words(surface, self.tr.pick(ring.name), (x + 26, y))
        if self.shapes_row is not None:  # over the list (or on the column's first page)
            if self.shapes_row.width:
                self._shapes_in_row(surface, self.shapes_row)
            return
        # The markers' shapes, bottom left, one above the other: side by side, longer words
        # (Somali, Russian) reached the life area written below the map.
        radius = marker_radius()
        x = self.area.x + radius + 5  # a diamond reaches 3 px past its radius
        for index, (in_finland, key) in enumerate(
            ((True, "task.network_map.in_finland"), (False, "task.network_map.abroad"))
        ):
            y = self.area.bottom - radius - 8 - step * (1 - index)
            draw_marker(surface, ui.place_point((x, y)), in_finland, selected=False)
            self._legend_words(surface, self.tr(key), (x + radius + 10, y))

    def _legend_words(self, surface: pygame.Surface, words: str, midleft) -> None:
        """A legend's words beside its picture, placed like the rest of a mirrored board."""
        size = role_size(LEGEND_SIZE, "secondary")
        box = render(words, size, palette.INK).get_rect(midleft=midleft)
        box = self.host.ui.place(box)
        blit_line(surface, words, LEGEND_SIZE, palette.INK, role="secondary", topleft=box.topleft)
