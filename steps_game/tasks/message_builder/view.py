"""Step 5 on screen: pick whom to write to, build the message part by part beside a letter
preview, send it, and see how it landed."""

from __future__ import annotations

import pygame

from steps_game.tasks.message_builder.model import MessageBuilderModel
from steps_game.tasks.view import TaskView
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width
from steps_game.ui.text import render

GAP = 16
# Room above the first row for the focus outline, clear of the host's instruction text.
TOP_ROW = 8
LETTER_TEXT_SIZE = 20
MIN_LETTER_TEXT_SIZE = 15
PARAGRAPH_GAP = 12
KEY = "task.message_builder."


class MessageBuilderView(TaskView[MessageBuilderModel]):
    def instruction(self) -> str:
        cfg = self.model.config
        return self.tr.pick(
            {
                "contact": cfg.contact_instruction,
                "build": cfg.build_instruction,
                "sent": cfg.sent_instruction,
            }[self.model.phase]
        )

    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        {"contact": self._build_contacts, "build": self._build_message, "sent": self._build_sent}[
            self.model.phase
        ](ui, area)

    # -- words -----------------------------------------------------------------------------
    def _t(self, key: str, **params: object) -> str:
        return self.tr(KEY + key, **params)

    def _pick(self, text) -> str:
        """A level text with whom the message is to filled in."""
        contact = self.model.contact()
        name = contact.name if contact else ""
        return self.tr.pick(text, name=name if isinstance(name, str) else self.tr.pick(name))

    def _who(self, contact) -> str:
        """How someone to write to is shown: the player's words with the role, else the role."""
        role = self.tr.pick(contact.role) if contact.role else ""
        if contact.words and role:
            return self._t("who_with_words", words=contact.words, role=role)
        return contact.words or role

    def _story(self, contact) -> str:
        person = contact.person
        if person is None:
            return self.tr.pick(contact.story or {})
        place = "in_finland" if person.in_finland else "abroad"
        return self._t(
            "map_story",
            sector=self.tr.pick(person.sector),
            ring=self.tr.pick(person.ring),
            place=self.tr(f"task.network_map.{place}"),
        )

    # -- whom to write to ------------------------------------------------------------------
    def _build_contacts(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        model, cfg = self.model, self.model.config
        contacts = model.contacts()
        # one row of up to three cards; the map's people may make two
        columns = min(3, len(contacts))
        rows = (len(contacts) + columns - 1) // columns
        height = 210 if rows == 1 else 150
        width = (area.width - GAP * (columns - 1)) // columns
        for index, contact in enumerate(contacts):
            column, row = index % columns, index // columns
            rect = pygame.Rect(
                area.x + column * (width + GAP),
                area.y + TOP_ROW + row * (height + GAP),
                width,
                height,
            )
            ui.card(
                f"contact:{contact.id}",
                self._story(contact),
                rect,
                lambda cid=contact.id: self.act(lambda: model.pick_contact(cid)),
                title=self._who(contact),
                selected=contact.id == model.state["contact"],
                text_size=22,
            )
        if cfg.contact_note is not None:
            note = self.tr.pick(cfg.contact_note)
            if cfg.contact_note_source:
                note += "\n" + self._t("source", source=cfg.contact_note_source)
            top = area.y + TOP_ROW + rows * (height + GAP) + 20
            box = pygame.Rect(area.x, top, area.width, min(120, area.bottom - top))
            ui.panel(box, palette.ACCENT_SOFT)
            ui.text(note, box.inflate(-40, -28), size=21)
        chosen = model.state["contact"] or contacts[0].id
        self.host.preferred_focus = f"contact:{chosen}"

    # -- building the message --------------------------------------------------------------
    def _build_message(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        model = self.model
        current = model.state["current"]
        left = pygame.Rect(area.x, TOP_ROW + area.y + button_height() + 12, 600, 0)
        left.height = area.bottom - left.y
        right = pygame.Rect(left.right + 30, left.y, area.right - left.right - 30, left.height)

        # The options of the part being chosen come first in the focus order: after a choice the
        # next part opens and focus lands on its first option.
        n, total = model.position
        part = model.part(current)
        ui.text(
            self._t("part_of", n=n, total=total, part=self.tr.pick(part.name)),
            pygame.Rect(left.x, left.y, left.width, 32),
            size=22,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        options = model.options(current)
        top = left.y + 40
        height = min(92, (left.bottom - top - 8 * (len(options) - 1)) // len(options))
        chosen = model.state["parts"].get(current)
        for index, option in enumerate(options):
            rect = pygame.Rect(left.x, top + index * (height + 8), left.width, height)
            ui.card(
                f"option:{option.id}",
                self._pick(option.text),
                rect,
                lambda oid=option.id: self.act(lambda: model.choose(oid)),
                selected=option.id == chosen,
                text_size=20,
            )
        self.host.preferred_focus = f"option:{chosen or options[0].id}"

        # Send sits at the top right, as in a mail program; it opens once every part is chosen.
        send = self._t("send")
        width = button_width(send)
        ui.button(
            "send",
            send,
            pygame.Rect(area.right - width, area.y + TOP_ROW, width, button_height()),
            lambda: self.act(model.send),
            enabled=model.ready,
        )

        self._letter(ui, right, interactive=True)

        # Part tabs: any part can be opened again; the letter shows which are still empty.
        tabs = [
            (
                f"part:{item.id}",
                self.tr.pick(item.name),
                lambda pid=item.id: self.act(lambda: model.go_to(pid)),
                {"secondary": item.id != current},
            )
            for item in model.config.parts
        ]
        ui.button_row(tabs, area.y + TOP_ROW, left=area.x, align="left", gap=12)

    def _letter(self, ui: ViewBuilder, box: pygame.Rect, *, interactive: bool) -> None:
        """The message as it stands: a "To" line, then one paragraph per part."""
        model = self.model
        contact = model.contact()
        to_line = pygame.Rect(box.x, box.y, box.width, 40)
        if interactive and len(model.contacts()) > 1:
            label = self._t("change_contact")
            width = button_width(label, 100)
            ui.button(
                "change-contact",
                label,
                pygame.Rect(box.right - width, box.y, width, 40),
                lambda: self.act(model.change_contact),
                secondary=True,
            )
            to_line.width -= width + 12
        ui.text(
            self._t("to", contact=self._who(contact)),
            to_line,
            size=20,
            bold=True,
            middle=True,
        )
        paper = pygame.Rect(box.x, to_line.bottom + 8, box.width, box.bottom - to_line.bottom - 8)
        ui.panel(paper, palette.PANEL)
        parts = model.config.parts
        inner = paper.inflate(-32, -24)
        lines = [(self.tr.pick(model.greeting()), palette.INK)]
        for part in parts:
            option = model.chosen(part.id)
            name = self.tr.pick(part.name)
            if option is None:
                lines.append((self._t("empty_part", part=name), palette.MUTED))
            elif not option.in_letter:
                lines.append((self._t("left_out", part=name), palette.MUTED))
            else:
                lines.append((self._pick(option.text), palette.INK))
        # The paragraphs flow like a letter, in one size: the largest at which all of them fit.
        size = LETTER_TEXT_SIZE
        while (
            size > MIN_LETTER_TEXT_SIZE and _flowed_height(lines, size, inner.width) > inner.height
        ):
            size -= 1
        y = inner.y
        current = model.state["current"] if interactive else None
        for part, (text, color) in zip([None, *parts], lines, strict=True):
            height = _text_height(text, size, inner.width)
            rect = pygame.Rect(inner.x, y, inner.width, min(height, inner.bottom - y))
            if part is not None and part.id == current:
                # The part being chosen, shaded in the letter (the heading names it too).
                ui.panel(rect.inflate(16, 8), palette.ACCENT_SOFT)
            ui.text(text, rect, size=size, color=color)
            y += height + PARAGRAPH_GAP

    # -- how it landed ---------------------------------------------------------------------
    def _build_sent(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        model = self.model
        landing = model.landing()
        left = pygame.Rect(area.x, area.y, 580, area.height)
        self._letter(ui, left, interactive=False)

        right = pygame.Rect(left.right + 30, area.y, area.right - left.right - 30, area.height)
        ui.text(
            self._pick(landing.heading),
            pygame.Rect(right.x, right.y, right.width, 40),
            size=26,
            bold=True,
            color=palette.ACCENT_DARK,
            middle=True,
        )
        bubble = pygame.Rect(right.x, right.y + 48, right.width, 110)
        ui.panel(bubble, palette.PANEL)
        ui.text(self._pick(landing.reply), bubble.inflate(-32, -24), size=20)
        y = bubble.bottom + 14
        advice_height = 100 if landing.follow_up is not None else 150
        ui.text(
            self._pick(landing.advice), pygame.Rect(right.x, y, right.width, advice_height), size=20
        )
        y += advice_height + 6
        if landing.follow_up is not None:
            ui.text(
                self._t("follow_up"),
                pygame.Rect(right.x, y, right.width, 28),
                size=18,
                bold=True,
                color=palette.MUTED,
            )
            note = pygame.Rect(right.x, y + 30, right.width, 76)
            ui.panel(note, palette.ACCENT_SOFT)
            follow_up = f"{self.tr.pick(model.greeting())} {self._pick(landing.follow_up)}"
            ui.text(follow_up, note.inflate(-32, -16), size=19)
        ui.button_row(
            [("edit", self._t("edit"), lambda: self.act(model.edit), {"secondary": True})],
            area.bottom - button_height(),
            right=right.right,
        )
        self.host.preferred_focus = "done"


def _text_height(text: str, size: int, width: int) -> int:
    return render(text, size, palette.INK, width=width).get_height()


def _flowed_height(lines: list[tuple[str, tuple[int, int, int]]], size: int, width: int) -> int:
    heights = [_text_height(text, size, width) for text, _ in lines]
    return sum(heights) + PARAGRAPH_GAP * (len(heights) - 1)
