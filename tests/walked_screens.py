"""The layout audit's walk through every screen of the game (every step played, every page of
its paged boards turned), with the words drawn on each and its controls' words, for the tests
that read what a player or a room sees. A walk takes several seconds; one walk of a language and
mode serves every test that reads it on the same worker (`shared_walk` marks them)."""

from __future__ import annotations

import functools
import json
import os
import tempfile
from pathlib import Path

import pytest

Visit = tuple[str, tuple[str, ...], tuple[str, ...]]  # (screen, words drawn, controls' words)


def shared_walk(code: str, workshop: bool) -> pytest.MarkDecorator:
    """The mark of the tests that read the walk of `code` in this mode: one worker walks it."""
    return pytest.mark.xdist_group(f"walk-{code}-{'workshop' if workshop else 'solo'}")


@functools.cache
def walked_screens(code: str, workshop: bool) -> tuple[Visit, ...]:
    """Each screen and page the audit's tour shows in language `code`, in order."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    from steps_game.audit.run import every_page
    from steps_game.audit.tour import tour
    from steps_game.launch import create_app
    from steps_game.ui import text as text_module

    visits: list[Visit] = []
    with tempfile.TemporaryDirectory(prefix="steps-walk-") as folder:
        settings = {"version": 1, "language": code}
        Path(folder, "settings.json").write_text(json.dumps(settings), encoding="utf-8")
        app = create_app(data_dir=Path(folder), language=code, workshop=workshop)
        app.screen.present = lambda: None
        try:
            while not app.start_finished:
                app.step()

            def keep(name: str) -> None:
                with text_module.recording() as drawn:
                    app.draw()
                labels = tuple(control.label for control in app.top.ring.focusable)
                visits.append((name, tuple(item.words for item in drawn), labels))

            for name in tour(app):
                keep(name)
                every_page(app, name, lambda report: keep(report.name))
        finally:
            app.quit()
    return tuple(visits)
