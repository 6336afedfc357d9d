"""What a scene builds its screen with: buttons, entries, texts and cards, all in the focus ring.

A scene rebuilds from its model whenever words or state change (a language switch, an action),
so the builder keeps everything it made and can take it all down at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame
import pygame_gui

from steps_game.ui import palette
from steps_game.ui.cards import draw_card, draw_check
from steps_game.ui.focus import Control, FocusRing
from steps_game.ui.manager import draw_states_when_shown
from steps_game.ui.text import blit_text, clean, line_height, role_size, text_scale, text_size
from steps_game.ui.writing import lines_in

BUTTON_TEXT_SIZE = 22
BUTTON_HEIGHT = 52  # at 100 % text; see button_height()
BUTTON_PADDING = 36
TICK_ROOM = 40  # space kept free at each side of a selected button's words for its tick mark
LABEL_INSET = 16  # how much narrower than its button an unselected button's words are
TURNER_IDS = "more"  # the ids of the cards and buttons that turn a board's page ("more-cards")


def tick_size() -> int:
    """A selected button's tick: 20 px at 100 % text, growing with the text size (and workshop
    mode) as far as its room at the button's side holds it (32 px at 200 %)."""
    return min(round(20 * text_scale()), TICK_ROOM - 8)


@dataclass
class StaticText:
    text: str
    rect: pygame.Rect
    size: int
    color: tuple[int, int, int]
    bold: bool
    center: bool
    middle: bool
    role: str
    language: str | None = None  # drawn in this language's writing (a second language's line)


def button_label_size() -> int:
    """The size of every button's words at the current text size: buttons are options, and
    options side by side share one size."""
    return role_size(BUTTON_TEXT_SIZE, "option")


def button_height() -> int:
    """A button's height: one line of its words with room around them."""
    return max(BUTTON_HEIGHT, line_height(button_label_size()) + 20)


def button_width(text: str, minimum: int = 140, size: int = BUTTON_TEXT_SIZE) -> int:
    """How wide a button is for `text` (designed at `size`, drawn scaled like every text)."""
    return max(minimum, text_size(text, role_size(size, "option"))[0] + BUTTON_PADDING)


