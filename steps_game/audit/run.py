"""Start the game headless in the look asked for, take it on the tour, and measure each screen."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from steps_game.audit import ScreenReport, measure


def run_audit(
    language: str = "fi",
    text_size: int = 100,
    *,
    workshop: bool = False,
    size: tuple[int, int] = (1280, 720),
    finnish_beside: bool = True,
) -> list[ScreenReport]:
    """Every screen's report, in a throwaway data folder (nothing of the player's is touched).
    `finnish_beside`: the setting "Finnish beside my language" (on by default, as in the game):
    the Finnish words under options in another language take room of their own."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from steps_game.audit.tour import tour
    from steps_game.launch import create_app

    with tempfile.TemporaryDirectory(prefix="steps-audit-") as folder:
        settings = {
            "version": 1,
            "language": language,
            "text_size": text_size,
            "finnish_beside": finnish_beside,
        }
        Path(folder, "settings.json").write_text(json.dumps(settings), encoding="utf-8")
        app = create_app(data_dir=Path(folder), language=language, window=size, workshop=workshop)
        # The audit measures what is drawn on the logical screen; scaling it into a window no
        # one sees (half of each frame's work at 1920x1080) would tell it nothing.
        app.screen.present = lambda: None
        try:
            while not app.start_finished:
                app.step()
            return [measure(app, name) for name in tour(app)]
        finally:
            app.quit()
