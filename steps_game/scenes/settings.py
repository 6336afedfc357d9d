"""Settings that are remembered between runs: screen, text size, contrast, reading aloud,
animations, Finnish beside another language, and deleting what the game stored."""

from __future__ import annotations

import pygame

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_H, SCREEN_W
from steps_game.scenes.sizing import (
    EDGE,
    GAP,
    PAD,
    centered_panel,
    heading_height,
    panel_heading,
    place_grid,
    plan_grid,
)
from steps_game.ui import palette
from steps_game.ui.text import text_height
from steps_game.ui.text_writing import left_to_right

TEXT_SIZES = (100, 125, 150, 175, 200)
HEADING_SIZE = 30
NOTE_SIZE = 17  # below the buttons, when no voice can read aloud
PANEL_W = 620


class SettingsScene(Scene):
    overlay = True

    def build(self) -> None:
        tr = self.tr
        settings = self.app.settings

        def on_off(key: str, value: bool) -> str:
            return tr(f"settings.{key}_on") if value else tr(f"settings.{key}_off")

        motion = not settings.reduced_motion
        size = tr("settings.text_size", percent=tr.percent(settings.text_size))
        items = [
            ("fullscreen", on_off("fullscreen", self.app.fullscreen), self.toggle_fullscreen),
            ("text-size", size, self.next_size),
            ("contrast", on_off("contrast", settings.high_contrast), self.toggle("high_contrast")),
            ("voice", on_off("voice", settings.voice), self.toggle("voice")),
            ("motion", on_off("motion", motion), self.toggle("reduced_motion")),
            ("finnish", on_off("finnish", settings.finnish_beside), self.toggle("finnish_beside")),
            ("delete-data", tr("settings.delete"), self.ask_delete),
            ("back", tr("settings.back"), self.app.pop, {"secondary": False}),
        ]
        # Sized from the words: the buttons in one column, or two when one would not fit the
        # screen (large text), each row as tall as its words wrapped; the panel around them.
        tr_heading = tr("settings.heading")
        note = tr("settings.no_voice") if self.app.voice_missing else ""
        width = SCREEN_W - 2 * EDGE - 2 * PAD
        heading_h = heading_height(tr_heading, HEADING_SIZE, width)
        note_h = text_height(note, NOTE_SIZE, width, role="secondary") + GAP if note else 0
        room = SCREEN_H - 2 * EDGE - 2 * PAD - heading_h - GAP - note_h
        grid = plan_grid(items, width, room)
        panel_w = max(PANEL_W, grid.outer_width + 2 * PAD)
        panel = centered_panel(self.ui, panel_w, 2 * PAD + heading_h + GAP + grid.height + note_h)
        inner = panel.inflate(-2 * PAD, -2 * PAD)
        panel_heading(self.ui, tr_heading, inner, heading_h, HEADING_SIZE)
        # every setting alike, Back the one way on: "Full screen: off" as the main button
        # stood out dark like a setting turned on (fourteenth Arabic play-test)
        bottom = place_grid(self.ui, items, grid, inner.y + heading_h + GAP, secondary_after=0)
        if note:
            self.ui.text(
                note,
                pygame.Rect(inner.x, bottom + GAP, inner.width, note_h - GAP),
                size=NOTE_SIZE,
                color=palette.WARN,
                center=True,
                role="secondary",
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
                folder=left_to_right(str(self.app.storage.folder)),
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
