"""Small pictures on buttons, drawn as lines: a globe for the language, three bars for the menu;
and the game's own icon on its window.

They let a player find the language and the menu without reading the words on screen (the game
may be in a language the player does not read yet). Noto Sans has no globe or menu character,
so they are drawn rather than written.
"""

from __future__ import annotations

import contextlib

import pygame

from steps_game.paths import assets_dir
from steps_game.ui import palette
from steps_game.ui.focus import FocusRing

ICON_ROOM = 28  # kept free at each end of a button with an icon (its words stay centred), at 100 %
ICON_SIZE = 20  # the icon's width and height at 100 % text
# Button words grow with the text size up to twice (ui/builder.py, button_label_size), and so
# do the icons.
MOST_GROWTH = 2.0


def growth(scale: float) -> float:
    """How much larger than at 100 % an icon is drawn: as much as the button's words."""
    return min(max(1.0, scale), MOST_GROWTH)


def icon_room(scale: float) -> int:
    """The room an icon takes at each end of its button at the player's text size."""
    return round(ICON_ROOM * growth(scale))


def draw_globe(surface: pygame.Surface, center: tuple[int, int], size: int, color) -> None:
    """A globe: a circle, its equator and two latitudes, and a meridian as an ellipse."""
    x, y = center
    radius = size // 2
    line = max(2, size // 11)
    pygame.draw.circle(surface, color, center, radius, width=line)
    meridian = pygame.Rect(0, 0, radius, 2 * radius)
    meridian.center = center
    pygame.draw.ellipse(surface, color, meridian, width=line)
    pygame.draw.line(surface, color, (x - radius, y), (x + radius, y), line)
    for dy in (-radius // 2, radius // 2):
        half = round((radius**2 - dy**2) ** 0.5) - 1
        pygame.draw.line(surface, color, (x - half, y + dy), (x + half, y + dy), line)


def draw_menu_icon(surface: pygame.Surface, center: tuple[int, int], size: int, color) -> None:
    """Three bars, the common sign of a menu."""
    x, y = center
    half = size // 2
    line = max(3, size // 7)
    for dy in (-size // 3, 0, size // 3):
        pygame.draw.line(surface, color, (x - half, y + dy), (x + half, y + dy), line)


ICONS = {"globe": draw_globe, "menu": draw_menu_icon}


def draw_icons(surface: pygame.Surface, ring: FocusRing, *, mirror: bool, scale: float) -> None:
    """Each shown button's icon (Control.data["icon"]) at the button's start: its left end, or
    its right end in a right-to-left language, where reading starts."""
    room = icon_room(scale)
    size = round(ICON_SIZE * growth(scale))
    for control in ring.controls:
        name = control.data.get("icon")
        if not name or control.element is None or not control.element.visible:
            continue
        rect = control.rect
        x = rect.right - room // 2 - 6 if mirror else rect.left + room // 2 + 6
        color = control.data.get("label_color", palette.ACCENT_DARK)
        ICONS[name](surface, (x, rect.centery), size, color if control.enabled else palette.MUTED)


WINDOW_ICON_SIZE = 256


def set_window_icon() -> None:
    """The game's icon on its window and in the task bar (assets/icon.png, drawn by
    packaging/make_icon.py); the window keeps the system's own if the file cannot be read."""
    with contextlib.suppress(OSError, pygame.error):
        image = pygame.image.load(assets_dir() / "icon.png")
        # at the largest size a task bar shows (the file is drawn at 512 px for the packages'
        # icons): the window keeps its own copy, 1 MB at 512 px of a playthrough's peak
        side = min(WINDOW_ICON_SIZE, image.get_width())
        pygame.display.set_icon(pygame.transform.smoothscale(image, (side, side)))
