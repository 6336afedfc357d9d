"""The thin view side of a mini-task: turns input into model actions and draws the model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

import pygame

from steps_game.finnish_beside import finnish_word, shown_in
from steps_game.notebook import MAX_NOTE
from steps_game.tasks.base import TaskModel
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.flow import Pager
from steps_game.ui.grid import Grid, card_grid
from steps_game.ui.intents import Intent
from steps_game.ui.text import line_height, render, role_size, text_height

if TYPE_CHECKING:
    from steps_game.scenes.task_host import TaskHostScene

ModelT = TypeVar("ModelT", bound=TaskModel)
INSTRUCTION_SIZE = 21
KEYS_SIZE = 16
INSTRUCTION_LINES = 4  # a longer instruction shrinks toward its floor


def instruction_height(instruction: str, keys: str, width: int, *, capped: bool = True) -> int:
    """How tall the instruction (four lines at most before it shrinks toward its floor, unless
    not `capped`) and, while the keyboard is in use, the keys under it are in a box `width`
    wide."""
    size = role_size(INSTRUCTION_SIZE, "body")
    height = render(instruction, size, palette.INK, width=width).get_height() if instruction else 0
    if capped:
        height = min(height, INSTRUCTION_LINES * line_height(size))
    return height + (text_height(keys, KEYS_SIZE, width, role="hint") if keys else 0)


def build_instruction(ui: ViewBuilder, instruction: str, keys: str, box: pygame.Rect) -> int:
    """The instruction from the top of `box` and the keys (a hint: a short line) under it;
    returns their height. A `box` of no height: the instruction at most four lines tall."""
    height = instruction_height(instruction, "", box.width, capped=box.height == 0)
    if instruction:
        ui.text(
            instruction,
            pygame.Rect(box.x, box.y, box.width, height),
            size=INSTRUCTION_SIZE,
            color=palette.INK,
        )
    if keys:
        keys_h = text_height(keys, KEYS_SIZE, box.width, role="hint")
        ui.text(
            keys,
            pygame.Rect(box.x, box.y + height, box.width, keys_h),
            size=KEYS_SIZE,
            color=palette.ACCENT_DARK,
            role="hint",
        )
        height += keys_h
    return height


@dataclass
class CardPages:
    """A grid of cards shown page by page (TaskView.card_pages): the grid, the cards on this
    page, and where the page turner goes on the board, if it is not in the footer."""

    grid: Grid
    shown: range
    more_card: pygame.Rect | None = None  # in the grid's last place
    more_button: pygame.Rect | None = None  # a button under the grid

    def place_more(self, ui: ViewBuilder, tr, pager: Pager, rebuild, size: int, control_id: str):
        if self.more_card is not None:
            pager.more_card(ui, tr, self.more_card, rebuild, size, control_id)
        elif self.more_button is not None:
            pager.button(ui, tr, self.more_button, rebuild, control_id)


class TaskView(Generic[ModelT]):
    """Builds a task's widgets inside the area the host gives it.

    The host draws the header (step, title, instruction) and the footer (undo, start over, done);
    the view fills `area` with the task itself. Every change goes through `self.act`, which lets
    the host keep an undo history and rebuild the screen from the model.
    """

    def __init__(self, host: TaskHostScene, model: ModelT) -> None:
        self.host = host
        self.model = model

    @property
    def tr(self):
        return self.host.tr

    def act(self, change: Callable[[], None]) -> None:
        self.host.act(change)

    # -- workshop mode: the room's show of hands (scenes/tally.py) ---------------------------
    def choice_point(self):
        """The room's choice on the board now (tally.py's ChoicePoint), or None (the model's)."""
        describe = getattr(self.model, "choice_point", None)
        return describe() if describe is not None else None

    def play_choice(self, option: int) -> None:
        """Play the room's option at the choice point, as a click on it would (undo included)."""
        self.act(lambda: self.model.play_choice(option))

    def numbered(self, index: int, words: str) -> str:
        """In workshop mode, an option's words after its number in the room's count ("2. ..."),
        so that "hands up for 2" finds it on the board as on the count; else the words alone.
        `index`: its place among the choice point's options, from 0."""
        if self.host.app.workshop is None:
            return words
        return self.tr("tally.numbered", number=index + 1, option=words)

    def finnish(self, term: str | None) -> str:
        """The Finnish word to show under an option that names the glossary term `term`, or ""
        (the setting "Finnish beside my language" is off, or the game is in Finnish)."""
        app = self.host.app
        glossary = app.content.glossary
        return finnish_word(term, glossary, self.tr.language, shown=shown_in(app))

    @property
    def own_words(self) -> bool:
        """Whether the player may type words of their own: never in a workshop's room."""
        return self.host.app.workshop is None

    @property
    def newcomer_name(self) -> str | None:
        """In workshop mode, the name of the model newcomer the room plays for (her map's
        middle, where a player's own map says "Me"); None otherwise."""
        app = self.host.app
        newcomer = app.content.profile.newcomer
        if app.workshop is None or newcomer is None:
            return None
        return self.tr.pick(newcomer.name)

    def own_words_part(
        self,
        ui: ViewBuilder,
        *,
        shown: str,
        line: pygame.Rect,
        label: str,
        button_at: tuple[int, int],
        on_press: Callable[[], None],
    ) -> None:
        """The player's own words, if any (`shown`, in `line`), and the button to write them."""
        if shown:
            ui.text(shown, line, size=19, color=palette.ACCENT_DARK, middle=True)
        x, y = button_at
        rect = pygame.Rect(x, y, button_width(label), button_height())
        ui.button("words", label, rect, on_press, secondary=True)

    def ask_words(
        self,
        heading: str,
        hint: str,
        words: str,
        on_save: Callable[[str], None],
        *,
        limit: int = MAX_NOTE,
        required: bool = False,
    ) -> None:
        """Open the field for a few words of the player's own (scenes/words.py); `on_save` gets
        them, cleaned, when the player saves."""
        from steps_game.scenes.words import WordsScene

        app = self.host.app
        app.push(
            WordsScene(
                app,
                heading=heading,
                hint=hint,
                words=words,
                limit=limit,
                required=required,
                on_save=on_save,
            )
        )

    def card_pages(
        self,
        pager: Pager,
        tallest: Callable[[int], int],
        count: int,
        box: pygame.Rect,
        most_columns: int,
        gap: int,
        row_gap: int,
        *,
        least_height: int = 0,
        control_id: str = "more",
        ids: Sequence[str] = (),
    ) -> CardPages:
        """`count` cards in `box`, as many a page as fit (ui/grid.py), and the page on show.
        The page turner goes in the footer when it fits there (every place of the grid is then
        a card's), else in the grid's last place, else (one card a page) under the grid.
        `ids`, the cards' control ids: when the pages change (the keys' line came, the text
        size changed), the page with the focused card is shown, so the focus stays on it."""
        kind, grid, _ = self._card_plan(
            pager, tallest, count, box, most_columns, gap, row_gap, least_height
        )
        before = pager.pages
        focused = self.host.ring.focused_id

        def settle(slices: list[range]) -> range:
            page = pager.settle(len(slices))
            if len(slices) != before and focused in ids:
                index = list(ids).index(focused)
                page = pager.page = next(n for n, part in enumerate(slices) if index in part)
            return slices[page]

        if kind == "one":
            pager.settle(1)
            return CardPages(grid, range(count))
        self.host.ring.paged(pager.arrow_turn(self.host.rebuild))  # arrows go on over the pages

        def turn() -> None:
            pager.turn(1)
            self.host.rebuild()

        if kind == "footer":
            shown = settle(page_slices(count, grid.per_page))
            self.host.footer_button(control_id, pager.label(self.tr), turn)
            return CardPages(grid, shown)
        if kind == "grid":
            shown = settle(grid.slices(count))
            more = grid.rect(box.x, box.y, len(shown), gap, row_gap)
            return CardPages(grid, shown, more_card=more)
        row_h = button_height()
        shown = settle(page_slices(count, grid.per_page))
        width = min(box.width, button_width(pager.label(self.tr)))
        more = pygame.Rect(box.x, box.bottom - row_h, width, row_h)
        return CardPages(grid, shown, more_button=more)

    def _card_plan(
        self,
        pager: Pager,
        tallest: Callable[[int], int],
        count: int,
        box: pygame.Rect,
        most_columns: int,
        gap: int,
        row_gap: int,
        least_height: int,
    ) -> tuple[str, Grid, int]:
        """Where card_pages puts the page turner, the grid it lays the cards in, and the room
        that grid has: "one" (one page, no turner), "footer", "grid" (its last place), or
        "under" (one card a page, the turner on a row under a grid made for the rest). Tried
        without settling the pager on the pages: a layout with fewer pages would take the
        player back from a later page."""
        grid = card_grid(
            tallest, count, box.size, most_columns, gap, row_gap, least_height=least_height
        )
        if grid.pages(count) == 1:
            return "one", grid, box.height
        if self.host.footer_fits(pager.label_for(self.tr, len(page_slices(count, grid.per_page)))):
            return "footer", grid, box.height
        if grid.per_page > 1:
            return "grid", grid, box.height
        room = (box.width, box.height - button_height() - row_gap)
        under = card_grid(
            tallest, count, room, most_columns, gap, row_gap, least_height=least_height
        )
        return "under", under, room[1]

    def card_pages_fit(
        self,
        pager: Pager,
        tallest: Callable[[int], int],
        count: int,
        box: pygame.Rect,
        most_columns: int,
        gap: int,
        row_gap: int,
        *,
        least_height: int = 0,
    ) -> bool:
        """Whether card_pages finds room in `box` for at least one whole card a page and its
        page turner clear of it. False when one card a page is taller than what the box has
        left over the turner's row (a long card at large text under a long instruction): the
        view must then give its cards more room (carries_instruction)."""
        whole = card_grid(
            tallest, count, box.size, most_columns, gap, row_gap, least_height=least_height
        )
        if whole.height > box.height:
            return False
        _, grid, room = self._card_plan(
            pager, tallest, count, box, most_columns, gap, row_gap, least_height
        )
        return grid.height <= room

    def show_sheet(self, ui: ViewBuilder, area: pygame.Rect, want, want_key) -> None:
        """Lay the board out through its `sheet` (ui/sheet.py: side by side, or stacked and paged
        at large text), with the focus going to `want` when `want_key` says the board moved on;
        the view's `_lay_out` places its parts, and the page turner goes in the host's footer
        when it fits there."""
        self.sheet.show(
            ui,
            self.tr,
            area,
            self._lay_out,
            rebuild=self.host.rebuild,
            want=want,
            want_key=want_key,
            footer=self.host,
        )

    def tab_through_pages(self, sheet, intent: Intent) -> bool:
        """Tab and Shift+Tab on a board stacked and paged (ui/sheet.py) reach the controls of
        its other pages too, turning the page to show them. True when it did."""
        ring = self.host.ring
        if not sheet.tab(intent, ring, self.host.rebuild):
            return False
        if ring.focused is not None:
            self.host.app.announce(ring.focused.label)
        return True

    # -- to be written per task ------------------------------------------------------------
    def instruction(self) -> str:
        """One or two short sentences under the title: what to do now."""
        raise NotImplementedError

    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        raise NotImplementedError

    # -- optional --------------------------------------------------------------------------
    def carries_instruction(self, board: pygame.Rect, whole: pygame.Rect) -> bool:
        """Whether the view shows the instruction and the keys on its board itself (with
        build_instruction, the keys from host.keys_text) rather than under the title: given
        the `board` it gets under them and the `whole` it gets without them. A board that
        cannot be paged (a map) takes them in when large text leaves it too low."""
        return False

    def handle(self, intent: Intent) -> bool:
        """Input before the default focus handling (drags, board keys). True when used."""
        return False

    def next_part(self) -> tuple[str, str, Callable[[], None]] | None:
        """A task of several parts may offer the way on to its next one in the footer, where
        the host otherwise says the task is not finished: (control id, label, action)."""
        return None

    def way_on_to_come(self) -> str:
        """The words of the next part's way on that this board may yet offer (once something
        is chosen): the footer keeps room for it, so that a page turner there stays put."""
        return ""

    @property
    def way_on_in_board(self) -> bool:
        """Whether the board holds the one way on of a complete task, Done greyed (step 6)."""
        return False

    def keys_hint(self, board: str | None) -> str:
        """The keys of a board, said after the instruction while the keyboard is in use; in a
        workshop at a choice for the room, the keys that count its hands too (F7, 1-9)."""
        point = self.choice_point() if self.host.app.workshop is not None else None
        if point is not None:  # ("1–2" over two answers: it said 1–9, thirteenth run)
            return self.tr("workshop.task_keys", last=min(len(point.options), 9))
        return self.tr("host.keys")

    def placing_keys(self) -> str:
        """The keys that put down what the keyboard carries (a person onto step 3's map):
        while it carries something (`placing_by_keyboard`) they stand in the instruction's
        place; the host keeps room for them whenever the keyboard is in use."""
        return ""

    @property
    def placing_by_keyboard(self) -> bool:
        return False

    @property
    def open_ended(self) -> bool:
        """Whether more may be added once complete (a map): Done does not take the focus."""
        return False

    @property
    def animating(self) -> bool:
        return False

    def update(self, dt: float) -> None:
        """Time passing (an animation)."""

    def draw(self, surface: pygame.Surface) -> None:
        """Extra drawing under the widgets (lines of a map, a chart)."""

    def draw_overlay(self, surface: pygame.Surface) -> None:
        """Drawing above everything (the card being dragged)."""


def page_slices(count: int, per_page: int) -> list[range]:
    """`count` cards `per_page` a page (the page turner not in a card's place)."""
    per_page = max(1, per_page)
    return [range(i, min(i + per_page, count)) for i in range(0, count, per_page)]
