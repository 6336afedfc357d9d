"""Saves that parse but hold odd values deep inside (a hand-edited file, a disk that flipped a few
bytes) never crash a screen: each is either refused at load (and kept aside) or shown.

A real finished run is saved first; then, with a fixed seed, values inside it are replaced by
other ids of the level, numbers, strings, lists, tables and nulls: in each step's choices, the
reasons' words and numbers, the field, and in a task in progress for every step.
"""

from __future__ import annotations

import copy
import json
import random

import pygame
import pytest

from steps_game.export import markdown, profile_document
from steps_game.notebook import Notebook
from steps_game.plan import build_plan, plan_sections
from steps_game.progress import PROGRESS_FILE, load_progress
from steps_game.scenes.plan import PlanScene
from steps_game.scenes.profile import ProfileScene
from steps_game.scenes.task_host import TaskHostScene
from steps_game.scenes.why import WhyScene
from steps_game.scoring import dimension_scores
from steps_game.tasks.registry import TASK_KINDS
from tests.test_playthrough import Player

SEED = 31
SAVES = 80  # odd finished runs checked without a window ...
SHOWN = 8  # ... and on the profile, plan and why screens
TASK_STATES = 20  # odd tasks in progress per step


def ids_in(value, found: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "id" and isinstance(item, str):
                found.add(item)
            ids_in(item, found)
    elif isinstance(value, list):
        for item in value:
            ids_in(item, found)
    return found


def odd_value(rng: random.Random, pool: list[str], depth: int = 0):
    roll = rng.random()
    if roll < 0.25:
        return rng.choice(pool)
    if roll < 0.35:
        return None
    if roll < 0.5:
        return rng.choice([0, 1, -1, 7, 10**9, True, False, 1.5])
    if roll < 0.6:
        return rng.choice(["", "{", "{x}", "😀", "\x00"])
    if roll < 0.8 and depth < 3:
        return [odd_value(rng, pool, depth + 1) for _ in range(rng.randint(0, 3))]
    if depth < 3:
        return {rng.choice(pool): odd_value(rng, pool, depth + 1) for _ in range(rng.randint(0, 3))}
    return "leaf"


def mutate(value, rng: random.Random, pool: list[str], rate: float):
    value = copy.deepcopy(value)

    def walk(node):
        keys = list(node) if isinstance(node, dict) else range(len(node))
        for key in keys:
            if rng.random() < rate:
                node[key] = odd_value(rng, pool)
            elif isinstance(node[key], (dict, list)):
                walk(node[key])
        if isinstance(node, dict) and rng.random() < rate:
            node[rng.choice(pool)] = odd_value(rng, pool)
        elif isinstance(node, list) and rng.random() < rate:
            node.append(odd_value(rng, pool))

    if isinstance(value, (dict, list)):
        walk(value)
    return value


def play_a_whole_run(driver) -> dict[int, dict]:
    """The keyboard playthrough, without drawing; each task's last state before Done."""
    app = driver.app
    app.draw = lambda: None
    finals: dict[int, dict] = {}
    real_finish = TaskHostScene.finish

    def finish(host):
        finals[host.step] = host.model.snapshot()
        real_finish(host)

    TaskHostScene.finish = finish
    try:
        Player(driver, mouse=False, best=True).play_from_title("Start", "Continue", "it")
    finally:
        TaskHostScene.finish = real_finish
        del app.draw
    return finals


def test_odd_values_inside_a_save_never_crash_a_screen(make_driver, tmp_path):
    driver = make_driver(language="en", data_dir=tmp_path / "data")
    app = driver.app
    finals = play_a_whole_run(driver)
    storage = app.storage
    ids = app.session.level_ids
    finished = json.loads((storage.folder / PROGRESS_FILE).read_text(encoding="utf-8"))
    pool = sorted(ids_in(finished, set()) | {"it", "health", "mindset", "fi", "en"})
    rng = random.Random(SEED)
    loaded = shown = 0
    for number in range(SAVES):
        data = copy.deepcopy(finished)
        for outcome in data["outcomes"].values():
            if rng.random() < 0.5:
                outcome["choices"] = mutate(outcome["choices"], rng, pool, 0.15)
            for reason in outcome["reasons"]:
                if rng.random() < 0.015:
                    reason["params"] = mutate(reason["params"], rng, pool, 0.3)
                if rng.random() < 0.008:
                    reason["text"] = mutate(reason["text"], rng, pool, 0.3)
        for name, page in data["notebook"].items():
            # a damaged page makes the save unusable (it is kept aside), as a damaged outcome does
            if rng.random() < 0.08:
                data["notebook"][name] = mutate(page, rng, pool, 0.1)
        if rng.random() < 0.1:
            data["field"] = odd_value(rng, pool)
        (storage.folder / PROGRESS_FILE).write_text(json.dumps(data), encoding="utf-8")
        (storage.folder / (PROGRESS_FILE + ".bak")).unlink(missing_ok=True)
        progress, kept = load_progress(storage, ids)
        if progress is None:
            assert kept is not None  # refused, and kept aside
            continue
        loaded += 1
        outcomes = progress.all_outcomes()
        notebook = Notebook.from_dict(progress.notebook)
        plan = build_plan(app.content, notebook, progress.field)
        plan_sections(app.tr, plan, with_words=True)
        dimension_scores([d.id for d in app.content.profile.dimensions], outcomes)
        for outcome in outcomes:
            for reason in outcome.reasons:
                for language in ("fi", "en"):
                    app.tr.set_language(language)
                    assert isinstance(app.tr.pick(reason.text, **reason.params), str)
        document = profile_document(
            app.content, outcomes, progress.field, "en", notebook=notebook, with_words=True
        )
        json.dumps(document, ensure_ascii=False)
        markdown(app.content, document)
        if shown < SHOWN:
            shown += 1
            app.session.load()
            app.reset_to(ProfileScene(app))
            app.push(PlanScene(app))
            dimension = app.content.profile.dimensions[number % 7].id
            app.push(WhyScene(app, dimension))
            driver.frames(1)
    assert SAVES > loaded >= SAVES // 3 and shown == SHOWN

    # a task in progress with odd values: the game either starts that task afresh or shows it
    app.session.new("it")
    accepted = 0
    for level in app.content.levels:
        kind = TASK_KINDS[level.task.kind]
        level_pool = sorted(ids_in(level.task.model_dump(), set()))
        fresh = kind.model(level.task, "it").initial_state()
        for _ in range(TASK_STATES):
            state = mutate(rng.choice((fresh, finals[level.step])), rng, level_pool, 0.1)
            try:
                kind.model(level.task, "it").restore(state)
            except (ValueError, KeyError, TypeError):
                continue  # refused: the task host starts it afresh
            accepted += 1
            app.session.progress.task_snapshot = {"step": level.step, "state": state}
            app.reset_to(TaskHostScene(app, level.step))
            driver.frames(1)  # drawn as it was saved
            for key in (pygame.K_TAB, pygame.K_RETURN, pygame.K_DOWN, pygame.K_RETURN):
                for event in (pygame.KEYDOWN, pygame.KEYUP):
                    pygame.event.post(
                        pygame.event.Event(event, key=key, mod=0, unicode="", scancode=0)
                    )
            driver.frames(1)  # and played on a little
            host = app.top
            if isinstance(host, TaskHostScene) and host.model.is_complete():
                host.model.result()
    assert accepted >= 10
    print(
        f"\nodd saves: {loaded} of {SAVES} loaded and shown, {SAVES - loaded} kept aside; "
        f"{accepted} odd tasks in progress shown"
    )


def test_the_odd_tasks_in_progress_found_so_far_are_refused(make_driver):
    """Each of these passed the task's check once and then broke its screen."""
    content = make_driver(language="en").app.content
    by_kind = {level.task.kind: level for level in content.levels}
    myth = by_kind["myth_or_fact"].task
    planner = by_kind["week_planner"].task
    statement = myth.statements[0].id
    cases = [
        (myth, {"answers": {}, "revealed": statement, "offers": []}),
        (myth, {"answers": [], "revealed": None, "offers": []}),
        (myth, {"answers": {statement: "yes"}, "revealed": None, "offers": []}),
        (myth, {"answers": {}, "revealed": None, "offers": [myth.offers[0].id] * 2}),
    ]
    planner_state = TASK_KINDS["week_planner"].model(planner, "it").initial_state()
    for notice in (
        {"kind": "placed", "action": [None, "x"], "week": 1},
        {"kind": "placed", "action": "no-such-action", "week": 1},
        {"kind": "pick_first", "action": None, "week": "1"},
    ):
        cases.append((planner, {**planner_state, "notice": notice}))
    for config, state in cases:
        model = TASK_KINDS[config.kind].model(config, "it")
        with pytest.raises((ValueError, TypeError)):
            model.restore(state)
