""" "My networking plan": the goal, the first step, the people first, the weeks and the upkeep, all
of it on one page that scrolls (mouse wheel, arrow keys, Page Up and Page Down) when it is longer
than the screen: nothing is cut off and nothing is left out."""

from __future__ import annotations

import pygame

from steps_game.finnish_beside import finnish_words, shown_in
from steps_game.plan import SECTIONS, build_plan, plan_sections, sections_of
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_H, SCREEN_W, footer_y, header
from steps_game.ui import palette
from steps_game.ui.intents import Act, Intent
from steps_game.ui.measure import text_height
from steps_game.ui.text import blit_text

TOP = 112
HEADING_SIZE = 22
LINE_SIZE = 20
SECTION_GAP = 18
LINE_GAP = 6
STEP = 48  # pixels per arrow press or wheel notch
BAR_W = 8
HINT_MIN_W = 200  # the scroll hint goes beside the buttons when it has this much room


class PlanScene(Scene):
    menu_button = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.offset = 0
        self.plan = self._read(app.session)
        # the plan's own way on first, when there are people to choose (a keyboard player's
        # first Enter should not leave the plan it just opened)
        self.preferred_focus = "choose-people" if self.plan.candidates else "back"
        self.viewport = pygame.Rect(MARGIN, TOP, SCREEN_W - 2 * MARGIN, footer_y() - 16 - TOP)
        self.blocks: list[tuple[str, int, int, int, bool, tuple[int, int, int]]] = []
        self.total = 0

    def reload(self) -> None:
        """The people first changed (the picker): read the plan again and show it."""
        self.plan = self._read(self.app.session)

    def _read(self, session):
        return build_plan(
            self.app.content,
            session.notebook,
            session.field_id,
            workshop=session.workshop,
            short=session.short,
        )

    # -- building ----------------------------------------------------------------------------
    def build(self) -> None:
        tr = self.tr
        top = header(self.ui, tr("game.name"), tr("plan.heading"), right=self.header_right)
        buttons = []
        if self.plan.candidates:
            buttons.append(("choose-people", tr("plan.choose"), self.choose_people, {}))
        buttons.append(("back", tr("plan.back"), self.app.pop, {"secondary": bool(buttons)}))
        made = self.ui.button_row(buttons, footer_y())
        # the page between the header and the buttons (on one row or more at a large text size)
        bottom = min(c.rect.top for c in made) - 16
        self.viewport = pygame.Rect(MARGIN, top, SCREEN_W - 2 * MARGIN, bottom - top)
        self._lay_out()
        if self.scrolls:
            self.viewport.height = self._scroll_hint(made) - 16 - top
            self._lay_out()

    def _scroll_hint(self, made) -> int:
        """How to scroll: beside the buttons when its words fit there (placed back into the
        left-to-right layout: a mirror is its own inverse), else above them. Returns its top."""
        text = self.tr("plan.scroll_hint")
        room = min(self.ui.place(c.rect).left for c in made) - MARGIN - 16
        height = _height(text, 16, room, role="hint") if room >= HINT_MIN_W else SCREEN_H
        if footer_y() + height <= SCREEN_H - 4:
            hint = pygame.Rect(MARGIN, footer_y(), room, max(self.ui.row_height, height))
            top = min(c.rect.top for c in made)
        else:
            width = SCREEN_W - 2 * MARGIN
            height = _height(text, 16, width, role="hint")
            hint = pygame.Rect(MARGIN, min(c.rect.top for c in made) - 8 - height, width, height)
            top = hint.top
        self.ui.text(text, hint, size=16, color=palette.MUTED, middle=True, role="hint")
        return top

    def _proposed(self) -> str:
        """Where the people proposed come from: the map and the goal, or, in a workshop set
        without those steps (2 and 3), the people met in its steps (the short set's plan said
        "from our map and the goal" of a room that made neither, tenth facilitator run)."""
        workshop = self.app.workshop
        if workshop is None or {2, 3} & set(workshop.plan.step_numbers):
            return "plan.proposed"
        return "plan.proposed_met"

    def _lay_out(self) -> None:
        """Every line of the plan, wrapped to the page's width at the player's text size, one
        under the other: (text, x, y, size, bold, colour) with y from the page's top."""
        tr = self.tr
        app = self.app
        sections = plan_sections(
            tr,
            self.plan,
            with_words=True,
            finnish=finnish_words(app.content.glossary, tr.language, shown=shown_in(app)),
        )
        width = self.viewport.width - 3 * BAR_W
        blocks = []
        y = 0
        workshop = app.workshop
        shown = SECTIONS if workshop is None else sections_of(workshop.plan.step_numbers)
        for name in shown:
            title = tr(f"plan.{name}")
            height = _height(title, HEADING_SIZE, width, bold=True, role="title")
            blocks.append((title, y, height, HEADING_SIZE, True, palette.ACCENT_DARK))
            y += height + LINE_GAP
            if name == "people" and self.plan.people:
                # whose choice the people are, on a line of its own under the heading: a
                # sentence joined to the heading with a dash ran the heading to two lines
                # and began with a capital after the dash
                note = tr("plan.picked" if self.plan.picked else self._proposed())
                height = _height(note, LINE_SIZE, width)
                blocks.append((note, y, height, LINE_SIZE, False, palette.MUTED))
                y += height + LINE_GAP
            for line in sections[name]:
                text = "• " + line
                height = _height(text, LINE_SIZE, width)
                blocks.append((text, y, height, LINE_SIZE, False, palette.INK))
                y += height + LINE_GAP
            y += SECTION_GAP
        self.blocks = blocks
        self.total = y
        stops = self._stops
        self.offset = max((stop for stop in stops if stop <= self.offset), default=0)

    @property
    def scrolls(self) -> bool:
        return self.total > self.viewport.height

    # -- input -------------------------------------------------------------------------------
    def handle(self, intent: Intent) -> bool:
        if intent.act is Act.SCROLL:
            step = self.viewport.height - STEP if abs(intent.dy) > 1 else STEP
            return self.scroll(step if intent.dy > 0 else -step)
        if intent.act is Act.MOVE and intent.dy:
            return self.scroll(STEP * intent.dy)
        if intent.act is Act.EDIT and intent.key in (pygame.K_HOME, pygame.K_END):
            return self.scroll(-self.total if intent.key == pygame.K_HOME else self.total)
        return False

    @property
    def _stops(self) -> list[int]:
        """Where the page may stand: at the top of a line, so that no line is cut in half
        under the heading; the last stop shows the plan's end."""
        tops = sorted({y for _, y, *_ in self.blocks})
        room = max(0, self.total - self.viewport.height)
        last = next((y for y in tops if y >= room), room)
        return [y for y in tops if y <= last]

    def scroll(self, by: int) -> bool:
        stops = self._stops or [0]
        target = self.offset + by
        if by > 0:
            passed = [y for y in stops if self.offset < y <= target]
            later = [y for y in stops if y > self.offset]
            new = max(passed) if passed else (later[0] if later else self.offset)
        else:
            passed = [y for y in stops if target <= y < self.offset]
            earlier = [y for y in stops if y < self.offset]
            new = min(passed) if passed else (earlier[-1] if earlier else self.offset)
        moved = new != self.offset
        self.offset = new
        return moved or self.scrolls

    def on_back(self) -> bool:
        self.app.pop()
        return True

    def choose_people(self) -> None:
        from steps_game.scenes.people import PeopleScene

        self.app.push(PeopleScene(self.app, self.plan, self.reload))

    # -- drawing -----------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        view = self.viewport
        clip = surface.get_clip()
        surface.set_clip(view)
        width = view.width - 3 * BAR_W
        for text, y, height, size, bold, color in self.blocks:
            top = view.y + y - self.offset
            if top < view.y or top + height > view.bottom:
                continue  # a line is shown whole or not at all: the page stops at line tops
            box = self.ui.place(pygame.Rect(view.x, top, width, height))
            # a section's heading is bold, its lines not
            role = "title" if bold else "body"
            blit_text(surface, text, box, size, color, bold=bold, role=role)
        surface.set_clip(clip)
        if self.scrolls:
            track = self.ui.place(pygame.Rect(view.right - BAR_W, view.y, BAR_W, view.height))
            pygame.draw.rect(surface, palette.BORDER, track, border_radius=4)
            share = view.height / self.total
            thumb = pygame.Rect(track.x, 0, BAR_W, max(24, round(view.height * share)))
            thumb.y = min(view.y + round(self.offset * share), view.bottom - thumb.height)
            pygame.draw.rect(surface, palette.ACCENT_DARK, thumb, border_radius=4)


def _height(text: str, size: int, width: int, *, bold: bool = False, role: str = "body") -> int:
    """How tall `text` is drawn at `size` for `role` (the player's text size applied, never
    under the role's floor) wrapped to `width`."""
    return text_height(text, size, width, role=role, bold=bold)
