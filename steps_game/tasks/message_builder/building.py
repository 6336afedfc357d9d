"""Step 5 while the message is built: the part tabs, Send, the options of the part being
chosen (options.py) and the letter as it stands (a part of the view, in a module of its own).

Stacked at large text, the letter is pages under the options and Send stands under the letter:
the part that completes the message turns to the letter's first page, its page turner focused,
and Send takes the focus on the letter's last page, so that a keyboard player reads the whole
message before sending it (third Arabic play-test at 200 %: Send was focused at once, on a page
without the message)."""

from __future__ import annotations

import pygame

from steps_game.tasks.message_builder.options import build_options
from steps_game.tasks.message_builder.sent import LETTER_SHARE, WORKSHOP_LETTER_SHARE
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.measure import button_box

TOP_ROW = 8  # room above the first row for the focus outline, clear of the instruction
LETTER = "(the letter)"  # the sheet's anchor at the letter's top (Sheet.anchor)


class BuildingPart:
    """MessageBuilderView's screen while the message is built."""

    def _tabs(self, ui: ViewBuilder, area: pygame.Rect, right: int) -> int:
        """The part tabs, in as many rows as their words need; returns their bottom."""
        model = self.model
        current = model.state["current"]
        x, y = area.x, area.y + TOP_ROW
        bottom = y
        for item in model.config.parts:
            label = self.tr.pick(item.name)
            width, height = button_box(label, right - area.x)
            if x > area.x and x + width > right:
                x, y = area.x, bottom + 8
            ui.button(
                f"part:{item.id}",
                label,
                pygame.Rect(x, y, width, height),
                lambda pid=item.id: self.act(lambda: model.go_to(pid)),
                secondary=item.id != current,
            )
            x += width + 12
            bottom = max(bottom, y + height)
        return bottom

    def _build_message(self, ui: ViewBuilder, area: pygame.Rect, *, stacked: bool) -> None:
        model = self.model
        current = model.state["current"]
        # Send sits at the top right, as in a mail program; it opens once every part is chosen.
        # Stacked, it stands under the letter instead: read before it is sent.
        send = self.t("send")
        send_w, send_h = button_box(send, area.width // 3)
        if not stacked:
            self._send(ui, pygame.Rect(area.right - send_w, area.y + TOP_ROW, send_w, send_h))
        # Whom to: changed beside Send, while more than one person can be written to.
        right_end = area.right - send_w - 12 if not stacked else area.right
        row_bottom = area.y + TOP_ROW + (0 if stacked else send_h)
        if len(model.contacts()) > 1:
            label = self.t("change_contact")
            width, height = button_box(label, area.width // 3)
            ui.button(
                "change-contact",
                label,
                pygame.Rect(right_end - width, area.y + TOP_ROW, width, height),
                lambda: self.act(model.change_contact),
                secondary=True,
            )
            right_end -= width + 12
            row_bottom = max(row_bottom, area.y + TOP_ROW + height)
        # Any part can be opened again; the letter shows which are still empty.
        tabs_bottom = max(self._tabs(ui, area, right_end - 12), row_bottom)
        top = tabs_bottom + 10
        # in a workshop the options a little wider than the letter: two asks to a page
        share = LETTER_SHARE if self.host.app.workshop is None else WORKSHOP_LETTER_SHARE
        letter_w = round((area.width - 30) * share)
        left = pygame.Rect(area.x, top, area.width - 30 - letter_w, area.bottom - top)
        right = pygame.Rect(left.right + 30, top, letter_w, left.height)
        if stacked:  # the options across the board, the letter under them
            left = pygame.Rect(area.x, top, area.width, area.bottom - top)

        bottom = build_options(self, ui, left, stacked=stacked, page_top=self.sheet_top)
        chosen = model.state["parts"].get(current)
        if stacked:
            height = self.letter.height(area.width)
            right = pygame.Rect(area.x, bottom + 20, area.width, height)
            # the letter on pages of its own: under the options it began with its "To:" line
            # beside the last option, which looked chosen (fourth Arabic keyboard play-test)
            ui.page_break(right.y)
            ui.anchor(LETTER, right.y)
        # The options of the part being chosen come first in the focus order: after a choice the
        # next part opens and focus lands on its first option.
        self.host.preferred_focus = f"option:{chosen or model.options(current)[0].id}"
        self.letter.build(ui, right, interactive=True)
        if stacked:  # Send kept with the letter's last words, not alone on a page
            last = self.letter.last_height(area.width)
            ui.keep_with_next(right.bottom - last - 9, right.bottom)
            self._send(ui, pygame.Rect(area.right - send_w, right.bottom + 20, send_w, send_h))

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
        """Choose an option; the one that completes the letter sends the focus on to Send."""
        was_ready = self.model.ready
        self.model.choose(option_id)
        self.last_choice_completed = self.model.ready and not was_ready
        if self.last_choice_completed:
            self.host.ring.focused_id = "send"  # kept by the rebuild, which shows its page
            self.letter_to_read = True  # (stacked, the letter's pages first: read_letter_first)