class ViewBuilder:
    def __init__(self, manager: pygame_gui.UIManager, ring: FocusRing) -> None:
        self.manager = manager
        self.ring = ring
        self.elements: list[pygame_gui.core.UIElement] = []
        # What each button of this build looks like, for a later build to find it by (see
        # keep_for_reuse).
        self._looks: dict[int, tuple] = {}
        self.texts: list[StaticText] = []
        self.panels: list[tuple[pygame.Rect, tuple[int, int, int]]] = []
        # Rows and menus of buttons are laid out for words this many times larger (workshop mode)
        self.scale = 1.0
        # Right-to-left languages mirror the layout: what stands on the left stands on the right.
        self.mirror = False

    def keep_with_next(self, top: int, bottom: int) -> None:
        """A question or heading kept with what follows it, on a board cut into pages
        (ui/sheet.py); on the screen as it is, nothing to do."""

    def unfit(self) -> None:
        """A layout that cannot show what it must: only a board laid out on a Sheet is tried
        and stacked (ui/sheet.py); on the screen itself there is nothing to do."""

    def place(self, rect: pygame.Rect) -> pygame.Rect:
        """Where a rect in the left-to-right layout goes on screen."""
        rect = pygame.Rect(rect)
        if self.mirror:
            rect.x = self._screen_width() - rect.right
        return rect

    def place_point(self, point: tuple[float, float]) -> tuple[float, float]:
        """Where a point in the left-to-right layout goes on screen (a line's end, a circle's
        center), mirrored as `place` mirrors rects; a screen point comes back the same way."""
        x, y = point
        return (self._screen_width() - x, y) if self.mirror else (x, y)

    def layout_dx(self, dx: int) -> int:
        """An arrow key's sideways step in the left-to-right layout. The player presses the arrow
        for the way things should move on screen, which a mirrored layout turns round."""
        return -dx if self.mirror else dx

    def _screen_width(self) -> int:
        return self.manager.get_root_container().get_rect().width

    @property
    def row_text_size(self) -> int:
        """The size button rows and menus are measured at, before the text size scales it."""
        return BUTTON_TEXT_SIZE

    @property
    def row_height(self) -> int:
        return button_height()

    def clear(self) -> None:
        """The screen is closing: its buttons go to the manager for the next screen to take
        back (see keep_for_reuse)."""
        self.keep_for_reuse()

    def keep_for_reuse(self) -> None:
        """Start a new build. Each button of the last one waits in the manager; a build (this
        one, or the next screen's) that makes a button exactly like it (place, words, style,
        state) takes it back instead of making it again: after an action most of a screen's
        buttons are unchanged. The app removes the ones left when the frame is drawn."""
        for element in self.elements:
            self.manager.keep_button(self._looks[id(element)], element)
        self.elements = []
        self._looks = {}
        self._start_build()

    def _start_build(self) -> None:
        self.texts = []
        self.panels = []
        self.ring.clear()

    def hide_elements(self) -> None:
        for element in self.elements:
            element.hide()

    # -- pygame_gui elements -------------------------------------------------------------
    def button(
        self,
        control_id: str,
        text: str,
        rect: pygame.Rect,
        on_activate: Callable[[], None],
        *,
        secondary: bool = False,
        selected: bool = False,
        enabled: bool = True,
        done: bool = False,
    ) -> Control:
        """`selected`: the chosen one of its row (its own look and a tick); `done`: a part
        that has its answer, in its usual look with a tick (a tab of a task's parts)."""
        object_id = "#choice_on" if selected else ("#secondary" if secondary else "#primary")
        rect = self.place(rect)
        shown = clean(text)
        # The game draws every button's words itself (draw_decorations): so they grow with the
        # text size like every other text, and joined right-to-left scripts are shaped, which
        # pygame_gui cannot do. pygame_gui draws the button's shape and states.
        looks = (rect.size, object_id, enabled)
        element = self.manager.take_button(looks, rect.topleft)
        if element is None:
            element = pygame_gui.elements.UIButton(
                relative_rect=rect,
                text="",
                manager=self.manager,
                object_id=pygame_gui.core.ObjectID(object_id=object_id),
            )
            draw_states_when_shown(element)
            if not enabled:
                element.disable()
        self.elements.append(element)
        self._looks[id(element)] = looks
        return self.ring.add(
            Control(
                control_id,
                text,
                pygame.Rect(rect),
                on_activate,
                element,
                enabled=enabled,
                data={
                    "selected": selected,
                    "done": done,
                    "own_label": shown,
                    "label_color": palette.WHITE
                    if selected or not secondary
                    else palette.ACCENT_DARK,
                },
            )
        )

    def button_row(
        self,
        items: Sequence[
            tuple[str, str, Callable[[], None]] | tuple[str, str, Callable[[], None], dict]
        ],
        y: int,
        *,
        left: int = 60,
        right: int = 1220,
        align: str = "right",
        gap: int = 16,
    ) -> list[Control]:
        """Buttons side by side, each as wide as its words; the first one is the main one. When
        they do not fit on one line between left and right (large text), they go on as many
        rows as they need, the last at `y` and the others above it, in reading order; a button
        wider than the room shares it and its words wrap (never shrink: see button_label_size).
        A screen keeps what it shows above the buttons' top (min of their rects' tops)."""
        room = right - left
        widths = [min(button_width(item[1]), room) for item in items]
        rows: list[list[int]] = [[]]
        used = 0
        for index, width in enumerate(widths):
            if rows[-1] and used + gap + width > room:
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + width
            rows[-1].append(index)
        made: list[Control | None] = [None] * len(items)
        for number, row in enumerate(rows):
            top = y - (len(rows) - 1 - number) * (self.row_height + 8)
            total = sum(widths[i] for i in row) + gap * (len(row) - 1)
            x = {"right": right - total, "left": left, "center": (left + right - total) // 2}[align]
            for index in row:
                item = items[index]
                options = item[3] if len(item) > 3 else {}
                rect = pygame.Rect(x, top, widths[index], self.row_height)
                made[index] = self.button(item[0], item[1], rect, item[2], **options)
                x += widths[index] + gap
        return [control for control in made if control is not None]

    # -- game-drawn things ---------------------------------------------------------------
    def text(
        self,
        text: str,
        rect: pygame.Rect,
        *,
        size: int = 22,
        color: tuple[int, int, int] | None = None,
        bold: bool = False,
        center: bool = False,
        middle: bool = False,
        role: str = "body",
        language: str | None = None,
    ) -> StaticText:
        """A text in `rect`; with `language`, in that language's script and direction (a
        second language's line: an Arabic one right-aligned on a left-to-right screen)."""
        color = color or palette.INK  # looked up now: the palette changes in workshop mode
        item = StaticText(text, self.place(rect), size, color, bold, center, middle, role, language)
        self.texts.append(item)
        return item

    def panel(self, rect: pygame.Rect, color: tuple[int, int, int] | None = None) -> None:
        self.panels.append((self.place(rect), color or palette.PANEL))

    def card(
        self,
        control_id: str,
        text: str,
        rect: pygame.Rect,
        on_activate: Callable[[], None] | None,
        *,
        selected: bool = False,
        badge: str = "",
        dimmed: bool = False,
        label: str | None = None,
        on_move: Callable[[int, int], bool] | None = None,
        title: str = "",
        title_width: int = 0,
        text_size: int = 20,
        note: bool = False,
        finnish: str = "",
        second: tuple[str, str] | None = None,
    ) -> Control:
        """A card (ui/cards.py); `finnish`, the Finnish word of the key term it names, goes
        after or under its words and is said after them. `second` (words, language code)
        stands under its words, smaller, in its own language's writing (workshop mode's
        second language; see draw_card). A card that turns a page (its id "more...", "Next page
        (1/2)") is tinted, its edge dashed: grey like the answers, it read as one more answer
        (twelfth facilitator run); tinted only, 1.1:1 from them at high contrast (sixteenth
        Arabic run)."""
        rect = self.place(rect)
        turner = control_id.startswith(TURNER_IDS)

        def draw(surface: pygame.Surface, _focused: bool) -> None:
            draw_card(
                surface,
                rect,
                text,
                fill=palette.ACCENT_SOFT if turner else None,
                dashed=turner,
                selected=selected,
                badge=badge,
                dimmed=dimmed,
                title=title,
                title_width=title_width,
                text_size=text_size,
                note=note,
                finnish=finnish,
                second=second,
            )

        spoken = label or " ".join(
            part for part in (title, text, finnish, f"({badge})" if badge else "") if part
        )
        return self.ring.add(
            Control(
                control_id,
                spoken,
                rect,
                on_activate,
                draw=draw,
                on_move=on_move,
                enabled=on_activate is not None,
                data={"selected": selected, "text": text, "finnish": finnish},
            )
        )

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_panels(surface)
        self.draw_texts(surface)
        self.draw_controls(surface)

    def draw_panels(self, surface: pygame.Surface) -> None:
        for rect, color in self.panels:
            pygame.draw.rect(surface, color, rect, border_radius=12)
            if palette.PANEL_OUTLINE:  # the high-contrast look outlines every panel
                pygame.draw.rect(
                    surface, palette.BORDER, rect, width=palette.PANEL_OUTLINE, border_radius=12
                )

    def draw_texts(self, surface: pygame.Surface) -> None:
        for item in self.texts:
            with lines_in(item.language):
                blit_text(
                    surface,
                    item.text,
                    item.rect,
                    item.size,
                    item.color,
                    role=item.role,
                    bold=item.bold,
                    center=item.center,
                    middle=item.middle,
                )

    def draw_decorations(self, surface: pygame.Surface) -> None:
        """Above pygame_gui: a tick on selected buttons, so selection is not shown by colour alone
        (the font has no tick glyph to put in the label)."""
        for control in self.ring.controls:
            if control.element is None or not control.element.visible:
                continue
            if control.data.get("own_label"):
                color = control.data["label_color"] if control.enabled else palette.MUTED
                ticked = control.data.get("selected") or control.data.get("done")
                room = control.rect.inflate(-(TICK_ROOM * 2 if ticked else LABEL_INSET), -6)
                blit_text(
                    surface,
                    control.data["own_label"],
                    room,
                    BUTTON_TEXT_SIZE,
                    color,
                    role="option",
                    center=True,
                    middle=True,
                )
            if control.data.get("selected") or control.data.get("done"):
                size = tick_size()
                inset = TICK_ROOM // 2 + 6 - (size - 20) // 2  # (a larger tick, within the room)
                x = (control.rect.right - inset) if self.mirror else (control.rect.left + inset)
                # in the words' colour: white on a filled button, dark on an outlined one
                color = control.data.get("label_color", palette.WHITE)
                draw_check(surface, (x, control.rect.centery), size, color)

    def draw_controls(self, surface: pygame.Surface) -> None:
        for control in self.ring.controls:
            if control.draw is not None:
                control.draw(surface, control.id == self.ring.focused_id)
