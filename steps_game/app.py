"""The window, the clock and the one main loop; owns the scene stack and the UIManager."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from steps_game.deferred_start import DeferredStart
from steps_game.first_start import start_language
from steps_game.i18n import Translator, language
from steps_game.idle_work import IdleWork, Job, wait_for_events
from steps_game.reading_ahead import LanguagesAhead
from steps_game.saved_run import RunSummary
from steps_game.scene_stack import SceneStack
from steps_game.screen import Screen
from steps_game.self_voicing import ANNOUNCED_CHARS, SelfVoicing  # noqa: F401
from steps_game.settings import Settings, load_settings, save_settings
from steps_game.storage import Storage
from steps_game.ui import palette
from steps_game.ui.held_keys import HeldKeys
from steps_game.ui.icons import set_window_icon
from steps_game.ui.intents import Act, Intent, to_intent
from steps_game.ui.manager import GameUIManager
from steps_game.ui.text import end_frame, forget_fonts_at_quit, set_text_scale, set_writing
from steps_game.ui.viewport import LOGICAL_SIZE, Viewport
from steps_game.voice import make_speaker

if TYPE_CHECKING:  # the levels and the save are read after the first frame (see defer_start)
    from steps_game.content import GameContent
    from steps_game.session import Session

KEYBOARD_ACTS = (Act.FOCUS_NEXT, Act.FOCUS_PREV, Act.MOVE, Act.CONFIRM)
ACTIVE_FPS = 60
# Settings that change the theme (its fonts and colours), so a new UIManager; the others only
# change words, and the screens on view rebuild.
LOOK_SETTINGS = {"text_size", "high_contrast"}


@dataclass
class AppOptions:
    content: GameContent | None
    data_dir: Path | None = None
    language: str | None = None
    fullscreen: bool = False
    window_size: tuple[int, int] = LOGICAL_SIZE
    start_step: int | None = None
    content_problems: tuple[str, ...] = ()
    custom_levels: bool = False
    workshop: bool = False  # steps_game/workshop.py: nothing stored, larger text, high contrast


class App(DeferredStart, SceneStack, SelfVoicing):
    def __init__(self, options: AppOptions) -> None:
        self.options = options
        # In workshop mode nothing saved is read and nothing is written.
        self.storage = Storage(options.data_dir, enabled=not options.workshop)
        self.settings: Settings = (
            load_settings(self.storage) if self.storage.enabled else Settings()
        )
        self.tr = Translator(options.language or start_language(self.settings))
        self._apply_writing()
        self._content = options.content
        self._session: Session | None = None
        self._unfinished_start: Callable[[], None] | None = None  # see defer_start
        self._peeked_run: RunSummary | None = None
        self.idle = IdleWork()  # see when_idle
        self.ahead = LanguagesAhead()  # see read_languages_ahead

        os.environ.setdefault("SDL_VIDEO_CENTERED", "1")
        pygame.display.init()
        pygame.font.init()
        forget_fonts_at_quit()
        pygame.key.set_repeat(400, 50)
        pygame.display.set_caption("STEPS")
        set_window_icon()
        self.screen = Screen(options.fullscreen or self.settings.fullscreen, options.window_size)
        self.speaker = make_speaker(self.settings.voice)
        self.workshop = None  # a steps_game.workshop.Workshop while in workshop mode
        self.watch = None  # a steps_game.level_watch.LevelWatch while previewing (--watch)
        if options.workshop:
            from steps_game.workshop import Workshop

            self.workshop = Workshop(self)
        self.scenes: list = []
        self.manager: GameUIManager | None = None  # apply_look makes it
        self.apply_look()
        # After keyboard use every new screen shows its focus ring at once; after a mouse press
        # it stays hidden until a key is used.
        self.keyboard_mode = False
        self.held_keys = HeldKeys()  # one press of Enter acts once (ui/held_keys.py)
        self.notice = ""  # a catalog key the title says once (after deleting data, say)
        self.running = True
        self._last_frame = time.perf_counter()
        # Benchmark hooks (python -m steps_game.bench): with STEPS_BENCH_FIRST_FRAME=1 the game
        # prints the moment of its first flip and stops; with STEPS_BENCH_QUIET=1 it prints that
        # moment too, goes on until it is quiet on its title with the levels read and nothing
        # left to do, and stops there. Nothing else sets or reads these variables.
        self._bench_first_frame = os.environ.get("STEPS_BENCH_FIRST_FRAME") == "1"
        self._bench_quiet = os.environ.get("STEPS_BENCH_QUIET") == "1"
        self._bench_flipped = False

    # -- the window ----------------------------------------------------------------------
    @property
    def window(self) -> pygame.Surface:
        return self.screen.window

    @property
    def canvas(self) -> pygame.Surface:
        return self.screen.canvas

    @property
    def viewport(self) -> Viewport:
        return self.screen.viewport

    @property
    def fullscreen(self) -> bool:
        return self.screen.fullscreen

    def toggle_fullscreen(self) -> None:
        self.screen.toggle_fullscreen()
        self.settings.fullscreen = self.fullscreen
        self.save_settings()

    @property
    def text_scale(self) -> float:
        """How much larger than designed the texts are drawn: 1.5 in workshop mode, else the
        player's text size setting."""
        from steps_game.workshop import TEXT_SCALE

        return TEXT_SCALE if self.workshop is not None else self.settings.text_size / 100

    @property
    def high_contrast(self) -> bool:
        return self.workshop is not None or self.settings.high_contrast

    def apply_look(self) -> None:
        """Text size, colours and a new UI manager for them. Open scenes move to the new manager
        and rebuild, so a setting changes every screen at once."""
        set_text_scale(self.text_scale)
        palette.use(high_contrast=self.high_contrast)
        self.tr.group = self.workshop is not None  # the room's words (i18n.group_version)
        for scene in self.scenes:
            scene.ui.clear()
        if self.manager is not None:
            self.manager.drop_spare_buttons()  # a new look makes every button anew
        self.manager = GameUIManager(self.viewport, "workshop" if self.high_contrast else "default")
        for scene in self.scenes:
            scene.ui.manager = self.manager
            scene.rebuild()

    def change_setting(self, name: str, value) -> None:
        """Remember a setting and show its effect at once."""
        setattr(self.settings, name, value)
        self.save_settings()
        if name == "voice":
            self.speaker.close()
            self.speaker = make_speaker(value)
        if name in LOOK_SETTINGS:
            self.apply_look()
        else:  # the words on screen may change (Finnish beside, the note on voices), not the look
            self.rebuild_shown()
        if name == "voice" and value:
            self.announce_screen()

    # -- settings ------------------------------------------------------------------------
    def save_settings(self) -> None:
        self.settings.language = self.tr.language
        save_settings(self.storage, self.settings)

    def set_language(self, code: str) -> None:
        """Switch every text at once, in every scene on the stack, keeping their state."""
        if self._content is not None:
            from steps_game.content import finish, loading_language

            # Its words are read the first time it is chosen, or were read ahead, or the rest is.
            finish(self.ahead.take(code) or loading_language(self._content, code))
        self.tr.set_language(code)
        self._apply_writing()
        self.settings.language_chosen = True  # only the player's own choice comes here
        self.save_settings()
        self.rebuild_shown()

    def rebuild_shown(self) -> None:
        # Only what is on screen now: a covered scene draws itself again when it comes back
        # (Scene.resume), and rebuilding the title under a task was a fifth of a language switch.
        for scene in self.scenes[self._first_shown() :]:
            scene.rebuild()

    def read_languages_ahead(self) -> None:
        """Read the other languages in the pauses while the player chooses (reading_ahead)."""
        self.ahead.queue(self.content, self.tr.language, self.idle)

    def when_idle(self, jobs: Iterable[Job]) -> None:
        """Work that can wait, in jobs of a few milliseconds (steps_game.idle_work)."""
        self.idle.add(jobs)

    def run_idle_job(self) -> bool:
        """Run the next job set aside for a quiet moment; False when there is none."""
        return self.idle.run_one()

    def _apply_writing(self) -> None:
        """The language's script picks the fonts; right-to-left languages mirror the layout."""
        writing = language(self.tr.language)
        set_writing(writing.script, writing.direction == "rtl", writing.code)

    def quit(self) -> None:
        for scene in reversed(self.scenes):
            scene.on_quit()
        self.speaker.close()
        self.running = False

    def sync_focus(self, scene) -> None:
        """Keep pygame_gui's own keyboard focus empty: the focus ring is the one focus, and the
        game has no text entries that would need pygame_gui's."""
        if scene is self.top:
            self.manager.set_focus_set(None)

    # -- the loop ------------------------------------------------------------------------
    def dispatch(self, intent: Intent) -> None:
        if intent.act is Act.QUIT:
            self.quit()
            return
        if intent.act is Act.FULLSCREEN:
            self.toggle_fullscreen()
            return
        if intent.act is Act.FACILITATOR and self.workshop is not None:
            self.workshop.key(intent.key)
            return
        if intent.act in KEYBOARD_ACTS:
            self.keyboard_mode = True
        elif intent.act in (Act.POINTER_DOWN, Act.ACTIVATE):
            self.keyboard_mode = False
        scene = self.top
        if scene is None:
            return
        if not scene.handle(intent):
            scene.default_handle(intent)

    def process(self, events: list[pygame.event.Event]) -> None:
        for event in events:
            if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
                self.screen.changed()
                continue
            if event.type == pygame.WINDOWEXPOSED:  # what the window showed is gone: all again
                self.screen.exposed()
            if self.held_keys.is_repeat(event):  # before pygame_gui, which would take it too
                continue
            # Every event goes to pygame_gui first; what it uses is not given to the scene.
            if self.manager.process_events(event):
                continue
            intent = to_intent(event, self.viewport)
            if intent is not None:
                self.dispatch(intent)
            if not self.running:
                return

    def frame(self, events: list[pygame.event.Event]) -> None:
        now = time.perf_counter()
        dt = min(now - self._last_frame, 0.25)
        self._last_frame = now
        self.process(events)
        if not self.running or not self.scenes:
            return
        if self.workshop is not None:
            self.workshop.update()
        if self.watch is not None:
            self.watch.update()  # may open the step anew, or its problems
        self.top.update(dt)
        self.manager.update(dt)
        self.manager.drop_spare_buttons()  # those no screen took back this frame
        self.draw()
        if self.running and not self.start_finished:
            self.finish_start()  # the title is on screen: now the levels and the save

    def draw(self) -> None:
        self.screen.follow_window()
        canvas = self.canvas
        for index in range(self._first_shown(), len(self.scenes)):
            scene = self.scenes[index]
            if scene.overlay:
                canvas.blit(self.screen.shade(), (0, 0))
            scene.draw(canvas)
        self.manager.draw_ui(canvas)
        top = self.top
        top.draw_overlay(canvas)
        top.ring.draw(canvas)
        if self.workshop is not None:
            self.workshop.draw(canvas)  # the facilitator's timer, above everything
        self.screen.present()
        end_frame()  # the text images no frame has drawn lately may go
        if (self._bench_first_frame or self._bench_quiet) and not self._bench_flipped:
            print(f"STEPS_FIRST_FRAME {time.time():.6f}", flush=True)  # the hooks above
            self._bench_flipped = True
            self.running = not self._bench_first_frame

    def step(self) -> None:
        """One pass of the loop, without waiting: what tests and the benchmark call."""
        self.frame(pygame.event.get())

    def wake_after_ms(self) -> int | None:
        """How long the loop may sleep when no event comes: None to sleep until one does. Only a
        blinking caret and the facilitator's running timer need the screen redrawn on their
        own; a still screen is not drawn again, so it costs no CPU at all."""
        waits = [self.top.wake_ms if self.top is not None else None]
        if self.workshop is not None:
            waits.append(self.workshop.wake_ms())
        found = [wait for wait in waits if wait is not None]
        return min(found) if found else None

    def _wait_for_events(self, wake_ms: int | None) -> list[pygame.event.Event]:
        return wait_for_events(self.idle, wake_ms)

    def run(self) -> None:
        clock = pygame.time.Clock()
        while self.running:
            top = self.top
            if top is not None and top.animating:
                clock.tick(ACTIVE_FPS)
                events = pygame.event.get()
            else:
                if self._bench_quiet and self.start_finished and not self.idle.pending:
                    print(f"STEPS_QUIET {time.time():.6f}", flush=True)
                    break
                # Nothing moves: sleep until the player does something (or the caret or the
                # workshop timer needs a new frame), so a still screen costs no CPU.
                events = self._wait_for_events(self.wake_after_ms())
            self.frame(events)
        pygame.quit()
