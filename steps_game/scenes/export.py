"""Where to save the profile and plan: a few folders the player knows, each with its path.

In workshop mode the facilitator's folders instead (steps_game/save_places.py): Documents, Desktop,
any USB stick, or a folder typed in; each shown by its name or from "~", never by a home path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs
import pygame

from steps_game.export import ALL_FORMATS, FORMATS
from steps_game.group_files import FORMATS as GROUP_FORMATS
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_H, SCREEN_W, overlay_panel
from steps_game.scenes.sizing import option_height
from steps_game.ui import palette
from steps_game.ui.builder import TICK_ROOM, button_width
from steps_game.ui.flow import Pager
from steps_game.ui.intents import Act, Intent
from steps_game.ui.measure import card_height, text_height
from steps_game.ui.text_writing import left_to_right


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
        # (key, folder): the key names the card ("folder:KEY") and its title
        self.folders: list[tuple[str, Path]]
        self.folder_shown: dict[str, str] = {}  # what a card shows of its folder, if not the path
        self.typed_note = ""  # why a typed folder cannot be used, shown on its card
        if app.workshop is not None:
            self.folders = self._workshop_folders()
        else:
            self.folders = export_folders(app.storage.folder)
        # a workshop saves the group's files (group_files.py): a picture, text and data, named
        # for the group; a player the profile's, the calendar too
        workshop = app.workshop is not None
        self.offered = GROUP_FORMATS if workshop else ALL_FORMATS
        self.words_of = "group.save" if workshop else "export"  # its heading and labels
        # what the player chose the last time, else pages, text and data
        self.formats = {fmt: fmt in formats for fmt in self.offered}
        # the player's own words go into files only when they tick it (off at first)
        self.has_words = has_words and app.workshop is None
        self.with_words = with_words and self.has_words
        self.preferred_focus = f"folder:{self.folders[0][0]}" if self.folders else "folder:typed"
        self.folder_pager = Pager()  # the folders, when the largest words leave no room for all

    def _workshop_folders(self) -> list[tuple[str, Path]]:
        """The facilitator's Documents, Desktop and USB sticks, each shown as the room may see
        it (never a full home path)."""
        from steps_game.save_places import workshop_places

        found = []
        for index, place in enumerate(workshop_places()):
            key = f"usb{index}" if place.key == "usb" else place.key
            self.folder_shown[key] = place.shown
            found.append((key, place.path))
        return found

    def _folder_cards(self) -> list[tuple[str, str, Callable[[], None], str]]:
        """Each folder's card: (id, title, what choosing it does, what it shows); in workshop
        mode last a card to type any folder, with why the last one typed could not be used."""
        tr = self.tr
        cards: list[tuple[str, str, Callable[[], None], str]] = [
            (
                f"folder:{key}",
                tr("save_places.usb" if key.startswith("usb") else f"export.folder_{key}"),
                lambda chosen=folder: self.choose(chosen),
                left_to_right(self.folder_shown.get(key, str(folder))),
            )
            for key, folder in self.folders
        ]
        if self.app.workshop is not None:
            typed = self.typed_note or tr("save_places.typed_hint")
            cards.append(("folder:typed", tr("save_places.typed"), self.ask_folder, typed))
        return cards

    def _layout(self, panel_w: int, cancel_beside: bool) -> dict:
        """The heights of the panel's parts `panel_w` wide, Cancel beside the heading or under
        the folders, and the panel's whole height."""
        tr = self.tr
        width = panel_w - 64
        cancel_w = button_width(tr("export.cancel"))
        heading_w = width - cancel_w - 16 if cancel_beside else width
        heading_h = text_height(
            tr(f"{self.words_of}.heading"), 28, heading_w, role="title", bold=True
        )
        if cancel_beside:
            heading_h = max(heading_h, self.ui.row_height)
        explain_h = text_height(tr(f"{self.words_of}.explain"), 19, width)
        folders = [
            card_height(shown, width, title=title, text_size=19)
            for _, title, _, shown in self._folder_cards()
        ]
        # the format buttons two a row, each row as tall as its longer words (they wrap)
        half = (width - 12) // 2
        labels = [tr(f"{self.words_of}.format_{fmt}") for fmt in self.offered]
        format_rows = [
            max(option_height(label, half, selected=True) for label in labels[i : i + 2])
            for i in range(0, len(labels), 2)
        ]
        row_h = self.ui.row_height
        height = (
            40
            + heading_h
            + 4
            + explain_h
            + 8
            + sum(h + 10 for h in format_rows)
            + 14
            + ((row_h + 24) if self.has_words else 0)
            + sum(card_h + 12 for card_h in folders)
            + (0 if cancel_beside else row_h + 24)
        )
        return {
            "panel_w": panel_w,
            "cancel_beside": cancel_beside,
            "heading_w": heading_w,
            "heading_h": heading_h,
            "explain_h": explain_h,
            "folders": folders,
            "half": half,
            "labels": labels,
            "format_rows": format_rows,
            "height": height,
        }

    def build(self) -> None:
        tr = self.tr
        # as tall as what it holds; at large text wider, then with Cancel beside the heading,
        # so that it stays on the screen
        for panel_w, beside in ((1000, False), (SCREEN_W - 20, False), (SCREEN_W - 20, True)):
            layout = self._layout(panel_w, beside)
            if layout["height"] <= SCREEN_H - 20:
                break
        heading = tr(f"{self.words_of}.heading")
        explain = tr(f"{self.words_of}.explain")
        heading_h, explain_h = layout["heading_h"], layout["explain_h"]
        half, labels, format_rows = layout["half"], layout["labels"], layout["format_rows"]
        row_h = self.ui.row_height
        panel = overlay_panel(self.ui, min(layout["height"], SCREEN_H - 20), panel_w)
        inner = panel.inflate(-64, -40)
        self.ui.text(
            heading,
            pygame.Rect(inner.x, inner.y, layout["heading_w"], heading_h),
            size=28,
            bold=True,
            color=palette.ACCENT_DARK,
            role="title",
        )
        y = inner.y + heading_h + 4
        self.ui.text(explain, pygame.Rect(inner.x, y, inner.width, explain_h), size=19)
        y += explain_h + 8
        # what is chosen, in reading order: the files (two a row), the own words, the folders;
        # each block (height, gap after it, what makes it at a y)
        blocks: list[tuple[int, int, Callable[[int], None]]] = []
        for row, row_h_ in enumerate(format_rows):

            def formats(top: int, row: int = row, height: int = row_h_) -> None:
                for index in range(2 * row, min(2 * row + 2, len(self.offered))):
                    fmt, column = self.offered[index], index % 2
                    self.ui.button(
                        f"format:{fmt}",
                        labels[index],
                        pygame.Rect(inner.x + column * (half + 12), top, half, height),
                        lambda f=fmt: self._toggle(f),
                        selected=self.formats[fmt],
                        secondary=not self.formats[fmt],
                    )

            last = row == len(format_rows) - 1
            blocks.append((row_h_, 24 if last else 10, formats))
        if self.has_words:
            blocks.append((row_h, 24, lambda top: self._words_button(inner, top)))
        for (card_id, title, action, shown), card_h in zip(
            self._folder_cards(), layout["folders"], strict=True
        ):

            def card(
                top: int,
                card_id=card_id,
                title=title,
                action=action,
                shown=shown,
                height: int = card_h,
            ) -> None:
                self.ui.card(
                    card_id,
                    shown,
                    pygame.Rect(inner.x, top, inner.width, height),
                    action,
                    title=title,
                    text_size=19,
                )

            blocks.append((card_h, 12, card))
        shown = range(len(blocks))
        if layout["height"] > SCREEN_H - 20:
            # still too tall (the largest words, several folders): the files and the folders
            # page by page, in that order, turned by the button under them (and the wheel,
            # Page Up and Page Down)
            turner_y = panel.bottom - row_h - 24
            pages = _pages([(h, gap) for h, gap, _ in blocks], turner_y - 12 - y)
            shown = pages[self.folder_pager.settle(len(pages))]
        else:
            self.folder_pager.settle(1)
        for index in shown:
            height, gap, make = blocks[index]
            make(y)
            y += height + gap
        if self.folder_pager.pages > 1:  # after the page's own buttons in the Tab order
            label = self.folder_pager.label(tr)
            rect = pygame.Rect(inner.x, panel.bottom - row_h - 24, button_width(label), row_h)
            self.folder_pager.button(self.ui, tr, rect, self.rebuild, "more-folders")
        cancel = [("cancel", tr("export.cancel"), self.app.pop, {"secondary": True})]
        cancel_y = inner.y if layout["cancel_beside"] else panel.bottom - row_h - 24
        self.ui.button_row(cancel, cancel_y, right=panel.right - 32)

    def _words_button(self, inner: pygame.Rect, top: int) -> None:
        """Whether the player's own words go into the files: as wide as the longer of its two
        words, with room for the tick, so it stays put."""
        tr = self.tr
        label = tr("export.words_on" if self.with_words else "export.words_off")
        longest = max(
            button_width(tr(key), size=self.ui.row_text_size)
            for key in ("export.words_on", "export.words_off")
        )
        words_w = min(inner.width, longest + 2 * TICK_ROOM)
        self.ui.button(
            "words",
            label,
            pygame.Rect(inner.x, top, words_w, self.ui.row_height),
            self._toggle_words,
            selected=self.with_words,
            secondary=not self.with_words,
        )

    def handle(self, intent: Intent) -> bool:
        if intent.act is Act.SCROLL and self.folder_pager.turn(1 if intent.dy > 0 else -1):
            self.rebuild()
            return True
        return False

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
            private=False,  # a folder, not the player's words: no note on where words go
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
        formats = tuple(fmt for fmt in self.offered if self.formats[fmt])
        self.app.pop()
        self.on_chosen(folder, formats, self.with_words)
        self.app.top.rebuild()

    def on_back(self) -> bool:
        self.app.pop()
        return True


def _pages(blocks: list[tuple[int, int]], room: int) -> list[range]:
    """Blocks of (height, gap after) one under the other, in pages `room` tall (a block taller
    than a page has one of its own)."""
    pages: list[range] = []
    start, used = 0, 0
    for index, (height, gap) in enumerate(blocks):
        if index > start and used + height > room:
            pages.append(range(start, index))
            start, used = index, 0
        used += height + gap
    pages.append(range(start, len(blocks)))
    return pages
