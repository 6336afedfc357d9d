"""Step 6 on screen: profile cards beside a live profile preview, then an online event.

Left column: the cards (part 1) or the event's moment and its options (part 2). Right column: the
profile filling up (part 1) or the chat with what the player wrote (part 2). Every box is measured
from its words at the player's text size (ui/measure.py): the cards take as many pages as they
need, the preview and the chat scroll item by item (the wheel, Page keys)."""

from __future__ import annotations

import pygame

from steps_game.tasks.profile_event.avatar import draw_avatar
from steps_game.tasks.profile_event.model import ProfileEventModel
from steps_game.tasks.profile_event.moment import MomentPart
from steps_game.tasks.profile_event.preview import (
    AVATAR_RADIUS,
    KEY,
    LIST_TEXT,
    build_preview,
    counter_head,
    place_counter,
    place_stacked,
    preview_parts,
)
from steps_game.tasks.sheet_lead import lead_on_sheet, sheet_carries
from steps_game.tasks.view import TaskView
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.flow import page_turn_label, widest_page_turn_label
from steps_game.ui.intents import Act, Intent
from steps_game.ui.measure import card_grid, card_height, card_least_width, pages, text_height
from steps_game.ui.scroll import ItemScroll
from steps_game.ui.sheet import TALL, Sheet
from steps_game.ui.sheet_pages import FIRST_PAGE, SheetPages
from steps_game.ui.text import is_rtl, text_scale

COLUMNS = 3
GAP = 12
STACKED_MARGIN = 20  # inside the task area on a stacked board: the header's side margins
SIDE_WIDTH = 316  # the preview or chat column on the right, at 100 % text
SIDE_MOST = 0.4  # of the task area: the column grows with the text up to this share
PREVIEW_MOST = 0.5
CARD_TEXT = 19
MORE = "more-cards"


