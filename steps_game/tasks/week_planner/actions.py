"""Step 4's action cards: the grid that shows the most of them at the text size, page by page
with a "More actions" card, each card with its words and its tags (a part of the view, kept in a
module of its own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.tasks.week_planner.first_step import FROM_GOAL
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.cards import draw_check
from steps_game.ui.finnish_line import extra_height, words_and_finnish
from steps_game.ui.flow import page_turn_label
from steps_game.ui.focus import Control
from steps_game.ui.text import blit_text, is_rtl, render, role_size, text_size

if TYPE_CHECKING:
    from steps_game.tasks.week_planner.model import Action

GAP = 12
LABEL_SIZE = 20  # an action card's words (an option)
TAGS_SIZE = 16  # its hours, energy and mix (secondary)
MORE_ACTIONS = "more-actions"


class ActionCards:
    """WeekPlannerView's action cards."""

    def _grid(self, offered: list[Action], area_w: int, columns: int, room: int) -> tuple:
        """(columns, card width, card height, rows, tags height) of a grid of action cards, every
        card as tall as the longest words (with a Finnish word under them) and tags need (tags
        may take two lines)."""
        width = (area_w - GAP * (columns - 1)) // columns
        tags_h = max(self._tags_height(a, width - 20) for a in offered)
        label_h = max(self._label_height(a, width - 46) for a in offered)
        card_h = 16 + label_h + tags_h
        return columns, width, card_h, (room + 8) // (card_h + 8), tags_h

    @staticmethod
    def _action_pages(offered: list[Action], room: int) -> list[list[Action]]:
        """All actions on one page when they fit, else pages with a place kept for "more"."""
        if len(offered) <= room:
            return [offered]
        size = max(1, room - 1)
        return [offered[i : i + size] for i in range(0, len(offered), size)]

    def _more_actions(self, ui: ViewBuilder, rect: pygame.Rect, pages: int) -> None:
        def turn() -> None:
            self.page = (self.page + 1) % pages
            self.host.rebuild()
            self.host.ring.focus(MORE_ACTIONS)

        text = page_turn_label(self.tr, self.page + 1, pages)
        ui.card(MORE_ACTIONS, text, rect, turn, text_size=LABEL_SIZE)

    def _tag_line(self, action: Action) -> str:
        week = self.model.week_of(action.id)
        if week is None:
            return self.tags(action)
        if action.id == FROM_GOAL:  # (first among the cards at large text: going_on.py)
            # where it came from, in place of its mix: it stood in week 1 as if the player had
            # put it there (twenty-third Arabic 200 % play-test, e_149); and what it costs: a
            # week over its hours from the start said nothing of why (twenty-eighth, s4_60)
            cost = (
                self._t("hours", hours=self.hours(action.hours)),
                self._t("energy", n=action.energy),
            )
            return " · ".join((self._t("from_goal"), *cost, self._t("in_week", n=week)))
        # hours and energy show in the week; the mix stays in sight here
        return " · ".join((self._t("in_week", n=week), self._t(action.mode), self._t(action.tie)))

    def _label_height(self, action: Action, width: int) -> int:
        """How tall a card's words are, with the Finnish word under them when it does not fit
        beside them."""
        px = role_size(LABEL_SIZE, "option")
        label = self.tr.pick(action.label)
        words = render(label, px, palette.INK, width=width).get_height()
        return words + extra_height(label, px, self.finnish(action.term), width)

    def _tags_height(self, action: Action, width: int) -> int:
        size = role_size(TAGS_SIZE, "secondary")
        line = self._tag_line(action)
        bold = text_size(line, size, bold=True)[0] <= width
        return render(line, size, palette.INK, bold=bold, width=width).get_height()

    def _list_card(self, action: Action, width: int) -> tuple[int, int]:
        """A card of the one-column list at large text, as tall as its own words, not the
        longest card's (eighth Arabic keyboard play-test: twelve cards, one a page): (its
        height, the width its tags take beside the words on one line; 0 when they go under)."""
        line = self._tag_line(action)
        tags_w = text_size(line, role_size(TAGS_SIZE, "secondary"), bold=True)[0]
        room = width - 46 - 2 * GAP - tags_w
        one_line = self._label_height(action, 10_000)
        if room > 0 and self._label_height(action, room) <= one_line:
            return max(one_line, self._tags_height(action, tags_w)) + 8, tags_w
        return self._label_height(action, width - 46) + self._tags_height(
            action, width - 20
        ) + 14, 0

    def _action_card(
        self, ui: ViewBuilder, action: Action, rect: pygame.Rect, beside: int | None = None
    ) -> None:
        """A card; `beside`, in the list at large text (_list_card): its tags' width beside
        its words on one line, 0 under them, and the card as tall as its own words."""
        tr, model = self.tr, self.model
        # Inside, laid out like the builder's cards in either direction: the tick at the top
        # right, the words aligned by the language.
        rect = ui.place(rect)
        selected = model.state["selected"] == action.id
        week = model.week_of(action.id)
        label = tr.pick(action.label)
        finnish = self.finnish(action.term)
        tags = self.tags(action)
        tag_line = self._tag_line(action)

        def draw(surface: pygame.Surface, _focused: bool) -> None:
            fill = (
                palette.ACCENT_SOFT if selected else (palette.BACKGROUND if week else palette.PANEL)
            )
            pygame.draw.rect(surface, fill, rect, border_radius=10)
            border = palette.ACCENT if selected else palette.BORDER
            pygame.draw.rect(surface, border, rect, width=4 if selected else 2, border_radius=10)
            text_w = rect.width - 46  # room for the tick, kept whether or not it shows
            if selected:
                draw_check(surface, (rect.right - 20, rect.top + 20), 18, palette.ACCENT_DARK)
            if beside:
                _in_a_row(surface, rect, beside, label, finnish, tag_line, week)
                return
            tags_h = self._tags_h if beside is None else self._tags_height(action, rect.width - 20)
            words_and_finnish(
                surface,
                label,
                pygame.Rect(rect.x + 10, rect.y + 6, text_w, rect.height - tags_h - 14),
                LABEL_SIZE,
                palette.INK,
                finnish=finnish,
            )
            # The tags keep to the card's last line, in bold while bold fits there; longer ones
            # (Somali's) are set in regular letters, which are narrower.
            tags_box = pygame.Rect(rect.x + 10, rect.bottom - tags_h - 6, rect.width - 20, tags_h)
            tags_size = role_size(TAGS_SIZE, "secondary")
            blit_text(
                surface,
                tag_line,
                tags_box,
                TAGS_SIZE,
                palette.ACCENT_DARK if week else palette.MUTED,
                role="secondary",
                bold=text_size(tag_line, tags_size, bold=True)[0] <= tags_box.width,
            )

        named = f"{label} {finnish}" if finnish else label
        spoken = f"{named} ({self._t('in_week', n=week)}, {tags})" if week else f"{named} ({tags})"
        ui.ring.add(
            Control(
                f"action:{action.id}",
                spoken,
                rect,
                lambda: self._select(action.id),
                draw=draw,
                data={"selected": selected, "text": label, "finnish": finnish},
            )
        )


def _in_a_row(surface, rect: pygame.Rect, tags_w: int, label: str, finnish: str, tags: str, week):
    """A list card's words at the start side and its tags at the end side of one line (the
    tick's room kept at the right in either direction, as on the other cards)."""
    words = pygame.Rect(0, rect.y + 4, rect.width - 46 - 2 * GAP - tags_w, rect.height - 8)
    tags_box = pygame.Rect(0, rect.y + 4, tags_w, rect.height - 8)
    if is_rtl():
        words.right, tags_box.x = rect.right - 36, rect.x + 10
    else:
        words.x, tags_box.right = rect.x + 10, rect.right - 36
    words_and_finnish(surface, label, words, LABEL_SIZE, palette.INK, finnish=finnish, middle=True)
    color = palette.ACCENT_DARK if week else palette.MUTED
    blit_text(surface, tags, tags_box, TAGS_SIZE, color, role="secondary", bold=True, middle=True)
