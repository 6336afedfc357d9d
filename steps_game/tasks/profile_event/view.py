"""Step 6 on screen: profile cards beside a live profile preview, then an online event.

Left column: the cards (part 1) or the event's moment and its options (part 2). Right column: the
profile filling up (part 1) or the chat with what the player wrote (part 2).
"""

from __future__ import annotations

import pygame

from steps_game.tasks.profile_event.model import EventOption, ProfileEventModel
from steps_game.tasks.view import TaskView
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder, button_height, button_width

COLUMNS = 3
GAP = 12
SIDE_WIDTH = 420  # the preview or chat column on the right
BANNER = 66
AVATAR_RADIUS = 44


class ProfileEventView(TaskView[ProfileEventModel]):
    # The preview's banner and photo on screen, where build() put them; draw() draws them there.
    _banner: pygame.Rect | None = None
    _avatar_center: tuple[float, float] = (0, 0)

    def instruction(self) -> str:
        cfg = self.model.config
        if self.model.phase == "profile":
            return self.tr.pick(cfg.profile_instruction)
        return self.tr.pick(cfg.event_instruction)

    # -- helpers ---------------------------------------------------------------------------
    def _areas(self, area: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
        side = pygame.Rect(area.right - SIDE_WIDTH, area.top, SIDE_WIDTH, area.height)
        main = pygame.Rect(area.left, area.top, area.width - SIDE_WIDTH - 20, area.height)
        return main, side

    def _event_text(self, text) -> str:
        """A level text with the event's {event}, {pitch} and {question} filled in."""
        params = {key: self.tr.pick(value) for key, value in self.model.text_params().items()}
        return self.tr.pick(text, **params)

    def build(self, ui: ViewBuilder, area: pygame.Rect) -> None:
        self._banner = None
        main, side = self._areas(area)
        if self.model.phase == "profile":
            self._build_cards(ui, main)
            self._build_preview(ui, side)
        else:
            if self.model.phase == "done":
                self._build_end(ui, main)
            else:
                self._build_moment(ui, main)
            self._build_chat(ui, side)

    # -- part 1: the profile ---------------------------------------------------------------
    def _build_cards(self, ui: ViewBuilder, main: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        cards = model.cards
        rows = (len(cards) + COLUMNS - 1) // COLUMNS
        grid_height = main.height - button_height() - GAP
        width = (main.width - GAP * (COLUMNS - 1)) // COLUMNS
        height = min(110, (grid_height - GAP * (rows - 1)) // rows)
        for index, card in enumerate(cards):
            column, row = index % COLUMNS, index // COLUMNS
            rect = pygame.Rect(
                main.x + column * (width + GAP), main.y + row * (height + GAP), width, height
            )
            ui.card(
                f"item:{card.id}",
                tr.pick(card.label),
                rect,
                lambda cid=card.id: self.act(lambda: model.toggle(cid)),
                selected=model.in_profile(card.id),
                text_size=19,
            )
        label = tr("task.profile_event.to_event")
        button_w = button_width(label)
        y = main.bottom - button_height()
        count = len(model.state["profile"])
        minimum = model.config.profile_min
        status = (
            tr("task.profile_event.ready")
            if count >= minimum
            else tr("task.profile_event.need_more", min=minimum)
        )
        ui.text(
            status,
            pygame.Rect(main.x, y, main.width - button_w - 20, button_height()),
            size=18,
            color=palette.MUTED,
            middle=True,
        )
        ui.button(
            "to-event",
            label,
            pygame.Rect(main.right - button_w, y, button_w, button_height()),
            lambda: self.act(model.go_to_event),
            enabled=model.can_go_to_event,
        )
        self.host.preferred_focus = f"item:{cards[0].id}"

    def _build_preview(self, ui: ViewBuilder, side: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        ui.panel(side, palette.PANEL)
        self._banner = ui.place(pygame.Rect(side.x, side.y, side.width, BANNER))
        self._avatar_center = ui.place_point((side.x + 28 + AVATAR_RADIUS, side.y + BANNER))
        text_x = side.x + 28 + 2 * AVATAR_RADIUS + 16
        ui.text(
            tr("task.profile_event.profile_heading"),
            pygame.Rect(text_x, side.y + BANNER + 6, side.right - text_x - 16, 30),
            size=22,
            bold=True,
        )
        chosen = model.profile_items
        ui.text(
            tr("task.profile_event.profile_count", count=len(chosen)),
            pygame.Rect(text_x, side.y + BANNER + 38, side.right - text_x - 16, 26),
            size=18,
            color=palette.MUTED,
        )
        body = pygame.Rect(side.x + 24, side.y + BANNER + 2 * AVATAR_RADIUS - 4, side.width - 48, 0)
        body.height = side.bottom - 16 - body.y
        if chosen:
            lines = "\n".join("• " + tr.pick(card.label) for card in chosen)
            ui.text(lines, body, size=19)
        else:
            ui.text(tr("task.profile_event.profile_empty"), body, size=19, color=palette.MUTED)

    # -- part 2: the event -----------------------------------------------------------------
    def _build_moment(self, ui: ViewBuilder, main: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        moment = model.current()
        assert moment is not None
        n, total = model.position
        overline = (
            f"{tr('task.profile_event.moment', n=n, total=total)} · {tr.pick(model.event.name)}"
        )
        ui.text(
            overline,
            pygame.Rect(main.x, main.y, main.width, 26),
            size=18,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        scene = pygame.Rect(main.x, main.y + 32, main.width, 84)
        ui.panel(scene, palette.ACCENT_SOFT)
        ui.text(self._event_text(moment.scene), scene.inflate(-32, -16), size=21, middle=True)

        options = model.options(moment)
        chosen = model.chosen(moment)
        width = (main.width - GAP) // 2
        height = 84
        top = scene.bottom + GAP
        for index, option in enumerate(options):
            column, row = index % 2, index // 2
            rect = pygame.Rect(
                main.x + column * (width + GAP), top + row * (height + GAP), width, height
            )
            if chosen is None:
                ui.card(
                    f"option:{option.id}",
                    self._event_text(option.label),
                    rect,
                    lambda oid=option.id: self.act(lambda: model.answer(oid)),
                    text_size=20,
                )
            else:
                ui.card(
                    f"option:{option.id}",
                    self._event_text(option.label),
                    rect,
                    None,
                    selected=option.id == chosen.id,
                    dimmed=option.id != chosen.id,
                    text_size=20,
                )
        if chosen is None:
            self.host.preferred_focus = f"option:{options[0].id}"
            return
        rows = (len(options) + 1) // 2
        self._build_reveal(ui, main, top + rows * (height + GAP), chosen)

    def _build_reveal(
        self, ui: ViewBuilder, main: pygame.Rect, top: int, chosen: EventOption
    ) -> None:
        tr, model = self.tr, self.model
        moment = model.current()
        assert moment is not None
        best = max(o.points for o in model.options(moment))
        if chosen.points == best:
            verdict, color = tr("task.profile_event.best"), palette.GOOD
        elif chosen.points > 0:
            verdict, color = tr("task.profile_event.good"), palette.ACCENT_DARK
        else:
            verdict, color = tr("task.profile_event.missed"), palette.WARN
        panel = pygame.Rect(main.x, top, main.width, main.bottom - top)
        ui.panel(panel, palette.PANEL)
        n, total = model.position
        label = tr("task.profile_event.next") if n < total else tr("task.profile_event.to_end")
        button_w = button_width(label)
        inner = panel.inflate(-32, -20)
        ui.text(
            verdict, pygame.Rect(inner.x, inner.y, inner.width, 30), size=22, bold=True, color=color
        )
        ui.text(
            tr.pick(chosen.reason),
            pygame.Rect(inner.x, inner.y + 34, inner.width - button_w - 20, inner.height - 34),
            size=19,
        )
        ui.button(
            "next",
            label,
            pygame.Rect(
                inner.right - button_w, inner.bottom - button_height(), button_w, button_height()
            ),
            lambda: self.act(model.next),
        )
        self.host.preferred_focus = "next"

    def _build_end(self, ui: ViewBuilder, main: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        ui.text(
            tr.pick(model.event.name),
            pygame.Rect(main.x, main.y, main.width, 26),
            size=18,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        panel = pygame.Rect(main.x, main.y + 32, main.width, main.height - 32)
        ui.panel(panel, palette.PANEL)
        inner = panel.inflate(-40, -32)
        ui.text(
            tr("task.profile_event.over"),
            pygame.Rect(inner.x, inner.y, inner.width, 36),
            size=26,
            bold=True,
        )
        found = model.contacts()
        if found:
            ui.text(
                tr("task.profile_event.contacts"),
                pygame.Rect(inner.x, inner.y + 56, inner.width, 30),
                size=21,
                bold=True,
            )
            lines = "\n".join("• " + tr.pick(model.contact_text(cid)) for cid in found)
            ui.text(lines, pygame.Rect(inner.x, inner.y + 92, inner.width, 150), size=21)
        else:
            ui.text(
                tr("task.profile_event.no_contacts"),
                pygame.Rect(inner.x, inner.y + 56, inner.width, 120),
                size=21,
            )
        self.host.preferred_focus = "done"
        ui.text(
            tr("task.profile_event.done_hint", done=tr("host.done")),
            pygame.Rect(inner.x, inner.bottom - 30, inner.width, 30),
            size=19,
            color=palette.MUTED,
        )

    def _build_chat(self, ui: ViewBuilder, side: pygame.Rect) -> None:
        tr, model = self.tr, self.model
        ui.panel(side, palette.PANEL)
        inner = side.inflate(-40, -32)
        ui.text(
            tr("task.profile_event.chat"),
            pygame.Rect(inner.x, inner.y, inner.width, 30),
            size=21,
            bold=True,
            color=palette.ACCENT_DARK,
        )
        said = []
        for moment in model.moments:
            option = model.chosen(moment)
            if option is not None and option.chat is not None:
                said.append(f"{tr('task.profile_event.you')}: {self._event_text(option.chat)}")
        body = pygame.Rect(inner.x, inner.y + 42, inner.width, inner.height - 42)
        if said:
            ui.text("\n\n".join(said), body, size=19)
        else:
            ui.text(tr("task.profile_event.chat_empty"), body, size=19, color=palette.MUTED)

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        if self.model.phase != "profile" or self._banner is None:
            return
        pygame.draw.rect(
            surface,
            palette.ACCENT_SOFT,
            self._banner,
            border_top_left_radius=12,
            border_top_right_radius=12,
        )
        center = self._avatar_center
        pictures = {card.picture for card in self.model.profile_items if card.picture}
        kind = "portrait" if "portrait" in pictures else ("group" if pictures else None)
        draw_avatar(surface, center, AVATAR_RADIUS, kind)


def draw_avatar(
    surface: pygame.Surface, center: tuple[int, int], radius: int, kind: str | None
) -> None:
    """The profile photo: one person, a group, or an empty frame with a question mark."""
    size = radius * 2
    picture = pygame.Surface((size, size), pygame.SRCALPHA)
    pygame.draw.circle(picture, (*palette.ACCENT_SOFT, 255), (radius, radius), radius)
    if kind == "portrait":
        _person(picture, radius, radius, radius, palette.ACCENT)
    elif kind == "group":
        for dx, scale in ((-0.5, 0.5), (0.5, 0.5), (0.0, 0.55)):
            _person(
                picture,
                round(radius + dx * radius),
                radius + round(radius * 0.15),
                round(radius * scale),
                palette.ACCENT_DARK if dx == 0 else palette.MUTED,
            )
    mask = pygame.Surface((size, size), pygame.SRCALPHA)
    pygame.draw.circle(mask, (255, 255, 255, 255), (radius, radius), radius)
    picture.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    rect = picture.get_rect(center=center)
    pygame.draw.circle(surface, palette.PANEL, center, radius + 4)
    surface.blit(picture, rect)
    pygame.draw.circle(surface, palette.BORDER, center, radius, width=2)
    if kind is None:
        from steps_game.ui.text import render

        mark = render("?", round(radius * 0.9), palette.MUTED, bold=True)
        surface.blit(mark, mark.get_rect(center=center))


def _person(surface: pygame.Surface, x: int, y: int, radius: int, color) -> None:
    """A head and shoulders, centred on (x, y), about `radius` tall from the middle."""
    head = max(3, round(radius * 0.36))
    pygame.draw.circle(surface, color, (x, y - round(radius * 0.22)), head)
    body = pygame.Rect(0, 0, round(radius * 1.3), round(radius * 1.1))
    body.midtop = (x, y + round(radius * 0.22))
    pygame.draw.ellipse(surface, color, body)