class ProfileEventView(TaskView[ProfileEventModel]):
    # The preview's banner on screen, where build() put it; draw() draws it and the photo there.
    _banner: pygame.Rect | None = None

    def __init__(self, host, model: ProfileEventModel) -> None:
        super().__init__(host, model)
        self.page = 0
        self.grid = pygame.Rect(0, 0, 0, 0)  # where the cards stand, for the mouse wheel
        self.page_count = 1
        self.side_list = ItemScroll()  # the preview's items, or the chat's messages
        self.sheet = SheetPages()  # the board stacked and paged at large text (ui/sheet.py)
        self.moment = MomentPart(self)
        self.carrying = False  # the event's instruction heads the board (carries_instruction)

    def play_choice(self, option: int) -> None:
        """The room's option played as a click on it plays it: the moment turns to the page of
        how it went, with the focus on its way on ("Next moment"), so that one Enter goes on
        (the focus the tally left behind would keep the page turner)."""
        self.moment.reveal_page = True
        self.host.ring.focused_id = None  # settles on the page's preferred control: Next
        super().play_choice(option)

    @property
    def way_on_in_board(self) -> bool:
        """After the last moment, "Go on" in its box leads to what the event gave, where Done
        then ends the step: Done is not a second way on beside it (keyboard play-test)."""
        return self.model.phase == "reveal" and self.model.is_complete()

    def instruction(self) -> str:
        """The part's instruction; none once the event is over: its end says so and how to go
        on, and "At each moment, choose..." took three of the end's lines on every page at
        200 % in Somali (its end on four pages, a contact cut between two)."""
        cfg = self.model.config
        if self.model.phase == "profile":
            return self.tr.pick(cfg.profile_instruction)
        if self.model.phase == "done":
            return ""
        return self.tr.pick(cfg.event_instruction)

    def _areas(self, area: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
        # as wide as the text is large (its words never shrink), up to SIDE_MOST of the area;
        # the preview wider still, up to PREVIEW_MOST, while its longest item would not fit
        grown = min(round(SIDE_WIDTH * text_scale()), round(area.width * SIDE_MOST))
        width = max(SIDE_WIDTH, grown)
        if self.model.phase == "profile":
            while (
                width < area.width * PREVIEW_MOST
                and not preview_parts(
                    self, pygame.Rect(area.right - width, area.top, width, area.height), steady=True
                )["fits"]
            ):
                width += 20
        side = pygame.Rect(area.right - width, area.top, width, area.height)
        main = pygame.Rect(area.left, area.top, area.width - width - 20, area.height)
        return main, side

    def event_text(self, text) -> str:
        """A level text with the event's {event}, {pitch} and {question} filled in."""
        params = {key: self.tr.pick(value) for key, value in self.model.text_params().items()}
        return self.tr.pick(text, **params)

    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        model = self.model
        want = None  # the page a paged board turns to: a new moment's options, its reveal
        moment = model.current() if model.phase != "profile" else None
        if model.phase == "reveal":
            want = "next"
        elif model.phase == "event" and moment is not None:
            # paged, a moment opens on its first page: the instruction and the situation (side
            # by side, the moment's own build puts the focus on its first option)
            want = FIRST_PAGE
        elif model.phase == "done":  # what the event gave, read from its top
            want = FIRST_PAGE
        elif model.phase == "profile" and model.profile_at_best:  # (see _toggle)
            want = "to-event"
        key = (model.phase, moment.id if moment is not None else None)
        self.sheet.last_focus = {"done": "done", "profile": "to-event"}.get(model.phase)
        # at large text the profile's preview stands on the pages after the items: Down goes
        # on to them (keyboard play-test, Arabic 200 %: the arrows passed over it)
        self.sheet.every_page = model.phase == "profile"
        # Enter on the page turner under a moment's situation goes on to its options, the
        # focus on the first of them
        self.sheet.focus_first = model.phase == "event"
        self.sheet.head = counter_head(self, STACKED_MARGIN) if model.phase == "profile" else None
        self.show_sheet(ui, area, want, key)
        if model.phase == "event" and self.sheet.stacked:
            ring = self.host.ring
            if ring.by_id(self.host.preferred_focus or "") is None:
                self.host.preferred_focus = self.sheet.control_id
        if model.phase == "done" and self.sheet.stacked and self.sheet.page < self.sheet.pages - 1:
            # Enter turns the page until all the event gave was seen, then Done has the focus
            self.host.preferred_focus = self.sheet.control_id

    def _toggle(self, card_id: str) -> None:
        """A card into the profile, the focus on to the next card (left where it was, Enter
        took it out again), or out of it; once no card would add to it, to "Go to the event",
        its page turned to (at 200 % found on page 3 by paging, forty-seventh run). Only then:
        the ready profile's way on took a room's second Enter (seventh facilitator run)."""
        chosen = self.model.in_profile
        self.act(lambda: self.model.toggle(card_id))
        at_best = self.model.profile_at_best and self.host.ring.focus("to-event")
        if chosen(card_id) and not at_best:
            self.host.ring.focus_next_free(f"item:{card_id}", chosen)

    def carries_instruction(self, board: pygame.Rect, whole: pygame.Rect) -> bool:
        """Large text: when a moment of the event and its first options fit a page together
        only without the instruction over the board, the instruction heads the board's first
        page (tasks/sheet_lead.py), and the moment stands with its options on the next: the
        player chooses with the situation in view. The layouts tried leave the moment's page
        and the chat's scroll as they were."""
        self.carrying = False
        if self.model.phase == "profile":
            # paged, the instruction heads the first page of items, the profile's preview a
            # page of its own (seventh Arabic 200 % run: under the instruction, four pages)
            sheet = Sheet(self.host.ui)
            self._lay_out(sheet, board, False)
            self.carrying = not sheet.within(board)
            return self.carrying
        moment = self.moment
        kept = moment.page, moment._key, moment.reveal_page, dict(vars(self.side_list))
        if self.model.phase == "done":
            carries = sheet_carries(self.host.ui, self.tr, self._lay_out, board, self.host, whole)
        else:
            # paged, every moment's first page has the instruction over its situation (Arabic
            # 200 % play-test: moment 1 opened past it, s6_18), and its options the whole height
            sheet = Sheet(self.host.ui)
            self._lay_out(sheet, board, False)
            carries = not sheet.within(board)
        moment.page, moment._key, moment.reveal_page, scroll = kept
        vars(self.side_list).update(scroll)
        self.carrying = carries
        return carries

    def _lay_out(self, ui: ViewBuilder, area: pygame.Rect, stacked: bool) -> None:
        """The board in `area`; `stacked`, in one column on a tall sheet for SheetPages to page
        (the profile under the cards; the chat under the moment). Carrying the instruction,
        always in one column, under the instruction and the keys."""
        self._banner = None
        if self.carrying:  # (laid out whole: too tall for the box, SheetPages pages it)
            tall = pygame.Rect(area.x, area.y, area.width, TALL)
            area = lead_on_sheet(ui, self.instruction(), self.host.keys_text, tall)
            stacked = True
        self.moment.lead = area.y - tall.y if self.carrying else 0
        self.side_list.shown, self.side_list.count = range(0), 0  # no marks unless laid out
        if stacked:
            # in the header's and footer's side margins: the cards and options ran 20 px past
            # them on each side (fifth Arabic play-test, s6_00, s6_16)
            area = area.inflate(-2 * STACKED_MARGIN, 0)
            self.grid = pygame.Rect(0, 0, 0, 0)
            if self.model.phase == "profile":
                top = place_counter(self, ui, area)  # (the preview is pages on)
                cards = pygame.Rect(area.x, top, area.width, area.bottom - top)
                place_stacked(self, ui, area, self._build_cards(ui, cards, 1) + 2 * GAP)
            elif self.model.phase == "done":
                # paged, the end is what the event gave alone: the chat's pages after it held
                # the player's Enter on Done before they were read (the chat was on view during
                # the moments)
                self.moment.build_end(ui, area)
            else:
                self.moment.build(ui, area, chat=True)
            return
        main, side = self._areas(area)
        if self.model.phase == "profile":
            self._build_cards(ui, main)
            build_preview(self, ui, side)
        else:
            self.grid = pygame.Rect(0, 0, 0, 0)
            # beside the chat when the moment fits there, else across the area with the chat
            # as the last of its blocks (see MomentPart)
            beside = self.moment.fits(main)
            column = main if beside else area
            if not beside and self.model.phase != "done" and not self.moment.fits(area, chat=True):
                # not even across the area: laid out whole, too tall for the box, the board is
                # stacked and paged by SheetPages, which keeps the moment with its first acts,
                # has the footer for its page turner and lets the arrows go on over the pages
                column = pygame.Rect(area.x, area.y, area.width, TALL)
            if self.model.phase == "done":
                self.moment.build_end(ui, column, chat=not beside)
            else:
                self.moment.build(ui, column, chat=not beside)
            if beside:
                self.build_chat(ui, side)

    # -- input -----------------------------------------------------------------------------
    def handle(self, intent: Intent) -> bool:
        """The wheel over the cards, and Page Up and Down (a clicker's keys) while there are
        cards, turn their page; else they move the preview or the chat. Tab reaches the
        controls of a paged board's other pages."""
        if self.tab_through_pages(self.sheet, intent):
            return True
        if intent.act is not Act.SCROLL:
            return False
        if self.sheet.stacked:
            return self.sheet.scroll(intent.dy, self.host.rebuild, self.host.ring)
        step = 1 if intent.dy > 0 else -1
        keys = intent.pos is None and self.model.phase == "profile"
        if keys or (intent.pos is not None and self.grid.collidepoint(intent.pos)):
            if 0 <= self.page + step < self.page_count:  # (never round: thirteenth run)
                self._turn(step, focus=False)
                return True
            return not keys or step < 0  # (a clicker's Page Down past the last goes on)
        if self.side_list.scroll(step):
            self.host.rebuild()
            return True
        return not intent.key  # (a clicker's Page Down that moved nothing goes on: room_keys)

    def _turn(self, by: int, *, focus: bool = True) -> None:
        self.page, ring = (self.page + by) % self.page_count, self.host.ring
        self.host.rebuild()
        if focus:
            ring.focus(MORE)
        elif ring.focused_id == MORE:  # (Page Down: Enter there went back to page 1, 14th run)
            ring.focus(next((c.id for c in ring.focusable if c.id.startswith("item:")), MORE))

    # -- part 1: the profile ---------------------------------------------------------------
    def _build_cards(self, ui: ViewBuilder, main: pygame.Rect, most_columns=COLUMNS) -> int:
        """The cards to choose from in `main`, page by page when they do not fit (in one
        column on a stacked board, where each card is then as short as it can be); returns the
        bottom of the last row."""
        tr, model = self.tr, self.model
        cards = model.cards
        labels = [tr.pick(card.label) for card in cards]
        columns, width, height, per_page = self._grid(labels, main, most_columns)
        shown_pages = pages(cards, per_page)
        self.page_count = len(shown_pages)
        self.page = min(self.page, self.page_count - 1)
        shown = shown_pages[self.page]
        self.grid = ui.place(main)
        places = [
            pygame.Rect(
                main.x + (index % columns) * (width + GAP),
                main.y + (index // columns) * (height + GAP),
                width,
                height,
            )
            for index in range(len(shown) + 1)
        ]
        for card, rect in zip(shown, places, strict=False):
            ui.card(
                f"item:{card.id}",
                tr.pick(card.label),
                rect,
                lambda cid=card.id: self._toggle(cid),
                selected=model.in_profile(card.id),
                text_size=CARD_TEXT,
            )
        if self.page_count > 1:
            ui.card(
                MORE,
                page_turn_label(tr, self.page + 1, self.page_count),
                places[len(shown)],
                lambda: self._turn(1),
                text_size=CARD_TEXT,
            )
        self.host.preferred_focus = f"item:{shown[0].id}"
        return max(rect.bottom for rect in places[: len(shown) + (self.page_count > 1)])

    def _grid(
        self, labels: list[str], main: pygame.Rect, most_columns: int = COLUMNS
    ) -> tuple[int, int, int, int]:
        """Columns, card width, card height and cards per page (see card_grid)."""
        texts = [*labels, widest_page_turn_label(self.tr)]
        return card_grid(
            main.width,
            main.height,
            GAP,
            most_columns,
            lambda width: max(card_height(text, width, text_size=CARD_TEXT) for text in texts),
            card_least_width(texts, CARD_TEXT),
        )

    def _side_items(self, ui: ViewBuilder, body: pygame.Rect, items: list[str], key) -> None:
        """Items one under the other in `body`, the last one added kept in view; those that do
        not fit wait above or below (the wheel and Page Up / Page Down bring them)."""
        heights = [text_height(text, LIST_TEXT, body.width) for text in items]
        gap = 6
        shown = self.side_list.lay_out(
            heights, gap, body.height, keep=len(items) - 1, keep_key=(self.model.phase, key)
        )
        if getattr(ui, "page_room", None) is None:
            self.side_list.rect = ui.place(body)  # (where the wheel moves the list)
        else:  # a stacked board's pages, which the wheel turns: each item a row of its own,
            # not the list one row that left the chat's heading alone on a page (s6_21)
            self.side_list.rect = pygame.Rect(0, 0, 0, 0)
        y = body.y
        for index in shown:
            box = pygame.Rect(body.x, y, body.width, heights[index])
            ui.text(items[index], box, size=LIST_TEXT)
            y += heights[index] + gap

    # -- part 2: the chat ------------------------------------------------------------------
    def chat_said(self, *, latest: bool = False) -> list[str]:
        """The messages written in the chat; `latest`: only the moment's now in view."""
        tr, model = self.tr, self.model
        said = []
        writer = self.newcomer_name or tr(KEY + "you")  # in a workshop the room writes as her
        for moment in [model.current()] if latest else model.moments:
            option = model.chosen(moment)
            if option is not None and option.chat is not None:
                said.append(f"{writer}: {self.event_text(option.chat)}")
        return said

    def chat_height(self, width: int) -> int:
        """How tall the chat's panel is with all its messages in view, `width` wide."""
        inner_w = width - 40
        height = text_height(self.tr(KEY + "chat"), 21, inner_w, bold=True) + 12
        said = self.chat_said() or [self.tr(KEY + "chat_empty")]
        height += sum(text_height(text, LIST_TEXT, inner_w) for text in said)
        return height + 6 * (len(said) - 1) + 32

    def build_chat(self, ui: ViewBuilder, side: pygame.Rect) -> None:
        tr = self.tr
        ui.panel(side, palette.PANEL)
        inner = side.inflate(-40, -32)
        heading = tr(KEY + "chat")
        height = text_height(heading, 21, inner.width, bold=True)
        ui.text(
            heading,
            pygame.Rect(inner.x, inner.y, inner.width, height),
            size=21,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        # the heading with the first message on one page (fifth Arabic play-test: "Chat: your
        # messages" over an empty box, its messages on the next page, s6_21)
        ui.keep_with_next(inner.y, inner.y + height)
        said = self.chat_said()
        top = inner.y + height + 12
        body = pygame.Rect(inner.x, top, inner.width, inner.bottom - top)
        if said:
            self._side_items(ui, body, said, key=len(said))
        else:
            empty = tr(KEY + "chat_empty")
            box = pygame.Rect(body.x, body.y, body.width, text_height(empty, LIST_TEXT, body.width))
            ui.text(empty, box, size=LIST_TEXT, color=palette.MUTED)

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        self.side_list.draw_marks(surface, palette.ACCENT_DARK, rtl=is_rtl())
        if self.model.phase != "profile" or not self._banner:
            return  # (no banner, or one on another page of a paged board: no size)
        pygame.draw.rect(
            surface,
            palette.ACCENT_SOFT,
            self._banner,
            border_top_left_radius=12,
            border_top_right_radius=12,
        )
        # the photo on the banner's lower edge, where the heading's line starts
        edge = self._banner.right - 24 - AVATAR_RADIUS if is_rtl() else self._banner.x + 24
        center = (edge + (0 if is_rtl() else AVATAR_RADIUS), self._banner.bottom)
        pictures = {card.picture for card in self.model.profile_items if card.picture}
        kind = "portrait" if "portrait" in pictures else ("group" if pictures else None)
        draw_avatar(surface, center, AVATAR_RADIUS, kind)
