"""Where to save the profile and plan: a few folders the player knows, each with its path.

In workshop mode the facilitator's folders instead (steps_game/save_places.py): Documents, Desktop,
any USB stick, or a folder typed in; each shown by its name or from "~", never by a home path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs
import pygame

from steps_game.export import ALL_FORMATS, FORMATS
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import overlay_panel
from steps_game.scenes.sizing import option_height
from steps_game.ui import palette
from steps_game.ui.builder import TICK_ROOM, button_width
from steps_game.ui.measure import card_height, text_height

PANEL_MOST = 700  # the panel's greatest height on the designed screen


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
    """Which files, with or without the player's own words, and into which folder."""

    overlay = True

    def __init__(
        self,
        app,
        on_chosen: Callable[[Path, tuple[str, ...], bool], None],
        *,
        has_words: bool = False,
        formats: tuple[str, ...] = FORMATS,
        with_words: bool = False,
    ) -> None:
        super().__init__(app)
        self.on_chosen = on_chosen
        # (card id, title, folder, what the card shows of it)
        self.folders: list[tuple[str, str, Path, str]]
        self.typed_note = ""  # why a typed folder cannot be used, shown on its card
        if app.workshop is not None:
            self.folders = self._workshop_folders()
        else:
            self.folders = [
                (f"folder:{key}", f"export.folder_{key}", folder, str(folder))
                for key, folder in export_folders(app.storage.folder)
            ]
        # what the player chose the last time, else pages, text and data
        self.formats = {fmt: fmt in formats for fmt in ALL_FORMATS}
        # the player's own words go into files only when they tick it (off at first)
        self.has_words = has_words and app.workshop is None
        self.with_words = with_words and self.has_words
        self.preferred_focus = self.folders[0][0] if self.folders else "folder:typed"

    @staticmethod
    def _workshop_folders() -> list[tuple[str, str, Path, str]]:
        from steps_game.save_places import workshop_places

        found = []
        for index, place in enumerate(workshop_places()):
            card_id = f"folder:usb{index}" if place.key == "usb" else f"folder:{place.key}"
            title = "save_places.usb" if place.key == "usb" else f"export.folder_{place.key}"
            found.append((card_id, title, place.path, place.shown))
        return found

    def build(self) -> None:
        tr = self.tr
        width = 1000 - 64
        heading = tr("export.heading")
        explain = tr("export.explain")
        heading_h = text_height(heading, 28, width, role="title", bold=True)
        explain_h = text_height(explain, 19, width)
        row_h = self.ui.row_height
        half = (width - 12) // 2
        # each row of format buttons as tall as its longer words (with the tick's room) need:
        # a long name at large text wraps inside its button instead of being cut
        format_rows = [
            max(
                row_h,
                *(
                    option_height(tr(f"export.format_{fmt}"), half, selected=True)
                    for fmt in ALL_FORMATS[start : start + 2]
                ),
            )
            for start in range(0, len(ALL_FORMATS), 2)
        ]
        folders = [
            (card_id, tr(title), lambda chosen=folder: self.choose(chosen), shown)
            for card_id, title, folder, shown in self.folders
        ]
        if self.app.workshop is not None:  # any folder, typed in by the facilitator
            typed = self.typed_note or tr("save_places.typed_hint")
            folders.append(("folder:typed", tr("save_places.typed"), self.ask_folder, typed))
        folders = [
            (card_id, title, action, shown, card_height(shown, width, title=title, text_size=19))
            for card_id, title, action, shown in folders
        ]
        # the panel as tall as what it holds: words, format buttons, folders and Cancel
        rest = (
            40
            + heading_h
            + 4
            + explain_h
            + 8
            + 14
            + ((row_h + 24) if self.has_words else 0)
            + sum(folder[-1] + 12 for folder in folders)
            + row_h
            + 24
        )
        if rest + sum(h + 10 for h in format_rows) > PANEL_MOST:
            # taller format buttons would push a folder off the screen: the folders matter more
            format_rows = [row_h] * len(format_rows)
        height = rest + sum(h + 10 for h in format_rows)
        panel = overlay_panel(self.ui, min(height, PANEL_MOST), 1000)
        inner = panel.inflate(-64, -40)
        self.ui.text(
            heading,
            pygame.Rect(inner.x, inner.y, inner.width, heading_h),
            size=28,
            bold=True,
            color=palette.ACCENT_DARK,
            role="title",
        )
        y = inner.y + heading_h + 4
        self.ui.text(explain, pygame.Rect(inner.x, y, inner.width, explain_h), size=19)
        y += explain_h + 8
        half = (inner.width - 12) // 2
        for index, fmt in enumerate(ALL_FORMATS):
            column, row = index % 2, index // 2
            top = y + sum(h + 10 for h in format_rows[:row])
            self.ui.button(
                f"format:{fmt}",
                tr(f"export.format_{fmt}"),
                pygame.Rect(inner.x + column * (half + 12), top, half, format_rows[row]),
                lambda f=fmt: self._toggle(f),
                selected=self.formats[fmt],
                secondary=not self.formats[fmt],
            )
        y += sum(h + 10 for h in format_rows) + 14
        if self.has_words:
            label = tr("export.words_on" if self.with_words else "export.words_off")
            # as wide as the longer of its two words, with room for the tick: it stays put
            longest = max(
                button_width(tr(key), size=self.ui.row_text_size)
                for key in ("export.words_on", "export.words_off")
            )
            words_w = min(inner.width, longest + 2 * TICK_ROOM)
            self.ui.button(
                "words",
                label,
                pygame.Rect(inner.x, y, words_w, row_h),
                self._toggle_words,
                selected=self.with_words,
                secondary=not self.with_words,
            )
            y += row_h + 24
        for card_id, title, action, shown, card_h in folders:
            self.ui.card(
                card_id,
                shown,
                pygame.Rect(inner.x, y, inner.width, card_h),
                action,
                title=title,
                text_size=19,
            )
            y += card_h + 12
        self.ui.button_row(
            [("cancel", tr("export.cancel"), self.app.pop, {"secondary": True})],
            panel.bottom - row_h - 24,
            right=panel.right - 32,
        )

    def _toggle(self, fmt: str) -> None:
        self.formats[fmt] = not self.formats[fmt]
        if not any(self.formats.values()):
            self.formats[fmt] = True  # something is always saved
        self.rebuild()

    def _toggle_words(self) -> None:
        self.with_words = not self.with_words
        self.rebuild()

    def ask_folder(self) -> None:
        """The facilitator types a folder; one that cannot be used says why on its card."""
        from steps_game.scenes.words import WordsScene

        scene = WordsScene(
            self.app,
            heading=self.tr("save_places.typed_heading"),
            hint=self.tr("save_places.typed_hint"),
            words="",
            on_save=self.use_typed,
            limit=240,
            required=True,
        )
        self.app.push(scene)

    def use_typed(self, text: str) -> None:
        from steps_game.save_places import typed_folder

        folder, problem = typed_folder(text)
        if folder is None:
            self.typed_note = self.tr(problem)
            self.rebuild()
        else:
            self.choose(folder)

    def choose(self, folder: Path) -> None:
        formats = tuple(fmt for fmt in ALL_FORMATS if self.formats[fmt])
        self.app.pop()
        self.on_chosen(folder, formats, self.with_words)
        self.app.top.rebuild()

    def on_back(self) -> bool:
        self.app.pop()
        return True
