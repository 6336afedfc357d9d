"""Workshop mode: the game on a projector as a group warm-up, led by a facilitator.

`steps-game --workshop` (or "Workshop mode" on the title) runs the same seven steps with larger text
and a high-contrast look, writes nothing to disk (`Storage(enabled=False)`; only the facilitator's
"Save as files" on the group's profile writes), and gives the facilitator keys:

    F1 help   F2 pause   F3 skip a step   F4 back a step   F5 discussion card   F6 timer
    F7 count the room's hands at a choice (1-9, + and - count, R reveals: scenes/tally.py)
    F12 a clean start for the next group (nothing of the last run stays in memory)

"Start the workshop" first asks which set the room plays (levels/workshop/sets.toml, see
workshop_sets.py): F3 and F4 move through that set's steps, F1 shows its plan and where the room is.
A step runs intro -> task -> feedback -> discussion card. The timer counts down the set's minutes
for the step and never ends anything by itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from steps_game.room_record import RoomRecord
from steps_game.ui import palette
from steps_game.ui.text import blit_text
from steps_game.workshop_timer import StepTimer

if TYPE_CHECKING:
    from steps_game.app import App
    from steps_game.workshop_sets import WorkshopSet, WorkshopSets

TEXT_SCALE = 1.5  # workshop text is this many times the normal size
# top right, clear of the header and the step track; moved beside the Menu button (timer_rect)
TIMER_RECT = pygame.Rect(1070, 8, 150, 66)
TIMER_GAP = 12
CLOSING = "closing"  # the timer's part for what our group thought, after the set's last step
NAMED_SETS = ("quick", "short", "full")  # sets with a name in assets/i18n/*/workshop_sets.toml

KEYS = (
    # (key, what the help overlay names it, its catalog key)
    (pygame.K_F1, "F1", "workshop.key_help"),
    (pygame.K_F2, "F2 / Esc", "workshop.key_pause"),
    (pygame.K_F3, "F3", "workshop.key_skip"),
    (pygame.K_F4, "F4", "workshop.key_back"),
    (pygame.K_F5, "F5", "workshop.key_discussion"),
    (pygame.K_F6, "F6", "workshop.key_timer"),
    (pygame.K_F7, "F7", "workshop.key_tally"),  # its words name the counting keys too
    (None, "PgUp / PgDn", "workshop.key_pages"),  # a clicker's (tenth facilitator run)
    (None, "F11", "workshop.key_fullscreen"),
    (pygame.K_F12, "F12", "workshop.key_reset"),
)


class Workshop:
    """What workshop mode adds to the app: the facilitator's keys, the timer and a clean reset."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.timer = StepTimer()
        self.room = RoomRecord()  # the room's hands at each choice point (room_record.py)
        self.chosen_set: WorkshopSet | None = None  # picked when the workshop starts
        self._sets: WorkshopSets | None = None

    # -- the set the room plays ------------------------------------------------------------
    @property
    def sets(self) -> WorkshopSets:
        """The levels folder's sets (levels/workshop/sets.toml), read once. A file that cannot be
        used leaves one set of every step with its level's minutes, and the title says why."""
        if self._sets is None:
            from steps_game import workshop_sets as sets

            content = self.app.content
            minutes = {level.step: level.workshop.minutes for level in content.levels}
            choices = {level.step: sets.playable(level.task) for level in content.levels}
            tasks = {level.step: level.task for level in content.levels}
            try:
                self._sets = sets.load_sets(content.folder, minutes, choices, tasks)
            except sets.WorkshopSetsError as error:
                print(error, file=sys.stderr)
                self.app.notice = "workshop_sets.unusable"
                self._sets = sets.fallback_sets(minutes)
        return self._sets

    @property
    def plan(self) -> WorkshopSet:
        """The chosen set, or (before one is chosen) the last one in the file: the fullest."""
        return self.chosen_set if self.chosen_set is not None else self.sets.sets[-1]

    def unscored_key(self, dimension_id: str) -> str:
        """What the group's profile says of a dimension without a score: "Not in this set" when
        no step of the set feeds it (seventh facilitator run: the short set's profile said four
        dimensions were still to do), else "Not done yet"."""
        played = self.plan.step_numbers
        fed = any(
            lv.dimension == dimension_id and lv.step in played for lv in self.app.content.levels
        )
        return "profile.not_done" if fed else "profile.not_in_set"

    def task_config(self, step: int, config):
        """The step's task table with only the choices the set plays and the cards it shows
        (workshop_sets.py)."""
        from steps_game.workshop_sets import played_config

        return played_config(config, self.plan.plays_for(step), self.plan.shows_for(step))

    def set_label(self, one: WorkshopSet) -> str:
        """The set's name on its button and over its plan, with its minutes; a set the catalogs
        do not name (a levels folder's own) is named by its id."""
        if one.id in NAMED_SETS:
            return self.app.tr(f"workshop_sets.{one.id}", minutes=one.total_minutes)
        return self.app.tr("workshop_sets.other", id=one.id, minutes=one.total_minutes)

    def choose_set(self, one: WorkshopSet) -> None:
        """The facilitator's pick: the run starts at the set's first step."""
        from steps_game.scenes.intro import IntroScene

        self.chosen_set = one
        self._close_overlays()
        self.app.session.new(self.field())
        self.app.push(IntroScene(self.app, one.first))

    def field(self) -> str:
        """The field the room plays with: the model newcomer's (her field's cards are hers), or
        the general one when the levels have no newcomer."""
        profile = self.app.content.profile
        if profile.newcomer is not None:
            return profile.newcomer.field
        from steps_game.workshop_sets import FIELD  # pydantic: not before the first frame

        fields = [choice.id for choice in profile.fields]
        return FIELD if FIELD in fields else fields[0]

    def step_after(self, step: int):
        """The scene after `step` in the set: the next step's intro, or after the set's last
        step what our group thought (scenes/group.py; the group's profile is one button on)."""
        from steps_game.scenes.group import GroupScene
        from steps_game.scenes.intro import IntroScene

        following = self.plan.after(step)
        return GroupScene(self.app) if following is None else IntroScene(self.app, following)

    # -- where the group is ----------------------------------------------------------------
    def base_scene(self):
        """The full screen under any overlays (help, pause, discussion card)."""
        for scene in reversed(self.app.scenes):
            if not scene.overlay:
                return scene
        return None

    def current_step(self) -> int | None:
        """The step on screen (its intro, task or feedback), or None on the title or profile."""
        return getattr(self.base_scene(), "step", None)

    def at_closing(self) -> bool:
        """Whether the room is on what our group thought, or the group's profile, plan or
        people it opens: the set's closing minutes' part (the timer stood on the first of
        them only, eleventh facilitator run)."""
        from steps_game.scenes.group import GroupScene
        from steps_game.scenes.people import PeopleScene
        from steps_game.scenes.plan import PlanScene
        from steps_game.scenes.profile import ProfileScene
        from steps_game.scenes.why import WhyScene

        closing = (GroupScene, ProfileScene, PlanScene, PeopleScene, WhyScene)
        return isinstance(self.base_scene(), closing) and self.plan.closing_minutes > 0

    def timed_part(self) -> tuple[int | str, int] | None:
        """The part of the set on screen that the timer counts down, with its minutes: a step,
        or what our group thought at the end and the screens it opens (CLOSING, the set's
        closing minutes); None on the title and the set picker."""
        step = self.current_step()
        if step is not None:
            minutes = self.plan.minutes_for(step) or self.app.content.level(step).workshop.minutes
            return step, minutes
        if self.at_closing():
            return CLOSING, self.plan.closing_minutes
        return None

    # -- the keys ----------------------------------------------------------------------------
    def key(self, key: int) -> None:
        actions = {
            pygame.K_F1: self.toggle_help,
            pygame.K_F2: self.toggle_pause,
            pygame.K_F3: self.skip,
            pygame.K_F4: self.back,
            pygame.K_F5: self.toggle_discussion,
            pygame.K_F6: self.toggle_timer,
            pygame.K_F7: self.toggle_tally,
            pygame.K_F12: self.ask_reset,
        }
        action = actions.get(key)
        if action is not None:
            action()

    def _close_overlays(self) -> None:
        while self.app.top is not None and self.app.top.overlay:
            self.app.pop()

    def _toggle_overlay(self, kind: type, make: Callable[[], object]) -> None:
        if isinstance(self.app.top, kind):
            self.app.pop()
            return
        self._close_overlays()
        self.app.push(make())

    def toggle_timer(self) -> None:
        self.update()  # the time up to this moment counts (or not) as before
        self.timer.toggle()
        # the header makes room for the timer beside the Menu button while it is on: a long
        # title is smaller then, and as large as it can be when no timer is shown
        self.app.rebuild_shown()

    def toggle_tally(self) -> None:
        """The show of hands over the task's choice point, or closed again (room_keys)."""
        from steps_game.scenes.room_keys import toggle_count

        toggle_count(self.app, self._close_overlays)

    def toggle_help(self) -> None:
        """Over anything, the pause menu and the discussion card too; closing it returns there."""
        from steps_game.scenes.help import HelpScene

        if isinstance(self.app.top, HelpScene):
            self.app.pop()
        else:
            self.app.push(HelpScene(self.app))

    def toggle_pause(self) -> None:
        from steps_game.scenes.pause import PauseScene
        from steps_game.scenes.title import TitleScene

        if isinstance(self.app.top, PauseScene):
            self.app.pop()
        elif not isinstance(self.base_scene(), TitleScene):  # on the title there is no run
            self.app.open_pause()

    def toggle_discussion(self) -> None:
        from steps_game.scenes.discussion import DiscussionScene

        step = self.current_step()
        if step is None and not isinstance(self.app.top, DiscussionScene):
            return
        self._toggle_overlay(DiscussionScene, lambda: DiscussionScene(self.app, step))

    def go_to(self, scene) -> None:
        """Leave the current step for `scene`: overlays close, and a task in progress is dropped
        (skipping records no score; coming back starts the task afresh)."""
        self._close_overlays()
        if self.app.session.progress is not None:
            self.app.session.progress.task_snapshot = None
        if self.app.top is None:
            self.app.push(scene)
        else:
            self.app.replace(scene)

    def skip(self) -> None:
        """To the set's next step's intro (or what our group thought after its last step)."""
        step = self.current_step()
        if step is not None:
            self.go_to(self.step_after(step))

    def back(self) -> None:
        """To the set's previous step's intro (its first step: that step's intro again; from the
        group screen or the profile: the set's last step)."""
        from steps_game.scenes.group import GroupScene
        from steps_game.scenes.intro import IntroScene
        from steps_game.scenes.profile import ProfileScene

        step = self.current_step()
        if step is not None:
            self.go_to(IntroScene(self.app, self.plan.before(step)))
        elif isinstance(self.base_scene(), (GroupScene, ProfileScene)):
            self.go_to(IntroScene(self.app, self.plan.step_numbers[-1]))

    def next_step(self, step: int) -> None:
        """The discussion card's "next step": the run goes on with the set's step after `step`."""
        self.go_to(self.step_after(step))

    def start_run(self) -> None:
        """From the workshop title: the facilitator picks the set, then a new run in memory only
        starts at its first step (see choose_set)."""
        from steps_game.scenes.workshop_set import SetPickerScene

        self.app.push(SetPickerScene(self.app))

    def ask_reset(self) -> None:
        """F12 clears the group's run: it asks first (Enter yes, Esc no), unless the workshop's
        title is on screen, where no run can be gone back to (Start begins a new one)."""
        from steps_game.scenes.confirm import ConfirmScene
        from steps_game.scenes.title import TitleScene

        top = self.app.top
        if isinstance(top, ConfirmScene) and top.on_yes == self.reset:
            return  # already asking
        if isinstance(self.base_scene(), TitleScene):
            self.reset()
            return
        question = ConfirmScene(
            self.app,
            "workshop.reset_confirm",
            "workshop.reset_yes",
            self.reset,
            enter_says_yes=True,
        )
        self.app.push(question)

    def reset(self) -> None:
        """F12: a clean title for the next group. Every scene goes, the session and the timer
        start empty, the UI manager and the text caches are new: nothing of the run stays."""
        from steps_game.scenes.title import TitleScene
        from steps_game.session import Session

        app = self.app
        while app.scenes:
            app.scenes.pop().exit()
        # nothing loaded (storage is off); the steps hand on in the room's words
        app.session = Session(app.content, app.storage, workshop=True)
        app.notice = ""
        self.timer = StepTimer(self.timer.clock)
        self.chosen_set = None
        self.room = RoomRecord()
        app.tr.set_second(None)  # the second language goes with the run
        forget_drawn_texts()
        app.apply_look()
        app.push(TitleScene(app))

    # -- time and drawing --------------------------------------------------------------------
    def update(self) -> None:
        from steps_game.scenes.pause import PauseScene

        part = self.timed_part()
        if part is not None:
            self.timer.follow(*part)
        paused = any(isinstance(scene, PauseScene) for scene in self.app.scenes)
        self.timer.tick(counting=part is not None and not paused)

    def wake_ms(self) -> int | None:
        """A running timer shows whole seconds: the loop wakes for the next one."""
        if not self.timer.on or self.timed_part() is None:
            return None
        return 1000 - int(self.timer.elapsed * 1000) % 1000 or 1000

    def timer_rect(self) -> pygame.Rect:
        """Inside a card that keeps it a place (the discussion card's timer_place), else beside
        the Menu button, on the side towards the header (mirrored right to left)."""
        from steps_game.scenes.base import MENU_ID

        place = getattr(self.app.top, "timer_place", None)  # a card with room for it
        inside = place() if place is not None else None
        if inside is not None:
            return inside
        rect = pygame.Rect(TIMER_RECT)
        scene = self.base_scene()
        menu = scene.ring.by_id(MENU_ID) if scene is not None else None
        if menu is not None:
            if menu.rect.centerx < surface_middle():
                rect.left = menu.rect.right + TIMER_GAP
            else:
                rect.right = menu.rect.left - TIMER_GAP
        return rect

    def draw(self, surface: pygame.Surface) -> None:
        if not self.timer.on or self.timed_part() is None:
            return
        rect = self.timer_rect()
        over = self.timer.over
        pygame.draw.rect(surface, palette.PANEL, rect, border_radius=12)
        pygame.draw.rect(
            surface, palette.WARN if over else palette.BORDER, rect, width=4, border_radius=12
        )
        blit_text(
            surface,
            self.timer.label(),
            rect.inflate(-16, -8),
            28,
            palette.WARN if over else palette.INK,
            bold=True,
            center=True,
            middle=True,
        )


def surface_middle() -> int:
    from steps_game.scenes.layout import SCREEN_W

    return SCREEN_W // 2


def forget_drawn_texts() -> None:
    """Empty the caches of drawn words, so no text of a finished run stays in memory."""
    from steps_game.ui import text

    text.clear_caches()
