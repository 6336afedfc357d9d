"""A few words of the player's own: a label for a person on the map, someone to add, a note for
the concrete goal or the first step. Always optional, always private.

One field, typed in any script (the system's input method, paste with Ctrl+V), with a plain line
beside it saying where the words go. Keyboard: the field has the focus first; Enter saves, Esc
leaves the field (a second Esc closes without saving), Tab reaches the buttons. Mouse: click the
field, then Save or Cancel.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from steps_game.notebook import MAX_LABEL
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_H, SCREEN_W
from steps_game.scenes.sizing import (
    EDGE,
    GAP,
    PAD,
    centered_panel,
    heading_height,
    place_row,
    row_height,
)
from steps_game.ui import palette
from steps_game.ui.focus import Control
from steps_game.ui.intents import PASTE, Act, Intent
from steps_game.ui.line_editor import LineEditor
from steps_game.ui.text import text_height
from steps_game.ui.text_field import draw_field, field_height, right_to_left

FIELD = "field"
PANEL_W = 860
HEADING_SIZE = 26
HINT_SIZE = 19
NOTE_SIZE = 17
BLINK_SECONDS = 0.5


class WordsScene(Scene):
    overlay = True

    def __init__(
        self,
        app,
        *,
        heading: str,
        hint: str,
        words: str,
        on_save: Callable[[str], None],
        limit: int = MAX_LABEL,
        required: bool = False,
        private: bool = True,
    ) -> None:
        super().__init__(app)
        # the player's own words say where they go; a folder's path only how long it may be
        self.note_key = "words.privacy" if private else "words.count"
        self.heading = heading
        self.hint = hint
        self.editor = LineEditor(words, limit=limit)
        self.had_words = bool(self.editor.text)
        self.on_save = on_save
        self.required = required  # someone added to the map needs words to be named by
        self.preferred_focus = FIELD
        self._clock = 0.0
        self.field_rect = pygame.Rect(0, 0, 0, 0)

    # -- building --------------------------------------------------------------------------
    def build(self) -> None:
        tr, ui = self.tr, self.ui
        note = tr(self.note_key, count=len(self.editor.text), most=self.editor.limit)
        buttons = [
            ("save", tr("words.save"), self._save, {"enabled": self._can_save()}),
        ]
        if self.had_words and not self.required:
            buttons.append(("remove", tr("words.remove"), self._remove, {"secondary": True}))
        buttons.append(("cancel", tr("words.cancel"), self.app.pop, {"secondary": True}))
        # As tall as its words at the text size; wider when they would not fit the screen
        for width in (PANEL_W, SCREEN_W - 2 * EDGE):
            inner_w = width - 2 * PAD
            heights = (
                heading_height(self.heading, HEADING_SIZE, inner_w),
                text_height(self.hint, HINT_SIZE, inner_w),
                field_height(),
                text_height(note, NOTE_SIZE, inner_w, role="secondary"),
                row_height(buttons, inner_w),
            )
            height = 2 * PAD + sum(heights) + GAP * (len(heights) - 1)
            if height <= SCREEN_H - 2 * EDGE:
                break
        heading_h, hint_h, _, note_h, buttons_h = heights
        panel = centered_panel(ui, width, height)
        inner = panel.inflate(-2 * PAD, -2 * PAD)
        y = inner.y
        ui.text(
            self.heading,
            pygame.Rect(inner.x, y, inner.width, heading_h),
            size=HEADING_SIZE,
            bold=True,
            color=palette.ACCENT_DARK,
            role="title",
        )
        y += heading_h + GAP
        ui.text(self.hint, pygame.Rect(inner.x, y, inner.width, hint_h), size=HINT_SIZE)
        y += hint_h + GAP
        self.field_rect = ui.place(pygame.Rect(inner.x, y, inner.width, field_height()))
        ui.ring.add(
            Control(
                FIELD,
                self._spoken(),
                pygame.Rect(self.field_rect),
                self._save,
                on_move=self._caret_move,
                draw=self._draw_field,
            )
        )
        y += field_height() + GAP
        ui.text(
            note,
            pygame.Rect(inner.x, y, inner.width, note_h),
            size=NOTE_SIZE,
            color=palette.MUTED,
            role="secondary",
        )
        place_row(ui, buttons, inner.bottom - buttons_h, inner.x, inner.right)

    def _spoken(self) -> str:
        return f"{self.heading}: {self.editor.text}" if self.editor.text else self.heading

    def _can_save(self) -> bool:
        return bool(self.editor.value) or not self.required

    # -- the lifecycle: the system's text input is on only while the field is open ----------
    def enter(self) -> None:
        super().enter()
        pygame.key.start_text_input()
        self._place_input_method()

    def exit(self) -> None:
        pygame.key.stop_text_input()
        super().exit()

    def _place_input_method(self) -> None:
        """Tell the input method where the field is, so its word list opens beside it."""
        viewport = self.app.viewport
        x, y, _, _ = viewport.target
        rect = self.field_rect
        scale = viewport.scale
        pygame.key.set_text_input_rect(
            pygame.Rect(
                round(x + rect.x * scale),
                round(y + rect.y * scale),
                round(rect.width * scale),
                round(rect.height * scale),
            )
        )

    # -- acting ----------------------------------------------------------------------------
    def _save(self) -> None:
        if not self._can_save():
            return
        words = self.editor.value
        self.app.pop()
        self.on_save(words)

    def _remove(self) -> None:
        self.app.pop()
        self.on_save("")

    def _changed(self) -> None:
        self._clock = 0.0
        self.rebuild()  # the counter, Save, and what the field says when read aloud

    def _caret_move(self, dx: int, dy: int) -> bool:
        if dy:
            return False  # up and down leave the field, as from any control
        # The arrow moves the caret the way it points on screen
        self.editor.move(-dx if right_to_left(self.editor) else dx)
        self._clock = 0.0
        return True

    @property
    def editing(self) -> bool:
        return self.ring.focused_id == FIELD

    def handle(self, intent: Intent) -> bool:
        act = intent.act
        if act is Act.POINTER_DOWN and intent.pos and self.field_rect.collidepoint(intent.pos):
            self.ring.focused_id = FIELD
            self.editor.end()
            self._changed()
            return True
        if not self.editing:
            return False
        if act is Act.TEXT:
            taken = self.editor.insert(intent.text)
            if taken:
                self.app.announce(taken)
                self._changed()
            return True
        if act is Act.COMPOSE:
            self.editor.compose(intent.text)
            self._changed()
            return True
        if act is Act.EDIT:
            self._edit(intent.key)
            return True
        if act is Act.CONFIRM:
            if intent.key == pygame.K_SPACE:
                return True  # the space itself comes as typed text
            self._save()
            return True
        if act is Act.BACK:
            # Esc leaves the field (never the pause menu from here); a second Esc closes
            self.ring.focused_id = "save" if self._can_save() else "cancel"
            self.ring.visible = True
            self.app.announce(self.ring.focused.label if self.ring.focused else "")
            return True
        return False

    def _edit(self, key: int) -> None:
        editor = self.editor
        if key == PASTE:
            pasted = pygame.scrap.get_text() if pygame.display.get_init() else ""
            taken = editor.insert(pasted or "")
            if taken:
                self.app.announce(taken)
        elif key == pygame.K_BACKSPACE:
            editor.backspace()
        elif key == pygame.K_DELETE:
            editor.delete()
        elif key == pygame.K_HOME:
            editor.home()
        elif key == pygame.K_END:
            editor.end()
        self._changed()

    def on_back(self) -> bool:
        self.app.pop()
        return True

    # -- time and drawing ------------------------------------------------------------------
    @property
    def animating(self) -> bool:
        return False  # the caret blinks on the loop's wake-up (wake_ms), not at full frame rate

    @property
    def wake_ms(self) -> int | None:
        return round(BLINK_SECONDS * 1000)

    def update(self, dt: float) -> None:
        self._clock += dt

    def _draw_field(self, surface: pygame.Surface, focused: bool) -> None:
        blink = int(self._clock / BLINK_SECONDS) % 2 == 0
        draw_field(surface, self.field_rect, self.editor, focused=focused, blink=blink)
