"""In a workshop the room helps Sara, the model newcomer, so where a level gives a group version
of a card's words (a label, a reason, a budget message, step 6's participant, step 7's ways of
keeping in touch) the room never sees the player's own "you", "your" or "my" instead (in Finnish
"sinulla" or "Lähetän"). Walking each step in workshop mode in English and Finnish, no normal
text that has a group version reaches the screen; what step 7 and the plan read of the earlier
steps is said of her too, and normal play keeps its own words."""

from __future__ import annotations

import re
import sys

import pytest
from pydantic import BaseModel, ValidationError

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from steps_game import group_texts
from steps_game.content import load_content
from steps_game.i18n import forms, language_codes
from steps_game.level_models import Level
from steps_game.paths import bundled_levels_dir
from steps_game.schema import Text
from steps_game.ui import text as text_module

# the one player spoken to, or speaking ("my goals"): the solo wording a group text replaces
# ("you" alone may also be the room told what it can do: "You can go back to any part")
SOLO = re.compile(r"(?<!thank )(?<!thank-)\b(you|your|yours|my|me)\b|\bI\b", re.IGNORECASE)
MINE = re.compile(r"\b(your|yours|my|me)\b|\bI\b", re.IGNORECASE)
YOU = re.compile(r"(?<!thank )(?<!thank-)\b(you|your|yours)\b", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\{[^}]*\}")
# words quoted in a text are someone's own ("Thanks, I have to leave"), not said to the player
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|'[^']*'")


@pytest.fixture(scope="module")
def content():
    return load_content(bundled_levels_dir(), tuple(language_codes()))


def text_pairs(group: BaseModel, normal: BaseModel):
    """(group text, the normal text it stands for) for every text a group table gives."""
    for name in sorted(group.model_fields_set - {"id", "action"}):
        mine, theirs = getattr(group, name), getattr(normal, name)
        if mine is None:
            continue
        if isinstance(mine, Text):
            yield mine, theirs
        elif isinstance(mine, list):
            by_key = {key(item): item for item in theirs}
            for one in mine:
                yield from text_pairs(one, by_key[key(one)])
        else:
            yield from text_pairs(mine, theirs)


def key(item) -> str:
    """What matches a list item and its group version: its id, or step 4's step 2 action."""
    return getattr(item, "id", None) or item.action


def pieces(text: Text, code: str = "en") -> list[str]:
    """The longest words of each form of `text` between its placeholders: what shows on screen
    whatever the numbers and names put in."""
    found = []
    for words in forms(text[code]):
        parts = [p.strip(" .,:;–-") for p in PLACEHOLDER.split(words)]
        longest = max(parts, key=len)
        if len(longest) >= 12:
            found.append(longest)
    return found


def solo_pieces(level, code: str = "en") -> list[str]:
    """What the room must not see of the step in language `code`: the words of each normal text
    that has a group version ("Thank someone who has helped me", "Lähetän viestin ..."), between
    its placeholders, unless its group version says the same. In English only the words that
    speak to or as one player: the others are the same words said again, not solo wording."""
    task = level.workshop.task
    if task is None:
        return []
    found = []
    for mine, normal in text_pairs(task, level.task):
        ours = " ".join(forms(mine[code]))
        for words in forms(normal[code]):
            parts = [p.strip(" .,:;–-") for p in PLACEHOLDER.split(words)]
            parts = [p for p in parts if len(p) >= 10 and p not in ours]
            found += [p for p in parts if code != "en" or SOLO.search(p)]
    return found


def group_pieces(level, code: str = "en") -> list[str]:
    task = level.workshop.task
    if task is None:
        return []
    return [p for mine, _ in text_pairs(task, level.task) for p in pieces(mine, code)]


def shown_while(driver, act) -> str:
    """Every text drawn while `act` runs, and the controls' words afterwards, in one string."""
    with text_module.recording() as drawn:
        driver.app.draw()
        act(driver)
        driver.app.draw()
    words = [piece.text for piece in drawn] + driver.texts() + driver.labels()
    return re.sub(r"\s+", " ", " ".join(words))


def play(driver) -> None:
    from tests.test_workshop import play_task

    play_task(driver)


