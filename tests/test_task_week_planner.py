"""Step 4, the week planner: budget rules, scoring, field variants, saves, and the real screen."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from steps_game.i18n import Translator
from steps_game.level_file_check import check_level_file
from steps_game.outcome import scaled
from steps_game.paths import bundled_levels_dir
from steps_game.tasks.week_planner.first_step import FIRST_SLOTS
from steps_game.tasks.week_planner.model import WeekPlannerConfig, WeekPlannerModel
from tests.test_keyboard_rules import on_to_first_step

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LEVELS = Path(__file__).resolve().parent.parent / "levels"
LEVEL_FILE = LEVELS / "04-plan.toml"
FIELDS = ["it", "health", "business", "education", "engineering", "other"]


def load_config() -> WeekPlannerConfig:
    level, problems = check_level_file(LEVEL_FILE)
    assert not problems, "\n".join(str(p) for p in problems)
    assert level is not None
    assert level.task.kind == "week_planner"
    return level.task


CONFIG = load_config()
WEIGHTS = CONFIG.weights
CONFIG_ACTION = {a.id: a for a in CONFIG.actions}


def fresh(field_id: str | None = "it", budget: str | None = None) -> WeekPlannerModel:
    model = WeekPlannerModel(CONFIG, field_id)
    if budget is not None:
        model.choose_budget(budget)
    model.start_planning()
    return model


def put(model: WeekPlannerModel, action_id: str, week: int) -> bool:
    if model.state["selected"] != action_id:
        model.select(action_id)
    return model.place(week)


def concrete(model: WeekPlannerModel) -> WeekPlannerModel:
    """On to the first step and choose its when, where and if-then (the first of each)."""
    model.start_first()
    for slot in FIRST_SLOTS:
        model.choose_first(slot, CONFIG.first.options(slot)[0].id)
    return model


def budget_id(hours: float) -> str:
    return next(b.id for b in CONFIG.budgets if b.hours == hours)


SMALLEST = min(CONFIG.budgets, key=lambda b: b.hours)
LARGEST = max(CONFIG.budgets, key=lambda b: b.hours)
# A finished plan always has its first step made concrete
LOWEST_FINISHED = scaled(
    WEIGHTS.spread / CONFIG.weeks + WEIGHTS.size / CONFIG.plan_min + WEIGHTS.first, WEIGHTS.total
)


# -- the level ---------------------------------------------------------------------------------


def test_level_loads_with_weights_that_add_up() -> None:
    assert WEIGHTS.total == 100
    assert CONFIG.default_budget in {b.id for b in CONFIG.budgets}


def test_the_chosen_field_changes_the_offered_actions() -> None:
    offered = {f: {a.id for a in WeekPlannerModel(CONFIG, f).offered()} for f in FIELDS}
    general = {a.id for a in WeekPlannerModel(CONFIG, None).offered()}
    for field_id, ids in offered.items():
        extra = ids - general
        assert extra, f"no actions of their own for {field_id}"
        assert all(field_id in CONFIG_ACTION[a].fields for a in extra)
    for one in FIELDS:
        for other in FIELDS:
            if one != other:
                assert offered[one] != offered[other]
    assert "it-meetup" in offered["it"] and "it-meetup" not in offered["health"]
    assert "health-ask-workday" in offered["health"]


@pytest.mark.parametrize("field_id", FIELDS)
def test_the_actions_for_the_players_field_come_first(field_id) -> None:
    """Eighth Arabic keyboard play-test: a nurse's two health actions came 11th and 12th,
    a page each at 200 % text; getting back to one cost eight Downs."""
    offered = [a.id for a in WeekPlannerModel(CONFIG, field_id).offered()]
    own = [a.id for a in CONFIG.actions if field_id in a.fields]
    general = [a.id for a in CONFIG.actions if not a.fields]
    assert own and offered == own + general  # each kind in the level's order


def test_every_field_sees_both_kinds_of_tie_and_mode() -> None:
    for field_id in [*FIELDS, None]:
        actions = WeekPlannerModel(CONFIG, field_id).offered()
        assert {a.tie for a in actions} == {"old", "new"}
        assert {a.mode for a in actions} == {"online", "face"}


# -- placing, moving, removing -----------------------------------------------------------------


def test_starts_with_the_default_budget_and_an_empty_plan() -> None:
    model = WeekPlannerModel(CONFIG, "it")
    assert model.phase == "budget"
    assert model.budget().id == CONFIG.default_budget
    assert not model.is_complete()


def test_place_move_and_remove() -> None:
    model = fresh()
    assert put(model, "thank-you", 1)
    assert model.week_of("thank-you") == 1
    assert model.state["selected"] is None
    assert model.state["notice"]["kind"] == "placed"
    assert not model.is_complete()  # not before the first step is made concrete
    concrete(model)
    assert model.is_complete()
    model.back_to_weeks()
    assert put(model, "thank-you", 3)  # moving
    assert model.week_of("thank-you") == 3
    assert [a.id for a in model.in_week(1)] == []
    model.select("thank-you")
    model.remove()
    assert model.week_of("thank-you") is None
    assert not model.is_complete()


def test_selecting_again_lets_go_and_a_week_without_selection_asks_first() -> None:
    model = fresh()
    model.select("thank-you")
    model.select("thank-you")
    assert model.state["selected"] is None
    assert not model.place(2)
    assert model.state["notice"]["kind"] == "pick_first"
    assert model.state["placed"] == []


def test_an_action_longer_than_the_week_is_refused_with_a_reason() -> None:
    model = fresh(budget=SMALLEST.id)
    long_one = next(a for a in model.offered() if a.hours > SMALLEST.hours)
    assert not put(model, long_one.id, 1)
    assert model.state["placed"] == []
    assert model.state["selected"] == long_one.id  # still in hand: choose more time, or another
    notice = model.notice_params()
    assert notice["kind"] == "too_long"
    assert notice["needs"] == long_one.hours and notice["budget"] == SMALLEST.hours


def test_a_full_week_refuses_more_time() -> None:
    model = fresh(budget=budget_id(2))
    assert put(model, "language-cafe", 2)  # 2 h
    assert not put(model, "thank-you", 2)
    notice = model.notice_params()
    assert notice == {"kind": "no_time", "week": 2, "left": 0, "needs": 0.5, "action": "thank-you"}
    assert put(model, "thank-you", 3)


def test_a_tiring_week_refuses_more_energy() -> None:
    model = fresh(budget=LARGEST.id)
    assert put(model, "info-interview", 1)  # energy 3 of 4
    assert not put(model, "online-event", 1)  # energy 2
    notice = model.notice_params()
    assert notice["kind"] == "no_energy" and notice["left"] == 1 and notice["needs"] == 2
    assert model.week_of("online-event") is None


def test_moving_within_a_full_week_counts_the_action_once() -> None:
    model = fresh(budget=budget_id(2))
    assert put(model, "language-cafe", 1)
    assert put(model, "language-cafe", 1)  # the same week: nothing to refuse
    assert model.week_of("language-cafe") == 1


def test_actions_of_another_field_cannot_be_selected() -> None:
    model = fresh("it")
    model.select("health-ask-workday")
    assert model.state["selected"] is None


def test_lowering_the_budget_marks_weeks_over_and_costs_the_budget_points() -> None:
    model = fresh(budget=budget_id(2))
    assert put(model, "language-cafe", 2)
    assert model.over_weeks() == []
    model.change_budget()
    model.choose_budget(budget_id(1))
    model.start_planning()
    assert model.over_weeks() == [2]
    result = model.result()
    assert result.score < 100
    missed = [r for r in result.reasons if not r.earned]
    assert any(r.text == CONFIG.feedback.budget_over and r.params == {"over": [2]} for r in missed)
    assert model.points()["budget"] == 0


# -- scoring -----------------------------------------------------------------------------------

GOOD_PLAN = [
    ("message-colleague", 1),
    ("comment-posts", 1),
    ("meet-counsellor", 2),
    ("thank-you", 3),
    ("ask-tyokummi", 4),
]


@pytest.mark.parametrize("field_id", [*FIELDS, None])
@pytest.mark.parametrize("budget", [b.id for b in CONFIG.budgets])
def test_a_varied_even_plan_within_budget_scores_100(field_id, budget) -> None:
    model = fresh(field_id, budget)
    for action_id, week in GOOD_PLAN:
        assert put(model, action_id, week), model.notice_params()
    result = concrete(model).result()
    assert result.score == 100
    assert all(r.earned for r in result.reasons)
    assert sum(r.points for r in result.reasons) == 100
    assert result.choices == {
        "budget": budget,
        "actions": [{"action": a, "week": w} for a, w in GOOD_PLAN],
    }


def test_the_lowest_finished_plan_is_one_action_that_went_over_budget() -> None:
    model = fresh(budget=LARGEST.id)
    long_one = next(a for a in model.offered() if a.hours > SMALLEST.hours)
    assert put(model, long_one.id, 1)
    model.choose_budget(SMALLEST.id)
    concrete(model)
    result = model.result()
    assert result.score == LOWEST_FINISHED == 29
    assert sum(r.points for r in result.reasons) == LOWEST_FINISHED


def test_each_quality_explains_itself() -> None:
    model = fresh(budget=budget_id(2))
    put(model, "message-colleague", 1)
    put(model, "thank-you", 1)
    result = model.result()
    texts = [r.text for r in result.reasons if not r.earned]
    fb = CONFIG.feedback
    assert fb.ties_only_old in texts
    assert fb.modes_only_online in texts
    assert fb.spread_more in texts
    assert fb.size_few in texts
    earned = {Translator("en").pick(r.text): r for r in result.reasons if r.earned}
    spread = Translator("en").pick(fb.spread)
    assert earned[spread].params == {"used": 1, "weeks": CONFIG.weeks}
    assert earned[spread].points == round(WEIGHTS.spread / CONFIG.weeks)
    assert earned[fb.budget_kept["en"]].points == WEIGHTS.budget
    assert earned[fb.size_planned["en"]].params == {"count": 2}


def test_a_big_plan_that_fits_the_time_and_energy_loses_no_points() -> None:
    # The player's own time and energy keep the plan light: a ninth action that fits them is
    # not "too many".
    model = fresh(budget=LARGEST.id)
    placed = 0
    for action in sorted(model.offered(), key=lambda a: a.energy):
        for week in model.weeks:
            if put(model, action.id, week):
                placed += 1
                break
    assert placed >= 9
    assert not model.over_weeks()
    result = model.result()
    assert model.points()["size"] == WEIGHTS.size
    assert model.points()["budget"] == WEIGHTS.budget
    size = next(r for r in result.reasons if r.text == CONFIG.feedback.size_good)
    assert size.earned and size.points == WEIGHTS.size
    assert size.params == {"count": len(model.planned())}


def test_an_empty_plan_scores_zero_and_says_how_to_start() -> None:
    result = fresh().result()
    assert result.score == 0
    assert [r.text for r in result.reasons] == [CONFIG.feedback.empty]
    assert result.choices == {"budget": CONFIG.default_budget, "actions": []}


def test_choices_list_the_plan_by_week() -> None:
    model = fresh(budget=LARGEST.id)
    put(model, "thank-you", 3)
    put(model, "comment-posts", 1)
    put(model, "message-colleague", 3)
    assert model.result().choices["actions"] == [
        {"action": "comment-posts", "week": 1},
        {"action": "thank-you", "week": 3},
        {"action": "message-colleague", "week": 3},
    ]


# -- properties --------------------------------------------------------------------------------

ALL_IDS = [a.id for a in CONFIG.actions]
OPERATION = st.one_of(
    st.tuples(st.just("budget"), st.sampled_from([b.id for b in CONFIG.budgets])),
    st.tuples(st.just("start"), st.none()),
    st.tuples(st.just("change"), st.none()),
    st.tuples(st.just("select"), st.sampled_from(ALL_IDS)),
    st.tuples(st.just("place"), st.integers(min_value=0, max_value=CONFIG.weeks + 1)),
    st.tuples(st.just("remove"), st.none()),
    st.tuples(st.just("first"), st.none()),
    st.tuples(st.just("weeks"), st.none()),
)


def play(field_id, operations) -> WeekPlannerModel:
    model = WeekPlannerModel(CONFIG, field_id)
    for name, arg in operations:
        if name == "budget":
            model.choose_budget(arg)
        elif name == "start":
            model.start_planning()
        elif name == "change":
            model.change_budget()
        elif name == "select":
            model.select(arg)
        elif name == "place":
            model.place(arg)
        elif name == "first":
            concrete(model)
        elif name == "weeks":
            model.back_to_weeks()
        else:
            model.remove()
    return model


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([*FIELDS, None]), st.lists(OPERATION, max_size=60))
def test_any_play_keeps_the_rules_and_scores_within_range(field_id, operations) -> None:
    model = play(field_id, operations)
    result = model.result()
    assert 0 <= result.score <= 100
    if model.is_complete():
        assert result.score >= LOWEST_FINISHED
    offered = {a.id for a in model.offered()}
    assert {i["action"] for i in model.state["placed"]} <= offered
    for week in model.weeks:
        # Energy never goes over; time only when the budget was lowered afterwards.
        assert model.week_energy(week) <= CONFIG.energy_per_week
    if not model.over_weeks():
        assert model.points()["budget"] == (WEIGHTS.budget if model.state["placed"] else 0)
    # The same choices give the same outcome, and a save restores it exactly.
    again = play(field_id, operations)
    assert again.result() == result
    copy_model = WeekPlannerModel(CONFIG, field_id)
    copy_model.restore(model.snapshot())
    assert copy_model.result() == result
    assert copy_model.state == model.state


@settings(max_examples=100, deadline=None)
@given(st.lists(OPERATION, max_size=40))
@example([("select", "coffee-friend"), ("place", 1), ("budget", "1h"), ("select", "coffee-friend")])
def test_refusals_leave_the_plan_as_it_was(operations) -> None:
    model = play("health", operations)
    before = copy.deepcopy(model.state["placed"])
    selected = model.state["selected"]
    for week in model.weeks:
        if selected is None or model.refusal(selected, week) is None:
            continue
        if model.week_of(selected) == week:
            # Put back where it already is (it may have stopped fitting when the budget was
            # lowered): nothing moves, the card is let go, and no refusal is shown.
            state = copy.deepcopy(model.state)
            assert model.place(week)
            assert model.state["placed"] == before
            assert model.state["selected"] is None and model.state["notice"] is None
            model.restore(state)
            continue
        assert not model.place(week)
        assert model.state["placed"] == before
        assert model.state["notice"]["kind"] in ("too_long", "no_time", "no_energy")


@pytest.mark.parametrize("field_id", [*FIELDS, None])
def test_every_offered_action_and_budget_can_be_chosen(field_id) -> None:
    for budget in CONFIG.budgets:
        model = WeekPlannerModel(CONFIG, field_id)
        model.choose_budget(budget.id)
        assert model.budget().id == budget.id
    for action in WeekPlannerModel(CONFIG, field_id).offered():
        model = fresh(field_id, LARGEST.id)
        assert put(model, action.id, CONFIG.weeks), action.id
        assert model.result().choices["actions"] == [{"action": action.id, "week": CONFIG.weeks}]


# -- saves -------------------------------------------------------------------------------------


def test_snapshot_restore_round_trip() -> None:
    model = fresh(budget=budget_id(3))
    put(model, "coffee-friend", 2)
    model.select("it-meetup")
    saved = model.snapshot()
    other = WeekPlannerModel(CONFIG, "it")
    other.restore(saved)
    assert other.state == saved
    assert other.result() == model.result()


def corrupt(change) -> dict:
    model = fresh()
    put(model, "thank-you", 1)
    state = model.snapshot()
    change(state)
    return state


@pytest.mark.parametrize(
    "change",
    [
        lambda s: s.update(phase="done"),
        lambda s: s.update(budget="10h"),
        lambda s: s.update(placed=[{"action": "no-such", "week": 1}]),
        lambda s: s.update(placed=[{"action": "thank-you", "week": 9}]),
        lambda s: s.update(placed=[{"action": "thank-you", "week": "1"}]),
        lambda s: s.update(placed=[{"action": "thank-you", "week": 1}] * 2),
        lambda s: s.update(placed=[{"action": "health-ask-workday", "week": 1}]),
        lambda s: s.update(placed="thank-you"),
        lambda s: s.update(selected="no-such"),
        lambda s: s.update(notice={"kind": "shout", "action": None, "week": None}),
        lambda s: s.pop("notice"),
        lambda s: s.update(extra=1),
        lambda s: s.update(first={"when": "someday", "where": None, "if_then": None}),
        lambda s: s.update(first={"when": None}),
        lambda s: s.update(slot="why"),
        lambda s: s.update(words="x" * 500),
        lambda s: s.update(words=7),
    ],
)
def test_a_corrupt_snapshot_is_refused(change) -> None:
    model = WeekPlannerModel(CONFIG, "it")
    with pytest.raises(ValueError):
        model.restore(corrupt(change))


# -- a broken level says what is wrong ---------------------------------------------------------


def broken_level(tmp_path: Path, edit) -> list[str]:
    data = LEVEL_FILE.read_text(encoding="utf-8")
    path = tmp_path / "04-plan.toml"
    path.write_text(edit(data), encoding="utf-8")
    level, problems = check_level_file(path, LEVELS)
    assert level is None
    return [str(p) for p in problems]


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda d: d.replace("ties = 15", "ties = 20"), "add up to 105"),
        (lambda d: d.replace('default_budget = "2h"', 'default_budget = "2hr"'), "2h"),
        (lambda d: d.replace("hours = 3\nenergy = 3", "hours = 6\nenergy = 3", 1), "never"),
        (lambda d: d.replace("hours = 0.5", "hours = 0.7", 1), "half hours"),
        (lambda d: d.replace("energy = 3\nmode", "energy = 5\nmode", 1), "energy_per_week"),
        (lambda d: d.replace("plan_min = 4", "plan_min = 0"), "plan_min"),
        (lambda d: d.replace('fields = ["it"]', 'fields = ["itt"]', 1), "it"),
    ],
)
def test_a_broken_level_names_the_problem(tmp_path, edit, words) -> None:
    problems = broken_level(tmp_path, edit)
    assert any(words in p for p in problems), problems


def test_too_many_actions_for_one_field_is_a_level_error(tmp_path) -> None:
    raw = tomllib.loads(LEVEL_FILE.read_text(encoding="utf-8"))
    assert len([a for a in raw["task"]["actions"] if not a.get("fields")]) <= 12

    def add_it_actions(data: str) -> str:
        extra = data.split('[[task.actions]]\nid = "it-meetup"')[1].split("[[task.actions]]")[0]
        more = "".join(f'[[task.actions]]\nid = "it-extra-{n}"' + extra for n in range(3))
        return data + "\n" + more

    problems = broken_level(tmp_path, add_it_actions)
    assert any("at most 12" in p for p in problems), problems


# -- on screen, through the real app -----------------------------------------------------------


@pytest.fixture
def level_folder() -> Path:
    """The bundled levels, with their translations: the game starts only with all seven."""
    return Path(bundled_levels_dir())


def open_planner(make_driver, folder: Path, field_id: str, language: str = "en"):
    from steps_game.scenes.task_host import TaskHostScene

    driver = make_driver(levels=folder, language=language, start_step=4)
    driver.app.session.new(field_id)
    driver.app.reset_to(TaskHostScene(driver.app, 4))
    driver.frames()
    return driver


def test_the_field_visibly_changes_the_actions_on_screen(make_driver, level_folder) -> None:
    seen = {}
    for field_id in ("it", "health"):
        driver = open_planner(make_driver, level_folder, field_id)
        driver.press(control_id="start-planning")
        seen[field_id] = set(driver.labels())
        if driver.ids_starting("more-actions"):  # every page of actions, back to the first
            first = driver.control(control_id="more-actions").label
            driver.press(control_id="more-actions")
            while driver.control(control_id="more-actions").label != first:
                seen[field_id] |= set(driver.labels())
                driver.press(control_id="more-actions")
    it_label = next(label for label in seen["it"] if label.startswith("Go to a local tech meetup"))
    assert it_label not in seen["health"]
    assert any(label.startswith("Ask a nurse about their workday") for label in seen["health"])
    assert not any(label.startswith("Ask a nurse") for label in seen["it"])


def test_mouse_play_places_moves_and_finishes(make_driver, level_folder) -> None:
    from steps_game.ui.intents import Act, Intent

    driver = open_planner(make_driver, level_folder, "it")
    driver.click(control_id="budget:3h")
    driver.click(control_id="start-planning")
    assert driver.control(control_id="change-budget").label == "Time: 3 h a week"
    driver.click(control_id="action:coffee-friend")
    driver.click(control_id="week:2")
    assert driver.control(control_id="placed:coffee-friend").label == (
        "Coffee with a friend (Week 2, 1.5 h)"
    )
    assert any(text.startswith("Added to week 2.") for text in driver.texts())
    # A click anywhere in a week's column chooses that week.
    driver.click(control_id="placed:coffee-friend")
    column = driver.scene.view._columns[4]
    driver.scene.handle(Intent(Act.POINTER_DOWN, pos=(column.centerx, column.bottom - 10)))
    assert driver.scene.model.week_of("coffee-friend") == 4
    # Too long for the week: refused, with the reason in words.
    driver.click(control_id="action:company-visit")
    driver.click(control_id="week:4")
    assert driver.scene.model.week_of("company-visit") is None
    assert any("1.5 h left" in text for text in driver.texts())
    driver.click(control_id="placed:coffee-friend")
    driver.click(control_id="remove")
    assert driver.ring.by_id("placed:coffee-friend") is None
    driver.click(control_id="action:thank-you")
    driver.click(control_id="week:1")
    # Done waits for the first step: when, where and one if-then, chosen with the mouse. Until
    # then the one way on is to the first step, in Done's place.
    assert driver.ring.by_id("done") is None
    on_to_first_step(driver, mouse=True)
    assert not driver.control(control_id="done").enabled
    driver.click(control_id="when:tue-afternoon")
    driver.click(control_id="where:library")
    driver.click(control_id="if_then:no-reply")
    driver.click(control_id="done")
    outcome = driver.app.session.outcomes()[-1]
    assert outcome.choices == {"budget": "3h", "actions": [{"action": "thank-you", "week": 1}]}
    first = driver.app.session.notebook.weeks.first
    assert (first.action, first.when, first.where, first.if_then) == (
        "thank-you",
        "tue-afternoon",
        "library",
        "no-reply",
    )


def test_keyboard_play_goes_from_action_to_week_and_back(make_driver, level_folder) -> None:
    import pygame

    driver = open_planner(make_driver, level_folder, "education", language="fi")
    assert driver.ring.focused_id == f"budget:{CONFIG.default_budget}"
    driver.press(control_id="start-planning")
    driver.press(control_id="action:education-open-day")
    assert driver.ring.focused_id == "week:1"  # straight on to the first week it fits
    driver.key(pygame.K_RIGHT)
    assert driver.ring.focused_id == "week:2"
    driver.key(pygame.K_RETURN)
    assert driver.scene.model.week_of("education-open-day") == 2
    # the next one not yet planned: the field's other action, listed before the general ones
    assert driver.ring.focused_id == "action:education-workshop"
    assert any(text.startswith("Lisätty viikolle 2.") for text in driver.texts())
