"""Settings that are remembered between runs: screen, text size, contrast, reading aloud,
animations, Finnish beside another language, and deleting what the game stored."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import menu, menu_width, overlay_panel
from steps_game.ui import palette

TEXT_SIZES = (100, 125, 150, 175, 200)
HEADING_ROOM = 80  # from the panel's top to its first button
NOTE_ROOM = 48  # below the buttons, when no voice can read aloud


class SettingsScene(Scene):
    overlay = True

    def build(self) -> None:
        tr = self.tr
        settings = self.app.settings

        def on_off(key: str, value: bool) -> str:
            return tr(f"settings.{key}_on") if value else tr(f"settings.{key}_off")

        motion = not settings.reduced_motion
        items = [
            ("fullscreen", on_off("fullscreen", self.app.fullscreen), self.toggle_fullscreen),
            ("text-size", tr("settings.text_size", percent=settings.text_size), self.next_size),
            ("contrast", on_off("contrast", settings.high_contrast), self.toggle("high_contrast")),
            ("voice", on_off("voice", settings.voice), self.toggle("voice")),
            ("motion", on_off("motion", motion), self.toggle("reduced_motion")),
            ("finnish", on_off("finnish", settings.finnish_beside), self.toggle("finnish_beside")),
            ("delete-data", tr("settings.delete"), self.ask_delete),
            ("back", tr("settings.back"), self.app.pop),
        ]
        # The panel grows with its buttons: at 200 % text they are wider and taller, and the
        # rows close up a little so that all eight and the note below stay on the screen.
        gap = 10 if self.ui.scale <= 1 else 6
        note = tr("settings.no_voice") if self.app.voice_missing else ""
        height = HEADING_ROOM + len(items) * (self.ui.row_height + gap) + (NOTE_ROOM if note else 0)
        panel = overlay_panel(self.ui, height + 10, max(620, menu_width(self.ui, items) + 80))
        self.ui.text(
            tr("settings.heading"),
            pygame.Rect(panel.x, panel.y + 20, panel.width, 44),
            size=30,
            bold=True,
            center=True,
            color=palette.ACCENT_DARK,
        )
        bottom = menu(self.ui, items, panel.y + HEADING_ROOM, gap=gap)
        if note:
            self.ui.text(
                note,
                pygame.Rect(panel.x + 30, bottom, panel.width - 60, NOTE_ROOM - 4),
                size=17,
                color=palette.WARN,
                center=True,
            )

    def toggle_fullscreen(self) -> None:
        self.app.toggle_fullscreen()
        self.rebuild()

    def toggle(self, name: str):
        return lambda: self.app.change_setting(name, not getattr(self.app.settings, name))

    def next_size(self) -> None:
        current = self.app.settings.text_size
        later = [size for size in TEXT_SIZES if size > current]
        self.app.change_setting("text_size", later[0] if later else TEXT_SIZES[0])

    def ask_delete(self) -> None:
        from steps_game.scenes.confirm import ConfirmScene

        self.app.push(
            ConfirmScene(
                self.app,
                "settings.delete_confirm",
                "settings.delete_yes",
                self.delete_data,
                folder=str(self.app.storage.folder),
            )
        )

    def delete_data(self) -> None:
        """Everything the game stored goes; the game starts afresh at the title."""
        from steps_game.scenes.title import TitleScene

        self.app.storage.delete_all()
        self.app.session.progress = None
        self.app.notice = "settings.deleted"
        self.app.reset_to(TitleScene(self.app))

    def on_back(self) -> bool:
        self.app.pop()
        return True
