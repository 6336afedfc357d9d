"""Step 6's event on screen, in the left column: a moment, its options and, once one is chosen,
how it went; at the end, the contacts the event gave. Every box is as tall as its words."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.tasks.profile_event.model import EventOption
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.measure import button_box, card_height, text_height

if TYPE_CHECKING:
    from steps_game.tasks.profile_event.view import ProfileEventView

GAP = 12
OPTION_TEXT = 20
KEY = "task.profile_event."


class MomentPart:
    def __init__(self, view: ProfileEventView) -> None:
        self.view = view

    @property
    def tr(self):
        return self.view.tr

    def _label(self, ui: ViewBuilder, text: str, main: pygame.Rect) -> int:
        """The small bold line over the column (the moment, the event's name); its height."""
        height = text_height(text, 18, main.width, role="secondary", bold=True)
        ui.text(
            text,
            pygame.Rect(main.x, main.y, main.width, height),
            size=18,
            bold=True,
            color=palette.ACCENT_DARK,
            role="secondary",
        )
        return height

    def build(self, ui: ViewBuilder, main: pygame.Rect) -> None:
        view, tr, model = self.view, self.tr, self.view.model
        moment = model.current()
        assert moment is not None
        n, total = model.position
        overline = f"{tr(KEY + 'moment', n=n, total=total)} · {tr.pick(model.event.name)}"
        top = main.y + self._label(ui, overline, main) + 6
        scene_text = view.event_text(moment.scene)
        scene_h = text_height(scene_text, 21, main.width - 32) + 16
        scene = pygame.Rect(main.x, top, main.width, scene_h)
        ui.panel(scene, palette.ACCENT_SOFT)
        ui.text(scene_text, scene.inflate(-32, -16), size=21, middle=True)

        options = model.options(moment)
        labels = [view.event_text(option.label) for option in options]
        # two columns when the words leave them room; options side by side share one height
        columns = 2
        width = (main.width - GAP) // 2
        height = max(card_height(text, width, text_size=OPTION_TEXT) for text in labels)
        if height > main.height:
            columns, width = 1, main.width
            height = max(card_height(text, width, text_size=OPTION_TEXT) for text in labels)
        chosen = model.chosen(moment)
        top = scene.bottom + GAP
        for index, (option, label) in enumerate(zip(options, labels, strict=True)):
            column, row = index % columns, index // columns
            rect = pygame.Rect(
                main.x + column * (width + GAP), top + row * (height + GAP), width, height
            )
            if chosen is None:
                ui.card(
                    f"option:{option.id}",
                    label,
                    rect,
                    lambda oid=option.id: view.act(lambda: model.answer(oid)),
                    text_size=OPTION_TEXT,
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
                )
        if chosen is None:
            view.host.preferred_focus = f"option:{options[0].id}"
            return
        rows = (len(options) + columns - 1) // columns
        self._build_reveal(ui, main, top + rows * (height + GAP), chosen)

    def _build_reveal(
        self, ui: ViewBuilder, main: pygame.Rect, top: int, chosen: EventOption
    ) -> None:
        view, tr, model = self.view, self.tr, self.view.model
        moment = model.current()
        assert moment is not None
        best = max(o.points for o in model.options(moment))
        if chosen.points == best:
            verdict, color = tr(KEY + "best"), palette.GOOD
        elif chosen.points > 0:
            verdict, color = tr(KEY + "good"), palette.ACCENT_DARK
        else:
            verdict, color = tr(KEY + "missed"), palette.WARN
        n, total = model.position
        label = tr(KEY + "next") if n < total else tr(KEY + "to_end")
        panel = pygame.Rect(main.x, top, main.width, main.bottom - top)
        inner = panel.inflate(-32, -20)
        button_w, row_h = button_box(label, inner.width)
        verdict_h = text_height(verdict, 22, inner.width, bold=True)
        reason = tr.pick(chosen.reason)
        # the reason beside the button when that leaves it room, else over it
        beside = inner.width - button_w - 20
        reason_h = text_height(reason, 19, beside)
        needed = verdict_h + 4 + max(reason_h, row_h)
        if beside < inner.width // 2 or needed > inner.height:
            beside = inner.width
            reason_h = text_height(reason, 19, beside)
            needed = verdict_h + 4 + reason_h + 8 + row_h
        panel.height = min(panel.height, needed + 20)
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
        ui.text(reason, pygame.Rect(inner.x, reason_top, beside, reason_h), size=19)
        ui.button(
            "next",
            label,
            pygame.Rect(inner.right - button_w, inner.bottom - row_h, button_w, row_h),
            lambda: view.act(model.next),
        )
        view.host.preferred_focus = "next"

    def build_end(self, ui: ViewBuilder, main: pygame.Rect) -> None:
        view, tr, model = self.view, self.tr, self.view.model
        top = main.y + self._label(ui, tr.pick(model.event.name), main) + 6
        panel = pygame.Rect(main.x, top, main.width, main.bottom - top)
        ui.panel(panel, palette.PANEL)
        inner = panel.inflate(-40, -32)
        y = inner.y
        blocks: list[tuple[str, int, str, dict]] = [(tr(KEY + "over"), 26, "title", {"bold": True})]
        found = model.contacts()
        if found:
            blocks.append((tr(KEY + "contacts"), 21, "body", {"bold": True}))
            for contact_id in found:
                blocks.append(("• " + tr.pick(model.contact_text(contact_id)), 21, "body", {}))
        else:
            blocks.append((tr(KEY + "no_contacts"), 21, "body", {}))
        hint = tr(KEY + "done_hint", done=tr("host.done"))
        blocks.append((hint, 19, "hint", {"color": palette.MUTED}))
        for text, size, role, style in blocks:
            height = text_height(text, size, inner.width, role=role, bold=style.get("bold", False))
            ui.text(
                text, pygame.Rect(inner.x, y, inner.width, height), size=size, role=role, **style
            )
            y += height + 10
        view.host.preferred_focus = "done"
