"""The profile after step 7: a radar of the seven dimensions, a line per dimension, strengths and
growth areas, and for each dimension the choices behind its score."""

from __future__ import annotations

import pygame

from steps_game.export import FORMATS
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_W, footer_y, header
from steps_game.scoring import (
    band,
    dimension_scores,
    strengths_and_growth,
    strengths_and_growth_text,
)
from steps_game.ui import palette
from steps_game.ui.charts import draw_radar
from steps_game.ui.motion import Reveal

RADAR = pygame.Rect(24, 136, 516, 500)
LIST_X = 560
ROW_H = 62
ROWS_TOP = 140
# Workshop mode: larger words for a projector. Each row says a dimension and its score (the
# band line is one click away, in "why this score"); the radar's names are larger too.
WORKSHOP_RADAR = pygame.Rect(24, 196, 596, 446)
WORKSHOP_ROWS_TOP = 198
WORKSHOP_ROW_H = 64


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
        self.reveal = Reveal.start(app.settings.reduced_motion)  # the shape grows out once

    def band_line(self, dimension, score: int | None) -> str:
        if score is None:
            return self.tr("profile.not_done")
        bands = self.app.content.profile.bands
        return self.tr.pick(getattr(dimension, band(score, bands.low_max, bands.mid_max)))

    def build(self) -> None:
        if self.app.workshop is not None:
            self.build_workshop()
            return
        tr = self.tr
        content = self.app.content
        header(self.ui, tr("game.name"), tr("profile.heading"), right=self.header_right)
        self.ui.text(
            tr.pick(content.profile.intro),
            pygame.Rect(MARGIN, 104, SCREEN_W - 2 * MARGIN, 30),  # below the header's 50-104
            size=19,
            color=palette.MUTED,
        )
        width = SCREEN_W - MARGIN - LIST_X
        for index, item in enumerate(self.scores):
            dimension = content.dimension(item.dimension)
            rect = pygame.Rect(LIST_X, ROWS_TOP + index * ROW_H, width, ROW_H - 6)
            number = "–" if item.score is None else str(item.score)
            self.ui.card(
                f"dimension:{item.dimension}",
                self.band_line(dimension, item.score),
                rect,
                lambda dim=item.dimension: self.open_why(dim),
                title=f"{tr.pick(dimension.name)}\n{number} / 100",
                title_width=170,
                text_size=18,
            )
        strengths, growth = strengths_and_growth(self.scores)
        if strengths:
            names = [
                [tr.pick(content.dimension(d).name) for d in group] for group in (strengths, growth)
            ]
            self.ui.text(
                strengths_and_growth_text(tr, *names),
                pygame.Rect(LIST_X, ROWS_TOP + 7 * ROW_H, width, 56),
                size=18,
            )
        buttons = [
            ("plan", tr("profile.plan"), self.open_plan),
            ("export", tr("export.button"), self.export, {"secondary": True}),
            ("to-title", tr("profile.to_title"), self.to_title, {"secondary": True}),
        ]
        made = self.ui.button_row(buttons, footer_y())
        if self.export_note:
            room = min(c.rect.left for c in made) - MARGIN - 16
            # beside the buttons when they leave room (larger text makes them wider), else above
            box = (
                pygame.Rect(MARGIN, footer_y() - 2, room, 68)
                if room >= 240
                else pygame.Rect(MARGIN, footer_y() - 40, SCREEN_W - 2 * MARGIN, 40)
            )
            self.ui.text(self.export_note, box, size=16, color=palette.ACCENT_DARK, middle=True)

    def build_workshop(self) -> None:
        """The group's profile on a projector: the radar and one large row per dimension."""
        tr = self.tr
        content = self.app.content
        header(self.ui, tr("game.name"), tr("workshop.profile_heading"), right=self.header_right)
        # Once saved, where the files went, in the place of the profile's intro
        self.ui.text(
            self.export_note or tr.pick(content.profile.intro),
            pygame.Rect(MARGIN, 114, SCREEN_W - 2 * MARGIN, 78),
            size=19,
            color=palette.ACCENT_DARK if self.export_note else palette.MUTED,
        )
        width = SCREEN_W - MARGIN - LIST_X
        for index, item in enumerate(self.scores):
            dimension = content.dimension(item.dimension)
            top = WORKSHOP_ROWS_TOP + index * WORKSHOP_ROW_H
            self.ui.card(
                f"dimension:{item.dimension}",
                tr("profile.not_done") if item.score is None else f"{item.score} / 100",
                pygame.Rect(LIST_X, top, width, WORKSHOP_ROW_H - 6),
                lambda dim=item.dimension: self.open_why(dim),
                title=tr.pick(dimension.name),
                title_width=300,
                text_size=18,
            )
        self.ui.button_row(
            [
                ("plan", tr("profile.plan"), self.open_plan),
                ("export", tr("export.button"), self.export, {"secondary": True}),
                ("to-title", tr("profile.to_title"), self.to_title, {"secondary": True}),
            ],
            footer_y(),
        )

    @property
    def animating(self) -> bool:
        return not self.reveal.done

    def update(self, dt: float) -> None:
        self.reveal.advance(dt)

    @property
    def radar_rect(self) -> pygame.Rect:
        """Beside the list: on the left, or on the right in a right-to-left language."""
        return self.ui.place(WORKSHOP_RADAR if self.app.workshop is not None else RADAR)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        labels = [self.tr.pick(self.app.content.dimension(s.dimension).name) for s in self.scores]
        values = [s.score for s in self.scores]
        label_size = 27 if self.app.workshop is not None else 18
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
        session = self.app.session
        # A workshop group's files get names of their own
        prefix = "steps-workshop" if self.app.workshop is not None else "steps-profile"
        run = Run(session.outcomes(), session.notebook, session.field_id)
        try:
            written = write_exports(
                self.app.content,
                run,
                self.tr.language,
                folder,
                formats,
                prefix=prefix,
                with_words=with_words,
            )
        except OSError as exc:
            self.export_note = self.tr("export.failed", reason=exc.strerror or str(exc))
        else:
            # the name the files share, and their kinds: the whole names were too long to read
            stem = written[0].name.split(".")[0].removesuffix("-page1")
            kinds = " ".join(sorted({path.suffix for path in written}))
            files = f"{stem} ({kinds})"
            self.export_note = self.tr("export.done", folder=str(folder), files=files)

    def open_why(self, dimension_id: str) -> None:
        from steps_game.scenes.why import WhyScene

        self.app.push(WhyScene(self.app, dimension_id))

    def open_plan(self) -> None:
        from steps_game.scenes.plan import PlanScene

        self.app.push(PlanScene(self.app))

    def to_title(self) -> None:
        from steps_game.scenes.title import TitleScene

        self.app.reset_to(TitleScene(self.app))
