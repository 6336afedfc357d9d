"""The short way (steps_game/short_way.py): a player who asks for fewer choices at the start plays
only the level's `[short]` choices in each step that has them, still earns full points, and leaves
with a plan drawn from what was played; the run keeps its way through a save, and a levels folder
without a short way never asks."""

from __future__ import annotations

import re
import shutil

import pygame
import pytest

from steps_game.content import check_folder, load_content
from steps_game.outcome import Outcome, Reason
from steps_game.paths import bundled_levels_dir
from steps_game.plan import build_plan
from steps_game.progress import Progress, load_progress, save_progress
from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.field import FieldScene
from steps_game.scenes.intro import IntroScene
from steps_game.scenes.task_host import TaskHostScene
from steps_game.scenes.way import WAYS, WayScene
from steps_game.storage import Storage
from tests.test_playthrough import Player

CONTENT = load_content(bundled_levels_dir(), ("en",))


def short_of(step: int):
    short = CONTENT.level(step).short
    assert short is not None, f"step {step} has no short way"
    return short


class CountingPlayer(Player):
    """Plays as Player does and notes the choices each task put in front of the player."""

    def __init__(self, driver) -> None:
        super().__init__(driver, mouse=False, best=True)
        self.seen: dict[int, dict[str, list[str]]] = {}
        self.weeks = 0  # step 7's
        self.planner_weeks = 0  # step 4's

    def _note(self, **lists) -> None:
        self.seen[self.driver.scene.step] = {
            name: [item.id for item in items] for name, items in lists.items()
        }

    def myth_or_fact(self) -> None:
        config = self.model.config
        self._note(plays=config.statements, shows=config.offers)
        super().myth_or_fact()

    def network_map(self) -> None:
        self._note(plays=self.model.tokens)
        super().network_map()

    def week_planner(self) -> None:
        self.planner_weeks = self.model.config.weeks
        self._note(plays=self.model.offered())
        super().week_planner()

    def message_builder(self) -> None:
        self._note(plays=self.model.config.parts, people=self.model.contacts())
        super().message_builder()

    def profile_event(self) -> None:
        self._note(plays=self.model.config.moments, shows=self.model.cards)
        super().profile_event()

    def keep_warm(self) -> None:
        self.weeks = self.model.config.weeks
        self._note(plays=self.model.relationships, news=self.model.news_items)
        super().keep_warm()


def play(driver, way: str) -> CountingPlayer:
    player = CountingPlayer(driver)
    player.play_from_title("Start", "Continue", "it", way=way)
    return player


def test_the_short_way_plays_only_the_short_choices_and_still_makes_a_whole_plan(make_driver):
    driver = make_driver(language="en")
    player = play(driver, "short")
    session = driver.app.session
    assert session.progress.short
    seen = player.seen
    assert seen[1]["plays"] == short_of(1).plays
    assert seen[1]["shows"] == short_of(1).shows
    assert seen[5]["plays"] == short_of(5).plays
    assert len(seen[5]["people"]) == short_of(5).people  # whom to write to: fewer of the map's
    assert (
        set(seen[3]["plays"]) <= set(short_of(3).plays) and "meetup-developer" in seen[3]["plays"]
    )
    assert seen[6]["plays"] == short_of(6).plays
    # the field's own cards of those the short way keeps: an IT player sees IT's, no other field's
    assert set(seen[4]["plays"]) <= set(short_of(4).plays) | {"from-goal"}
    assert {"it-meetup", "it-share-project"} <= set(seen[4]["plays"])
    assert not any(card.startswith("health-") for card in seen[4]["plays"])
    assert set(seen[6]["shows"]) <= set(short_of(6).shows)
    assert player.weeks == short_of(7).weeks
    assert player.planner_weeks == short_of(4).weeks
    # step 7: only the short way's places, and only the news of those places and weeks
    assert seen[7]["plays"] == short_of(7).plays
    assert seen[7]["news"] and all(
        item.relationship in short_of(7).plays and item.week <= short_of(7).weeks
        for item in CONTENT.level(7).task.news
        if item.id in seen[7]["news"]
    )
    # the short way can still be played for full points: its choices are not the weak ones
    outcomes = session.outcomes()
    assert [o.step for o in outcomes] == [1, 2, 3, 4, 5, 6, 7]
    assert all(o.score >= 85 for o in outcomes), {o.step: o.score for o in outcomes}
    # every step handed on what it made, read as it was played, and the plan is whole
    thread = session.thread()
    assert thread.goal and thread.people and thread.first_step and thread.week_actions
    assert thread.message is not None and thread.new_contacts and thread.upkeep
    plan = build_plan(driver.app.content, session.notebook, "it", short=True)
    assert plan.goal is not None and plan.first is not None and plan.people and plan.upkeep