def test_group_cards_stand_in_for_the_task_s_own_words(content):
    """Every group text reaches the task the workshop plays, in place of the normal one: labels,
    short labels, reasons, obstacles and step 4's messages as well as notes and feedback."""
    kinds = set()
    for level in content.levels:
        config = group_texts.task_config(level, workshop=True)
        task = level.workshop.task
        if task is None:
            continue
        for mine, normal in text_pairs(task, level.task):
            assert mine is not normal
        for mine, shown in text_pairs(task, config):
            assert shown is mine, level.id  # the very group text, not the normal one
        for name in ("actions", "goals", "profile_items", "contacts"):
            for item in getattr(task, name) or ():
                kinds |= item.model_fields_set & {"label", "short", "why"}
        assert group_texts.task_config(level, workshop=False) is level.task
    assert kinds == {"label", "short", "why"}
    messages = group_texts.task_config(content.level(4), workshop=True).messages
    assert "Sara" in messages.too_long["en"] and "Sara" in messages.no_energy["en"]
    assert messages.placed is content.level(4).task.messages.placed  # no group version given


def test_no_group_card_speaks_to_or_as_one_player(content):
    """The group versions themselves never say "your", "my" or "I" of one player's life (outside
    the words quoted from someone)."""
    found = 0
    for level in content.levels:
        for mine, _ in text_pairs(level.workshop.task, level.task):
            for words in forms(mine["en"]):
                found += 1
                assert MINE.search(QUOTED.sub("", words)) is None, words
    assert found >= 150


@pytest.mark.parametrize("language", ["en", "fi"])
@pytest.mark.parametrize("step", range(1, 8))
def test_each_workshop_step_shows_her_words_not_the_players(make_driver, content, step, language):
    """Played through on screen in workshop mode, from its first frame to the feedback, a step
    draws none of the solo texts its group versions replace, and some of the group ones."""
    level = content.level(step)
    solo, group = solo_pieces(level, language), group_pieces(level, language)
    driver = make_driver(workshop=True, language=language, start_step=step)
    shown = shown_while(driver, play)
    assert [piece for piece in solo if piece in shown] == [], step
    assert any(piece in shown for piece in group), step
    if step in (2, 3, 4, 6, 7):  # the steps whose cards have group words
        assert solo, step
    driver.close()
    normal = make_driver(language=language, start_step=step)  # normal play: the player's own
    own = shown_while(normal, play)
    assert "Sara" not in own, step  # (Finnish inflects her name: Saran, Saralle)
    if solo:  # the same walk shows the solo words when they are the ones to show
        assert any(piece in own for piece in solo), step


def test_step_4_s_budget_messages_speak_of_her(make_driver):
    """Too long for her hours, no time or energy left in the week, no action chosen: what the
    planner says right after the room's choice is about Sara's week, in English and Finnish."""
    for language in ("en", "fi"):
        driver = make_driver(workshop=True, language=language, start_step=4)
        model, view = driver.scene.model, driver.scene.view
        model.choose_budget("1h")
        model.start_planning()
        said = []
        model.place(1)  # nothing chosen yet
        said.append(view.notice_text())
        model.select("company-visit")  # 3 h in a 1 h week
        model.place(1)
        said.append(view.notice_text())
        model.select("message-colleague")  # half an hour of the week's one
        assert model.place(3)
        model.select("meet-counsellor")  # an hour more
        model.place(3)
        said.append(view.notice_text())
        model.choose_budget("5h")
        model.select("info-interview")  # 3 energy of the week's 4
        assert model.place(2)
        model.select("company-visit")  # 3 more
        model.place(2)
        said.append(view.notice_text())
        for line in said:
            assert "Sara" in line, line
            if language == "en":
                assert YOU.search(line) is None, line
            else:
                assert "sinulla" not in line and "Valitse " not in line, line
        driver.close()
    driver = make_driver(language="en", start_step=4)  # normal play keeps "you have"
    model = driver.scene.model
    model.choose_budget("1h")
    model.start_planning()
    model.select("company-visit")
    model.place(1)
    assert "you have" in driver.scene.view.notice_text()


def test_step_7_reads_step_6_in_the_group_texts(make_driver):
    """The participant the room's event opened comes to step 7 as someone in Sara's field, on
    the screen and in what the thread hands on; normal play keeps "your field"."""
    from steps_game.scenes.task_host import TaskHostScene

    for workshop in (True, False):
        driver = make_driver(workshop=workshop, language="en", start_step=6)
        play(driver)
        session = driver.app.session
        assert session.workshop is workshop
        roles = [p.role["en"] for p in session.thread(before=7).new_contacts]
        assert any("field" in role for role in roles), roles  # the best play meets a participant
        driver.app.replace(TaskHostScene(driver.app, 7))
        shown = shown_while(driver, lambda d: d.frames(1))
        if workshop:
            assert all("your" not in role for role in roles), roles
            assert "Someone in Sara's field from the event" in shown
            assert "your field" not in shown
            assert "Sara asks how they are" in shown  # her ways of keeping in touch
        else:
            assert any("your field" in role for role in roles), roles
            assert "Sara" not in shown
        driver.close()


