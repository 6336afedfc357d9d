"""Scripted playthroughs of the real scenes, from the title to the profile, by keyboard alone and
by mouse alone, finding controls by id or label. Two ways of playing give different, explained
scores."""

from __future__ import annotations

import pygame
import pytest

from steps_game.finnish_beside import finnish_words
from steps_game.plan import build_plan, plan_sections
from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.intro import IntroScene
from steps_game.scenes.profile import ProfileScene
from steps_game.scenes.task_host import TaskHostScene
from steps_game.ui import text as text_module


class Player:
    """Plays with one input device, choosing the first (`best=True`) or the last options."""

    def __init__(self, driver, *, mouse: bool, best: bool) -> None:
        self.driver = driver
        self.mouse = mouse
        self.best = best

    def use(self, control_id: str) -> None:
        if self.mouse:
            self.driver.click(control_id=control_id)
        else:
            self.driver.press(control_id=control_id)

    def pick(self, prefix: str) -> str:
        ids = self.driver.ids_starting(prefix)
        assert ids, f"nothing starts with {prefix!r}: {self.driver.ids()}"
        return ids[0] if self.best else ids[-1]

    @property
    def model(self):
        return self.driver.scene.model

    # -- one function per task kind -----------------------------------------------------------
    def myth_or_fact(self) -> None:
        for statement in self.model.config.statements:
            right = "answer:fact" if statement.is_fact else "answer:myth"
            wrong = "answer:myth" if statement.is_fact else "answer:fact"
            self.use(right if self.best else wrong)
            self.use("next")
        for _ in range(3 if self.best else 1):
            chosen = set(self.model.state["offers"])
            self.use(self.driver.find_id("offer:", lambda i, chosen=chosen: i[6:] not in chosen))

    def goal_cards(self) -> None:
        self.use(self.pick("goal:"))
        self.use("to-concrete")
        for prefix in ("goal:", "action:", "who:", "when:"):
            if self.driver.ids_starting(prefix):
                self.use(self.pick(prefix))

    def network_map(self) -> None:
        view = self.driver.scene.view
        count = 8 if self.best else 3
        for _ in range(count):
            token = self.driver.find_id("token:")
            if self.mouse:
                self.driver.click(control_id=token)
                ring = view.geometry.rings - 1 if self.best else 0
                placed = sum(1 for _ in self.driver.ids_starting("marker:"))
                sector = placed % len(self.model.config.sectors) if self.best else 0
                center = view.geometry.cell_center(ring, sector)
                self.driver.pointer("down", (round(center[0]), round(center[1])))
                self.driver.pointer("up", (round(center[0]), round(center[1])))
            else:
                self.driver.press(control_id=token)
                if not self.best:  # everyone in the close ring of the first area
                    for _ in range(3):
                        self.driver.key(pygame.K_DOWN)
                self.driver.key(pygame.K_RETURN)

    def week_planner(self) -> None:
        self.use("start-planning")
        for index in range(self.model.config.weeks if self.best else 1):  # (a week each)
            model = self.model

            def fits(i: str, model=model, week=index + 1) -> bool:
                # (the field's actions come first, and take more energy: one that fits)
                action_id = i.partition(":")[2]
                return model.week_of(action_id) is None and model.refusal(action_id, week) is None

            action = (
                self.driver.find_id("action:", fits)
                if self.best
                else self.driver.find_id("action:")
            )
            self.use(action)
            week = f"week:{index + 1}" if self.best else "week:1"
            self.use(week)
        self.use("to-first")
        if type(self.driver.scene).__name__ == "ConfirmScene":  # weeks left empty: on anyway
            self.use("yes")
        for slot in ("when", "where", "if_then"):
            self.use(self.pick(f"{slot}:"))

    def message_builder(self) -> None:
        if self.driver.ids_starting("contact:"):
            self.use(self.pick("contact:"))
        parts = self.model.config.parts
        for part in parts:
            if len(parts) > 1:  # (one part, a set's ask: no tab, its options open)
                self.use(f"part:{part.id}")
            options = self.model.options(part.id)
            choice = (
                max(options, key=lambda o: o.quality)
                if self.best
                else min(options, key=lambda o: o.quality)
            )
            self.use(self.driver.find_id(f"option:{choice.id}"))
        self.use("send")

    def profile_event(self) -> None:
        model = self.model
        # the first cards, over the pages they take (a set may show fewer than six)
        for _ in range(min(6 if self.best else 3, len(model.cards))):
            self.use(self.driver.find_id("item:", lambda i: not model.in_profile(i[5:])))
        self.use("to-event")
        while not self.model.is_complete():
            # at large text a moment's options are on the page after its situation
            self.driver.find_id("option:")
            # the best (or worst) option by its points, wherever it stands among the others
            options = self.model.options(self.model.current())
            chosen = (max if self.best else min)(options, key=lambda option: option.points)
            self.use(f"option:{chosen.id}")
            if "next" not in self.driver.ids():
                break
            self.use("next")

    def keep_warm(self) -> None:
        """The best way: each week, first answer whoever has news with a fitting action, then
        spend what energy is left on the coolest people, one light action each."""
        model = self.model
        for _ in range(40):
            if model.is_complete():
                return
            if self.best:
                for tie in self._upkeep_order():
                    news = model.news_for(tie.id)
                    fitting = [a.id for a in model.offered(tie.id) if news and a.id in news.fits]
                    light = [a.id for a in model.offered(tie.id) if a.energy == 1]
                    for action in fitting or light:
                        if model.can_choose(tie.id, action):
                            self.use(f"tie:{tie.id}")
                            self.use(f"action:{action}")
                            break
            self.use("next-week")

    def _upkeep_order(self):
        model = self.model
        warmth = model.warmth()
        return sorted(
            model.relationships,
            key=lambda tie: (model.news_for(tie.id) is None, warmth[tie.id]),
        )

    # -- the run --------------------------------------------------------------------------
    def play_from_title(
        self, start_label: str, continue_label: str, field: str, way: str = "whole"
    ) -> None:
        driver = self.driver
        self.use_label(start_label)
        self.use(f"field:{field}")
        self.use_label(continue_label)
        self.use(f"way:{way}")  # the short way or the whole way (scenes/way.py)
        for step in range(1, 8):
            assert isinstance(driver.scene, IntroScene) and driver.scene.step == step
            self.use("start-task")
            assert isinstance(driver.scene, TaskHostScene)
            getattr(self, driver.scene.level.task.kind)()
            assert driver.scene.model.is_complete(), driver.scene.level.task.kind
            self.use("done")
            assert isinstance(driver.scene, FeedbackScene)
            self.use("next")
        assert isinstance(driver.scene, ProfileScene)

    def use_label(self, label: str) -> None:
        if self.mouse:
            self.driver.click(label=label)
        else:
            self.driver.press(label=label)


