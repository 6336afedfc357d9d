"""Where to save the profile and plan: a few folders the player knows, each with its path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs
import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import overlay_panel
from steps_game.ui import palette
from steps_game.ui.builder import BUTTON_HEIGHT


def export_folders(data_folder: Path) -> list[tuple[str, Path]]:
    """The data folder first (the default), then Documents and Desktop where they exist."""
    found = [("data", Path(data_folder))]
    for key, finder in (
        ("documents", platformdirs.user_documents_dir),
        ("desktop", platformdirs.user_desktop_dir),
    ):
        folder = Path(finder())
        if folder.is_dir() and all(folder != known for _, known in found):
            found.append((key, folder))
    return found


class ExportScene(Scene):
    overlay = True

    def __init__(self, app, on_chosen: Callable[[Path], None]) -> None:
        super().__init__(app)
        self.on_chosen = on_chosen
        self.folders = export_folders(app.storage.folder)
        self.preferred_focus = "folder:data"

    def build(self) -> None:
        tr = self.tr
        panel = overlay_panel(self.ui, 170 + len(self.folders) * 96 + 70, 900)
        inner = panel.inflate(-64, -40)
        self.ui.text(
            tr("export.heading"),
            pygame.Rect(inner.x, inner.y, inner.width, 40),
            size=28,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        self.ui.text(
            tr("export.explain"), pygame.Rect(inner.x, inner.y + 44, inner.width, 56), size=19
        )
        y = inner.y + 110
        for key, folder in self.folders:
            self.ui.card(
                f"folder:{key}",
                str(folder),
                pygame.Rect(inner.x, y, inner.width, 84),
                lambda chosen=folder: self.choose(chosen),
                title=tr(f"export.folder_{key}"),
                text_size=19,
            )
            y += 96
        self.ui.button_row(
            [("cancel", tr("export.cancel"), self.app.pop, {"secondary": True})],
            panel.bottom - BUTTON_HEIGHT - 24,
            right=panel.right - 32,
        )

    def choose(self, folder: Path) -> None:
        self.app.pop()
        self.on_chosen(folder)
        self.app.top.rebuild()

    def on_back(self) -> bool:
        self.app.pop()
        return True
