"""Shared screen parts: headers, menus and the step track, so every screen lines up."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import pygame

from steps_game.finnish_beside import FINNISH, shown_in
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.second_line import GAP as SECOND_GAP
from steps_game.ui.second_line import place_second, second_height, shared_width
from steps_game.ui.text import (
    blit_line,
    floor_size,
    is_rtl,
    line_height,
    number_text,
    render,
    role_size,
    text_size,
)

SCREEN_W, SCREEN_H = 1280, 720
MARGIN = 60
BUTTON_GAP = 14
HEADER_TOP = 12
OVERLINE_SIZE = 20  # "Step 2 of 7 · Tavoitteet" above a title
TITLE_SIZE = 36
TRACK_NUMBER_SIZE = 16
# a title's words in the second language (workshop mode): the size they are the second line of
SECOND_TITLE_SIZE = 26


def footer_y() -> int:
    """The top of the footer's buttons: as high as the buttons are at the current text size."""
    return SCREEN_H - 12 - button_height()


MENU_TOP = 14  # the Menu button's top, at the overline's row
HEADER_GAP = 16  # between the header's words (or the step track) and the Menu button


def track_steps(app, step: int) -> tuple[int, ...]:
    """The steps the step track shows around `step`: in a workshop, the set's own (the short
    set's 1, 5 and 6, each with its own number), else every step of the game."""
    if app.workshop is not None:
        planned = app.workshop.plan.step_numbers
        if step in planned:
            return planned
    return tuple(level.step for level in app.content.levels)


def step_place(app, step: int) -> str:
    """Where the room or the player is: "Step 2 of 7", or in a workshop set of fewer steps the
    step's own number and its place in the set ("Step 5 · 2 of 3", the set F1 plans)."""
    steps = track_steps(app, step)
    if len(steps) == len(app.content.levels):
        return app.tr("intro.step_of", n=step, total=len(steps))
    return app.tr("workshop.step_in_plan", n=step, place=steps.index(step) + 1, total=len(steps))


def step_overline(app, level, *, second_beside: bool = False, finnish: bool = True) -> str:
    """ "Step 2 of 7" (step_place), and the step's Finnish name beside it for a player in another
    language (the setting "Finnish beside my language"), so the Finnish words become familiar.
    With workshop mode's second language the step's name in it stands under the title instead,
    or here with `second_beside` (a task's board, short of room for a line under the title)."""
    text = step_place(app, level.step)
    from steps_game import group_texts  # pydantic: not before the first frame

    title = group_texts.title(level, app.workshop is not None)
    second = app.tr.second_pick(title)
    if second:
        if second_beside:
            text += " · " + second
    elif finnish and shown_in(app) and app.tr.language not in FINNISH:
        text += " · " + title["fi"]
    return text


def header(
    ui: ViewBuilder,
    overline: str,
    title: str,
    *,
    beside: int = 0,
    beside_title: int = 0,
    right: int | None = None,
    second: tuple[str, str] | None = None,
    title_clear_below: int | None = None,
) -> int:
    """The overline and the title at the top left; returns the y below them. `second` (words,
    language code): the title in workshop mode's second language, under it (ui/second_line.py).

    `beside` keeps that many pixels free at the right of the overline's row (the step track),
    `beside_title` at the right of the title's; `right` ends both rows there (before the Menu
    button and the workshop's timer). With `title_clear_below` (how far down what stands at
    the top right reaches), a title that starts lower than that (under an overline of several
    lines) has the whole width. A long title wraps to a second line rather than shrink under
    its floor."""
    if right is not None:
        beside = max(beside, SCREEN_W - MARGIN - right)
        beside_title = max(beside_title, SCREEN_W - MARGIN - right)
    over_size = role_size(OVERLINE_SIZE, "secondary")
    width = SCREEN_W - 2 * MARGIN - beside
    # one line, or as many as a long step name needs (the title then starts lower): an
    # overline cut short would lose the step's Finnish name
    over_h = render(overline, over_size, palette.INK, bold=True, width=width).get_height()
    ui.text(
        overline,
        pygame.Rect(MARGIN, HEADER_TOP, width, over_h),
        size=OVERLINE_SIZE,
        color=palette.ACCENT_DARK,
        bold=True,
        role="secondary",
    )
    if title_clear_below is not None and HEADER_TOP + over_h >= title_clear_below:
        beside_title = 0
    width = SCREEN_W - 2 * MARGIN - beside_title
    title_size = role_size(TITLE_SIZE, "title")
    one_line = line_height(title_size, bold=True)
    drawn = render(title, title_size, palette.INK, bold=True, width=width).get_height()
    # at most two lines at the full size; a longer title shrinks toward its floor
    title_h = min(drawn, 2 * one_line)
    top = HEADER_TOP + over_h
    ui.text(
        title, pygame.Rect(MARGIN, top, width, title_h), size=TITLE_SIZE, bold=True, role="title"
    )
    if second:
        words, code = second
        top += title_h + SECOND_GAP
        second_h = second_height(words, code, SECOND_TITLE_SIZE, width)
        # under the title's words, in a block as wide as the longer line (see second_line)
        title_w = text_size(title, title_size, bold=True)[0]
        block = max(min(title_w, width), shared_width("", words, code, SECOND_TITLE_SIZE, width))
        place_second(ui, words, code, pygame.Rect(MARGIN, top, block, second_h), SECOND_TITLE_SIZE)
        title_h = second_h
    return top + title_h + 6


def track_width(total: int) -> int:
    """How wide the step track is at the current text size (see step_track)."""
    return _track_spacing() * (total - 1) + 2 * _track_radius() + 8


