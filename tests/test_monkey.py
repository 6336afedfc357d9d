"""A monkey: tens of thousands of random events into every screen, with a fixed seed; the game
never raises.

Keys (Tab, Shift+Tab, Enter, Space, Esc, arrows, F-keys, letters, digits, editing keys, with
random modifiers), mouse presses (mostly on controls, some anywhere, any button), drags, motion,
wheel, text input (emoji, right-to-left scripts, combining marks, control characters and a
10,000-character paste), resizes, minimising, focus loss and full screen. Events are posted in
batches, one frame per batch, as a busy player's input would arrive; each batch starts on the
screen under test, and the monkey may wander from there (it often does: Esc, Quit, Back).
"""

from __future__ import annotations

import os
import random
import time
from collections import Counter
from pathlib import Path

import platformdirs
import pygame

from steps_game import app as app_module
from steps_game.outcome import Outcome, Reason
from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.field import FieldScene
from steps_game.scenes.intro import IntroScene
from steps_game.scenes.language import LanguageScene
from steps_game.scenes.pause import PauseScene
from steps_game.scenes.plan import PlanScene
from steps_game.scenes.profile import ProfileScene
from steps_game.scenes.settings import SettingsScene
from steps_game.scenes.task_host import TaskHostScene
from steps_game.scenes.title import TitleScene
from steps_game.scenes.way import WayScene
from steps_game.scenes.words import WordsScene
from steps_game.ui.intents import Act
from steps_game.ui.line_editor import allowed_char

# A longer hunt, as in `STEPS_MONKEY=7:200 pytest tests/test_monkey.py` (seed 7, 200 batches per
# screen), plays the same way with other events.
SEED, BATCHES_PER_SCREEN = (
    (int(part) for part in os.environ["STEPS_MONKEY"].split(":"))
    if os.environ.get("STEPS_MONKEY")
    else (5150, 16)
)
BATCH = 80  # events per frame

PASTE = ("Verkostoidu! 😀 مرحبا שלום 你好 e\u0301\u200d\u202e" * 250)[:10_000]
TEXTS = [
    "a",
    "ä",
    "😀",
    "👩🏽‍💻",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202eevil\u202c",
    "e\u0301\u0301\u0301",
    "\x00",
    "\x07\x08\x1b",
    "\r\n\t",
    "\ud7ff\ufffd\uffff",
    "zalgo\u0336\u0337\u0338" * 20,
    PASTE,
]
KEYS = (
    [pygame.K_TAB] * 12
    + [pygame.K_RETURN] * 4
    + [pygame.K_SPACE, pygame.K_KP_ENTER] * 2
    + [pygame.K_ESCAPE] * 2
    + [pygame.K_LEFT, pygame.K_RIGHT, pygame.K_UP, pygame.K_DOWN] * 4
    + [getattr(pygame, f"K_F{n}") for n in range(1, 13) if n != 11]
    + [pygame.K_a, pygame.K_z, pygame.K_q, pygame.K_v, pygame.K_c, pygame.K_0, pygame.K_9]
    + [pygame.K_BACKSPACE, pygame.K_DELETE, pygame.K_HOME, pygame.K_END, pygame.K_PAGEUP]
    + [pygame.K_LSHIFT, pygame.K_LCTRL, pygame.K_LALT, pygame.K_MENU, pygame.K_UNKNOWN]
)
MODS = [0] * 8 + [pygame.KMOD_SHIFT, pygame.KMOD_CTRL, pygame.KMOD_ALT, pygame.KMOD_GUI]
SIZES = [(1280, 720), (800, 600), (1920, 1080), (333, 777), (2000, 240), (64, 48)]


def fake_outcome(level) -> Outcome:
    reasons = (Reason(level.tip, 10, True), Reason(level.intro, 0, False))
    return Outcome(level.step, level.id, level.dimension, 10 * level.step, reasons, {})


def ensure_run(app, finished: bool = False) -> None:
    session = app.session
    if session.progress is None:
        session.new("it")
    if finished:
        for level in app.content.levels:
            if session.progress.outcome(level.step) is None:
                session.record(fake_outcome(level))


