"""Start the game headless in the look asked for, take it on the tour, and measure each screen."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from steps_game.audit import ScreenReport, measure

PAGES_TURNED = 30  # more than any paged board has


def every_page(
    app, name: str, on_page: Callable[[ScreenReport], None] | None = None
) -> list[ScreenReport]:
    """The screen's other pages: each page turner ("More (1/3)", ids more-*) turned round
    until its board shows its first page again, each page measured. Only turners that come
    back round are turned (a task's way on to its next part is not one). `on_page` is called
    with each page's report while that page is on the screen (look_at saves it as a shot)."""
    from steps_game.audit.hands import Hands

    hands = Hands(app)
    reports: list[ScreenReport] = []
    for turner in hands.ids("more"):
        first = _shown(app)
        first_label = app.top.ring.by_id(turner).label
        for turn in range(1, PAGES_TURNED):
            if app.top.ring.by_id(turner) is None:
                break  # the board is laid out differently now (it was only on one page)
            hands.use(turner)
            if _shown(app) == first or _back_at(app, turner, first_label):
                break
            reports.append(measure(app, f"{name}, {turner} page {turn + 1}"))
            if on_page is not None:
                on_page(reports[-1])
    return reports


def look_at(
    app, name: str, reports: list[ScreenReport], *, pages: bool, shots: Path | None
) -> None:
    """Measure the screen on top into `reports`; with `pages`, each page of its paged boards
    too; with `shots`, each of them saved as a PNG as it was measured (every page, so that a
    reader sees each one, not only the first)."""

    def keep(report: ScreenReport) -> None:
        reports.append(report)
        if shots is not None:
            save_shot(app, shots, len(reports), report.name)

    keep(measure(app, name))
    if pages:
        every_page(app, name, keep)


def save_shot(app, folder: Path, number: int, name: str) -> Path:
    """The logical screen as it was last drawn, as `folder`/NNN-name.png."""
    import pygame

    folder.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60]
    path = folder / f"{number:03d}-{slug}.png"
    pygame.image.save(app.canvas, str(path))
    return path


def _back_at(app, turner: str, first_label: str) -> bool:
    """Whether the turner says the page it said first ("Next page (1/6)" again): a board is
    back at its first page even where the keys line now says another board's keys (the focus
    is on the turner), which a comparison of all the screen says would take for a new page."""
    control = app.top.ring.by_id(turner)
    return (
        control is not None
        and control.label == first_label
        and any(character.isdigit() for character in first_label)
    )


def _shown(app) -> tuple[str, ...]:
    """What the screen on top says: its texts and its controls' words."""
    texts = [item.text for item in app.top.ui.texts]
    return (*texts, *(control.label for control in app.top.ring.focusable))


def run_audit(
    language: str = "fi",
    text_size: int = 100,
    *,
    workshop: bool = False,
    size: tuple[int, int] = (1280, 720),
    finnish_beside: bool = True,
    pages: bool = False,
    second: str | None = None,
    shots: Path | None = None,
    set_id: str | None = None,
    short: bool = False,
) -> list[ScreenReport]:
    """Every screen's report, in a throwaway data folder (nothing of the player's is touched).
    `finnish_beside`: the setting "Finnish beside my language" (on by default, as in the game):
    the Finnish words under options in another language take room of their own. With `pages`,
    every page of a paged board too (every_page). `second`: in workshop mode, the second
    language shown under the first. `shots`: a folder that gets each screen as a numbered PNG,
    as it was measured (for a reader to look at every screen without a window). `set_id`: in
    workshop mode, the set whose screens are toured (the fullest when None). `short`: the run
    takes the short way (short_way.py)."""
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
            if second is not None:
                from steps_game.scenes.second_language import choose_second

                choose_second(app, second)
            reports: list[ScreenReport] = []
            for name in tour(app, set_id, short=short):
                look_at(app, name, reports, pages=pages, shots=shots)
            return reports
        finally:
            app.quit()
