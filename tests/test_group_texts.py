"""The group version of each step (workshop mode): the room helps Sara, the model newcomer of
levels/profile.toml, so nothing personal is asked. Every level has its group texts in every
language, workshop mode shows them (step 3 and 4 speak of her, not of "you"), and normal play
keeps its own texts."""

from __future__ import annotations

import re
import sys

import pytest
from pydantic import ValidationError

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from steps_game import group_texts
from steps_game.content import load_content
from steps_game.i18n import forms, language_codes
from steps_game.level_models import Level
from steps_game.paths import bundled_levels_dir
from steps_game.scenes.intro import IntroScene
from steps_game.translation_coverage import texts_with_paths
from steps_game.ui import text as text_module

# the player spoken to ("thank you" is what Sara says, not the game to the player)
YOU = re.compile(r"(?<!thank )(?<!thank-)\b(you|your|yours)\b", re.IGNORECASE)
# Finnish second person singular: what a player's own texts say ("sinulla", "elämääsi", "valitse")
SINA = re.compile(r"\b(sinä|sinulla|sinun|sinua|sinulle|valitse|tunnet)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def content():
    return load_content(bundled_levels_dir(), tuple(language_codes()))


def name_stem(content, code: str) -> str:
    """Her name as the texts of `code` use it: inflected languages add endings (Saran, Сары)."""
    return content.profile.newcomer.name[code][:3]


def test_the_newcomer_is_written_in_every_language(content):
    newcomer = content.profile.newcomer
    assert newcomer is not None
    assert newcomer.field in {f.id for f in content.profile.fields}
    for code in language_codes():
        assert newcomer.name[code].strip() and " " not in newcomer.name[code], code  # one name
        assert newcomer.story[code].startswith(newcomer.name[code]), code


def test_every_level_has_its_group_texts_in_every_language(content):
    for level in content.levels:
        group = level.workshop
        assert group.intro is not None and group.task is not None, level.id
        found = list(texts_with_paths(group))
        # the intro and at least one text of the task
        assert len(found) >= 2 and any(path[0] == "task" for path, _, _ in found), level.id
        for path, _, text in found:
            for code in language_codes():
                assert code in text, (level.id, path, code)
                if path[0] == "talk":  # a question to the room about its own lives, not hers
                    continue
                words = " ".join(forms(text[code]))
                assert name_stem(content, code) in words, (level.id, path, code)
        assert YOU.search(group.intro["en"]) is None, level.id


def test_group_texts_stand_for_texts_the_task_has(content):
    """A group text for a key the task lacks, or with a placeholder the task does not fill, is a
    level problem, not a silent no-op or a crash on screen."""
    raw = tomllib.loads((bundled_levels_dir() / "03-network-map.toml").read_text("utf-8"))
    raw["workshop"]["task"]["budget_text"] = {"fi": "Saran aika", "en": "Sara's time"}
    with pytest.raises(ValidationError, match="has no text of this task"):
        Level.model_validate(raw)
    del raw["workshop"]["task"]["budget_text"]
    raw["workshop"]["task"]["instruction"] = {"fi": "Kartta {name}", "en": "Map {name}"}
    with pytest.raises(ValidationError, match="placeholders its task does not fill"):
        Level.model_validate(raw)
    del raw["workshop"]["task"]
    del raw["workshop"]["intro"]
    level = Level.model_validate(raw)  # a level without a group version still plays
    assert group_texts.task_config(level, workshop=True) is level.task
    assert group_texts.intro(level, workshop=True) is level.intro


def test_workshop_step_3_speaks_of_her(make_driver):
    driver = make_driver(workshop=True, language="en", start_step=3)
    instruction = driver.scene.view.instruction()
    assert "Sara" in instruction and YOU.search(instruction) is None
    note = driver.app.tr.pick(driver.scene.model.config.privacy_note)
    assert "Sara" in note and YOU.search(note) is None
    for ring in driver.scene.model.config.rings:  # said while placing someone: her closeness
        assert "Sara" in ring.hint["en"] and YOU.search(ring.hint["en"]) is None
    assert driver.scene.view.newcomer_name == "Sara"  # the map's middle is hers, not "Me"
    shown = driver.texts()
    assert "Mapping Sara's network" in shown and "Mapping my network" not in shown
    assert driver.app.session.field_id == driver.app.content.profile.newcomer.field


def test_workshop_step_4_speaks_of_her_hours_and_energy(make_driver):
    driver = make_driver(workshop=True, language="en", start_step=4)
    instruction = driver.scene.view.instruction()
    assert "Sara" in instruction and "two hours" in instruction
    assert YOU.search(instruction) is None
    shown = " ".join(driver.texts())
    assert "Sara has 4 energy points a week" in shown
    assert YOU.search(shown.split("Sara has 4")[1].split(".")[0]) is None
    config = driver.scene.model.config
    for text in (config.budget_text, config.plan_instruction, config.first.instruction):
        assert "Sara" in text["en"] and YOU.search(text["en"]) is None
        assert "Sara" in text["fi"] and SINA.search(text["fi"]) is None


def test_workshop_step_4_in_finnish_speaks_of_her(make_driver):
    driver = make_driver(workshop=True, language="fi", start_step=4)
    instruction = driver.scene.view.instruction()
    assert "Saralla" in instruction and SINA.search(instruction) is None


def test_normal_play_keeps_the_players_own_texts(make_driver, content):
    for step in (3, 4):
        driver = make_driver(language="en", start_step=step)
        level = driver.app.content.level(step)
        assert driver.scene.model.config is level.task
        instruction = driver.scene.view.instruction()
        assert "Sara" not in instruction and YOU.search(instruction)
        assert driver.scene.view.newcomer_name is None
        assert driver.app.tr.pick(level.title) in driver.texts()
        driver.close()
    driver = make_driver(language="en")
    intro = IntroScene(driver.app, 1)
    driver.app.push(intro)
    driver.frames(1)
    shown = " ".join(driver.texts())
    assert driver.app.tr.pick(content.level(1).intro) in shown
    assert "Sara" not in shown


def test_the_set_s_first_step_introduces_her_once(make_driver, content):
    driver = make_driver(workshop=True, language="en")
    driver.press(control_id="start")
    driver.press(control_id="set-short")
    assert isinstance(driver.scene, IntroScene) and driver.scene.step == 1
    shown = " ".join(driver.texts())
    assert content.profile.newcomer.story["en"] in shown
    assert content.level(1).workshop.intro["en"] in shown
    assert content.level(1).intro["en"] not in shown
    assert driver.app.session.field_id == "engineering"
    later = IntroScene(driver.app, 5)  # a later step of the set: its group intro, no story
    driver.app.replace(later)
    driver.frames(1)
    shown = " ".join(driver.texts())
    assert content.level(5).workshop.intro["en"] in shown
    assert content.profile.newcomer.story["en"] not in shown


def test_workshop_example_people_are_hers(make_driver):
    """Played without a map before them (the short set), step 5 writes to her old classmates and
    step 7 keeps her people warm: their stories speak of Sara, not of "you"."""
    driver = make_driver(workshop=True, language="en", start_step=5)
    stories = [driver.app.tr.pick(c.story) for c in driver.scene.model.contacts()]
    assert stories and all("Sara" in s and YOU.search(s) is None for s in stories)
    driver.close()
    driver = make_driver(workshop=True, language="en", start_step=7)
    contexts = [driver.app.tr.pick(t.context) for t in driver.scene.model.relationships]
    assert contexts and all("Sara" in c and YOU.search(c) is None for c in contexts)
    driver.close()
    driver = make_driver(language="en", start_step=7)  # normal play: the player's own people
    contexts = [driver.app.tr.pick(t.context) for t in driver.scene.model.relationships]
    assert not any("Sara" in c for c in contexts) and any(YOU.search(c) for c in contexts)


def test_a_group_item_must_name_an_item_of_the_task():
    raw = tomllib.loads((bundled_levels_dir() / "05-old-ties.toml").read_text("utf-8"))
    raw["workshop"]["task"]["contacts"][0]["id"] = "univrsity"
    with pytest.raises(ValidationError, match="did you mean 'university'"):
        Level.model_validate(raw)
    raw["workshop"]["task"]["contacts"][0]["id"] = "university"
    raw["workshop"]["task"]["contacts"][0]["context"] = {"fi": "Sara", "en": "Sara"}
    with pytest.raises(ValidationError, match="has no text of this task"):
        Level.model_validate(raw)


def test_after_the_room_s_map_step_5_writes_to_someone_on_our_map(make_driver):
    """In the full set the room's step 3 map hands its people on: step 5 names the map as the
    room's ("On our map"), not the player's ("On your map")."""
    from steps_game.scenes.task_host import TaskHostScene
    from tests.test_workshop import play_task

    driver = make_driver(workshop=True, language="en", start_step=3)
    play_task(driver)
    driver.app.replace(TaskHostScene(driver.app, 5))
    assert driver.scene.model.contacts()[0].person is not None  # someone from the room's map
    with text_module.recording() as drawn:
        driver.app.draw()
    shown = " ".join(piece.text for piece in drawn)
    assert "On our map:" in shown and "On your map" not in shown


def test_group_versions_of_interface_words():
    """Catalog texts that speak to one player ("When will you do it?") have group versions,
    each standing for a text the catalogs have, with the same placeholders."""
    from steps_game.i18n import FALLBACK_LANGUAGE, Translator, catalog, text_placeholders

    english = catalog(FALLBACK_LANGUAGE)
    groups = [key for key in english if ".group." in key]
    assert len(groups) >= 10
    for key in groups:
        normal = key.replace(".group.", ".", 1)
        assert normal in english, key
        for code in language_codes():
            words = catalog(code)
            assert text_placeholders(words[key]) == text_placeholders(words[normal]), (code, key)
    tr = Translator("en")
    assert tr("task.week_planner.first_choose.when") == "When will you do it?"
    done = tr("host.done")
    tr.group = True
    assert tr("task.week_planner.first_choose.when") == "When will it happen?"
    assert tr("host.done") == done  # a text with no group version stays as it is


def test_the_room_s_plan_is_not_my_plan():
    """The plan a workshop room made for the model newcomer is "the" plan: two-part keys
    (`plan.heading`) have group versions too, in every language."""
    from steps_game.i18n import Translator

    for code in language_codes():
        tr = Translator(code)
        mine = [tr(key) for key in ("plan.heading", "plan.first", "profile.plan")]
        tr.group = True
        ours = [tr(key) for key in ("plan.heading", "plan.first", "profile.plan")]
        assert all(a != b for a, b in zip(mine, ours, strict=True)), code
    tr = Translator("ar")
    tr.group = True
    assert tr("plan.first") == "الخطوة الأولى"
    assert tr("task.week_planner.first_title", week=1) == "الخطوة الأولى، في الأسبوع 1"


def test_the_room_s_words_only_in_a_workshop(make_driver):
    driver = make_driver(workshop=True, language="en", start_step=6)
    assert driver.app.tr.group
    assert "Items in the profile: 0" in driver.texts()
    driver.close()
    driver = make_driver(language="en", start_step=6)
    assert not driver.app.tr.group
    assert "Items in your profile: 0" in driver.texts()


# Finnish "your ..." written as a suffix on the normal feedback ("kartallasi", "valitsemasi")
SINUN = re.compile(
    r"\b(kartallasi|suunnitelmasi|valitsemasi|verkostoosi|alaltasi)\b", re.IGNORECASE
)


# the texts of a task's list items that the feedback (or the screen after a choice) shows
FEEDBACK_ITEM_TEXTS = ("note", "reason", "explanation", "fit_hint", "reply", "advice", "text")
FEEDBACK_ITEM_TEXTS += ("missed", "effect")


def said(driver, reasons) -> list[str]:
    return [driver.app.tr.pick(r.text, **r.params) for r in reasons]


@pytest.mark.parametrize("language", ["en", "fi"])
@pytest.mark.parametrize("step", [3, 4])
def test_workshop_feedback_after_steps_3_and_4_speaks_of_her(make_driver, language, step):
    """What the feedback says after the room's map and plan (points earned, and what would earn
    more at the start, before anything is placed) is about Sara's map and plan, not "yours"."""
    from steps_game.scenes.feedback import FeedbackScene
    from tests.test_workshop import play_task

    driver = make_driver(workshop=True, language=language, start_step=step)
    before = said(driver, driver.scene.model.result().reasons)  # nothing placed yet
    play_task(driver)
    assert isinstance(driver.scene, FeedbackScene)
    after = said(driver, driver.scene.outcome.reasons)
    stem = "Sar"
    assert any(stem in line for line in before) and any(stem in line for line in after)
    for line in before + after:
        if language == "en":
            assert YOU.search(line) is None, line
        else:
            assert SINA.search(line) is None and SINUN.search(line) is None, line
    with text_module.recording() as drawn:
        driver.app.draw()
    shown = " ".join(piece.text for piece in drawn)
    assert driver.app.tr("feedback.earned") in shown
    if language == "en":
        assert "Why these points" in shown and "Why you got" not in shown


def test_normal_feedback_after_steps_3_and_4_is_the_players_own(make_driver):
    from tests.test_workshop import play_task

    for step in (3, 4):
        driver = make_driver(language="en", start_step=step)
        before = said(driver, driver.scene.model.result().reasons)
        play_task(driver)
        lines = before + said(driver, driver.scene.outcome.reasons)
        assert not any("Sara" in line for line in lines)
        assert any(YOU.search(line) for line in lines)
        with text_module.recording() as drawn:
            driver.app.draw()
        assert "Why you got these points" in " ".join(piece.text for piece in drawn)
        driver.close()


def test_workshop_tip_and_keep_doing_are_hers_where_the_level_gives_them(content):
    assert "Sara" in group_texts.tip(content.level(2), True)["en"]
    for step in (3, 4):
        level = content.level(step)
        for text in (group_texts.tip(level, True), group_texts.keep_doing(level, True)):
            assert "Sara" in text["en"] and YOU.search(text["en"]) is None
            assert "Sara" in text["fi"] and SINA.search(text["fi"]) is None
        assert group_texts.tip(level, False) is level.tip
        assert group_texts.keep_doing(level, False) is level.keep_doing
    budgets = group_texts.task_config(content.level(4), workshop=True).budgets
    assert all(YOU.search(b.note["en"]) is None for b in budgets)
    assert any("Sara" in b.note["en"] for b in budgets)


def test_every_group_feedback_line_and_card_note_speaks_of_her(content):
    """The feedback lines and card notes of every step's group version (step 2's people, step
    4's weekly hours, step 6's profile items and event choices) say nothing to the player about
    "your" map, plan, people or profile."""
    found = 0
    for level in content.levels:
        task = level.workshop.task
        texts = [text for _, _, text in texts_with_paths(task.feedback)] if task.feedback else []
        options = [option for moment in task.moments or () for option in moment.options or ()]
        for items in (task.who, task.budgets, task.profile_items, options):
            texts += [item.note for item in items or () if item.note is not None]
            texts += [item.reason for item in items or () if item.reason is not None]
        for items in (task.statements, task.goals, task.actions, task.when, task.options):
            texts += [getattr(item, name) for item in items or () for name in FEEDBACK_ITEM_TEXTS]
        for items in (task.landings, task.news):
            texts += [getattr(item, name) for item in items or () for name in FEEDBACK_ITEM_TEXTS]
        texts += [text for text in (task.own_warm, task.someone) if text is not None]
        texts = [text for text in texts if text is not None]
        for text in texts:
            found += 1
            for words in forms(text["en"]):
                assert "Sara" in words and YOU.search(words) is None, (level.id, words)
            for words in forms(text["fi"]):
                assert SINA.search(words) is None and SINUN.search(words) is None, (level.id, words)
    assert found >= 60


def feedback_lines(driver) -> list[str]:
    """What the room reads about one step's result: the lines that would earn more before
    anything is done, then the feedback after a play, its tip and what to keep doing."""
    from tests.test_workshop import play_task

    level = driver.scene.level
    workshop = driver.app.workshop is not None
    lines = said(driver, driver.scene.model.result().reasons)
    play_task(driver)
    lines += said(driver, driver.scene.outcome.reasons)
    lines += [driver.app.tr.pick(group_texts.tip(level, workshop))]
    lines += [driver.app.tr.pick(group_texts.keep_doing(level, workshop))]
    return lines


@pytest.mark.parametrize("language", ["en", "fi"])
def test_every_step_s_feedback_in_a_workshop_speaks_of_her(make_driver, language):
    """Walking all seven steps in workshop mode, no feedback line, tip or keep-doing text
    speaks to one player ("you", "sinä", "omista ihmisistäsi"); normal play still does."""
    for step in range(1, 8):
        driver = make_driver(workshop=True, language=language, start_step=step)
        lines = feedback_lines(driver)
        driver.close()
        normal = make_driver(language=language, start_step=step)
        own = feedback_lines(normal)
        normal.close()
        assert any("Sar" in line for line in lines), step
        for line in lines:
            if language == "en":
                assert YOU.search(line) is None, (step, line)
            else:
                assert SINA.search(line) is None and SINUN.search(line) is None, (step, line)
                assert "ihmisistäsi" not in line and "lisäämäsi" not in line, (step, line)
        assert not any("Sara" in line for line in own), step  # the player's own words stay
        assert lines != own, step
