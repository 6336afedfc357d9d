"""Step 5 at large text: the message so far, with the part being chosen. Stacked and paged, the
letter is shown once it is whole (building.py); so under the part's heading, on the options'
page, a line says the words that come just before this part (the last part chosen before it,
else the greeting): the player sees the message grow as each part is chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from steps_game.tasks.message_builder.letter import LETTER_TEXT_SIZE
from steps_game.ui import palette
from steps_game.ui.builder import ViewBuilder
from steps_game.ui.measure import text_height
from steps_game.ui.sentences import SENTENCE_ENDS

if TYPE_CHECKING:
    from steps_game.tasks.message_builder.view import MessageBuilderView


def words_before(view: MessageBuilderView) -> str:
    """The message's words just before the part being chosen."""
    return view.t("before_part", words=_before(view))


def _before(view: MessageBuilderView) -> str:
    model = view.model
    words = view.tr.pick(model.greeting())
    for part in model.config.parts:
        if part.id == model.state["current"]:
            break
        option = model.chosen(part.id)
        if option is not None and option.in_letter:
            words = view.pick(option.text)
    return words


def last_words(view: MessageBuilderView, width: int, most: int, shown: str | None = None) -> str:
    """The line of the words before, shortened to its last sentences, else its last words, to
    stand in `most` pixels (at its own size, never smaller); whole when not even its last word
    does (the page is too low: the instruction then goes on the board's first page, for room).
    `shown`: the form the page before showed, said again when it fits: a page of more options
    repeating the line in a second, longer form was read anew (twentieth Arabic 200 %
    play-test: 91 words of these lines in step 5, each part's read twice)."""
    if shown is not None and text_height(shown, LETTER_TEXT_SIZE, width) <= most:
        return shown
    said = words_before(view)
    if text_height(said, LETTER_TEXT_SIZE, width) <= most:
        return said
    text = _before(view)
    # its last whole sentences first: cut mid-sentence, "… طويل! رأيت أخبارك" was harder to
    # read than a short whole line (fifteenth Arabic 200 % play-test)
    tails = [text[match.end() :] for match in SENTENCE_ENDS.finditer(text)]
    words = text.split()
    tails += [" ".join(words[-count:]) for count in range(len(words) - 1, 0, -1)]
    for tail in tails:
        shorter = view.t("before_part", words="… " + tail)
        if text_height(shorter, LETTER_TEXT_SIZE, width) <= most:
            return shorter
    return said


def part_heading(view: MessageBuilderView) -> str:
    """ "Part 2 of 5: News": the heading of the part being chosen."""
    model = view.model
    n, total = model.position
    part = model.part(model.state["current"])
    return view.t("part_of", n=n, total=total, part=view.tr.pick(part.name))


def heading_height(view: MessageBuilderView, width: int) -> int:
    return text_height(part_heading(view), 22, width, bold=True)


def build_heading(
    view: MessageBuilderView,
    ui: ViewBuilder,
    left: pygame.Rect,
    *,
    stacked: bool,
    first_h: int,
    room: int | None = None,
    shown: str | None = None,
) -> tuple[int, str | None]:
    """The part's heading at the top of `left` and, stacked, the words before this part under
    it, kept with the first option (`first_h` tall) on one page: when the three do not fit a
    page, the words before are shortened to their last words (play-test, Arabic 200 %: after
    a long sentence the heading and the words stood on the page before the options, which the
    focus skipped). `room`: the page's height left from `left`'s top (the whole page's by
    default). `shown`: the words before as the page before showed them (see last_words).
    Returns their height and the words before as shown. A message of one part (a workshop
    set's) has no heading beside the stacked words: "Part 1 of 1: The ask" said again what
    its one tab says, and its height sent the fourth ask to a page of its own on a
    projector."""
    if not stacked and len(view.model.config.parts) == 1:
        return 0, None
    heading = part_heading(view)
    heading_h = heading_height(view, left.width)
    ui.text(
        heading,
        pygame.Rect(left.x, left.y, left.width, heading_h),
        size=22,
        bold=True,
        color=palette.ACCENT_DARK,
    )
    said = None
    if stacked:  # the letter is pages under the options: the words before this part
        if room is None:
            room = getattr(ui, "page_room", None)
        said = words_before(view)
        if room is not None and heading_h + 8 + first_h <= room:
            said = last_words(view, left.width, room - heading_h - 16 - first_h, shown)
        heading_h += build_so_far(ui, said, left.y + heading_h + 8, left)
    ui.keep_with_next(left.y, left.y + heading_h)  # never alone at a page's foot
    return heading_h, said


def build_so_far(ui: ViewBuilder, said: str, top: int, box: pygame.Rect) -> int:
    """The words `said` at `top`, as wide as `box` (plain words, not a box: no card to choose);
    returns their height and the gap under them."""
    height = text_height(said, LETTER_TEXT_SIZE, box.width)
    rect = pygame.Rect(box.x, top, box.width, height)
    ui.text(said, rect, size=LETTER_TEXT_SIZE, color=palette.MUTED)
    return height + 8
