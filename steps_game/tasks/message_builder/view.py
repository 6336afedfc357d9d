"""Step 5 on screen: pick whom to write to, build the message part by part beside a letter
preview, send it, and see how it landed."""

from __future__ import annotations

from functools import partial

import pygame

from steps_game.tasks.message_builder.building import LETTER, TOP_ROW, BuildingPart
from steps_game.tasks.message_builder.card_pages import plan_cards
from steps_game.tasks.message_builder.letter import Letter
from steps_game.tasks.message_builder.model import MessageBuilderModel
from steps_game.tasks.message_builder.sent import REPLY_READ, SentPart
from steps_game.tasks.sheet_lead import lead_on_sheet, sheet_carries, short_instruction
from steps_game.tasks.view import TaskView
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.flow import Pager, widest_page_turn_label
from steps_game.ui.intents import Act, Intent
from steps_game.ui.measure import card_height, text_height
from steps_game.ui.sheet_pages import FIRST_PAGE, SheetPages, across_pages

GAP = 16
CONTACT_TEXT = 22
MORE = "more-people"
CONTACTS_BOARD = "contacts"  # whom to write to: a board whose arrows go on over its pages
KEY = "task.message_builder."


class MessageBuilderView(BuildingPart, SentPart, TaskView[MessageBuilderModel]):
    def __init__(self, host, model: MessageBuilderModel) -> None:
        super().__init__(host, model)
        self.letter = Letter(self)
        self.cards_pager = Pager()  # the page of the cards beside the letter (_cards)
        self.footer_turner = None  # (words, action): the cards' page turner for the footer
        self.arrows_board = None  # the board of those cards, its arrows over their pages
        self.note_page: int | None = None  # the cards' page of the note alone (whom to write to)
        self.sheet = SheetPages()  # the board stacked and paged at large text (ui/sheet.py)
        self.last_choice_completed = False  # the choice just made was the message's last part
        self.letter_to_read = False  # ... and the letter's pages are to be read before Send
        self.reopened = False  # a part of the finished message opened again by its tab
        self.card_order: list[tuple[str, int]] = []  # the paged cards (id, page), in Tab order
        self.carrying = False  # the instruction heads the board (carries_instruction)
        self.sheet_top = 0  # the top of the board's first page, at its last layout
        self.reply_seen = False  # a room's sent letter was read on to R.'s reply (_reply_first)

    def play_choice(self, option: int) -> None:
        """The room's option for the part being chosen, played as a click on it: the next part
        opens with the focus on its first option, and the part that completes the letter sends
        the focus on to Send (one Enter sends it)."""
        options = self.model.options(self.model.state["current"])
        if 0 <= option < len(options):
            self.host.ring.focused_id = None  # settles on the next part's first option
            self.act(partial(self._choose, options[option].id))

    def instruction(self) -> str:
        """The phase's instruction; at large text, once a part is chosen, none while the
        message is built: its line (two in most languages) over every page left room for
        one option a page under the part's heading, which says where she is (forty-sixth
        Arabic run; step 7 shortens its own after week 1 for the same reason)."""
        cfg, model = self.model.config, self.model
        if model.phase == "build" and model.state["parts"] and short_instruction(self.host.app):
            return ""
        return self.tr.pick(
            {
                "contact": cfg.contact_instruction,
                "build": cfg.build_instruction,
                "sent": cfg.sent_instruction,
            }[self.model.phase]
        )

    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        model = self.model
        want = None
        key = (model.phase, model.state.get("current"))
        if model.phase == "build":  # the part being chosen: its page, when the board is paged
            current = model.state["current"]
            want = f"option:{model.state['parts'].get(current) or model.options(current)[0].id}"
            if model.ready and self.last_choice_completed:
                want, key = LETTER, (model.phase, "send")  # the letter is whole: read, sent
        elif model.phase == "sent":  # how it landed first, over the letter (fourth Arabic
            want = FIRST_PAGE  # play-test: the sent board stayed on the letter's last page)
        # Stacked, the whole letter is read page by page, and its last page hands on to Send
        reading, sent = model.phase == "build" and model.ready, model.phase == "sent"
        self.sheet.every_page = reading
        # sent: the reply and what to write next read, then Done (a player who got Done at
        # once never saw the follow-up on page 2, thirty-third run); a page of "Edit message"
        # alone after them is not waited for (fortieth run)
        self.sheet.last_focus = "done" if sent else "send" if reading else None
        self.sheet.read_until = REPLY_READ if sent else None
        self.footer_turner = None  # set by the final layout's cards, not by layouts tried
        self.arrows_board = None  # likewise: a paged board of cards beside the letter
        self.footer_edit = None  # "Edit message" in the footer, where the reply has one page
        self.show_sheet(ui, area.inflate(-40, 0), want, key)  # the header's side margins
        # (a side-by-side layout tried before the board was stacked set its cards' turner: a
        # stacked board pages itself, and that turner turned the options of a layout not shown)
        if self.footer_turner is not None and not self.sheet.stacked:
            self.host.footer_button(MORE, *self.footer_turner)
        if self.footer_edit is not None and self.sheet.stacked and self.sheet.pages == 1:
            self.host.footer_button("edit", *self.footer_edit)
        if self.arrows_board is not None and not self.sheet.stacked:
            turn = self.cards_pager.arrow_turn(self.host.rebuild)
            self.host.ring.paged(turn, [self.arrows_board])
        if self.letter_to_read:
            self.letter_to_read = False
            self.read_letter_first()
        self._reply_first()

    def _reply_first(self) -> None:
        """Until the sent board's last page was shown (a room's letter stands over R.'s reply;
        a player's reply has what to write next under it), the focus is on the page turner,
        not Done: Enter would pass them by."""
        sheet, ring = self.sheet, self.host.ring
        if sheet.last_focus != "done":
            self.reply_seen = False
        elif sheet.all_read:
            self.reply_seen |= sheet.pages > 1  # (one page: a layout tried, or all in view)
        elif not self.reply_seen:
            self.host.preferred_focus = sheet.control_id
            turner = sheet.control_id
            # (a focus set while building is put back by the rebuild: moved once it is over)
            self.host.after_build = lambda: ring.focused_id == "done" and ring.focus(turner)

    def carries_instruction(self, board: pygame.Rect, whole: pygame.Rect) -> bool:
        """Large text: when a page of the board under the instruction would be too low for a
        card or for a few lines of the letter, the instruction heads the board's column
        (tasks/sheet_lead.py). The layouts tried for it leave the cards' page and the
        letter's scroll as they were (a stacked try has one page, and took the player back)."""
        kept = dict(vars(self.cards_pager)), self.card_order, dict(vars(self.letter.scroll))
        self.carrying = False
        inner = board.inflate(-40, 0)  # (as build lays it out)
        # (also when a part's heading fits a page with its first option only without the
        # instruction over them: then the two are read together)
        self.carrying = sheet_carries(self.host.ui, self.tr, self._lay_out, inner, self.host, whole)
        cards, self.card_order, scroll = kept
        vars(self.cards_pager).update(cards)
        vars(self.letter.scroll).update(scroll)
        return self.carrying

    def _lay_out(self, ui: ViewBuilder, area: pygame.Rect, stacked: bool) -> None:
        """The board in `area`; `stacked`, in one column on a tall sheet (the letter under the
        options, the reply over the letter) for SheetPages to page. Carrying the instruction,
        always in one column, under the instruction and the keys."""
        self.letter.scroll.shown, self.letter.scroll.count = range(0), 0  # laid out anew
        self.sheet_top = area.y  # where the first page begins (the instruction's top, carried)
        if self.carrying:
            area = lead_on_sheet(ui, self.instruction(), self.host.keys_text, area)
            stacked = True
        if self.model.phase == "contact":
            self._build_contacts(ui, area, stacked=stacked)
        elif self.model.phase == "build":
            self._build_message(ui, area, stacked=stacked)
        else:
            self._build_sent(ui, area, stacked=stacked)

    # -- words -----------------------------------------------------------------------------
    def t(self, key: str, **params: object) -> str:
        return self.tr(KEY + key, **params)

    def pick(self, text) -> str:
        """A level text with whom the message is to filled in."""
        contact = self.model.contact()
        name = contact.name if contact else ""
        return self.tr.pick(text, name=name if isinstance(name, str) else self.tr.pick(name))

    def who(self, contact) -> str:
        """How someone to write to is shown: the player's words with the role, else the role."""
        role = self.tr.pick(contact.role) if contact.role else ""
        if contact.words and role:
            return self.t("who_with_words", words=contact.words, role=role)
        return contact.words or role

    def _story(self, contact) -> str:
        person = contact.person
        if person is None:
            return self.tr.pick(contact.story or {})
        place = "in_finland" if person.in_finland else "abroad"
        return self.t(
            "map_story",
            sector=self.tr.pick(person.sector),
            ring=self.tr.pick(person.ring),
            place=self.tr(f"task.network_map.{place}"),
        )

    # -- input -----------------------------------------------------------------------------
    def handle(self, intent: Intent) -> bool:
        """The mouse wheel over the letter scrolls it, over the cards turns their page; Page Up
        and Page Down turn the cards' page where they are paged (a facilitator's clicker: on a
        projector they did nothing, sixth facilitator run), else scroll the letter. Tab reaches
        the controls of a paged board's other pages."""
        if self.tab_through_pages(self.sheet, intent) or self._tab_across_cards(intent):
            return True
        if intent.act is not Act.SCROLL:
            return False
        if self.sheet.stacked:
            return self.sheet.scroll(intent.dy, self.host.rebuild, self.host.ring)
        if intent.pos is None and self.cards_pager.pages > 1:
            self._turn(1 if intent.dy > 0 else -1, scroll=True)
            return True
        if self.model.phase == "contact" or (
            intent.pos is not None and not self.letter.scroll.rect.collidepoint(intent.pos)
        ):
            if self.cards_pager.pages > 1 and intent.pos is not None:
                self._turn(1 if intent.dy > 0 else -1, focus=False, scroll=True)
            return self.cards_pager.pages > 1 and intent.pos is not None
        return self.letter.handle_scroll(intent.dy)

    def _tab_across_cards(self, intent: Intent) -> bool:
        """Tab from a page's last card goes on to the next page's first (Shift+Tab back), the
        page turning: the cards are reached by Tab as any other control."""
        ring = self.host.ring
        if intent.act not in (Act.FOCUS_NEXT, Act.FOCUS_PREV) or not ring.visible:
            return False
        delta = 1 if intent.act is Act.FOCUS_NEXT else -1
        order = self.card_order
        if self.note_page is not None and order:  # the note's page, read on to as the arrows do
            order = [*order, (MORE, self.note_page)]  # (forty-fifth run: Tab never showed it)
            if ring.focused_id == MORE and self.cards_pager.page != self.note_page:
                order = self.card_order  # (another page's turner: the ring's own order)
        found = across_pages(order, ring.focused_id, delta, self.cards_pager.page)
        if found is None:
            return False
        target, self.cards_pager.page = found
        self.host.rebuild()
        ring.focus(target)
        self.host.app.announce(ring.focused.label)
        return True

    def _turn(self, by: int, *, focus: bool = True, scroll: bool = False) -> None:
        """The cards' next page (the turner: round from the last to the first), or with
        `scroll` (the wheel, Page Up or Down) `by` pages, never round (thirteenth run)."""
        if scroll and not self.cards_pager.turn_within(by):
            return
        if not scroll:
            self.cards_pager.turn(by)
        self.host.rebuild()
        if focus:
            self.host.ring.focus(MORE)

    def _cards(
        self, ui: ViewBuilder, area: pygame.Rect, cards: list[dict], extra=0, arrows=None
    ) -> int:
        """Cards (control id, words, action, options) on a board in `area`, in pages when they
        do not all fit; returns the board's bottom. In a grid the cards share one height; in
        one column each is as tall as its words. `arrows`: the board whose arrows go on over
        the pages (Down at the page's last option stopped there: a facilitator's room never
        saw asks 3 and 4 by keys, fourth facilitator run)."""
        more = widest_page_turn_label(self.tr)
        gap = cards[0].get("gap", GAP)
        # the turner in the footer where it fits (beside the room's Count hands where the
        # board is a choice for the room): a turner card took half of a page at 200 % text,
        # one person a page beside it (forty-second Arabic run)
        count = self.tr("tally.count_button") if self.choice_point() is not None else ""
        footer_ok = self.host.footer_fits(more, count)
        plan = plan_cards(cards, area, gap, more, footer_ok, bool(extra))
        shown_pages, size, width, heights = plan.shown, plan.size, plan.width, plan.heights
        self.note_page = None
        if extra:  # a page of `extra` pixels after the cards (step 5's note), its More under it
            shown_pages.append([])
            self.note_page = len(shown_pages) - 1
        self.cards_pager.settle(len(shown_pages))
        self.card_order = [
            (cards[index]["id"], number)
            for number, indices in enumerate(shown_pages)
            for index in indices
            if cards[index]["action"] is not None
        ]
        shown = shown_pages[self.cards_pager.page]
        if plan.columns == 1:  # every page must fit, not only the one shown (_overflow)
            self._overflow(ui, area, heights, shown_pages, gap, plan)
        if extra and not plan.in_footer and len(shown_pages) > 1:
            # the note's page holds its turner under the note, else in the footer; where
            # neither has room, the note's page had no way on or back, a dead end by mouse
            # (Ukrainian at 200 %, forty-fourth run): stacked from the start, the board's pages
            # have their own turner (asked on every page: the board keeps one shape)
            under = area.y + extra + gap + card_height(more, width, text_size=size)
            if under > area.bottom and not self.host.footer_fits(more):
                ui.unfit()
        if arrows is not None and self.cards_pager.pages > 1:
            self.arrows_board = arrows  # (registered once the final layout is known: build)
        x, y = area.x, area.y
        more_h = plan.more_h
        if extra and not shown:  # the note's page: its turner under the note, not over it
            y += extra + gap  # (it stood over the note, unfit: the board restacked from page 1)
            more_h = card_height(self.cards_pager.label(self.tr), width, text_size=size)
        bottom = area.y
        for place, index in enumerate(shown):
            card = cards[index]
            rect = pygame.Rect(x, y, width, heights[index])
            ui.card(
                card["id"],
                card["text"],
                rect,
                card["action"],
                title=card.get("title", ""),
                selected=card.get("selected", False),
                text_size=size,
            )
            bottom = rect.bottom
            x, y = _next_place(area, place + 1, plan.columns, width, rect, gap)
        if self.cards_pager.pages > 1:
            words = self.cards_pager.label(self.tr)
            if plan.in_footer or y + more_h > area.bottom:  # (the note's page: no room under)
                # registered once the final layout is known (build)
                self.footer_turner = (words, lambda: self._turn(1))
                return bottom
            rect = pygame.Rect(x, y, width, more_h)
            ui.card(MORE, words, rect, lambda: self._turn(1), text_size=size)
            bottom = rect.bottom
        return bottom

    @staticmethod
    def _overflow(ui, area: pygame.Rect, heights, shown_pages, gap: int, plan) -> None:
        """A column of cards where a page with its page turner is taller than `area` (one
        card too tall to share a page with the turner) does not fit (ui.unfit): a board laid
        out side by side is then stacked from the start (ui/sheet.py). It was stacked only
        when that page was turned to, and changed its shape under the player (Finnish, a
        workshop at 1280x720)."""
        turner = 0 if plan.in_footer or len(shown_pages) < 2 else gap + plan.more_h
        tallest = max(
            sum(heights[index] for index in page) + gap * (len(page) - 1) + turner
            for page in shown_pages
            if page
        )
        if tallest > area.height:
            ui.unfit()

    # -- whom to write to ------------------------------------------------------------------
    def _build_contacts(self, ui: ViewBuilder, area: pygame.Rect, *, stacked: bool) -> None:
        model, cfg = self.model, self.model.config
        contacts = model.contacts()
        note = ""
        note_h = 0
        if cfg.contact_note is not None:
            note = self.tr.pick(cfg.contact_note)
            if cfg.contact_note_source:
                note += "\n" + self.t("source", source=self.tr.pick(cfg.contact_note_source))
            note_h = text_height(note, 21, area.width - 40) + 28
        board = pygame.Rect(area.x, area.y + TOP_ROW, area.width, 0)
        board.height = area.bottom - board.y - (note_h + 20 if note else 0)
        cards = [
            {
                "id": f"contact:{contact.id}",
                "text": self._story(contact),
                "title": self.who(contact),
                "action": lambda cid=contact.id: self.act(lambda: model.pick_contact(cid)),
                "selected": contact.id == model.state["contact"],
                "size": CONTACT_TEXT,
                "columns": 1 if stacked else 3,  # stacked: one under another, each shorter
            }
            for contact in contacts
        ]
        # the note under the cards when a card and the card turning the page fit over it; else
        # the note is the board's last page, and the cards have the whole board
        more = widest_page_turn_label(self.tr)
        least = max(
            card_height(c["text"], area.width, title=c["title"], text_size=CONTACT_TEXT)
            for c in cards
        )
        least += GAP + card_height(more, area.width, text_size=CONTACT_TEXT)
        apart = bool(note) and board.height < least
        if apart:
            board.height = area.bottom - board.y
        with ui.ring.board(CONTACTS_BOARD):  # the arrows go on over its pages (as the options')
            bottom = self._cards(
                ui, board, cards, extra=note_h if apart else 0, arrows=CONTACTS_BOARD
            )
        if note and (not apart or self.cards_pager.page == self.cards_pager.pages - 1):
            top = board.y if apart else bottom + 20
            box = pygame.Rect(area.x, top, area.width, note_h)
            ui.panel(box, palette.ACCENT_SOFT)
            ui.text(note, box.inflate(-40, -28), size=21)
        chosen = model.state["contact"] or contacts[0].id
        self.host.preferred_focus = f"contact:{chosen}"

    def draw(self, surface: pygame.Surface) -> None:
        if self.model.phase != "contact":
            self.letter.draw(surface)


def _next_place(area: pygame.Rect, place: int, columns: int, width: int, last, gap: int):
    """Where the card after `last` goes: beside it in a grid row, else under it."""
    if columns > 1 and place % columns:
        return last.right + gap, last.y
    return area.x, last.bottom + gap