def test_the_short_way_has_fewer_choices_than_the_whole_way(make_driver, tmp_path):
    short = play(make_driver(language="en", data_dir=tmp_path / "short"), "short")
    whole = play(make_driver(language="en", data_dir=tmp_path / "whole"), "whole")
    for step in (1, 3, 4, 5, 6, 7):
        for name, ids in short.seen[step].items():
            assert len(ids) < len(whole.seen[step][name]), (step, name, ids)
    assert short.weeks < whole.weeks
    assert short.planner_weeks < whole.planner_weeks


def test_the_way_is_asked_by_keyboard_after_the_field_and_back_keeps_the_field(make_driver):
    driver = make_driver(language="en")
    driver.press(label="Start")
    driver.press(control_id="field:health")
    driver.press(label="Continue")
    assert isinstance(driver.scene, WayScene)
    assert driver.app.session.progress is None or not driver.app.session.can_continue
    assert driver.ring.focused_id == "way:short"  # the way made for a first try, first
    driver.key(pygame.K_ESCAPE)
    assert isinstance(driver.scene, FieldScene) and driver.scene.chosen == "health"
    driver.press(label="Continue")
    driver.key(pygame.K_DOWN)
    assert driver.ring.focused_id == "way:whole"
    driver.key(pygame.K_RETURN)
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 1
    progress = driver.app.session.progress
    assert progress.field == "health" and progress.short is False


def test_a_saved_short_run_goes_on_the_short_way(make_driver, tmp_path):
    data = tmp_path / "data"
    storage = Storage(data)
    levels = [level.id for level in CONTENT.levels]
    save_progress(storage, Progress(levels=levels, field="it", short=True))
    assert load_progress(storage, levels)[0].short
    driver = make_driver(language="en", data_dir=data)
    driver.press(control_id="continue")
    driver.press(control_id="start-task")
    assert isinstance(driver.scene, TaskHostScene)
    ids = [s.id for s in driver.scene.model.config.statements]
    assert ids == short_of(1).plays


def test_a_save_from_before_the_short_way_goes_on_the_whole_way(tmp_path):
    storage = Storage(tmp_path)
    levels = [level.id for level in CONTENT.levels]
    data = Progress(levels=levels, field="it").model_dump()
    del data["short"]  # as a game without the short way wrote it
    storage.write_json("progress.json", data)
    progress = load_progress(storage, levels)[0]
    assert progress is not None and progress.field == "it" and progress.short is False


def strip_short_tables(folder) -> None:
    for path in folder.glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\n\[short\]\n(?:(?!\n\[).)*", "\n", text, flags=re.S), "utf-8")


def test_a_levels_folder_without_a_short_way_never_asks(make_driver, tmp_path):
    folder = tmp_path / "levels"
    shutil.copytree(bundled_levels_dir(), folder)
    strip_short_tables(folder)
    assert "[short]" not in "".join(p.read_text("utf-8") for p in folder.glob("*.toml"))
    driver = make_driver(language="en", levels=folder)
    driver.press(label="Start")
    driver.press(control_id="field:it")
    driver.press(label="Continue")
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 1


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            'plays = ["ask", "offer", "thanks"]',
            'plays = ["ask", "offerr"]',
            "did you mean 'offer'",
        ),
        (
            'shows = ["languages", "field-knowledge", "listening", "job-tips", "newcomer-help"]',
            'shows = ["languages", "listening", "job-tips"]',
            "3 offers shown, 3 to pick: show more",
        ),
        ('plays = ["start", "after"]', 'plays = ["start", "start"]', "names a choice twice"),
        ('"course-friend"]\nweeks = 2', '"course-friend"]\nweeks = 4', "fewer than the step's 4"),
        (
            'plays = ["colleague-fi", "mentor", "event',
            'plays = ["colleague-fi", "mentr", "event',
            "did you mean 'mentor'",
        ),
        (
            'plays = ["colleague-fi", "mentor", "event-contact", "course-friend"]',
            'plays = ["colleague-fi", "mentor"]',
            "short: the task as the short way plays it is not whole: relationships: List should "
            "have at least 3 items",
        ),
        ('"thanks"]\npeople = 3', '"thanks"]\npeople = 6', "expected fewer than the step's 6"),
        (
            '"course-friend"]\nweeks = 2',
            '"course-friend"]\npeople = 2\nweeks = 2',
            "offers none of the player's people",
        ),
    ],
    ids=[
        "unknown-id",
        "too-few-offers",
        "twice",
        "weeks-not-fewer",
        "unknown-place",
        "two-places",
        "people-not-fewer",
        "people-where-none",
    ],
)
def test_a_broken_short_table_is_named_with_what_to_do(tmp_path, old, new, said):
    folder = tmp_path / "levels"
    shutil.copytree(bundled_levels_dir(), folder)
    changed = 0
    for path in folder.glob("0*.toml"):
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new), encoding="utf-8")
            changed += 1
    assert changed == 1
    content, problems = check_folder(folder, ("en",))
    assert content is None
    assert any(said in str(problem) for problem in problems), problems


