"""Shared screen parts: headers, menus and the step track, so every screen lines up."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pygame

from steps_game.ui import palette
from steps_game.ui.builder import BUTTON_CLASS_SIZES, ViewBuilder, button_width

SCREEN_W, SCREEN_H = 1280, 720
MARGIN = 60
FOOTER_Y = 648
BUTTON_GAP = 14
MENU_TOP = 14  # the Menu button's top: above the step track (its circles begin at y 97)
HEADER_GAP = 16  # between the header's words and the Menu button
WORKSHOP_HEADER_W = 840  # workshop mode: the header's words end before the timer


FINNISH = ("fi", "fi-selko")


def step_overline(app, level, total: int) -> str:
    """ "Step 2 of 7", and the step's Finnish name beside it for a player in another language
    (the setting "Finnish beside my language"), so the Finnish words become familiar."""
    text = app.tr("intro.step_of", n=level.step, total=total)
    if app.settings.finnish_beside and app.tr.language not in FINNISH:
        text += " · " + level.title["fi"]
    return text


def header(ui: ViewBuilder, overline: str, title: str, *, right: int = SCREEN_W - MARGIN) -> None:
    """The overline and the title at the top left, their words ending at `right` (before the
    Menu button, see menu_button_rect)."""
    width = right - MARGIN
    if ui.scale > 1:  # workshop mode: larger words, kept clear of the timer and the step track
        width = min(width, WORKSHOP_HEADER_W)
        ui.text(overline, pygame.Rect(MARGIN, 4, width, 42), size=20, color=palette.ACCENT_DARK)
        ui.text(title, pygame.Rect(MARGIN, 40, width, 74), size=36, bold=True)
        return
    ui.text(
        overline,
        pygame.Rect(MARGIN, 22, width, 30),
        size=20,
        color=palette.ACCENT_DARK,
        bold=True,
    )
    ui.text(title, pygame.Rect(MARGIN, 50, width, 54), size=36, bold=True)


def menu_button_rect(ui: ViewBuilder, label: str) -> pygame.Rect:
    """The Menu button's place, in the left-to-right layout: the top right corner, above the
    step track and beside the header, as wide as its words and its icon."""
    from steps_game.ui.icons import icon_room

    # its words are drawn at most at the largest button text size, however large the text setting
    size = min(ui.row_text_size, max(BUTTON_CLASS_SIZES))
    width = button_width(label, minimum=0, size=size) + 2 * icon_room(ui.scale)
    return pygame.Rect(SCREEN_W - MARGIN - width, MENU_TOP, width, ui.row_height)


def menu(
    ui: ViewBuilder,
    items: Sequence[tuple[str, str, Callable[[], None]]],
    top: int,
    *,
    center_x: int = SCREEN_W // 2,
    gap: int = 14,
    secondary_after: int = 1,
    min_width: int = 0,
) -> int:
    """Buttons stacked in a column of equal width; returns the y below the last one."""
    width = max(min_width, menu_width(ui, items))
    y = top
    for index, (control_id, text, action) in enumerate(items):
        rect = pygame.Rect(center_x - width // 2, y, width, ui.row_height)
        ui.button(control_id, text, rect, action, secondary=index >= secondary_after)
        y += ui.row_height + gap
    return y


def menu_width(ui: ViewBuilder, items: Sequence[tuple[str, str, Callable[[], None]]]) -> int:
    """How wide `menu` makes its buttons: wide enough for the longest label."""
    return max([280, *(button_width(text, size=ui.row_text_size) for _, text, _ in items)])


def overlay_panel(ui: ViewBuilder, height: int, width: int = 560) -> pygame.Rect:
    rect = pygame.Rect(0, 0, width, height)
    rect.center = (SCREEN_W // 2, SCREEN_H // 2)
    ui.panel(rect, palette.PANEL)
    return rect


def step_track(surface: pygame.Surface, done: int, current: int, total: int, y: int = 118) -> None:
    """Seven numbered circles: done ones filled with a tick, the current one ringed."""
    from steps_game.ui.cards import draw_check
    from steps_game.ui.text import is_rtl, render

    spacing = 46
    rtl = is_rtl()
    # Right to left, the track moves to the left edge (the text starts on the right) and runs
    # from step 1 on its right.
    x0 = (
        MARGIN + 14 + spacing * (total - 1)
        if rtl
        else SCREEN_W - MARGIN - spacing * (total - 1) - 14
    )
    step_x = -spacing if rtl else spacing
    for index in range(total):
        center = (x0 + index * step_x, y)
        number = index + 1
        if number <= done:
            pygame.draw.circle(surface, palette.ACCENT, center, 16)
            draw_check(surface, center, 16, palette.WHITE)
        else:
            pygame.draw.circle(surface, palette.PANEL, center, 16)
            pygame.draw.circle(surface, palette.BORDER, center, 16, width=2)
            label = render(str(number), 18, palette.INK, bold=True)
            surface.blit(label, label.get_rect(center=center))
        if number == current:
            pygame.draw.circle(surface, palette.FOCUS, center, 21, width=3)
