"""The profile after step 7: a radar of the seven dimensions, a line per dimension, strengths and
growth areas, and for each dimension the choices behind its score."""

from __future__ import annotations

import pygame

from steps_game.export import FORMATS
from steps_game.finnish_beside import shown_in
from steps_game.scenes import room_keys
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y, header
from steps_game.scoring import (
    band,
    dimension_scores,
    strengths_and_growth,
    strengths_and_growth_text,
)
from steps_game.ui import palette
from steps_game.ui.cards import tick_room
from steps_game.ui.charts import draw_radar, radar_radius
from steps_game.ui.flow import page_turn_label, widest_page_turn_label
from steps_game.ui.intents import Act, Intent
from steps_game.ui.measure import CARD_PAD_X, card_height, stack_pages, text_height
from steps_game.ui.motion import Reveal
from steps_game.ui.text import role_size, text_size
from steps_game.ui.text_writing import left_to_right

RADAR = pygame.Rect(24, 136, 516, 500)
LIST_X = 560
ROWS_TOP = 140
ROW_GAP = 6
ROW_TEXT = 18
TITLE_W = 170  # the column of a row's name and score, at the left of its band line
MORE = "more-dimensions"
TEXT_SIZE = 19  # the intro's and the strengths' words (secondary)
LEAST_RADIUS = 90  # a radar beside the list smaller than this gets a page of its own
SMALLEST_RADIUS = 50  # and one smaller than this on its own page is left out (the list says it)