def _track_radius() -> int:
    return max(16, (line_height(floor_size("secondary"), bold=True) * 6) // 10)


def _track_spacing() -> int:
    return 2 * _track_radius() + 12


def menu_button_rect(ui: ViewBuilder, label: str) -> pygame.Rect:
    """The Menu button's place, in the left-to-right layout: the top right corner, as wide as
    its words and its icon."""
    from steps_game.ui.icons import icon_room

    width = button_width(label, minimum=0) + 2 * icon_room(ui.scale)
    return pygame.Rect(SCREEN_W - MARGIN - width, MENU_TOP, width, button_height())


def menu(
    ui: ViewBuilder,
    items: Sequence[tuple[str, str, Callable[[], None]]],
    top: int,
    *,
    center_x: int = SCREEN_W // 2,
    gap: int = 14,
    secondary_after: int = 1,
    bottom: int = SCREEN_H - 16,
    min_width: int = 0,
) -> int:
    """Buttons of equal width stacked in a column, or in two columns side by side when one
    column would reach below `bottom` (large text); returns the y below the last one."""
    width = max(min_width, menu_width(ui, items))
    step = ui.row_height + gap
    columns = 1 if top + len(items) * step - gap <= bottom else 2
    rows = (len(items) + columns - 1) // columns
    if columns == 2:
        width = min(width, (SCREEN_W - 2 * MARGIN - gap) // 2)
    left = center_x - (columns * width + (columns - 1) * gap) // 2
    for index, (control_id, text, action) in enumerate(items):
        column, row = index // rows, index % rows
        rect = pygame.Rect(left + column * (width + gap), top + row * step, width, ui.row_height)
        ui.button(control_id, text, rect, action, secondary=index >= secondary_after)
    return top + rows * step


def menu_width(ui: ViewBuilder, items: Sequence[tuple[str, str, Callable[[], None]]]) -> int:
    """How wide `menu` makes its buttons: wide enough for the longest label."""
    return max([280, *(button_width(text, size=ui.row_text_size) for _, text, _ in items)])


def overlay_panel(ui: ViewBuilder, height: int, width: int = 560) -> pygame.Rect:
    rect = pygame.Rect(0, 0, width, height)
    rect.center = (SCREEN_W // 2, SCREEN_H // 2)
    ui.panel(rect, palette.PANEL)
    return rect


def track_rect(total: int, right_room: int = 0, center_y: int | None = None) -> pygame.Rect:
    """Where step_track's circles (with the current one's ring) stand on screen."""
    radius, spacing = _track_radius(), _track_spacing()
    y = _track_y(radius) if center_y is None else center_y
    end = MARGIN + right_room + radius + 4
    left = SCREEN_W - end - spacing * (total - 1) - radius - 5
    if is_rtl():
        left = end - radius - 5
    return pygame.Rect(
        left, y - radius - 5, spacing * (total - 1) + 2 * radius + 10, 2 * radius + 10
    )


def title_row_middle() -> int:
    """The middle of a header's title row under a one-line overline: where the step track
    stands when the overline needs the whole width of its row (see Scene.step_header)."""
    over = line_height(role_size(OVERLINE_SIZE, "secondary"), bold=True)
    return HEADER_TOP + over + line_height(role_size(TITLE_SIZE, "title"), bold=True) // 2


def fits_one_line(text: str, size: int, width: int, *, role: str, bold: bool = True) -> bool:
    """Whether `text`, designed at `size` for `role`, stands on one line `width` wide."""
    return text_size(text, role_size(size, role), bold=bold)[0] <= width


def _track_y(radius: int) -> int:
    y = HEADER_TOP + line_height(role_size(OVERLINE_SIZE, "secondary"), bold=True) // 2 + 4
    return max(y, radius + 6)


def step_track(
    surface: pygame.Surface,
    done: Collection[int],
    current: int,
    steps: Sequence[int],
    *,
    right_room: int = 0,
    center_y: int | None = None,
) -> None:
    """A numbered circle for each of `steps` (the seven, or a workshop set's) on the overline's
    row at the right (the left right to left), `right_room` pixels from the margin: the steps in
    `done` (those with an outcome: a skipped step earns no tick) filled with a tick, the current
    one ringed. `center_y` puts them on another row (the title's). The circles grow with the
    text size, so their numbers keep the secondary floor."""
    total = len(steps)
    from steps_game.ui.cards import draw_check

    radius, spacing = _track_radius(), _track_spacing()
    y = _track_y(radius) if center_y is None else center_y
    rtl = is_rtl()
    # Right to left, the track moves to the left edge (the text starts on the right) and runs
    # from step 1 on its right.
    end = MARGIN + right_room + radius + 4
    x0 = end + spacing * (total - 1) if rtl else SCREEN_W - end - spacing * (total - 1)
    step_x = -spacing if rtl else spacing
    for index, number in enumerate(steps):
        center = (x0 + index * step_x, y)
        if number in done:
            pygame.draw.circle(surface, palette.ACCENT, center, radius)
            draw_check(surface, center, radius, palette.WHITE)
        else:
            pygame.draw.circle(surface, palette.PANEL, center, radius)
            pygame.draw.circle(surface, palette.BORDER, center, radius, width=2)
            blit_line(
                surface,
                number_text(number),
                TRACK_NUMBER_SIZE,
                palette.INK,
                role="secondary",
                bold=True,
                center=center,
            )
        if number == current:
            # the step's own colour, not the focus ring's: a ringed circle in the focus colour
            # was read as a second focus by keyboard players (Arabic play-test at 200 %)
            pygame.draw.circle(surface, palette.ACCENT_DARK, center, radius + 5, width=3)
