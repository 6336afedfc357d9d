"""What our group thought: the screen at the end of a workshop run, before the group's profile.

Step by step, each question the room counted hands for and, in plain words, what most of the
room said or how opinions split, and whether that was the right answer (group_words.py, from
`app.workshop.room`). Large words for a projector; a long run in two columns, page by page
("Next page (1/2)", the wheel, Page Up and Page Down). A run without counted hands says so; the
buttons still work. "Save as files" writes the group's files (group_files.py) where the
facilitator chooses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame

from steps_game.group_files import FORMATS, step_titles, write_group_files
from steps_game.group_words import from_room, group_words, step_name, steps_of
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y, header
from steps_game.scenes.scroller import TurnsPages
from steps_game.ui import palette
from steps_game.ui.builder import button_width
from steps_game.ui.flow import Pager, Para, widest_page_turn_label
from steps_game.ui.measure import stack_pages
from steps_game.ui.second_line import second_size, shared_width
from steps_game.ui.text import text_height
from steps_game.ui.text_writing import left_to_right
from steps_game.ui.writing import lines_in

INTRO_SIZE = 19
STEP_SIZE = 24
QUESTION_SIZE = 21
LINE_SIZE = 20
PARA_GAP = 6  # between a question and its lines
BLOCK_GAP = 22  # between questions
COLUMN_GAP = 40  # between the two columns of a long run's page


@dataclass(frozen=True)
class SecondPara(Para):
    """A question's words in workshop mode's second language, in that language's writing."""

    language: str | None = None


@dataclass(frozen=True)
class HeadPara(Para):
    """A split room's head line ("Not everyone agreed:") right under the line on most: where
    the point is too tall for a page, the two run on as one paragraph (_run_on)."""