def screens(app):
    """Each screen under test, made ready the way a player would find it."""
    content = app.content

    def title():
        app.reset_to(TitleScene(app))

    def over_title(scene_class):
        def make():
            title()
            app.push(scene_class(app))

        return make

    def intro():
        ensure_run(app)
        app.reset_to(IntroScene(app, 1))

    def task(step):
        def make():
            ensure_run(app)
            app.reset_to(TaskHostScene(app, step))

        return make

    def feedback():
        ensure_run(app)
        app.reset_to(FeedbackScene(app, 2, fake_outcome(content.level(2))))

    def profile():
        ensure_run(app, finished=True)
        app.reset_to(ProfileScene(app))

    def plan():
        profile()
        app.push(PlanScene(app))

    def pause():
        task(4)()
        app.push(PauseScene(app))

    def add_someone():
        """The map's field for someone of the player's own: typing, pasting, the input method."""
        task(3)()
        app.top.view._ask_new_person()

    def goal_words():
        task(2)()
        model = app.top.model
        app.push(
            WordsScene(
                app,
                heading="goal",
                hint="a few words",
                words="",
                limit=60,
                on_save=lambda words: app.top.act(lambda: model.set_words(words)),
            )
        )

    def people():
        plan()
        app.top.choose_people()

    yield "title", title
    yield "field", over_title(FieldScene)
    yield "way", over_title(lambda app: WayScene(app, "it"))
    yield "intro", intro
    for level in content.levels:
        yield f"task {level.step} ({level.task.kind})", task(level.step)
    yield "feedback", feedback
    yield "profile", profile
    yield "plan", plan
    yield "pause", pause
    yield "add someone", add_someone
    yield "own words for the goal", goal_words
    yield "people first", people
    yield "language", over_title(LanguageScene)
    yield "settings", over_title(SettingsScene)


class Monkey:
    def __init__(self, app, rng: random.Random) -> None:
        self.app = app
        self.rng = rng
        self.kinds: Counter[str] = Counter()
        self.held = False

    def screen_pos(self, logical: tuple[float, float]) -> tuple[int, int]:
        x, y, _, _ = self.app.viewport.target
        scale = self.app.viewport.scale
        return round(x + logical[0] * scale), round(y + logical[1] * scale)

    def somewhere(self) -> tuple[int, int]:
        rng = self.rng
        controls = self.app.top.ring.focusable if self.app.top else []
        if controls and rng.random() < 0.4:  # often where there is something to press
            rect = rng.choice(controls).rect
            return self.screen_pos((rng.uniform(rect.left, rect.right), rect.centery))
        width, height = self.app.window.get_size()
        return rng.randint(-20, width + 20), rng.randint(-20, height + 20)

    def events(self, count: int) -> list[pygame.event.Event]:
        rng = self.rng
        made: list[pygame.event.Event] = []
        while len(made) < count:
            roll = rng.random()
            if roll < 0.34:
                key = rng.choice(KEYS)
                mod = rng.choice(MODS)
                char = chr(rng.randint(32, 0x2FFF)) if rng.random() < 0.3 else ""
                for kind in (pygame.KEYDOWN, pygame.KEYUP):
                    made.append(
                        pygame.event.Event(kind, key=key, mod=mod, unicode=char, scancode=0)
                    )
                self.kinds["key"] += 1
            elif roll < 0.52:
                pos = self.somewhere()
                button = rng.choice((1, 1, 1, 1, 2, 3, 4, 5))
                for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
                    made.append(pygame.event.Event(kind, pos=pos, button=button, touch=False))
                self.kinds["click"] += 1
            elif roll < 0.60:
                start, end = self.somewhere(), self.somewhere()
                made.append(
                    pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1, touch=False)
                )
                for step in range(1, 5):
                    pos = tuple(
                        round(a + (b - a) * step / 4) for a, b in zip(start, end, strict=True)
                    )
                    made.append(self.motion(pos, (1, 0, 0)))
                if rng.random() < 0.85:  # now and then the button is never let go
                    made.append(
                        pygame.event.Event(pygame.MOUSEBUTTONUP, pos=end, button=1, touch=False)
                    )
                self.kinds["drag"] += 1
            elif roll < 0.76:
                made.append(self.motion(self.somewhere(), (0, 0, 0)))
                self.kinds["motion"] += 1
            elif roll < 0.78:
                made.append(
                    pygame.event.Event(
                        pygame.MOUSEWHEEL,
                        x=0,
                        y=rng.choice((-3, -1, 1, 3)),
                        flipped=False,
                        precise_x=0.0,
                        precise_y=1.0,
                        touch=False,
                        which=0,
                    )
                )
                self.kinds["wheel"] += 1
            elif roll < 0.94:
                text = rng.choice(TEXTS)
                made.append(pygame.event.Event(pygame.TEXTINPUT, text=text))
                if rng.random() < 0.2:
                    made.append(
                        pygame.event.Event(pygame.TEXTEDITING, text=text[:32], start=0, length=1)
                    )
                self.kinds["paste" if text is PASTE else "text"] += 1
            elif roll < 0.985:
                kind = rng.choice(
                    (
                        pygame.WINDOWFOCUSLOST,
                        pygame.WINDOWFOCUSGAINED,
                        pygame.WINDOWMINIMIZED,
                        pygame.WINDOWRESTORED,
                        pygame.WINDOWLEAVE,
                        pygame.WINDOWENTER,
                        pygame.ACTIVEEVENT,
                    )
                )
                made.append(pygame.event.Event(kind, gain=0, state=0))
                self.kinds["window"] += 1
            elif roll < 0.995:
                size = rng.choice(SIZES)
                pygame.display.set_mode(size, pygame.RESIZABLE)
                made.append(pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1]))
                made.append(pygame.event.Event(pygame.WINDOWSIZECHANGED, x=size[0], y=size[1]))
                self.kinds["resize"] += 1
            else:
                made += [
                    pygame.event.Event(kind, key=pygame.K_F11, mod=0, unicode="", scancode=0)
                    for kind in (pygame.KEYDOWN, pygame.KEYUP)
                ]
                self.kinds["full screen"] += 1
        return made

    def motion(self, pos, buttons) -> pygame.event.Event:
        return pygame.event.Event(
            pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=buttons, touch=False
        )


