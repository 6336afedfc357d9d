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
    second: str | None = None,
) -> list[ScreenReport]:
    """Every screen's report, in a throwaway data folder (nothing of the player's is touched).
    `second`: in workshop mode, the second language shown under the first."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from steps_game.audit.tour import tour
    from steps_game.launch import create_app

    with tempfile.TemporaryDirectory(prefix="steps-audit-") as folder:
        settings = {"version": 1, "language": language, "text_size": text_size}
        Path(folder, "settings.json").write_text(json.dumps(settings), encoding="utf-8")
        app = create_app(data_dir=Path(folder), language=language, window=size, workshop=workshop)
        try:
            while not app.start_finished:
                app.step()
            if second is not None:
                from steps_game.scenes.second_language import choose_second

                choose_second(app, second)
            return [measure(app, name) for name in tour(app)]
        finally:
            app.quit()