@pytest.mark.parametrize("language", ["uk", "ar"])
def test_the_ways_back_is_not_where_the_fields_continue_was(make_driver, language):
    """Thirty-sixth run (mouse): Back stood where Continue had been on the field's screen, so
    a double click on Continue went back to the field."""
    driver = make_driver(language=language)
    driver.press(control_id="start")
    driver.click(control_id="field:it")
    go_on = driver.ring.by_id("continue").rect
    driver.click(control_id="continue")
    assert isinstance(driver.scene, WayScene)
    back = driver.ring.by_id("back").rect
    assert not back.colliderect(go_on)
    assert not any(driver.ring.by_id(f"way:{key}").rect.colliderect(go_on) for key, _ in WAYS)


def _card_texts(driver, app, outcome) -> tuple[str, int]:
    """Every text of the score card, all its pages turned, and how many pages it has."""
    app.push(FeedbackScene(app, outcome.step, outcome))
    driver.frames(2)
    texts = list(driver.texts())
    pages = driver.scene.pager.pages
    for _ in range(pages - 1):
        driver.scene.turn()
        driver.frames(1)
        texts += driver.texts()
    app.pop()
    return " ".join(texts), pages


@pytest.mark.parametrize(("language", "size"), [("en", 100), ("ar", 200)])
def test_the_short_ways_score_card_says_one_reason_and_where_the_others_are(
    make_driver, language, size
):
    """A new player at 200 % read three to four pages of reasons after each step (70 to 100
    words of a step's 400 to 580, thirty-fifth run); the short way's card says the one that
    would earn the most and sends the rest to the profile's why, which lists them all."""
    driver = make_driver(language=language)
    app = driver.app
    app.change_setting("text_size", size)
    tr = app.tr
    level = app.content.level(3)
    earned = [Reason({"en": f"Earned {n}.", language: f"Earned {n}."}, 10) for n in "AB"]
    more = [Reason({"en": f"More {n}.", language: f"More {n}."}, 0, False) for n in "AB"]
    partly = Outcome(3, level.id, level.dimension, 60, (*earned, *more), {})
    full = Outcome(3, level.id, level.dimension, 100, tuple(earned), {})
    tip = tr.pick(level.tip)

    app.session.new("it", short=False)
    whole, whole_pages = _card_texts(driver, app, partly)
    assert all(f"{kind} {n}." in whole for kind in ("Earned", "More") for n in "AB")
    assert tr("feedback.all_in_profile") not in whole

    app.session.new("it", short=True)
    short, short_pages = _card_texts(driver, app, partly)
    assert "More A." in short and tr("feedback.more") in short
    assert not any(said in short for said in ("More B.", "Earned A.", "Earned B."))
    assert tr("feedback.all_in_profile") in short and tip in short
    assert short_pages <= whole_pages
    # the one that would earn the most, though the task said it just after the choice: step
    # 6's 83 went unexplained when the greeting's missed points were passed over (fortieth run)
    said = Reason({"en": "Said C.", language: "Said C."}, 17, False, said=True)
    greeting = Outcome(3, level.id, level.dimension, 83, (*earned, *more, said), {})
    short, _ = _card_texts(driver, app, greeting)
    assert "Said C." in short and "More A." not in short
    # with nothing left to earn: the first reason for the points
    short, _ = _card_texts(driver, app, full)
    assert "Earned A." in short and "Earned B." not in short and tr("feedback.earned") in short
    assert tr("feedback.all_in_profile") in short


def test_the_short_way_s_fewer_weeks_ask_as_few_actions_as_they_have():
    """Forty-third run (Arabic, 200 %): one action in each of the short way's three weeks, as
    the instruction asks ("something in every week"), lost 5 points for a plan smaller than
    the whole way's four. The least number of actions shrinks with the weeks."""
    from steps_game.short_way import short_config
    from steps_game.tasks.week_planner.model import WeekPlannerModel

    level = CONTENT.level(4)
    config = short_config(level.task, level.short)
    assert config.weeks < level.task.weeks
    assert config.plan_min == round(level.task.plan_min * config.weeks / level.task.weeks)
    model = WeekPlannerModel(config, "health")
    model.start_planning()
    ids = [action.id for action in model.offered()]
    for week in range(1, config.weeks + 1):  # one new action a week
        free = next(a for a in ids if model.week_of(a) is None)
        model.select(free)
        model.place(week)
    assert model.points()["size"] == config.weights.size
