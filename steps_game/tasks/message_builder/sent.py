"""Step 5 once the message is sent: how it landed (the reply, the advice, a follow-up) beside
the letter; on a stacked board alone, or in a workshop under the letter (a part of the view,
kept in a module of its own)."""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.measure import button_box, text_height

LETTER_SHARE = 0.5  # of the width: the letter is read whole, so it gets half
REPLY_READ = "reply-read"  # the place where the reply's words end, on a stacked board
WORKSHOP_LETTER_SHARE = 0.4  # while a room builds it: the short set's letter is a line or two
# a room's message of one part (the 15-minute set's ask): its greeting and that part. English
# took the four asks 3 pages beside a 0.4 letter, 2 beside this one; Russian and plain Finnish
# 4 to 3; no language more (sixth facilitator run). With a quarter, and the instruction on one
# line, all four stand on one page in every language, the room comparing them (Somali split
# them three and one, the best of them alone on page 2: warm-up facilitator runs). The full
# set's five parts keep 0.4: there a narrower letter stacked the board in Swedish, Estonian,
# Somali and plain Finnish.
ONE_PART_LETTER_SHARE = 0.25


class SentPart:
    """MessageBuilderView's last screen."""

    def _build_sent(self, ui: ViewBuilder, area: pygame.Rect, *, stacked: bool) -> None:
        model = self.model
        landing = model.landing()
        self.footer_edit = None  # (set by the layout built last: see below)
        letter_w = round((area.width - 30) * LETTER_SHARE)
        left = pygame.Rect(area.x, area.y, letter_w, area.height)
        right = pygame.Rect(left.right + 30, area.y, area.right - left.right - 30, area.height)
        # stacked, how it landed across the board, the letter under it; a room's letter over
        # it, as the story goes (twelfth facilitator run: the room talked about R.'s reply with
        # what Sara wrote a page on)
        letter_first = stacked and self.host.app.workshop is not None
        if stacked:
            right = area
        else:
            self.letter.build(ui, left, interactive=False)
        edit = self.t("edit")
        edit_w, edit_h = button_box(edit, right.width)
        y = right.y
        if letter_first:
            height = self.letter.height(area.width)
            self.letter.build(ui, pygame.Rect(area.x, y, area.width, height), interactive=False)
            y += height + 20
        heading = self.pick(landing.heading)
        height = text_height(heading, 26, right.width, role="title", bold=True)
        ui.keep_with_next(y, y + height)  # (the heading with the reply, never alone)
        ui.text(
            heading,
            pygame.Rect(right.x, y, right.width, height),
            size=26,
            bold=True,
            color=palette.ACCENT_DARK,
            role="title",
        )
        y += height + 8
        reply = self.pick(landing.reply)
        bubble = pygame.Rect(right.x, y, right.width, text_height(reply, 20, right.width - 32) + 24)
        ui.panel(bubble, palette.PANEL)
        ui.text(reply, bubble.inflate(-32, -24), size=20)
        y = bubble.bottom + 12
        advice = self.pick(landing.advice)
        height = text_height(advice, 20, right.width)
        ui.text(advice, pygame.Rect(right.x, y, right.width, height), size=20)
        words_end = y + height
        y = words_end + 10
        if landing.follow_up is not None:
            label = self.t("follow_up")
            height = text_height(label, 18, right.width, role="secondary", bold=True)
            ui.text(
                label,
                pygame.Rect(right.x, y, right.width, height),
                size=18,
                bold=True,
                color=palette.MUTED,
                role="secondary",
            )
            y += height + 4
            follow_up = f"{self.tr.pick(model.greeting())} {self.pick(landing.follow_up)}"
            note = pygame.Rect(
                right.x, y, right.width, text_height(follow_up, 19, right.width - 32)
            )
            note.height += 16
            ui.panel(note, palette.ACCENT_SOFT)
            ui.text(follow_up, note.inflate(-32, -16), size=19)
            words_end = note.bottom
            y = words_end + 10
        if stacked:  # the end of what there is to read: a page of "Edit message" alone after it
            # is no page to read (fortieth run: the turner sent the player to it, a key for
            # nothing)
            ui.anchor(REPLY_READ, words_end)
        # the reply on one page, "Edit message" in the footer beside Done: on a page of its
        # own it drew a careful player on past Done, by four Tabs over an Undo that sending
        # had made active (forty-fifth run)
        room = getattr(ui, "page_room", None) if stacked and not letter_first else None
        one_page = room is not None and words_end - self.sheet_top <= room
        if one_page and room < y + edit_h - self.sheet_top and self.host.footer_fits(edit):
            self.footer_edit = (edit, self._edit)
        else:
            edit_y = y if stacked else max(y, area.bottom - edit_h)
            edit_rect = pygame.Rect(right.right - edit_w, edit_y, edit_w, edit_h)
            ui.button("edit", edit, edit_rect, self._edit, secondary=True)
        # (stacked, played alone: no letter under the reply. Read page by page just before
        # Send, its three pages after the reply were read again by a player who reads all of a
        # step: twentieth Arabic play-test, r5/s_23-26; "Edit message" opens it)
        self.host.preferred_focus = "done"

    def _edit(self) -> None:
        """Back to the message, read from its top to Send (stacked: the page turner focused,
        as after the choice that completes it). The focus fell on "Change", first on the page,
        where one more Enter went back to choosing whom to write to (twenty-second Arabic
        play-test). Asked first: the reply goes until the message is sent again, and Done
        with it, which the player who opened it to read it again did not know (twenty-fourth
        Arabic play-test, s5_57-60); Cancel is focused and keeps the reply."""
        from steps_game.scenes.confirm import ConfirmScene

        app = self.host.app

        def take_back() -> None:
            app.pop()
            self.letter_to_read = True
            self.act(self.model.edit)

        key = "task.message_builder."
        app.push(ConfirmScene(app, key + "edit_confirm", key + "edit", take_back))