class QuietSpeaker:
    """Reading aloud without a sound: the monkey turns it on, and a test must not speak."""

    available = True

    def __init__(self, said: list[str]) -> None:
        self.said = said

    def has_voice(self, language: str) -> bool:
        return True

    def say(self, text: str, language: str) -> None:
        self.said.append(text)

    def close(self) -> None:
        pass


def test_the_game_survives_a_monkey_on_every_screen(make_driver, tmp_path, monkeypatch):
    for name in ("documents", "desktop"):  # exports stay inside the test's folder
        folder = tmp_path / name
        folder.mkdir()
        monkeypatch.setattr(platformdirs, f"user_{name}_dir", lambda f=folder: str(f))
    spoken: list[str] = []
    monkeypatch.setattr(app_module, "make_speaker", lambda enabled: QuietSpeaker(spoken))
    driver = make_driver(language="en", data_dir=tmp_path / "data")
    app = driver.app
    intents: Counter[Act] = Counter()
    real_dispatch = app.dispatch

    def counting(intent):
        intents[intent.act] += 1
        real_dispatch(intent)

    app.dispatch = counting
    rng = random.Random(SEED)
    monkey = Monkey(app, rng)
    posted = 0
    visited: Counter[str] = Counter()
    longest = 0  # the most characters a field held
    began = time.perf_counter()
    cpu = time.process_time()
    for _name, make in screens(app):
        for batch in range(BATCHES_PER_SCREEN):
            if batch % 2 == 0 or not app.scenes:
                app.running = True
                make()
            events = monkey.events(BATCH)
            for event in events:
                pygame.event.post(event)
            posted += len(events)
            app.step()
            visited[type(app.top).__name__ if app.top else "nothing"] += 1
            if isinstance(app.top, WordsScene):
                # whatever came in, a field holds a short line of printable characters
                editor = app.top.editor
                assert len(editor.text) <= editor.limit
                assert all(allowed_char(char) and char not in "\r\n\t" for char in editor.text)
                longest = max(longest, len(editor.text))
            app.running = True  # Quit was pressed: the monkey starts it again
    seconds = time.perf_counter() - began
    print(
        f"\nmonkey: {posted} random events in {seconds:.1f} s "
        f"({time.process_time() - cpu:.1f} s of processor time) over {len(list(screens(app)))} "
        f"screens, no exception; {dict(monkey.kinds)}; intents {len(intents)} kinds; "
        f"screens reached {len(visited)}; {len(spoken)} texts read aloud (to no speaker)"
    )
    assert posted >= 20_000 or os.environ.get("STEPS_MONKEY")
    assert intents[Act.TEXT] > 0 and longest > 0  # typed text reached the fields
    notebook = app.session.notebook  # and what was saved of it is as the notebook keeps words
    for page in notebook.to_dict().values():
        assert "\x00" not in str(page) and "\u202e" not in str(page)
    assert len(visited) >= 12
    assert Path(tmp_path / "data").exists()
