"""Step 6's event on screen, in the left column: a moment, its options and, once one is chosen,
how it went; at the end, the contacts the event gave. Every box is as tall as its words."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.tasks.profile_event.paged import build_paged
from steps_game.tasks.profile_event.parts import EventOption
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.flow import page_turn_label, widest_page_turn_label
from steps_game.ui.measure import button_box, card_height, stack_pages, text_height

if TYPE_CHECKING:
    from steps_game.tasks.profile_event.view import ProfileEventView

GAP = 12
OPTION_TEXT = 20
KEY = "task.profile_event."
MORE = "more-moment"


class MomentPart:
    def __init__(self, view: ProfileEventView) -> None:
        self.view = view
        self.page = 0  # of the moment's blocks, when they do not all fit the column
        self._key: object = None  # the moment and whether it is chosen: a new one starts a page
        self.reveal_page = False
        self.page_room: int | None = None  # a stacked board's page height, as last built
        self.lead = 0  # how much of a stacked board's first page stands over the moment

    @property
    def tr(self):
        return self.view.tr

    @staticmethod
    def _label_height(text: str, width: int) -> int:
        return text_height(text, 18, width, role="secondary", bold=True)

    def _label(self, ui: ViewBuilder, text: str, main: pygame.Rect) -> int:
        """The small bold line over the column (the moment, the event's name); its height."""
        height = self._label_height(text, main.width)
        ui.text(
            text,
            pygame.Rect(main.x, main.y, main.width, height),
            size=18,
            bold=True,
            color=palette.ACCENT_DARK,
            role="secondary",
        )
        return height

    def _option_grid(
        self, labels: list[tuple[str, str]], room: int, width: int
    ) -> tuple[int, int, int]:
        """Columns, width and height of the options (their words and Finnish words): two
        columns when a row of them fits the column's `room`, else one; options share one
        height (the tallest words')."""
        for columns in (2, 1):
            card_w = (width - GAP * (columns - 1)) // columns
            height = max(
                card_height(text, card_w, text_size=OPTION_TEXT, finnish=finnish)
                for text, finnish in labels
            )
            if height <= room:
                break
        return columns, card_w, height

    def _pages(
        self, ui: ViewBuilder, main: pygame.Rect, heights: list[int], key, reveal=0, keep=()
    ) -> dict[int, int]:
        """The blocks (of `heights`, one under the other) on the page shown, and the top of
        each; with a button turning the page when they do not all fit `main`. Just after a
        choice, the page shown is the one with block `reveal` (how it went). The blocks in
        `keep` stay with the one after them (ui/measure.stack_pages)."""
        more = widest_page_turn_label(self.tr)
        more_w, more_h = button_box(more, main.width)
        shown_pages = stack_pages(heights, GAP, main.height, more_h, keep)
        if key != self._key:
            self._key, self.page = key, 0
        if self.reveal_page:  # a choice was just made: to the page where its reveal is
            self.reveal_page = False
            self.page = next(i for i, page in enumerate(shown_pages) if reveal in page)
        self.page = min(self.page, len(shown_pages) - 1)
        if len(shown_pages) > 1:
            words = page_turn_label(self.tr, self.page + 1, len(shown_pages))
            rect = pygame.Rect(main.right - more_w, main.bottom - more_h, more_w, more_h)
            ui.button(MORE, words, rect, lambda: self._turn(len(shown_pages)), secondary=True)
        tops, y = {}, main.y
        for index in shown_pages[self.page]:
            tops[index] = y
            y += heights[index] + GAP
        return tops

    def _turn(self, count: int) -> None:
        self.page = (self.page + 1) % count
        self.view.host.rebuild()
        self.view.host.ring.focus(MORE)

    def _measure(self, main: pygame.Rect) -> dict:
        """The moment's words and the heights of its blocks in a column like `main`: the scene,
        each row of options, and how the choice went once one is made."""
        view, tr, model = self.view, self.tr, self.view.model
        moment = model.current()
        assert moment is not None
        n, total = model.position
        # the event's name with its first moment, where it begins; after that the moment's
        # number alone (twentieth Arabic 200 % play-test: the name, 8 words, was read again
        # over every moment's pages). One moment, a set's: the name, no "Moment 1 of 1".
        overline = tr.pick(model.event.name)
        if total > 1 and n > 1:
            overline = tr(KEY + "moment", n=n, total=total)
        elif total > 1:
            overline = f"{tr(KEY + 'moment', n=n, total=total)} · {overline}"
        label_h = self._label_height(overline, main.width)
        scene_text = view.event_text(moment.scene)
        scene_h = text_height(scene_text, 21, main.width - 32) + 16
        options = model.options(moment)
        labels = [
            (view.numbered(i, view.event_text(o.label)), view.finnish(o.term))
            for i, o in enumerate(options)
        ]
        more_h = button_box(widest_page_turn_label(tr), main.width)[1]
        columns, width, height = self._option_grid(labels, main.height - more_h - GAP, main.width)
        rows = -(-len(options) // columns)
        chosen = model.chosen(moment)
        heights = [label_h + 6 + scene_h, *[height] * rows]
        if chosen is not None:
            heights.append(self._reveal_height(chosen, main.width))
        return {
            "overline": overline,
            "label_h": label_h,
            "scene": (scene_text, scene_h),
            "options": list(zip(options, labels, strict=True)),
            "grid": (columns, width, height, rows),
            "chosen": chosen,
            "heights": heights,
            "key": (n, chosen is None),
        }

    def _end_blocks(self, width: int) -> list[tuple[str, int, str, dict]]:
        tr, model = self.tr, self.view.model
        blocks: list[tuple[str, int, str, dict]] = [(tr(KEY + "over"), 26, "title", {"bold": True})]
        found = model.contacts()
        if found:
            blocks.append((tr(KEY + "contacts"), 21, "body", {"bold": True, "keep": True}))
            # the contacts kept together under their heading where they fit a page: the
            # second stood alone on the next page, without the heading (eleventh play-test)
            for contact_id in found:
                text = "• " + tr.pick(model.contact_text(contact_id))
                blocks.append((text, 21, "body", {"keep": True}))
        else:
            blocks.append((tr(KEY + "no_contacts"), 21, "body", {}))
        # the line before the hint kept with it: the hint alone on a last page was one more
        # page turn for a line about a button (tenth Arabic keyboard play-test, e6_12)
        text, size, role, style = blocks[-1]
        blocks[-1] = (text, size, role, {**style, "keep": True})
        hint = tr(KEY + "done_hint", done=tr("host.done"))
        blocks.append((hint, 19, "hint", {"color": palette.MUTED}))
        return [
            (text, size, role, {**style, "height": self._block_h(text, size, role, style, width)})
            for text, size, role, style in blocks
        ]

    @staticmethod
    def _block_h(text: str, size: int, role: str, style: dict, width: int) -> int:
        return text_height(text, size, width - 40, role=role, bold=style.get("bold", False))

    def _end_height(self, width: int) -> int:
        """The event's name over the panel of what it gave, all in view."""
        label_h = self._label_height(self.tr.pick(self.view.model.event.name), width)
        blocks = self._end_blocks(width)
        return label_h + 6 + 32 + sum(style["height"] + 10 for *_, style in blocks) - 10

    def fits(self, main: pygame.Rect, *, chat: bool = False) -> bool:
        """Whether the moment (or the end) fits `main` whole, beside the chat (with `chat`,
        the chat under it too)."""
        self.page_room = None  # (laid out whole, not on a stacked board's pages)
        if self.view.model.phase == "done":
            return self._end_height(main.width) <= main.height
        heights = self._measure(main)["heights"]
        if chat:
            heights = [*heights, self.view.chat_height(main.width)]
        return sum(heights) + GAP * (len(heights) - 1) <= main.height

    def _chat_block(self, main: pygame.Rect, more_h: int) -> int:
        return min(self.view.chat_height(main.width), main.height - more_h - GAP)

    def build(self, ui: ViewBuilder, main: pygame.Rect, *, chat: bool = False) -> None:
        """The moment in `main`; with `chat`, the chat follows it as its last block."""
        view = self.view
        self.page_room = getattr(ui, "page_room", None)
        if self.page_room is not None:  # on a stacked board's pages (large text)
            build_paged(self, ui, main)
            return
        m = self._measure(main)
        heights = list(m["heights"])
        more_h = button_box(widest_page_turn_label(self.tr), main.width)[1]
        if chat:
            heights.append(self._chat_block(main, more_h))
        # the moment kept with its first options: never chosen without it
        tops = self._pages(ui, main, heights, m["key"], reveal=m["grid"][3] + 1, keep=(0,))
        if 0 in tops:
            self._label(ui, m["overline"], main)
            scene_text, scene_h = m["scene"]
            scene = pygame.Rect(main.x, main.y + m["label_h"] + 6, main.width, scene_h)
            ui.panel(scene, palette.ACCENT_SOFT)
            ui.text(scene_text, scene.inflate(-32, -16), size=21, middle=True)
            # what is happening, kept with the first options: never chosen without it
            ui.keep_with_next(main.y, scene.bottom)
        columns, width, height, rows = m["grid"]
        chosen = m["chosen"]
        for index, (option, (label, finnish)) in enumerate(m["options"]):
            column, row = index % columns, index // columns
            if row + 1 not in tops:
                continue
            rect = pygame.Rect(main.x + column * (width + GAP), tops[row + 1], width, height)
            if chosen is None:
                ui.card(
                    f"option:{option.id}",
                    label,
                    rect,
                    lambda oid=option.id: self._answer(oid),
                    text_size=OPTION_TEXT,
                    finnish=finnish,
                )
            else:
                ui.card(
                    f"option:{option.id}",
                    label,
                    rect,
                    None,
                    selected=option.id == chosen.id,
                    dimmed=option.id != chosen.id,
                    text_size=OPTION_TEXT,
                    finnish=finnish,
                )
        if chat and len(heights) - 1 in tops:
            place = len(heights) - 1
            view.build_chat(ui, pygame.Rect(main.x, tops[place], main.width, heights[place]))
        if chosen is None:
            ring = view.host.ring
            shown = [o.id for o, _ in m["options"] if ring.by_id(f"option:{o.id}") is not None]
            view.host.preferred_focus = f"option:{shown[0]}" if shown else MORE
            return
        if rows + 1 in tops:
            rect = pygame.Rect(main.x, tops[rows + 1], main.width, heights[rows + 1])
            self._build_reveal(ui, rect, chosen)
        else:
            view.host.preferred_focus = MORE

    def _answer(self, option_id: str) -> None:
        self.reveal_page = True
        self.view.act(lambda: self.view.model.answer(option_id))

    def _verdict(self, chosen: EventOption) -> tuple[str, tuple[int, int, int]]:
        tr, model = self.tr, self.view.model
        moment = model.current()
        assert moment is not None
        best = max(o.points for o in model.options(moment))
        if chosen.points == best:
            return tr(KEY + "best"), palette.GOOD
        if chosen.points > 0 and not chosen.active:  # not "Good" beside "active at 0 of 1"
            return tr(KEY + "start"), palette.ACCENT_DARK
        if chosen.points > 0:
            return tr(KEY + "good"), palette.ACCENT_DARK
        return tr(KEY + "missed"), palette.WARN

    def _reveal_parts(self, chosen: EventOption, width: int):
        """The reveal's words and measures in a panel `width` wide: verdict, reason (beside the
        button when that leaves it room, else over it), the button's label and size."""
        n, total = self.view.model.position
        label = self.tr(KEY + "next") if n < total else self.tr(KEY + "to_end")
        inner_w = width - 32
        button_w, row_h = button_box(label, inner_w)
        verdict, color = self._verdict(chosen)
        verdict_h = text_height(verdict, 22, inner_w, bold=True)
        reason = self.tr.pick(chosen.reason)
        beside = inner_w - button_w - 20
        if beside < inner_w // 2:
            beside = inner_w
        reason_h = text_height(reason, 19, beside)
        room = self.page_room
        if room is not None and verdict_h + 4 + reason_h > room - 20 and beside < inner_w:
            # over the button, the whole width: beside it the verdict and its reason were
            # too tall for a page together, and the verdict ended the page before (s6_20)
            beside, reason_h = inner_w, text_height(reason, 19, inner_w)
        if beside == inner_w:
            needed = verdict_h + 4 + reason_h + 8 + row_h
        else:
            needed = verdict_h + 4 + max(reason_h, row_h)
        return (
            (verdict, color, verdict_h),
            (reason, beside, reason_h),
            (label, button_w, row_h),
            (needed + 20),
        )

    def _reveal_height(self, chosen: EventOption, width: int) -> int:
        return self._reveal_parts(chosen, width)[3]

    def _build_reveal(self, ui: ViewBuilder, panel: pygame.Rect, chosen: EventOption) -> None:
        view, model = self.view, self.view.model
        (verdict, color, verdict_h), (reason, beside, reason_h), (label, button_w, row_h), _ = (
            self._reveal_parts(chosen, panel.width)
        )
        inner = panel.inflate(-32, -20)
        ui.panel(panel, palette.PANEL)
        ui.text(
            verdict,
            pygame.Rect(inner.x, inner.y, inner.width, verdict_h),
            size=22,
            bold=True,
            color=color,
        )
        reason_top = inner.y + verdict_h + 4
        # the verdict with its reason on one page (fifth Arabic play-test: moment 2's verdict
        # ended the page before its reason and "Next moment", s6_20)
        ui.keep_with_next(inner.y, inner.y + verdict_h)
        ui.text(reason, pygame.Rect(inner.x, reason_top, beside, reason_h), size=19)
        ui.button(
            "next",
            label,
            pygame.Rect(inner.right - button_w, inner.bottom - row_h, button_w, row_h),
            lambda: view.act(model.next),
        )
        view.host.preferred_focus = "next"

    def build_end(self, ui: ViewBuilder, main: pygame.Rect, *, chat: bool = False) -> None:
        """What the event gave, in `main`; with `chat`, the chat follows on as its own block."""
        view, tr, model = self.view, self.tr, self.view.model
        more_h = button_box(widest_page_turn_label(tr), main.width)[1]
        heights = [self._end_height(main.width)]
        if chat:
            heights.append(self._chat_block(main, more_h))
        tops = self._pages(ui, main, heights, key="end")
        if chat and 1 in tops:
            view.build_chat(ui, pygame.Rect(main.x, tops[1], main.width, heights[1]))
        view.host.preferred_focus = "done"
        if 0 not in tops:
            return
        column = pygame.Rect(main.x, tops[0], main.width, heights[0])
        top = column.y + self._label(ui, tr.pick(model.event.name), column) + 6
        ui.keep_with_next(column.y, top)  # the event's name never alone on a page
        panel = pygame.Rect(column.x, top, column.width, column.bottom - top)
        ui.panel(panel, palette.PANEL)
        inner = panel.inflate(-40, -32)
        y = inner.y
        for text, size, role, style in self._end_blocks(main.width):
            height = style.pop("height")
            if style.pop("keep", False):  # kept with what follows: the contacts' heading (it
                ui.keep_with_next(y, y + height)  # ended a page alone, ninth play-test s6_32)
            ui.text(
                text, pygame.Rect(inner.x, y, inner.width, height), size=size, role=role, **style
            )
            y += height + 10
