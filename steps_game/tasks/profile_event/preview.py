"""Step 6's live profile preview (view.py): a banner with the photo, the heading and how many
cards are chosen, the chosen cards' words, and at its foot whether the profile is ready and
"Go to the event". Beside the cards, or under them on a stacked board (at large text), where it
starts a page of its own: the whole profile is seen at once."""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.measure import button_box, text_height
from steps_game.ui.sheet import TALL

BANNER = 56
BANNER_LEAST = 16  # the banner keeps at least this much when the list needs the room
AVATAR_RADIUS = 36
LIST_TEXT = 19
KEY = "task.profile_event."


def preview_parts(view, side: pygame.Rect) -> dict:
    """Where the preview's parts go in `side`: the button and the status at the bottom, the
    heading and the count beside the photo, the list between them (see build_preview)."""
    tr, model = view.tr, view.model
    inner_x, inner_w = side.x + 24, side.width - 48
    chosen = model.profile_items
    label = tr(KEY + "to_event")
    button_w, row_h = button_box(label, inner_w)
    button = pygame.Rect(side.right - 24 - button_w, side.bottom - 16 - row_h, button_w, row_h)
    minimum = model.config.profile_min
    status = tr(KEY + "ready") if len(chosen) >= minimum else tr(KEY + "need_more", min=minimum)
    # beside the button when its words fit there no taller than the button, else over it
    beside = inner_w - button_w - 16
    status_h = text_height(status, 16, beside, role="secondary")
    if status_h <= row_h:
        status_box = pygame.Rect(inner_x, button.centery - status_h // 2, beside, status_h)
        status_top = button.top
    else:
        status_h = text_height(status, 16, inner_w, role="secondary")
        status_top = button.top - 8 - status_h
        status_box = pygame.Rect(inner_x, status_top, inner_w, status_h)
    text_x = side.x + 24 + 2 * AVATAR_RADIUS + 14
    text_w = side.right - text_x - 16
    heading = tr(KEY + "profile_heading")
    heading_h = text_height(heading, 22, text_w, bold=True)
    count = tr(KEY + "profile_count", count=len(chosen))
    count_h = text_height(count, 16, text_w, role="secondary")
    under = max(6 + heading_h + 2 + count_h, AVATAR_RADIUS + 4) + 10  # under the banner
    items = [tr(KEY + "profile_empty"), *("• " + tr.pick(card.label) for card in model.cards)]
    tallest = max(text_height(text, LIST_TEXT, inner_w) for text in items)
    # the banner lower when the longest item would not fit the list otherwise
    room = status_top - 10 - side.y - under
    return {
        "button": (label, button),
        "status": (status, status_box, status_top),
        "heading": (heading, heading_h, text_x, text_w),
        "count": (count, count_h),
        "under": under,
        "banner": max(BANNER_LEAST, min(BANNER, room - tallest)),
        "fits": room - tallest >= BANNER_LEAST,
    }


def build_preview(view, ui: ViewBuilder, side: pygame.Rect) -> None:
    tr, model = view.tr, view.model
    ui.panel(side, palette.PANEL)
    inner_x, inner_w = side.x + 24, side.width - 48
    chosen = model.profile_items
    at = preview_parts(view, side)
    label, button = at["button"]
    ui.button(
        "to-event",
        label,
        button,
        lambda: view.act(model.go_to_event),
        enabled=model.can_go_to_event,
    )
    status, status_box, status_top = at["status"]
    ui.text(status, status_box, size=16, color=palette.MUTED, role="secondary")
    # at the top: the banner, the photo on its edge, the heading and the count beside it
    heading, heading_h, text_x, text_w = at["heading"]
    count, count_h = at["count"]
    banner = at["banner"]
    view._banner = ui.place(pygame.Rect(side.x, side.y, side.width, banner))
    y = side.y + banner + 6
    ui.text(heading, pygame.Rect(text_x, y, text_w, heading_h), size=22, bold=True)
    ui.text(
        count,
        pygame.Rect(text_x, y + heading_h + 2, text_w, count_h),
        size=16,
        color=palette.MUTED,
        role="secondary",
    )
    top = side.y + banner + at["under"]
    body = pygame.Rect(inner_x, top, inner_w, status_top - 10 - top)
    if chosen:
        view._side_items(ui, body, ["• " + tr.pick(card.label) for card in chosen], key=len(chosen))
    else:
        empty = tr(KEY + "profile_empty")
        box = pygame.Rect(body.x, body.y, body.width, text_height(empty, LIST_TEXT, body.width))
        ui.text(empty, box, size=LIST_TEXT, color=palette.MUTED)


def stacked_preview(view, area: pygame.Rect, top: int) -> pygame.Rect:
    """The preview under the cards, as tall as its chosen items need."""
    side = pygame.Rect(area.x, top, area.width, TALL)
    at = preview_parts(view, side)
    items = ["• " + view.tr.pick(card.label) for card in view.model.profile_items]
    items = items or [view.tr(KEY + "profile_empty")]
    inner_w = side.width - 48
    list_h = sum(text_height(text, LIST_TEXT, inner_w) + 6 for text in items)
    foot = side.bottom - at["status"][2]
    side.height = BANNER + at["under"] + list_h + 10 + foot
    return side


def place_stacked(view, ui, area: pygame.Rect, top: int) -> None:
    """The preview under the cards from `top` on a stacked board (`ui`, a ui/sheet.Sheet, at
    large text), on a page of its own: the whole profile, its photo and "Go to the event"
    together, rather than its banner under the last cards and the rest on the next page."""
    ui.page_break(top)
    build_preview(view, ui, stacked_preview(view, area, top))