@pytest.mark.parametrize(
    ("mouse", "language", "start", "go_on"),
    [(False, "fi", "Aloita", "Jatka"), (True, "en", "Start", "Continue")],
    ids=["keyboard-fi", "mouse-en"],
)
def test_whole_run_reaches_the_profile(make_driver, mouse, language, start, go_on):
    text_module.overflows.clear()
    driver = make_driver(language=language)
    Player(driver, mouse=mouse, best=True).play_from_title(start, go_on, "it")
    outcomes = driver.app.session.outcomes()
    assert [o.step for o in outcomes] == [1, 2, 3, 4, 5, 6, 7]
    assert all(o.reasons for o in outcomes)
    # the best way of playing earns a high score in every dimension, step 7's included
    assert all(o.score >= 85 for o in outcomes), {o.step: o.score for o in outcomes}
    assert driver.app.session.progress.finished
    session = driver.app.session
    plan = build_plan(driver.app.content, session.notebook, "it")
    assert plan.goal is not None and plan.first is not None and plan.first.when is not None
    assert plan.people and plan.upkeep
    assert {week for _, week in plan.weeks} >= {1, 2}
    driver.press(control_id="plan")
    scene = driver.scene
    shown = [text for text, *_ in scene.blocks]
    app, tr = driver.app, driver.app.tr
    words = finnish_words(app.content.glossary, tr.language, shown=app.settings.finnish_beside)
    sections = plan_sections(tr, plan, with_words=True, finnish=words)  # as the screen shows it
    for lines in sections.values():
        for line in lines:
            assert "• " + line in shown  # every line is there: none cut off or left out
    assert text_module.overflows == []


def test_different_choices_give_different_explained_scores(make_driver, tmp_path):
    best = make_driver(language="en", data_dir=tmp_path / "a")
    Player(best, mouse=False, best=True).play_from_title("Start", "Continue", "health")
    high = {o.step: o for o in best.app.session.outcomes()}
    best.close()
    low_driver = make_driver(language="en", data_dir=tmp_path / "b")
    Player(low_driver, mouse=False, best=False).play_from_title("Start", "Continue", "health")
    low = {o.step: o for o in low_driver.app.session.outcomes()}
    for step in range(1, 8):
        assert high[step].score > low[step].score, step
        # the weaker run is told what would have earned more
        assert any(not reason.earned for reason in low[step].reasons), step
