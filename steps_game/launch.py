"""Start a game window: load content, pick the first scene, run the loop."""

from __future__ import annotations

import argparse
import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from steps_game.app import App


@contextmanager
def collector_paused() -> Iterator[None]:
    """Start-up makes tens of thousands of objects that all live on (validators, levels, widgets)
    and next to no garbage: Python's cyclic collector ran about 90 times meanwhile, some 25 ms of
    start-up (python -m steps_game.bench), to free under a thousand objects. It runs again right
    after, and frees those then."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def first_scene(app: App, start_step: int | None):
    from steps_game.scenes.task_host import TaskHostScene
    from steps_game.scenes.title import TitleScene

    if start_step is None:
        return TitleScene(app)
    if app.session.progress is None:
        # a workshop plays with the model newcomer's field, as when its set starts
        workshop = app.workshop
        app.session.new(workshop.field() if workshop else app.content.profile.fields[0].id)
    return TaskHostScene(app, start_step)


DEFAULT_WINDOW = (1280, 720)


def create_app(
    levels=None,
    data_dir=None,
    language=None,
    *,
    fullscreen=False,
    window=DEFAULT_WINDOW,
    start_step=None,
    workshop=False,
) -> App:
    """An app with its first scene, ready to `run()` or to be stepped by a test."""
    with collector_paused():
        return _create_app(levels, data_dir, language, fullscreen, window, start_step, workshop)


def _create_app(levels, data_dir, language, fullscreen, window, start_step, workshop=False) -> App:
    # Imported here, inside the pause above: these imports are most of start-up.
    from steps_game import language_rules
    from steps_game.app import App, AppOptions

    app = App(
        AppOptions(
            content=None,
            data_dir=data_dir,
            language=language,
            fullscreen=fullscreen,
            window_size=window,
            start_step=start_step,
            workshop=workshop,
        )
    )
    if levels is None and start_step is None:
        # The common start: the title first, the bundled levels and the save right after it.
        from steps_game.scenes.title import TitleScene

        app.defer_start(lambda: read_levels_and_save(app, None))
        # the language's plural rule, ahead of the first text with a count
        app.when_idle([lambda: language_rules.warm_up(app.tr.language)])
        app.push(TitleScene(app))
        if asks_language(app):
            from steps_game.scenes.language import LanguageScene

            app.push(LanguageScene(app, first_start=True))
        return app
    problems = read_levels_and_save(app, levels)
    if problems:
        from steps_game.scenes.error import ContentErrorScene

        def play_bundled() -> None:
            from steps_game.scenes.title import TitleScene

            app.reset_to(TitleScene(app))

        app.push(ContentErrorScene(app, problems, play_bundled))
    else:
        app.push(first_scene(app, start_step))
    return app


def asks_language(app: App) -> bool:
    """A first start asks for the language before anything else: the game opened in Finnish for
    everyone, though many players are still learning it. A language given on the command line
    answers it, and so does a workshop (the facilitator gives --lang, or picks it on the
    workshop's title: nothing of a workshop is remembered, so it would ask every time)."""
    return app.options.language is None and app.storage.enabled and not app.settings.language_chosen


def read_levels_and_save(app: App, levels) -> tuple[str, ...]:
    """Read the level folder (or the bundled one), the language on screen and the saved run into
    `app`. A broken `levels` folder falls back to the bundled levels and its problems are
    returned, for the player to see; broken bundled levels stop the game with their problems."""
    from steps_game.content import check_folder, load_language
    from steps_game.paths import bundled_levels_dir
    from steps_game.session import Session

    with collector_paused():
        # Only the languages the levels are written in are read now, and the words of the
        # language on screen; others when the player switches (parsing every translation would
        # double the start-up).
        content, problems = check_folder(levels or bundled_levels_dir(), ())
        bundled_problems: list = []
        if content is None and levels is not None:
            content, bundled_problems = check_folder(bundled_levels_dir(), ())
        if content is None:
            raise SystemExit(
                "The game's own levels are broken:\n"
                + "\n".join(str(p) for p in problems + bundled_problems)
            )
        load_language(content, app.tr.language)
        app.tr.fallbacks = content.fallbacks or app.tr.fallbacks
        app.content = content
        app.session = Session(content, app.storage, workshop=app.workshop is not None)
        if app.storage.enabled:  # workshop mode reads no saved run
            app.session.load()
    # notes (a missing or outdated translation) play: the text shows in a fallback language;
    # what blocks is shown as `steps-game validate` prints it
    blocking = [p for p in problems if p.blocking]
    if not blocking:
        return ()
    from steps_game.validate_report import build_report

    # every line: the screen scrolls, so it needs no "... and N more" (validate --all's lines)
    folders = [levels or bundled_levels_dir(), bundled_levels_dir()]
    return tuple(build_report(blocking, folders, show_all=True).lines)


def launch(args: argparse.Namespace) -> int:
    app = create_app(
        args.levels,
        args.data_dir,
        args.lang,
        # A workshop goes full screen on the projector, unless the facilitator asks for a window
        # (a second screen, a rehearsal on a laptop).
        fullscreen=args.fullscreen or (args.workshop and args.window is None),
        window=args.window or DEFAULT_WINDOW,
        start_step=args.step,
        workshop=args.workshop,
    )
    if args.step is not None and not getattr(args, "watch", False):
        opened_by_keys(app)
    if getattr(args, "watch", False):
        from steps_game.level_watch import LevelWatch

        app.watch = LevelWatch(app, args.levels, args.step)
    if os.environ.get("STEPS_SCRIPT"):  # a test hook: steps_game/script.py says what it does
        from steps_game.script import install

        install(app, os.environ["STEPS_SCRIPT"])
    return run_guarded(app)


def opened_by_keys(app: App) -> None:
    """A step opened from the command line (--step, a replay) shows its focus ring and keys
    line at once, as after the title's keys: it opened with neither, and the play-tester saw
    no focus until her first key (third Arabic keyboard play-test)."""
    app.keyboard_mode = True
    if app.top is not None:
        app.top.ring.visible = True


MAX_CRASHES = 3


def run_guarded(app: App) -> int:
    """Run the loop; an unexpected error writes a crash report and shows a plain screen with its
    path instead of a traceback. After a few crashes in a row the game gives up politely."""
    from steps_game.crash import write_crash_report
    from steps_game.scenes.crash import CrashScene

    report = None
    for _ in range(MAX_CRASHES):
        try:
            app.run()
            return 0
        except Exception as exc:
            report = write_crash_report(app.storage.folder, exc) if app.storage.enabled else None
            try:
                app.running = True
                app.reset_to(CrashScene(app, report))
            except Exception:
                break
    # The window may be gone or broken now: the system's message window says it instead.
    from steps_game.fatal import tell_stopped

    tell_stopped(app.storage, report)
    return 1
