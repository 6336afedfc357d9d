"""Step 6's live profile preview (view.py): a banner with the photo, the heading and how many
cards are chosen, the chosen cards' words, and at its foot whether the profile is ready and
"Go to the event". Beside the cards, or under them on a stacked board (at large text), whole on
a page, where it leaves the cards' words to the ticked cards above it."""

from __future__ import annotations

import pygame

from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.measure import button_box, line, text_height
from steps_game.ui.sheet import TALL

BANNER = 56
BANNER_LEAST = 16  # the banner keeps at least this much when the list needs the room
AVATAR_RADIUS = 36
LIST_TEXT = 19
SEPARATOR = " · "  # between the chosen items in one paragraph (a side preview short of room)
KEY = "task.profile_event."


def preview_parts(
    view,
    side: pygame.Rect,
    compact: bool = False,
    counted: bool | None = None,
    tight=False,
    steady=False,
) -> dict:
    """Where the preview's parts go in `side`: the button and the status at the bottom, the
    heading and the count beside the photo, the list between them (see build_preview).
    `compact` (the stacked preview, and a side preview too low for its list): the least gaps,
    the status beside the button in up to two of its lines, and no count (its paragraph shows
    the items) unless `counted`; and, where `tight`, no status once the profile is ready (the
    enabled "Go to the event" says it). `steady`: measured with the longer status, whichever
    is shown (the column's width then stays as cards are chosen: it narrowed the cards under
    a room's eyes, eighth facilitator run)."""
    tr, model = view.tr, view.model
    inner_x, inner_w = side.x + 24, side.width - 48
    chosen = model.profile_items
    label = tr(KEY + "to_event")
    button_w, row_h = button_box(label, inner_w)
    pad = 4 if compact else 10  # the stacked preview's gaps the least, to stand on one page
    bottom = side.bottom - (12 if compact else 16) - row_h  # (the focus ring inside the box)
    button = pygame.Rect(side.right - 24 - button_w, bottom, button_w, row_h)
    minimum = model.config.profile_min
    status = tr(KEY + "ready") if len(chosen) >= minimum else tr(KEY + "need_more", min=minimum)
    status = "" if tight and len(chosen) >= minimum else status
    if steady:  # the longer of the two, for a width that stays as cards are chosen
        status = max(tr(KEY + "ready"), tr(KEY + "need_more", min=minimum), key=len)
    # beside the button when its words fit there no taller than the button, else over it
    beside = inner_w - button_w - 16
    status_h = text_height(status, 16, beside, role="secondary") if status else 0
    if status_h <= row_h or (compact and status_h <= 2 * line(16)):
        status_box = pygame.Rect(inner_x, button.centery - status_h // 2, beside, status_h)
        status_top = min(button.top, status_box.top)
    else:
        status_h = text_height(status, 16, inner_w, role="secondary")
        status_top = button.top - 8 - status_h
        status_box = pygame.Rect(inner_x, status_top, inner_w, status_h)
    text_x = side.x + 24 + 2 * AVATAR_RADIUS + 14
    text_w = side.right - text_x - 16
    heading = tr(KEY + "profile_heading")
    heading_h = text_height(heading, 22, text_w, bold=True)
    counted = not compact if counted is None else counted
    count = tr(KEY + "profile_count", count=len(chosen)) if counted else ""
    count_h = text_height(count, 16, text_w, role="secondary") + 2 if count else 0
    under = max(6 + heading_h + count_h, AVATAR_RADIUS + 4) + pad  # under the banner
    items = [tr(KEY + "profile_empty"), *("• " + tr.pick(card.label) for card in model.cards)]
    tallest = max(text_height(text, LIST_TEXT, inner_w) for text in items)
    # the banner lower when the longest item would not fit the list otherwise
    room = status_top - pad - side.y - under
    return {
        "button": (label, button),
        "status": (status, status_box, status_top),
        "heading": (heading, heading_h, text_x, text_w),
        "count": (count, count_h),
        "under": under,
        "pad": pad,
        "banner": max(BANNER_LEAST, min(BANNER, room - tallest)),
        "fits": room - tallest >= BANNER_LEAST,
    }


def _body_height(at: dict, side: pygame.Rect) -> int:
    return at["status"][2] - at["pad"] - (side.y + at["banner"] + at["under"])


def side_parts(view, side: pygame.Rect) -> tuple[dict, str | None]:
    """The side preview's parts, and the chosen items' paragraph where it shows them in one
    (else None: a list). As a list when the list fits; else closer together (the status
    beside the button), all the items in one paragraph where that fits, else the latest that
    fit and "and 2 more", under the count (sixth facilitator run: on a projector the list showed
    only the last item of three). Played alone, a preview whose list has no room for its
    longest item is left as it is, for the board to stack it under the cards, where it shows
    every item; a room's projector keeps the cards and the profile side by side."""
    at = preview_parts(view, side)
    labels = [view.tr.pick(card.label) for card in view.model.profile_items]
    width = side.width - 48
    listed = sum(text_height("• " + label, LIST_TEXT, width) + 6 for label in labels) - 6
    if not labels or listed <= _body_height(at, side):
        return at, None

    def closer(counted: bool) -> tuple[dict, int]:
        least = preview_parts(view, side, compact=True, counted=counted, tight=True)
        # the photo's banner gives its room to the words first, down to the photo's own half:
        # the photo stands on its lower edge, and never above the box (nor its ring)
        least["banner"] = AVATAR_RADIUS + 4
        return least, _body_height(least, side)

    least, room = closer(counted=False)
    words = SEPARATOR.join(labels)
    if text_height(words, LIST_TEXT, width) <= room:
        return least, words
    if not at["fits"] and view.host.app.workshop is None:
        return at, None  # alone: the board stacks the preview under the cards, whole
    least, room = closer(counted=True)
    for first in range(1, len(labels)):
        more = view.tr(KEY + "more_items", count=first)  # (a "…" read as a mistake: twelfth run)
        words = SEPARATOR.join([*labels[first:], more])
        if text_height(words, LIST_TEXT, width) <= room:
            return least, words
    return at, None


def build_preview(view, ui: ViewBuilder, side: pygame.Rect, banner: int | None = None) -> None:
    """The preview in `side`; with `banner` (on a stacked board), that tall, without the
    chosen items (stacked_preview)."""
    tr, model = view.tr, view.model
    ui.panel(side, palette.PANEL)
    inner_x, inner_w = side.x + 24, side.width - 48
    chosen = model.profile_items
    stacked = banner is not None
    if stacked:  # the items are ticked on the pages just read: not listed again
        at, words = preview_parts(view, side, compact=True), ""  # (the count: the page's head)
    else:
        at, words = side_parts(view, side)
    label, button = at["button"]
    ui.button(
        "to-event",
        label,
        button,
        lambda: view.act(model.go_to_event),
        enabled=model.can_go_to_event,
    )
    status, status_box, status_top = at["status"]
    if status:
        ui.text(status, status_box, size=16, color=palette.MUTED, role="secondary")
    # at the top: the banner, the photo on its edge, the heading and the count beside it
    heading, heading_h, text_x, text_w = at["heading"]
    count, count_h = at["count"]
    banner = at["banner"] if banner is None else banner
    view._banner = ui.place(pygame.Rect(side.x, side.y, side.width, banner))
    y = side.y + banner + 6
    ui.text(heading, pygame.Rect(text_x, y, text_w, heading_h), size=22, bold=True)
    if stacked:  # the heading with the first lines of the items where they take two pages
        ui.keep_with_next(side.y, y + heading_h)
    if count:
        ui.text(
            count,
            pygame.Rect(text_x, y + heading_h + 2, text_w, count_h - 2),
            size=16,
            color=palette.MUTED,
            role="secondary",
        )
    top = side.y + banner + at["under"]
    body = pygame.Rect(inner_x, top, inner_w, status_top - at["pad"] - top)
    if stacked and chosen:
        return
    if chosen and words:
        words_h = text_height(words, LIST_TEXT, inner_w)
        ui.text(words, pygame.Rect(body.x, body.y, body.width, words_h), size=LIST_TEXT)
    elif chosen:
        view._side_items(ui, body, ["• " + tr.pick(card.label) for card in chosen], key=len(chosen))
    else:
        empty = tr(KEY + "profile_empty")
        box = pygame.Rect(body.x, body.y, body.width, text_height(empty, LIST_TEXT, body.width))
        ui.text(empty, box, size=LIST_TEXT, color=palette.MUTED)


def stacked_preview(view, area: pygame.Rect, top: int, room: int) -> tuple[pygame.Rect, int]:
    """The preview under the cards: its photo, heading, whether the profile is ready and "Go
    to the event", and while it is empty the words that say where the items go. The items
    themselves are not listed again: ticked on the pages just read, in one paragraph they took
    two more pages at 200 %, each item read a second time (seventh and eighteenth Arabic
    play-tests). Returns it and its banner's height: lower when that keeps the preview on one
    page `room` tall."""
    side = pygame.Rect(area.x, top, area.width, TALL)
    at = preview_parts(view, side, compact=True)
    inner_w = side.width - 48
    empty = "" if view.model.profile_items else view.tr(KEY + "profile_empty")
    words_h = text_height(empty, LIST_TEXT, inner_w) if empty else 0
    foot = side.bottom - at["status"][2]
    rest = at["under"] + words_h + at["pad"] + foot
    banner = BANNER if BANNER + rest <= room else BANNER_LEAST
    side.height = banner + rest
    return side, banner


def place_stacked(view, ui, area: pygame.Rect, top: int) -> None:
    """The preview under the cards from `top` on a stacked board (`ui`, a ui/sheet.Sheet, at
    large text), on a page of its own: the whole profile, its photo and "Go to the event"
    together, rather than its banner under the last cards and the rest on the next page."""
    side, banner = stacked_preview(view, area, top, ui.page_room or TALL)
    ui.place(side)  # (one place over it: a page break never parts it)
    build_preview(view, ui, side, banner)


def place_counter(view, ui, area: pygame.Rect, *, least: bool = True) -> int:
    """On a stacked board, over the cards: how many items the profile has and, until it has
    enough, how many it needs (thirteenth Arabic play-test at 200 %: the least was said only
    under the preview, pages after the cards, and nothing counted her choices as step 1
    does). Returns the y under it."""
    tr, model = view.tr, view.model
    words = tr(KEY + "profile_count", count=len(model.profile_items))
    if least and not model.can_go_to_event:
        words += " · " + tr(KEY + "need_more", min=model.config.profile_min)
    height = text_height(words, 16, area.width, role="secondary", bold=True)
    box = pygame.Rect(area.x, area.y, area.width, height)
    ui.text(words, box, size=16, color=palette.MUTED, bold=True, role="secondary")
    return box.bottom + 8


def counter_head(view, margin: int):
    """The count over every page of a stacked profile board after the first (SheetPages.head),
    within the board's side `margin`, as place_counter puts it on the first, without the least
    the first page says (at 200 % in Somali it took three lines a page, and six pages more)."""
    return lambda ui, area: place_counter(view, ui, area.inflate(-2 * margin, 0), least=False)
