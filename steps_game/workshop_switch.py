"""Switching one window between normal play and workshop mode (the title's buttons), so that
neither mode's saves, settings or look leak into the other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steps_game.workshop import Workshop, forget_drawn_texts

if TYPE_CHECKING:
    from steps_game.app import App


def enter(app: App) -> None:
    """From the normal title: the same window becomes a workshop. Nothing saved is read, nothing
    is written from now on."""
    from steps_game.settings import Settings
    from steps_game.storage import Storage

    while app.scenes:
        app.scenes.pop().exit()
    app.storage = Storage(app.options.data_dir, enabled=False)
    app.settings = Settings(language=app.tr.language, fullscreen=app.fullscreen)
    app.workshop = Workshop(app)
    app.workshop.reset()
    if not app.fullscreen:
        app.toggle_fullscreen()


def leave(app: App) -> None:
    """Back to normal play: the player's own saves and settings again, the normal look."""
    from steps_game.scenes.title import TitleScene
    from steps_game.session import Session
    from steps_game.settings import load_settings
    from steps_game.storage import Storage

    while app.scenes:
        app.scenes.pop().exit()
    app.workshop = None
    app.tr.set_second(None)  # only a workshop shows a second language
    forget_drawn_texts()
    app.storage = Storage(app.options.data_dir)
    app.settings = load_settings(app.storage)
    app.session = Session(app.content, app.storage)
    app.session.load()
    app.apply_look()
    if app.fullscreen != app.settings.fullscreen:
        app.toggle_fullscreen()
    app.push(TitleScene(app))