class GroupScene(TurnsPages, Scene):
    clicker_way_on = "profile"  # past the last page, a clicker goes on to the group's profile
    menu_button = True

    def __init__(self, app, room=None) -> None:
        super().__init__(app)
        self.given_room = room  # the audit's and the tests' room; else the workshop's own
        self.pager = Pager()
        self.column_w = 0  # a column's width on the page of the last build (_draw)
        self.shown_page: list[list] = []
        self.export_note = ""
        self.export_formats: tuple[str, ...] = FORMATS
        self.preferred_focus = "profile"
        self.read_to = 0  # the last page shown so far

    @property
    def room(self):
        from steps_game.room_record import RoomRecord

        if self.given_room is not None:
            return self.given_room
        workshop = self.app.workshop
        return workshop.room if workshop is not None else RoomRecord()

    def words(self):
        return group_words(from_room(self.room, self.tr), self.tr)

    def build(self) -> None:
        tr = self.tr
        second = tr.second_say("group.heading")  # in workshop mode's second language too
        below = header(
            self.ui,
            tr("game.name"),
            tr("group.heading"),
            right=self.header_right,
            second=(second, tr.second) if second else None,
        )
        width = SCREEN_W - 2 * MARGIN
        # once saved, where the files went, in the place of the intro
        note = self.export_note or tr("group.intro")
        note_h = text_height(note, INTRO_SIZE, width, role="secondary")
        made = self.ui.button_row(
            [
                ("profile", tr("group.to_profile"), self.open_profile),
                ("export", tr("export.button"), self.export, {"secondary": True}),
            ],
            footer_y(),
        )
        bottom = min(c.rect.top for c in made) - 12
        top = below + note_h + 12
        box = pygame.Rect(MARGIN, top, width, bottom - top)
        # the intro, or where the files went, on the first page only: a later page has its
        # lines for the room's answers (the facilitator's room read step 5's last line alone
        # on a page; kept on every page, the saved files' line took three pages to five)
        later = note_h + 12
        blocks = self._blocks()
        pages = self._pages(blocks, box, later)
        # More beside the buttons when the row has room for it, else on a row above them
        row_w = sum(c.rect.width for c in made) + 16 * (len(made) - 1)
        one_row = len({c.rect.top for c in made}) == 1
        # (its words for the pages there are: room kept for "(99/99)" put it on a row of its
        # own in Somali, a page's worth of lines less for the room)
        more_w = button_width(widest_page_turn_label(tr, len(pages)))
        beside = one_row and more_w + 32 + row_w <= width
        more_y = footer_y()
        if len(pages) > 1 and not beside:
            more_y = bottom + 12 - self.ui.row_height - 12
            box.height = more_y - 12 - top
            pages = self._pages(blocks, box, later)
        page = self.pager.settle(len(pages))
        shown = pages[page]
        # the focus on the page turner till every page was shown: Enter on "Our group's
        # profile" passed steps 5 and 6 by (tenth facilitator run)
        self.read_to = max(self.read_to, page)
        self.preferred_focus = "more" if self.read_to < len(pages) - 1 else "profile"
        if page == 0:
            self.ui.text(
                note,
                pygame.Rect(MARGIN, below, width, note_h),
                size=INTRO_SIZE,
                color=palette.ACCENT_DARK if self.export_note else palette.MUTED,
                role="secondary",
            )
        else:
            box = pygame.Rect(box.x, box.y - later, box.width, box.height + later)
        self.shown_page = shown  # its columns of blocks (the tests read them)
        self._draw(shown, box)
        if self.pager.pages > 1:
            label = self.pager.label(tr)
            rect = pygame.Rect(MARGIN, more_y, min(button_width(label), width), self.ui.row_height)
            self.ui.button("more", label, rect, self.turn, secondary=True)

    def turn(self, by: int = 1) -> bool:
        """Turn the page; at the last page, all read, the turner hands the focus to the way
        on (as the feedback's does)."""
        turned = super().turn(by)
        if turned and self.pager.page == self.pager.pages - 1 and self.ring.focused_id == "more":
            self.ring.focus("profile")
        return turned

    def _blocks(self) -> list[tuple[Para, ...]]:
        """What the screen shows, in blocks kept whole on a page: a point's question with its
        lines (the first of a step under the step's name), or the words for a run without
        counted hands."""
        tr = self.tr
        words = self.words()
        if not words:
            return [(Para(tr("group.none"), LINE_SIZE),)]
        titles = step_titles(self.app.content, tr)
        # each question in workshop mode's second language, in the order the words came
        seconds = iter([tr.second_pick(answer.point.question) for answer in self.room.answers])
        blocks = []
        for step, points in steps_of(words):
            name = step_name(tr, step, titles)
            heading = Para(
                name, STEP_SIZE, "title", bold=True, color=palette.ACCENT_DARK, heading=True
            )
            for index, point in enumerate(points):
                paras = [Para(point.question, QUESTION_SIZE, bold=True)]
                second = next(seconds, "")
                if second:
                    size = second_size(QUESTION_SIZE)
                    muted = palette.MUTED
                    paras.append(
                        SecondPara(second, size, "secondary", color=muted, language=tr.second)
                    )
                # a right answer said or named is in the colour of a right answer as well as in
                # words (its "(right answer)" was hard to find from the back, sixth facilitator
                # run; "Also right" stood in black, seventh)
                paras += [
                    (HeadPara if number == point.head and number else Para)(
                        line,
                        LINE_SIZE,
                        color=palette.GOOD if point.names_right(line, tr, number) else None,
                    )
                    for number, line in enumerate(point.paragraphs())
                ]
                blocks.append((heading, *paras) if index == 0 else tuple(paras))
        return blocks

    def _heights(self, block: tuple[Para, ...], width: int) -> list[int]:
        heights = []
        for para in block:
            with lines_in(getattr(para, "language", None)):
                heights.append(
                    text_height(para.text, para.size, width, role=para.role, bold=para.bold)
                )
        return heights

    def _pages(
        self, blocks: list[tuple[Para, ...]], box: pygame.Rect, later: int = 0
    ) -> list[list[list]]:
        """The blocks in pages that fit `box` (a page after the first `later` pixels taller),
        each page a list of columns of blocks: all in one column when they fit one page, else
        page by page two columns of whole blocks, or one column across the page where that
        shows more of them: a block is cut between two columns only when it is too tall for a
        page across, and then on a page of its own (the facilitator's room read a step's last
        line alone at the top of the next column)."""
        columns = self._columns(blocks, box.width, box.height)
        if len(columns) == 1:
            return [columns]
        half = (box.width - COLUMN_GAP) // 2
        pages: list[list[list]] = []
        start = 0
        while start < len(blocks):
            box = pygame.Rect(
                box.x, box.y, box.width, box.height + (later if len(pages) == 1 else 0)
            )
            tighter = _run_on(blocks[start])  # (Arabic's step 5, a line too tall)
            tall = self._height(blocks[start], box.width) > box.height
            if tall and self._height(tighter, box.width) <= box.height:
                blocks = [*blocks[:start], tighter, *blocks[start + 1 :]]
            if self._height(blocks[start], box.width) > box.height:  # too tall for a page
                halves = self._columns([blocks[start]], half, box.height)
                if len(halves) == 2:  # whole on a page in two columns
                    pages.append(halves)
                    start += 1
                    continue
                # else its longest beginning across a page, and the rest goes on as blocks of
                # their own, on a page with what follows (not a last line alone on a page),
                # under the step's name and question again: a split step 5 with each answer on
                # a line of its own is taller than a page, and its right answers went on alone
                first, *rest = self._columns([blocks[start]], box.width, box.height)
                pages.append([first])
                pieces = [p for c in rest for p in c]
                titled = (*_titles(blocks[start]), *pieces[0])
                if self._height(titled, box.width) <= box.height:
                    pieces[0] = titled
                blocks = [*blocks[: start + 1], *pieces, *blocks[start + 1 :]]
                start += 1
                continue
            two = self._fill(blocks, start, half, box.height, 2)
            one = self._fill(blocks, start, box.width, box.height, 1)
            taken = [sum(len(column) for column in page) for page in (two, one)]
            pages.append(two if taken[0] >= taken[1] else one)
            start += max(taken)
        return pages

    def _fill(self, pieces: list, start: int, width: int, height: int, count: int) -> list:
        """Up to `count` columns `width` x `height` of whole pieces from `start` on, a step's
        name or a question never alone at a column's foot while more follows."""
        columns, index = [], start
        for _ in range(count):
            column, used = [], 0
            while index < len(pieces):
                add = self._height(pieces[index], width) + (BLOCK_GAP if column else 0)
                if used + add > height:
                    break
                column.append(pieces[index])
                used += add
                index += 1
            while len(column) > 1 and index < len(pieces) and _alone(column[-1]):
                column.pop()
                index -= 1
            if not column:
                break
            columns.append(column)
        return columns

    def _columns(self, blocks: list[tuple[Para, ...]], width: int, height: int) -> list[list]:
        """The blocks in columns `width` x `height`, each block whole; a block taller than a
        column (the largest words) in pieces, its longest beginning that fits first, and a
        step's name or a question never alone at a column's foot."""
        pieces: list[tuple[Para, ...]] = []
        kept: list[int] = []  # a step's name or a question left alone: kept with what follows
        for block in blocks:
            while len(block) > 1 and self._height(block, width) > height:
                # the longest beginning that fits a column stays whole (the step's name with its
                # question and first lines), the rest goes on after it
                cut = len(block) - 1
                while cut > 1 and self._height(block[:cut], width) > height:
                    cut -= 1
                if cut == 1:
                    kept.append(len(pieces))
                pieces.append(block[:cut])
                block = block[cut:]
            pieces.append(block)
        heights = [self._height(piece, width) for piece in pieces]
        columns = stack_pages(heights, BLOCK_GAP, height, 0, kept)
        return [[pieces[i] for i in column] for column in columns]

    def _height(self, block: tuple[Para, ...], width: int) -> int:
        return sum(self._heights(block, width)) + PARA_GAP * (len(block) - 1)

    def _draw(self, shown: list[list], box: pygame.Rect) -> None:
        """A page's columns side by side (in the left-to-right layout the builder mirrors)."""
        # two columns side by side, or one across the page
        self.column_w = (box.width - COLUMN_GAP) // 2 if len(shown) > 1 else box.width
        for index, column in enumerate(shown):
            x = box.x + index * (self.column_w + COLUMN_GAP)
            self._draw_column(column, pygame.Rect(x, box.y, self.column_w, box.height))

    def _draw_column(self, shown: list[tuple[Para, ...]], box: pygame.Rect) -> None:
        y = box.top
        for block in shown:
            above = ""
            for para, height in zip(block, self._heights(block, box.width), strict=True):
                rect = pygame.Rect(box.x, y, box.width, height)
                if isinstance(para, SecondPara):  # under the question's words (second_line)
                    rect.width = shared_width(
                        above, para.text, para.language, QUESTION_SIZE, box.width, bold=True
                    )
                above = para.text
                self.ui.text(
                    para.text,
                    rect,
                    size=para.size,
                    bold=para.bold,
                    color=para.color or palette.INK,
                    role=para.role,
                    language=getattr(para, "language", None),
                )
                y += height + PARA_GAP
            y += BLOCK_GAP - PARA_GAP

    # -- the buttons ---------------------------------------------------------------------------
    def open_profile(self) -> None:
        from steps_game.scenes.profile import ProfileScene

        self.app.replace(ProfileScene(self.app))

    def export(self) -> None:
        from steps_game.scenes.export import ExportScene

        self.app.push(ExportScene(self.app, self.save_to, formats=self.export_formats))

    def save_to(self, folder, formats=FORMATS, with_words: bool = False) -> None:
        self.export_formats = formats
        self.export_note = save_group_files(self.app, self.room, folder, formats)
        self.pager.page = 0  # where the files went, on the first page, in front of the room


