"""Start a game window: load content, pick the first scene, run the loop."""

from __future__ import annotations

import argparse

from steps_game.app import App, AppOptions
from steps_game.content import check_folder
from steps_game.paths import bundled_levels_dir
from steps_game.session import Session


def first_scene(app: App, start_step: int | None):
    from steps_game.scenes.task_host import TaskHostScene
    from steps_game.scenes.title import TitleScene

    if start_step is None:
        return TitleScene(app)
    if app.session.progress is None:
        app.session.new(app.content.profile.fields[0].id)
    return TaskHostScene(app, start_step)


def create_app(
    levels=None,
    data_dir=None,
    language=None,
    *,
    fullscreen=False,
    window=(1280, 720),
    start_step=None,
) -> App:
    """An app with its first scene, ready to `run()` or to be stepped by a test."""
    content, problems = check_folder(levels or bundled_levels_dir())
    bundled_problems: list = []
    if content is None and levels is not None:
        bundled, bundled_problems = check_folder(bundled_levels_dir())
    else:
        bundled = content
    if bundled is None and content is None:
        raise SystemExit(
            "The game's own levels are broken:\n"
            + "\n".join(str(p) for p in problems + bundled_problems)
        )
    app = App(
        AppOptions(
            content=content or bundled,
            data_dir=data_dir,
            language=language,
            fullscreen=fullscreen,
            window_size=window,
            start_step=start_step,
        )
    )
    app.session = Session(app.content, app.storage)
    app.session.load()
    if content is None:
        from steps_game.scenes.error import ContentErrorScene

        def play_bundled() -> None:
            from steps_game.scenes.title import TitleScene

            app.reset_to(TitleScene(app))

        app.push(ContentErrorScene(app, tuple(str(p) for p in problems), play_bundled))
    else:
        app.push(first_scene(app, start_step))
    return app


def launch(args: argparse.Namespace) -> int:
    app = create_app(
        args.levels,
        args.data_dir,
        args.lang,
        fullscreen=args.fullscreen,
        window=args.window,
        start_step=args.step,
    )
    return run_guarded(app)


MAX_CRASHES = 3


def run_guarded(app: App) -> int:
    """Run the loop; an unexpected error writes a crash report and shows a plain screen with its
    path instead of a traceback. After a few crashes in a row the game gives up politely."""
    from steps_game.crash import write_crash_report
    from steps_game.scenes.crash import CrashScene

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
    print("STEPS stopped after an unexpected error; your saved progress is kept.")
    return 1
