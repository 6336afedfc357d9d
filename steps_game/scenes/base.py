"""The scene base: lifecycle hooks, rebuild on language change, default keyboard behaviour."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.focus import FocusRing
from steps_game.ui.intents import Act, Intent
from steps_game.ui.text import is_rtl, start_build

if TYPE_CHECKING:
    from steps_game.app import App


MENU_ID = "menu"


class Scene:
    #: an overlay lets the scene below show through, dimmed
    overlay = False
    #: a full screen of the game shows a Menu button that opens the pause menu (for the mouse:
    #: the keyboard has Esc). The title has the menu's entries itself; dialogs have their way back.
    menu_button = False

    def __init__(self, app: App) -> None:
        self.app = app
        self.ring = FocusRing()
        self.ui = ViewBuilder(app.manager, self.ring)
        self.ui.scale = app.text_scale  # rows and menus of buttons for larger words (workshop)
        self.preferred_focus: str | None = None
        # a focus move a build asks for once the build is over (a rebuild puts back the focus
        # it found, over any set while building): called once, then forgotten
        self.after_build: Callable[[], object] | None = None
        self.paused = False
        self.track_middle: int | None = None  # the step track on the title's row (step_header)
        self.track_shown = True  # and whether it is on the screen at all

    @property
    def tr(self):
        return self.app.tr

    # -- the top of a step's screens ---------------------------------------------------------
    def top_right_room(self) -> int:
        """Pixels kept free at the top right for the Menu button and the workshop's timer."""
        from steps_game.scenes.layout import MARGIN, SCREEN_W

        return SCREEN_W - MARGIN - self.header_right

    def step_header(self, level, *, spare_track: bool = False) -> int:
        """A step's overline and title, clear of the step track, the Menu button and the timer;
        returns the y below them.

        The track stands on the overline's row; at large text, when the overline would wrap
        there but fits the row alone and the title fits one line beside the track, the track
        moves to the title's row, and the board below gets the line the overline would take.
        With `spare_track` (a task's board), when neither row has room for it, it is left out."""
        from steps_game.scenes.layout import (
            HEADER_GAP,
            MARGIN,
            OVERLINE_SIZE,
            SCREEN_W,
            TITLE_SIZE,
            fits_one_line,
            header,
            step_overline,
            title_row_middle,
            track_steps,
            track_width,
        )

        total = len(track_steps(self.app, level.step))  # the circles: the seven, or a set's
        room = self.top_right_room()
        from steps_game import group_texts  # pydantic: not before the first frame

        shown_title = group_texts.title(level, self.app.workshop is not None)
        overline = step_overline(self.app, level, second_beside=spare_track)
        title = self.tr.pick(shown_title)
        # workshop mode's second language under the title; on a task's board, whose room the
        # task needs, beside the step's number in the overline instead (step_overline)
        words = "" if spare_track else self.tr.second_pick(shown_title)
        second = (words, self.tr.second) if words else None
        # the track keeps a gap on both sides: from the Menu button (track_room) and from the
        # words beside it (they touched the first circle at 200 % in Arabic)
        track = track_width(total) + 2 * HEADER_GAP
        width = SCREEN_W - 2 * MARGIN - room

        def track_on_title_row(overline: str) -> bool:
            return (
                not fits_one_line(overline, OVERLINE_SIZE, width - track, role="secondary")
                and fits_one_line(overline, OVERLINE_SIZE, width, role="secondary")
                and fits_one_line(title, TITLE_SIZE, width - track, role="title")
            )

        on_title_row = track_on_title_row(overline)
        if not on_title_row and not fits_one_line(
            overline, OVERLINE_SIZE, width - track, role="secondary"
        ):
            # the step's Finnish name beside its number only where its row holds it: at large
            # text it wrapped the header to three or four lines on every screen of the step
            # (fourth Arabic keyboard play-test), lines the board needed
            overline = step_overline(self.app, level, second_beside=spare_track, finnish=False)
            on_title_row = track_on_title_row(overline)
        self.track_middle = title_row_middle() if on_title_row else None
        self.track_shown = True
        # a board short of room (a task at the largest words): rather than the overline on more
        # lines beside it, no track; the overline says the step's number too (with the step's
        # Finnish name beside, it may still take two lines, but not three)
        # a title under an overline that reaches below the Menu button has the whole width
        clear = self.header_right_bottom
        if (
            spare_track
            and not on_title_row
            and not fits_one_line(overline, OVERLINE_SIZE, width - track, role="secondary")
        ):
            self.track_shown = False
            return header(
                self.ui,
                overline,
                title,
                beside=room,
                beside_title=room,
                title_clear_below=clear,
                second=second,
            )
        if on_title_row:
            return header(
                self.ui, overline, title, beside=room, beside_title=room + track, second=second
            )
        return header(
            self.ui,
            overline,
            title,
            beside=room + track,
            beside_title=room,
            title_clear_below=clear,
            second=second,
        )

    def track_room(self) -> int:
        """How far from the right margin the step track ends: clear of the Menu button."""
        from steps_game.scenes.layout import HEADER_GAP

        room = self.top_right_room()
        return room + HEADER_GAP if room else 0

    def draw_step_track(self, surface: pygame.Surface, step: int) -> None:
        from steps_game.scenes.layout import step_track, track_steps

        if not self.track_shown:
            return
        step_track(
            surface,
            self.app.session.steps_with_outcome(),
            step,
            track_steps(self.app, step),
            right_room=self.track_room(),
            center_y=self.track_middle,
        )

    # -- lifecycle (the app calls these) --------------------------------------------------
    def enter(self) -> None:
        self.rebuild()

    def pause(self) -> None:
        """Another scene covers this one: its widgets hide, its state and drawing stay."""
        self.paused = True
        self.ui.hide_elements()

    def resume(self) -> None:
        self.paused = False
        self.rebuild()

    def exit(self) -> None:
        self.ui.clear()

    def on_quit(self) -> None:
        """The game is closing: keep whatever can be kept."""

    def start_finished(self) -> None:
        """The levels and the save have just been read (App.defer_start): a scene drawn before
        from a quick look at the save draws itself again if the full read says otherwise."""

    # -- building -------------------------------------------------------------------------
    def rebuild(self) -> None:
        focused = self.ring.focused_id
        start_build()  # the text images this build measures stay until the next one
        self.ui.keep_for_reuse()
        self.ui.mirror = is_rtl()
        self.build()
        if self.menu_button:
            self.add_menu_button()
        self.ring.focused_id = focused
        self.ring.settle(self.preferred_focus)
        move, self.after_build = self.after_build, None
        if move is not None:
            move()
        self.ring.visible = self.app.keyboard_mode
        if self.paused:
            self.ui.hide_elements()
        else:
            self.app.sync_focus(self)

    def build(self) -> None:
        raise NotImplementedError

    @property
    def header_right_bottom(self) -> int:
        """How far down the Menu button and the workshop's timer at the top right reach: a
        header's row that starts lower has the whole width."""
        from steps_game.scenes.layout import HEADER_TOP, menu_button_rect

        bottom = HEADER_TOP
        if self.menu_button:
            bottom = menu_button_rect(self.ui, self.tr("pause.menu")).bottom
        workshop = self.app.workshop
        if workshop is not None and workshop.timer.on:
            from steps_game.workshop import TIMER_RECT

            bottom = max(bottom, TIMER_RECT.bottom)
        return bottom

    @property
    def header_right(self) -> int:
        """Where the header's words end: before the Menu button, when the screen has one."""
        from steps_game.scenes.layout import HEADER_GAP, MARGIN, SCREEN_W, menu_button_rect

        if not self.menu_button:
            return SCREEN_W - MARGIN
        right = menu_button_rect(self.ui, self.tr("pause.menu")).left - HEADER_GAP
        workshop = self.app.workshop
        if workshop is not None and workshop.timer.on:  # and before the timer beside it
            from steps_game.workshop import TIMER_GAP, TIMER_RECT

            right -= TIMER_RECT.width + TIMER_GAP
        return right

    def add_menu_button(self) -> None:
        """Last in the Tab order: the keyboard's way to the menu is Esc, and the screen's own
        controls come first (the first of them keeps the focus)."""
        from steps_game.scenes.layout import menu_button_rect

        label = self.tr("pause.menu")
        rect = menu_button_rect(self.ui, label)
        control = self.ui.button(MENU_ID, label, rect, self.app.open_pause, secondary=True)
        control.data["icon"] = "menu"

    # -- input ----------------------------------------------------------------------------
    def handle(self, intent: Intent) -> bool:
        """Scene-specific handling first; return True when the intent was used."""
        return False

    def default_handle(self, intent: Intent) -> bool:
        ring = self.ring
        act = intent.act
        if act is Act.FOCUS_NEXT:
            ring.step(1)
        elif act is Act.FOCUS_PREV:
            ring.step(-1)
        elif act is Act.MOVE:
            ring.move(intent.dx, intent.dy)
        elif act is Act.CONFIRM:
            focused = ring.focused
            ring.visible = True
            after, ring.free_after_turn = ring.free_after_turn, None
            done = bool(focused and focused.activate())
            if done:
                ring.turned_to_free(focused.id, after)
            return done
        elif act is Act.ACTIVATE:
            control = ring.by_element(intent.element)
            if control is not None:
                ring.focused_id = control.id
                ring.visible = False
                return control.activate()
            return False
        elif act is Act.POINTER_DOWN:
            control = ring.at(intent.pos)
            ring.visible = False
            if control is not None:
                ring.focused_id = control.id
                if control.element is None:
                    return control.activate()
            return control is not None
        elif act is Act.BACK:
            return self.on_back()
        else:
            return False
        self.app.sync_focus(self)
        if act in (Act.FOCUS_NEXT, Act.FOCUS_PREV, Act.MOVE) and ring.focused is not None:
            self.app.announce(ring.focused.label)
        return True

    def on_back(self) -> bool:
        self.app.open_pause()
        return True

    # -- time and drawing -----------------------------------------------------------------
    @property
    def animating(self) -> bool:
        return False

    @property
    def wake_ms(self) -> int | None:
        """After how long a still screen needs drawing again with no input (a caret's blink);
        None: not until something happens."""
        return None

    def update(self, dt: float) -> None:
        pass

    def draw(self, surface: pygame.Surface) -> None:
        if not self.overlay:
            surface.fill(palette.BACKGROUND)
        self.ui.draw(surface)

    def draw_overlay(self, surface: pygame.Surface) -> None:
        """Drawn after pygame_gui: things that must sit on top of widgets (a dragged card)."""
        from steps_game.ui.icons import draw_icons

        self.ui.draw_decorations(surface)
        draw_icons(surface, self.ring, mirror=self.ui.mirror, scale=self.ui.scale)