def _run_on(block: tuple[Para, ...]) -> tuple[Para, ...]:
    """A block too tall for a page: the line on most and a split room's head line under it run
    on as one paragraph ("Most of our group (10 of 12 people) chose a right answer. Not everyone
    agreed:"), a line saved while each answer said keeps a line of its own (as one run-on
    sentence they were the hardest text at the back of the facilitator's room); the block
    unchanged where it has no such head line."""
    for index, para in enumerate(block):
        if isinstance(para, HeadPara) and index:
            joined = Para(f"{block[index - 1].text} {para.text}", LINE_SIZE)
            return (*block[: index - 1], joined, *block[index + 1 :])
    return block


def _titles(block: tuple[Para, ...]) -> tuple[Para, ...]:
    """A block's step name and question (in the second language too): the paragraphs before
    its first line on what the room thought."""
    count = 0
    while count < len(block) and (block[count].heading or block[count].bold):
        count += 1
        count += count < len(block) and isinstance(block[count], SecondPara)
    return block[:count]


def _alone(block: tuple[Para, ...]) -> bool:
    """A step's name or a question without the lines that say what the room thought."""
    return len(block) == 1 and (block[0].heading or block[0].bold)


def save_group_files(app, room, folder, formats=FORMATS) -> str:
    """Write the group's files into `folder`; returns what the screen says of it (where they
    went, by the folder's shown name, or why they could not be written)."""
    from steps_game.save_places import shown_name

    tr = app.tr
    try:
        written = write_group_files(room, tr, folder, step_titles(app.content, tr), formats)
    except OSError as exc:
        return tr("export.failed", reason=exc.strerror or str(exc))
    stem = written[0].name.split(".")[0]
    kinds = " ".join(sorted(path.suffix for path in written))
    return tr(
        "export.done",
        folder=left_to_right(shown_name(Path(folder), Path.home())),
        files=left_to_right(f"{stem} ({kinds})"),
    )