class ProfileScene(Scene):
    menu_button = True

    def __init__(self, app) -> None:
        super().__init__(app)
        content = app.content
        self.scores = dimension_scores(
            [d.id for d in content.profile.dimensions], app.session.outcomes()
        )
        self.export_note = ""
        self.export_choice: tuple[tuple[str, ...], bool] = (FORMATS, False)
        self.page = 0  # of the list of dimensions, when it takes more than one
        self.page_count = 1
        self.reveal = Reveal.start(app.settings.reduced_motion)  # the shape grows out once
        self.radar_box: pygame.Rect | None = RADAR  # where the radar is drawn (None: not)

    def band_line(self, dimension, score: int | None) -> str:
        if score is None:
            return self.tr("profile.not_done")
        bands = self.app.content.profile.bands
        return self.tr.pick(getattr(dimension, band(score, bands.low_max, bands.mid_max)))

    def build(self) -> None:
        if self.app.workshop is not None:
            from steps_game.scenes.profile_workshop import build_workshop

            build_workshop(self)  # the group's profile on a projector
            return
        tr = self.tr
        content = self.app.content
        below = header(self.ui, tr("game.name"), tr("profile.heading"), right=self.header_right)
        intro = tr.pick(content.profile.intro)
        width = SCREEN_W - 2 * MARGIN
        intro_h = text_height(intro, 19, width, role="secondary")
        buttons = [
            ("plan", tr("profile.plan"), self.open_plan),
            ("export", tr("export.button"), self.export, {"secondary": True}),
            ("to-title", tr("profile.to_title"), self.to_title, {"secondary": True}),
        ]
        made = self.ui.button_row(buttons, footer_y())
        bottom = min(c.rect.top for c in made) - 8  # above the buttons, on one row or more
        if self.export_note:
            room = min(c.rect.left for c in made) - MARGIN - 16
            # beside the buttons when they leave room (larger text makes them wider), else above
            if room >= 240:
                box = pygame.Rect(MARGIN, footer_y(), room, self.ui.row_height)
                box.height = max(
                    box.height, text_height(self.export_note, 16, room, role="secondary")
                )
            else:
                height = text_height(self.export_note, 16, width, role="secondary")
                box = pygame.Rect(MARGIN, footer_y() - 4 - height, width, height)
                bottom = box.top - 8
            self.ui.text(
                self.export_note,
                box,
                size=16,
                color=palette.ACCENT_DARK,
                middle=True,
                role="secondary",
            )
        radar_top = max(RADAR.y, below + intro_h + 8)
        radar = pygame.Rect(RADAR.x, radar_top, RADAR.width, min(RADAR.bottom, bottom) - radar_top)
        if radar_radius(radar, *self.radar_words()) < LEAST_RADIUS:
            # larger words: the radar beside the list would be a dot among its names, so it
            # has the first page to itself and the list the pages after it, across the screen
            self._build_paged(below, bottom)
            return
        self._intro(below, width)
        self.radar_box = radar  # under the intro, however many lines it takes
        list_w = SCREEN_W - MARGIN - LIST_X
        bottom = self._summary(LIST_X, list_w, bottom)
        top = max(ROWS_TOP, below + intro_h + 8)
        self.row_cards(pygame.Rect(LIST_X, top, list_w, bottom - top), self._row_words(), TITLE_W)

    def radar_words(self) -> tuple[list[int | None], list[str]]:
        content, tr = self.app.content, self.tr
        labels = [tr.pick(content.dimension(s.dimension).name) for s in self.scores]
        return [s.score for s in self.scores], labels

    def _summary_text(self) -> str:
        """Strengths and room to grow in words ('' before any step is done)."""
        tr, content = self.tr, self.app.content
        bands = content.profile.bands
        strengths, growth = strengths_and_growth(
            self.scores, low_max=bands.low_max, mid_max=bands.mid_max
        )
        names = [
            [tr.pick(content.dimension(d).name) for d in group] for group in (strengths, growth)
        ]
        return strengths_and_growth_text(tr, *names)

    def _summary(self, x: int, width: int, bottom: int) -> int:
        """Strengths and room to grow, ending at `bottom`; returns the y above them."""
        summary = self._summary_text()
        if not summary:
            return bottom
        height = text_height(summary, 18, width, role="secondary")
        bottom -= height
        self.ui.text(summary, pygame.Rect(x, bottom, width, height), size=18, role="secondary")
        return bottom - 8

    def _build_paged(self, top: int, bottom: int) -> None:
        """The radar across the screen on the first page; the intro, the strengths and the
        list's cards one under the other on the pages after it. When even the radar's own
        page is too small for its names (the footer's buttons on two rows), only the list."""
        width = SCREEN_W - 2 * MARGIN
        more_h = card_height(widest_page_turn_label(self.tr), width, text_size=ROW_TEXT)
        rows = self._row_words()
        # the names' and scores' column as wide as the widest of them (a third at most)
        inner = width - CARD_PAD_X - tick_room()
        widest = max(
            text_size(line, role_size(ROW_TEXT, "option"), bold=True)[0]
            for _, _, title in rows
            for line in title.split("\n")
        )
        title_w = min(inner // 3, widest + 8)
        texts = [
            (self.tr.pick(self.app.content.profile.intro), palette.MUTED),
            (self._summary_text(), palette.INK),
        ]
        texts = [(words, color) for words, color in texts if words]
        heights = [text_height(words, TEXT_SIZE, width, role="secondary") for words, _ in texts]
        area = pygame.Rect(MARGIN, top, width, bottom - top)
        heights += self._row_heights(area, title_w, rows)
        pages: list[list[int] | None] = list(stack_pages(heights, ROW_GAP + 2, area.height, more_h))
        radar = pygame.Rect(MARGIN, top, width, bottom - more_h - ROW_GAP - top)
        if radar_radius(radar, *self.radar_words()) >= SMALLEST_RADIUS:
            pages.insert(0, None)  # the radar's page; else its names would cover the chart, and
            # the list's cards say every score too
        self.page_count = len(pages)
        self.page = min(self.page, self.page_count - 1)
        shown = pages[self.page]
        if shown is None:
            self.radar_box = radar
            self._more_card(pygame.Rect(MARGIN, bottom - more_h, width, more_h))
            return
        self.radar_box = None
        y = top
        for index in shown:
            rect = pygame.Rect(MARGIN, y, width, heights[index])
            if index < len(texts):
                words, color = texts[index]
                self.ui.text(words, rect, size=TEXT_SIZE, color=color, role="secondary")
            else:
                dimension, words, title = rows[index - len(texts)]
                self.ui.card(
                    f"dimension:{dimension}",
                    words,
                    rect,
                    lambda dim=dimension: self.open_why(dim),
                    title=title,
                    title_width=title_w,
                    text_size=ROW_TEXT,
                )
            y += heights[index] + ROW_GAP + 2
        if self.page_count > 1:
            self._more_card(pygame.Rect(MARGIN, y, width, more_h))

    def _intro(self, top: int, width: int) -> int:
        intro = self.tr.pick(self.app.content.profile.intro)
        height = text_height(intro, TEXT_SIZE, width, role="secondary")
        self.ui.text(
            intro,
            pygame.Rect(MARGIN, top, width, height),
            size=TEXT_SIZE,
            color=palette.MUTED,
            role="secondary",
        )
        return top + height

    def _row_words(self) -> list[tuple[str, str, str]]:
        tr, content = self.tr, self.app.content
        return [
            (
                item.dimension,
                self.band_line(content.dimension(item.dimension), item.score),
                f"{tr.pick(content.dimension(item.dimension).name)}\n"
                f"{'– / 100' if item.score is None else tr.out_of_100(item.score)}",
            )
            for item in self.scores
        ]

    def _row_heights(self, area: pygame.Rect, title_w: int, rows=None) -> list[int]:
        rows = self._row_words() if rows is None else rows
        return [
            card_height(text, area.width, title=title, title_width=title_w, text_size=ROW_TEXT)
            for _, text, title in rows
        ]

    def row_cards(self, area: pygame.Rect, rows: list[tuple[str, str, str]], title_w: int) -> None:
        """A card per dimension (id, words, title), one under the other, each as tall as its
        words; in pages, with a card that turns them, when they do not all fit."""
        more = widest_page_turn_label(self.tr)
        more_h = card_height(more, area.width, text_size=ROW_TEXT)
        heights = self._row_heights(area, title_w, rows)
        shown_pages = stack_pages(heights, ROW_GAP, area.height, more_h)
        self.page_count = len(shown_pages)
        self.page = min(self.page, self.page_count - 1)
        y = self._place_rows(area, rows, title_w, shown_pages[self.page])
        if len(shown_pages) > 1:
            self._more_card(pygame.Rect(area.x, y, area.width, more_h))

    def _place_rows(self, area, rows, title_w: int, indices: list[int]) -> int:
        """The cards of `indices` from the top of `area`; returns the y under them."""
        heights = self._row_heights(area, title_w, rows)
        y = area.y
        for index in indices:
            dimension, text, title = rows[index]
            self.ui.card(
                f"dimension:{dimension}",
                text,
                pygame.Rect(area.x, y, area.width, heights[index]),
                lambda dim=dimension: self.open_why(dim),
                title=title,
                title_width=title_w,
                text_size=ROW_TEXT,
            )
            y += heights[index] + ROW_GAP
        return y

    def _more_card(self, rect: pygame.Rect) -> None:
        pages = self.page_count
        self.ui.card(
            MORE,
            page_turn_label(self.tr, self.page + 1, pages),
            rect,
            lambda: self._turn(pages),
            text_size=ROW_TEXT,
        )

    def _turn(self, pages: int) -> None:
        self.page = (self.page + 1) % pages
        self.rebuild()
        self.ring.focus(MORE)

    def handle(self, intent: Intent) -> bool:
        """The mouse wheel, and Page Up and Page Down, turn the list's page, never round from
        the last to the first; past the last, in a workshop, a clicker's Page Down goes on to
        the group's plan (it went round to the first page: warm-up facilitator run)."""
        if intent.act is not Act.SCROLL:
            return False
        return room_keys.turn_or_on(
            self, intent, self.page, self.page_count, self._turn_by, ("plan",)
        )

    def _turn_by(self, by: int) -> bool:
        self.page += by
        self.rebuild()
        return True

    @property
    def animating(self) -> bool:
        return not self.reveal.done

    def update(self, dt: float) -> None:
        self.reveal.advance(dt)

    @property
    def radar_rect(self) -> pygame.Rect | None:
        """Beside the list: on the left, or on the right in a right-to-left language; or on a
        page of its own at large text (None on the list's pages)."""
        return None if self.radar_box is None else self.ui.place(self.radar_box)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self.radar_box is None:
            return
        values, labels = self.radar_words()
        label_size = 18  # grown with the text size and in workshop mode (draw_radar)
        draw_radar(
            surface,
            self.radar_rect,
            values,
            labels,
            label_size=label_size,
            grown=self.reveal.share,
        )

    def export(self) -> None:
        """Ask which files and where (the data folder by default), then save them."""
        from steps_game.scenes.export import ExportScene

        has_words = self.app.session.notebook.has_words()
        formats, with_words = self.export_choice
        scene = ExportScene(
            self.app, self.save_to, has_words=has_words, formats=formats, with_words=with_words
        )
        self.app.push(scene)

    def save_to(self, folder, formats=FORMATS, with_words: bool = False) -> None:
        from steps_game.export import Run, write_exports

        self.export_choice = (formats, with_words)  # offered again the next time
        if self.app.workshop is not None:
            # a group's files are what the room answered (group_files.py): one player's
            # profile export, printout or calendar says nothing of a group
            from steps_game.scenes.group import save_group_files

            self.export_note = save_group_files(self.app, self.app.workshop.room, folder, formats)
            return
        session = self.app.session
        run = Run(session.outcomes(), session.notebook, session.field_id, short=session.short)
        try:
            written = write_exports(
                self.app.content,
                run,
                self.tr.language,
                folder,
                formats,
                prefix="steps-profile",
                with_words=with_words,
                finnish_beside=shown_in(self.app),
            )
        except OSError as exc:
            self.export_note = self.tr("export.failed", reason=exc.strerror or str(exc))
        else:
            # the name the files share, and their kinds: the whole names were too long to read
            stem = written[0].name.split(".")[0].removesuffix("-page1")
            kinds = " ".join(sorted({path.suffix for path in written}))
            files = f"{stem} ({kinds})"
            self.export_note = self.tr(
                "export.done", folder=left_to_right(str(folder)), files=left_to_right(files)
            )

    def open_why(self, dimension_id: str) -> None:
        from steps_game.scenes.why import WhyScene

        self.app.push(WhyScene(self.app, dimension_id))

    def open_plan(self) -> None:
        from steps_game.scenes.plan import PlanScene

        self.app.push(PlanScene(self.app))

    def to_title(self) -> None:
        from steps_game.scenes.title import TitleScene

        self.app.reset_to(TitleScene(self.app))
