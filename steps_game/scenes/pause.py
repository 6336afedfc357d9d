"""The pause menu over any screen: resume, settings, language, back to title, quit."""

from __future__ import annotations

from steps_game.scenes.base import Scene
from steps_game.scenes.layout import SCREEN_H, SCREEN_W
from steps_game.scenes.second_language import second_label
from steps_game.scenes.sizing import (
    EDGE,
    GAP,
    PAD,
    centered_panel,
    heading_height,
    panel_heading,
    place_grid,
    plan_grid,
)
from steps_game.scenes.timer_corner import (
    KeepsTimerCorner,
    heading_rect,
    heading_room,
    tall_enough,
    timer_on,
)

HEADING_SIZE = 32
PANEL_W = 520


class PauseScene(KeepsTimerCorner, Scene):
    overlay = True

    def build(self) -> None:
        tr = self.tr
        glossary = self.app.content is not None and self.app.content.glossary is not None
        items = [
            ("resume", tr("pause.resume"), self.app.pop),
            ("settings", tr("pause.settings"), self.open_settings),
            ("language", tr("pause.language"), self.choose_language),
            *([("glossary", tr("pause.glossary"), self.open_glossary)] if glossary else []),
            ("to-title", tr("pause.to_title"), self.to_title),
            ("quit", tr("pause.quit"), self.ask_quit),
        ]
        if self.app.workshop is not None:  # nothing to set or delete: the keys instead
            items[1] = ("help", tr("workshop.help"), self.app.workshop.toggle_help)
            # and the second language under the first, to change in the middle of a run
            items.insert(3, ("second", second_label(tr), self.choose_second))
        # Sized from the words: one column of buttons, two when one would not fit the screen
        heading = tr("pause.heading")
        width = SCREEN_W - 2 * EDGE - 2 * PAD
        heading_h = heading_height(heading, HEADING_SIZE, width)
        if timer_on(self.app):  # beside the timer (F6), in the narrowest panel
            narrow = PANEL_W - 2 * PAD - heading_room(self.app, center=True)
            heading_h = tall_enough(self.app, heading_height(heading, HEADING_SIZE, narrow))
        room = SCREEN_H - 2 * EDGE - 2 * PAD - heading_h - GAP
        # a menu in rows: Tab goes along each row the way it reads (right to left in Arabic and
        # Persian), in the menu's own order
        grid = plan_grid(items, width, room, by_rows=True)
        panel_w = max(PANEL_W, grid.outer_width + 2 * PAD)
        panel = centered_panel(self.ui, panel_w, 2 * PAD + heading_h + GAP + grid.height)
        inner = panel.inflate(-2 * PAD, -2 * PAD)
        self.timer_inner = inner  # the timer (F6) in its top corner
        box = heading_rect(self.app, inner, heading_h, center=True)
        panel_heading(self.ui, heading, box, heading_h, HEADING_SIZE)
        place_grid(self.ui, items, grid, inner.y + heading_h + GAP)

    def on_back(self) -> bool:
        self.app.pop()
        return True

    def ask_quit(self) -> None:
        """Quitting during a task, or anywhere in a workshop (where nothing is kept), asks
        first; elsewhere nothing is lost and the game closes at once."""
        from steps_game.scenes.confirm import ConfirmScene
        from steps_game.scenes.task_host import TaskHostScene

        if self.app.workshop is not None:
            question = "workshop.quit_confirm"
        elif any(isinstance(scene, TaskHostScene) for scene in self.app.scenes):
            question = "pause.quit_confirm"
        else:
            self.app.quit()
            return
        self.app.push(ConfirmScene(self.app, question, "pause.quit_yes", self.app.quit))

    def open_settings(self) -> None:
        from steps_game.scenes.settings import SettingsScene

        self.app.push(SettingsScene(self.app))

    def open_glossary(self) -> None:
        from steps_game.scenes.glossary import GlossaryScene

        self.app.push(GlossaryScene(self.app))

    def choose_language(self) -> None:
        from steps_game.scenes.language import LanguageScene

        self.app.push(LanguageScene(self.app))

    def choose_second(self) -> None:
        from steps_game.scenes.second_language import SecondLanguageScene

        self.app.push(SecondLanguageScene(self.app))

    def to_title(self) -> None:
        from steps_game.scenes.title import TitleScene

        for scene in self.app.scenes:
            scene.on_quit()  # keep a task in progress, as quitting would
        self.app.reset_to(TitleScene(self.app))
