"""Step 5 while the message is built: the part tabs, Send, the options of the part being
chosen (options.py) and the letter as it stands (a part of the view, in a module of its own).

Stacked at large text, the letter is not shown while parts are still to choose (the words
before each part stand over its options, so_far.py); the part that completes the message turns
to the letter's first page, its page turner focused, and Send, under the letter, takes the focus
on its last page, so that a keyboard player reads the whole message before sending it (third
Arabic play-test at 200 %: Send was focused at once, on a page without the message)."""

from __future__ import annotations

import pygame

from steps_game.tasks.message_builder.options import build_options
from steps_game.tasks.message_builder.sent import (
    LETTER_SHARE,
    ONE_PART_LETTER_SHARE,
    WORKSHOP_LETTER_SHARE,
)
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.measure import button_box

TOP_ROW = 8  # room above the first row for the focus outline, clear of the instruction
LETTER = "(the letter)"  # the sheet's anchor at the letter's top (Sheet.anchor)


class BuildingPart:
    """MessageBuilderView's screen while the message is built."""

    def _tab_rects(self, area: pygame.Rect, right: int) -> list[pygame.Rect]:
        """Where the part tabs stand left of `right`, in as many rows as their words need."""
        x, y = area.x, area.y + TOP_ROW
        bottom = y
        rects = []
        for item in self.model.config.parts:
            width, height = button_box(self._tab_label(item), right - area.x)
            if x > area.x and x + width > right:
                x, y = area.x, bottom + 8
            rects.append(pygame.Rect(x, y, width, height))
            x += width + 12
            bottom = max(bottom, y + height)
        return rects

    def _tabs(self, ui: ViewBuilder, rects: list[pygame.Rect], reading: bool = False) -> int:
        """The part tabs at `rects`, the open part's in full colour; while the finished message
        is read (`reading`) none is open (the last part's tab looked open over the whole letter,
        twelfth Arabic play-test). Returns their bottom. (No tick on the parts chosen, as on
        step 4's: the letter beside them says which are, and a tick's room would widen the
        tabs into a second row.)"""
        model = self.model
        current = None if reading else model.state["current"]
        for item, rect in zip(model.config.parts, rects, strict=True):
            ui.button(
                f"part:{item.id}",
                self._tab_label(item),
                rect,
                lambda pid=item.id: self._open_part(pid),
                secondary=item.id != current,
            )
        return max(rect.bottom for rect in rects)

    def _tab_label(self, item) -> str:
        """A part's tab says its name; a message of one part (a set's ask) has "Choose again"
        over its letter instead: its lone tab opened the ask in another layout, without the
        count (twelfth facilitator run)."""
        return (
            self.t("choose_again") if len(self.model.config.parts) == 1 else self.tr.pick(item.name)
        )

    def _build_message(self, ui: ViewBuilder, area: pygame.Rect, *, stacked: bool) -> None:
        model = self.model
        current = model.state["current"]
        # Send sits at the top right, as in a mail program, with Change (whom to write to) beside
        # it, while more than one person can be written to; it opens once every part is chosen.
        # Stacked, Send stands under the letter instead: read before it is sent.
        send = self.t("send")
        send_w, send_h = button_box(send, area.width // 3)
        change = self.t("change_contact") if len(model.contacts()) > 1 else None
        change_w, change_h = button_box(change, area.width // 3) if change else (0, 0)
        beside = (send_w + 12 if not stacked else 0) + (change_w + 12 if change else 0)
        tabs = self._tab_rects(area, area.right - beside)
        # Side by side, when the tabs need a second row only for Send and Change, the two stand
        # under the letter: a projector's tabs took two rows beside them, and step 5's options
        # a page more (fifth facilitator run).
        alone = self._tab_rects(area, area.right) if not stacked and _rows(tabs) > 1 else None
        under = alone is not None and _rows(alone) == 1
        # one part (a set's ask): no tab row, whose one tab opened nothing else; Send over the
        # letter, which names the part ("The ask: ..."), and the asks from the top: its row put
        # two of the four asks a page on (eleventh facilitator run)
        one_part = len(model.config.parts) == 1 and not stacked
        # Any part can be opened again; the letter shows which are still empty.
        # (one part: the message is finished once chosen, also after "Change the message")
        finished = model.ready and (self.last_choice_completed or len(model.config.parts) == 1)
        reading = stacked and finished  # (see below)
        # Read whole before it is sent, stacked, the letter has no row of parts over it:
        # with the tabs its first page held "To" and the greeting only, a third page for a
        # letter of four lines (forty-fifth run). "Edit message" and Change stand by Send.
        reread = reading and len(model.config.parts) > 1  # (one part keeps "Choose again")
        if one_part or reread:
            tabs, under = [], False
        elif under:
            tabs = alone
        if not stacked and not under:
            self._send(ui, pygame.Rect(area.right - send_w, area.y + TOP_ROW, send_w, send_h))
        if change and not under and not reread:
            x = area.right - beside + 12
            self._change_contact(ui, pygame.Rect(x, area.y + TOP_ROW, change_w, change_h))
        tabs_bottom = self._tabs(ui, tabs, reading) if tabs else area.y
        top = max(tabs_bottom, area.y + TOP_ROW + (change_h if not under and not reread else 0))
        if not stacked and not under:
            top = max(top, area.y + TOP_ROW + send_h)
        top += 10
        # in a workshop the options a little wider than the letter: two asks to a page
        share = LETTER_SHARE if self.host.app.workshop is None else WORKSHOP_LETTER_SHARE
        if self.host.app.workshop is not None and len(model.config.parts) == 1:
            share = ONE_PART_LETTER_SHARE
        letter_w = round((area.width - 30) * share)
        left = pygame.Rect(area.x, top, area.width - 30 - letter_w, area.bottom - top)
        right = pygame.Rect(left.right + 30, top, letter_w, left.height)
        if one_part:  # (the asks beside Send, from the top)
            left.height, left.y = area.bottom - area.y - TOP_ROW, area.y + TOP_ROW
        if under:
            right.height -= max(send_h, change_h) + 12
        # The finished letter is read whole before it is sent: where its column cannot hold it
        # (a projector's short column showed its greeting only), the board is stacked to read
        # it page by page. A room's finished message is read that way whatever its answer
        # (sixth facilitator run: a short ask kept the options and their page turner beside
        # it, and Tab and Enter there replaced the room's answer).
        if (
            finished
            and not stacked
            and (self.host.app.workshop is not None or self.letter.height(letter_w) > right.height)
        ):
            ui.unfit()
        if stacked:  # the options across the board, the letter under them
            left = pygame.Rect(area.x, top, area.width, area.bottom - top)

        # Stacked, once the choice that completes the message is made, the letter is read
        # whole under the tabs, without the options before it: they stood on pages before the
        # letter, and its page turner "First page (3/3)" took a room's finished message away
        # to the asks again (fifth facilitator run). A part's tab opens its options again.
        bottom = top - 20
        if not reading:
            bottom = build_options(self, ui, left, stacked=stacked, page_top=self.sheet_top)
        chosen = model.state["parts"].get(current)
        # The options of the part being chosen come first in the focus order: after a choice the
        # next part opens and focus lands on its first option.
        option = f"option:{chosen or model.options(current)[0].id}"
        self.host.preferred_focus = "send" if reading else option
        if stacked and not model.ready:
            # Stacked, a letter still being written is not paged under the options: its "To"
            # line, its empty parts and a Send that could not send took three pages of every
            # part, read through by Down after the options (forty-second Arabic run). The
            # words before the part stand over its options; the whole letter is read once
            # complete, Send under it.
            return
        if stacked:
            height = self.letter.height(area.width)
            right = pygame.Rect(area.x, bottom + 20, area.width, height)
            # the letter on pages of its own: under the options it began with its "To:" line
            # beside the last option, which looked chosen (fourth Arabic keyboard play-test)
            if not reading:
                ui.page_break(right.y)
            ui.anchor(LETTER, right.y)
        self.letter.build(ui, right, interactive=True, reading=reading)
        if under:
            y = right.bottom + 12
            self._send(ui, pygame.Rect(area.right - send_w, y, send_w, send_h))
            if change:
                x = area.right - send_w - 12 - change_w
                self._change_contact(ui, pygame.Rect(x, y, change_w, change_h))
        if stacked:  # Send kept with the letter's last words, not alone on a page
            last = self.letter.last_height(area.width)
            ui.keep_with_next(right.bottom - last - 9, right.bottom)
            y = right.bottom + 20
            if reread:
                y = self._by_send(ui, area, y, send_w + 12, change)
            self._send(ui, pygame.Rect(area.right - send_w, y, send_w, send_h))

    def _by_send(self, ui: ViewBuilder, area: pygame.Rect, y: int, used: int, change) -> int:
        """The letter read whole (stacked): "Edit message" (its first part's options, the
        tabs over them) and Change beside Send at `y`, else on a row over it, kept with it
        (Send ends the letter's last page, where the focus waits for it). Returns Send's y.
        (The part tabs here took two rows and sent Send to a page of its own.)"""
        edit = self.t("edit")
        buttons = [("edit-parts", edit, lambda: self._open_part(self.model.config.parts[0].id))]
        if change:
            buttons.append(("change-contact", change, None))
        sizes = [button_box(label, area.width) for _, label, _ in buttons]
        wanted = sum(w for w, _ in sizes) + 12 * (len(sizes) - 1)
        top, x, send_y = y, area.right - used, y
        if wanted > area.width - used:  # a row of their own over Send, from the right
            x, send_y = area.right, y + max(h for _, h in sizes) + 12
        for (control_id, label, action), (w, h) in zip(buttons, sizes, strict=True):
            if x - w < area.x:  # (too wide for the row: one under the other)
                x, y = area.right, y + h + 12
                send_y = max(send_y, y + h + 12)
            rect = pygame.Rect(x - w, y, w, h)
            if action is None:
                self._change_contact(ui, rect)
            else:
                ui.button(control_id, label, rect, action, secondary=True)
            x -= w + 12
        if send_y > top:  # (their rows kept with Send, on its page)
            ui.keep_with_next(top, send_y)
        return send_y

    def _open_part(self, part_id: str) -> None:
        """A part's tab: its options, to choose again (also once the message is complete); a
        one-part message's choice is taken back, the screen as before it (choose_again)."""
        self.last_choice_completed = False
        if len(self.model.config.parts) == 1:
            self.cards_pager.page = 0  # the asks from the first (it opened on the last shown)
            self.act(lambda: self.model.choose_again(part_id))
            return
        self.reopened = self.model.ready
        self.act(lambda: self.model.go_to(part_id))

    def _change_contact(self, ui: ViewBuilder, rect: pygame.Rect) -> None:
        model = self.model
        ui.button(
            "change-contact",
            self.t("change_contact"),
            rect,
            lambda: self.act(model.change_contact),
            secondary=True,
        )

    def _send(self, ui: ViewBuilder, rect: pygame.Rect) -> None:
        model = self.model
        ui.button("send", self.t("send"), rect, lambda: self.act(model.send), enabled=model.ready)

    def read_letter_first(self) -> None:
        """After the part that completes the message, stacked: when Send is not on the page the
        sheet turned to (the letter's first), the page turner takes the focus, and the letter's
        pages are read to Send (SheetPages.last_focus)."""
        if self.sheet.stacked and self.sheet.page_of("send") != self.sheet.page:
            self.host.preferred_focus = self.sheet.control_id  # (Send is pages on: not kept)

    def _choose(self, option_id: str) -> None:
        """Choose an option; the one that completes the letter (or changes a part of it opened
        again) sends the focus on to Send, the letter read first."""
        was_ready = self.model.ready
        self.model.choose(option_id)
        # a part of the finished message chosen again goes back to the letter too (twelfth
        # Arabic play-test: she stayed on the part's options, the letter pages on, not on Send)
        self.last_choice_completed = self.model.ready and (not was_ready or self.reopened)
        self.reopened = False
        if self.last_choice_completed:
            self.host.ring.focused_id = "send"  # kept by the rebuild, which shows its page
            self.letter_to_read = True  # (stacked, the letter's pages first: read_letter_first)


def _rows(rects: list[pygame.Rect]) -> int:
    return len({rect.y for rect in rects})
