"""The title screen: continue or start, language, settings, quit."""

from __future__ import annotations

import pygame

from steps_game.saved_run import offer, same_offer
from steps_game.scenes.base import Scene
from steps_game.scenes.layout import MARGIN, SCREEN_W, menu
from steps_game.ui import palette
from steps_game.ui.builder import button_width
from steps_game.ui.text import role_size, text_height, text_size

NOTE_W = SCREEN_W - 280  # a notice under the menu


class TitleScene(Scene):
    shown_notice = ""
    shown_run = None  # the saved run the buttons were made for

    def start_finished(self) -> None:
        kept_save = self.app.workshop is None and self.app.session.kept_save is not None
        if kept_save or not same_offer(self.shown_run, self.app.saved_run):
            self.rebuild()

    def build(self) -> None:
        if self.app.workshop is not None:
            self.build_workshop()
            return
        tr = self.tr
        run = self.shown_run = self.app.saved_run
        # the name lower when there is room for it, as high as the workshop button at large text
        # (under it when the button's words reach the name, as in some languages at 200 %)
        name_y = 70 if self.app.text_scale < 1.3 else 20
        workshop_w = button_width(tr("workshop.title_button"))
        name_w = text_size(tr("game.name"), role_size(66, "title"), bold=True)[0]
        if (
            name_y < 20 + self.ui.row_height
            and SCREEN_W - MARGIN - workshop_w < (SCREEN_W + name_w) // 2 + 16
        ):
            name_y = 20 + self.ui.row_height + 4
        self.ui.text(
            tr("game.name"),
            pygame.Rect(0, name_y, SCREEN_W, 90),
            size=66,  # the largest whose line (90 px in Noto Sans) fits at once: no trial sizes
            bold=True,
            color=palette.ACCENT_DARK,
            center=True,
            role="title",
        )
        tagline = tr("game.tagline")
        tagline_h = text_height(tagline, 26, SCREEN_W - 280)
        self.ui.text(
            tagline, pygame.Rect(140, name_y + 95, SCREEN_W - 280, tagline_h), size=26, center=True
        )
        kind, step = offer(run)
        if kind == "profile":
            items = [("see-profile", tr("title.see_profile"), self.see_profile)]
        elif kind == "continue":
            items = [("continue", tr("title.continue", step=step), self.continue_run)]
        else:
            items = [("start", tr("title.start"), self.start)]
        if kind != "start":
            items.append(("new-game", tr("title.new_game"), self.ask_new_game))
        items += [
            ("language", tr("title.language_button"), self.choose_language),
            ("settings", tr("title.settings"), self.open_settings),
            ("quit", tr("title.quit"), self.app.quit),
        ]
        bottom = menu(
            self.ui, items, max(270, name_y + 95 + tagline_h + 24), min_width=self.language_width()
        )
        self.mark_language()
        # For facilitators, in the top corner: the group mode (steps_game/workshop.py)
        self.ui.button_row(
            [("workshop", tr("workshop.title_button"), self.enter_workshop, {"secondary": True})],
            20,
        )
        if self.app.notice:
            self.shown_notice = self.app.notice
            notice = tr(self.app.notice)
            self.ui.text(
                notice,
                pygame.Rect(
                    140, bottom + 10, SCREEN_W - 280, text_height(notice, 20, SCREEN_W - 280)
                ),
                size=20,
                color=palette.ACCENT_DARK,
                center=True,
            )
        elif self.app.start_finished and self.app.session.kept_save is not None:
            kept = self.app.session.kept_save
            key = "title.newer_save" if kept.newer else "title.broken_save"
            said = tr(key + ("_backup" if kept.from_backup else ""), file=kept.path.name)
            self.ui.text(
                said,
                pygame.Rect(
                    140, bottom + 10, SCREEN_W - 280, text_height(said, 20, SCREEN_W - 280)
                ),
                size=20,
                color=palette.WARN,
                center=True,
            )

    def build_workshop(self) -> None:
        """The title in workshop mode: no saved run, nothing personal, the facilitator's keys."""
        tr = self.tr
        self.ui.text(
            tr("game.name"),
            pygame.Rect(0, 24, SCREEN_W, 150),
            size=72,
            bold=True,
            color=palette.ACCENT_DARK,
            center=True,
        )
        # the tagline and the badge as tall as their words (scripts differ in line height)
        tagline = tr("game.tagline")
        tagline_h = max(110, text_height(tagline, 26, SCREEN_W - 280))
        self.ui.text(
            tagline, pygame.Rect(140, 170, SCREEN_W - 280, tagline_h), size=26, center=True
        )
        badge = tr("workshop.badge")
        badge_h = max(44, text_height(badge, 20, SCREEN_W - 280, bold=True))
        self.ui.text(
            badge,
            pygame.Rect(140, 170 + tagline_h + 2, SCREEN_W - 280, badge_h),
            size=20,
            bold=True,
            color=palette.ACCENT_DARK,
            center=True,
        )
        workshop = self.app.workshop
        menu(
            self.ui,
            [
                ("start", tr("workshop.start"), workshop.start_run),
                ("language", tr("title.language_button"), self.choose_language),
                ("help", tr("workshop.help"), workshop.toggle_help),
                ("leave-workshop", tr("workshop.leave"), self.leave_workshop),
                ("quit", tr("title.quit"), self.app.quit),
            ],
            max(336, 170 + tagline_h + 2 + badge_h + 10),
            gap=10,
            min_width=self.language_width(),
        )
        self.mark_language()

    def language_width(self) -> int:
        """The language button's words in the language on screen and in English ("Kieli /
        Language"), and a globe, so that it is found without reading the language on screen:
        the menu is made wide enough for the globe beside the words."""
        from steps_game.ui.builder import button_width
        from steps_game.ui.icons import icon_room

        label = self.tr("title.language_button")
        words = button_width(label, size=self.ui.row_text_size)
        return words + 2 * icon_room(self.ui.scale)

    def mark_language(self) -> None:
        control = self.ring.by_id("language")
        if control is not None:
            control.data["icon"] = "globe"

    def enter_workshop(self) -> None:
        from steps_game.workshop_switch import enter

        enter(self.app)

    def leave_workshop(self) -> None:
        from steps_game.workshop_switch import leave

        leave(self.app)

    def exit(self) -> None:
        super().exit()
        if self.shown_notice == self.app.notice:
            self.app.notice = ""  # a notice is said once

    def on_back(self) -> bool:
        return True  # Esc on the title does nothing surprising

    def start(self) -> None:
        from steps_game.scenes.field import FieldScene

        self.app.push(FieldScene(self.app))

    def ask_new_game(self) -> None:
        from steps_game.scenes.confirm import ConfirmScene

        self.app.push(ConfirmScene(self.app, "title.new_confirm", "title.new_yes", self.start_over))

    def start_over(self) -> None:
        self.app.session.forget()
        self.app.pop()
        self.start()

    def continue_run(self) -> None:
        from steps_game.scenes.flow import scene_for_step

        self.app.push(scene_for_step(self.app, self.app.session.step))

    def see_profile(self) -> None:
        from steps_game.scenes.profile import ProfileScene

        self.app.push(ProfileScene(self.app))

    def choose_language(self) -> None:
        from steps_game.scenes.language import LanguageScene

        self.app.push(LanguageScene(self.app))

    def open_settings(self) -> None:
        from steps_game.scenes.settings import SettingsScene

        self.app.push(SettingsScene(self.app))