def test_the_room_s_plan_never_says_your(make_driver):
    """After the room's steps 2 to 7, the plan screen and the plan drawn from the run speak of
    the plan and the people the room made for Sara: no "your field", no "your goal"."""
    from steps_game.plan import build_plan, plan_sections
    from steps_game.scenes.plan import PlanScene
    from steps_game.scenes.task_host import TaskHostScene

    driver = make_driver(workshop=True, language="en", start_step=2)
    for step in range(2, 8):
        if step > 2:
            driver.app.replace(TaskHostScene(driver.app, step))
        play(driver)
    app = driver.app
    session = app.session
    plan = build_plan(app.content, session.notebook, session.field_id, workshop=True)
    assert plan.people and plan.upkeep and plan.goal is not None
    sections = plan_sections(app.tr, plan, with_words=True).values()
    lines = [line for found in sections for line in found]
    assert all(YOU.search(line) is None for line in lines), lines
    own = build_plan(app.content, session.notebook, session.field_id)  # the solo wording
    own_lines = plan_sections(app.tr, own, with_words=True)
    assert any("your field" in line for found in own_lines.values() for line in found)
    app.replace(PlanScene(app))
    shown = shown_while(driver, lambda d: d.frames(1))
    assert "The networking plan" in shown
    assert YOU.search(shown) is None, YOU.search(shown)


def test_step_4_names_the_goal_s_action_as_hers(content):
    """The step 2 goal's action sits in the room's weeks as "An event in Sara's field", matched
    by the step 2 action it comes from; an action step 4 does not know is a level problem."""
    level = content.level(4)
    first = group_texts.task_config(level, workshop=True).first
    shorts = {item.action: item.short for item in first.from_goal}
    assert shorts["join-event"]["en"] == "An event in Sara's field"
    assert shorts["join-event"]["sv"] == "Evenemang i Saras bransch"  # its translation read
    assert shorts["info-interview"] is level.task.first.from_goal[0].short  # none given
    assert first.from_goal_default.short["en"] == "Sara's first step"
    raw = tomllib.loads((bundled_levels_dir() / "04-plan.toml").read_text("utf-8"))
    raw["workshop"]["task"]["first"]["from_goal"][0]["action"] = "join-evnt"
    with pytest.raises(ValidationError, match="did you mean 'join-event'"):
        Level.model_validate(raw)


ROOM_WORDS = ("task.profile_event.contacts", "task.profile_event.done_hint", "task.keep_warm.bonus")
ROOM_WORDS += ("task.keep_warm.news_noticed", "plan.proposed", "plan.picked", "plan.empty_goal")
ROOM_WORDS += ("people.hint",)


def test_the_interface_speaks_to_the_room():
    """The words around the cards in a workshop speak to the room, in every language: the
    event's new contacts are anyone's to approach ("joihin voi", not "joihin voit"), the news the
    room noticed is "ours", the plan was proposed from "our map". They never name the newcomer:
    a level folder may call her something else."""
    from steps_game.i18n import Translator

    said = {}
    for code in language_codes():
        tr = Translator(code)
        params = {"done": "Done", "bonus": 1, "noticed": 1, "total": 2, "most": 3}
        mine = [tr(key, **params) for key in ROOM_WORDS]
        tr.group = True
        ours = [tr(key, **params) for key in ROOM_WORDS]
        said[code] = ours
        assert sum(a != b for a, b in zip(mine, ours, strict=True)) >= 4, code
    assert said["en"][1:3] == [
        "Press Done to see the feedback.",
        "We noticed their news: +1 warmth.",
    ]
    assert said["fi"][0] == "Uudet kontaktit, joihin voi olla yhteydessä:"
    assert "you will do" not in said["en"][-1] and "mitä teet" not in said["fi"][-1]
    assert all(YOU.search(words) is None for words in said["en"]), said["en"]
    assert not any("Sara" in words for found in said.values() for words in found)
