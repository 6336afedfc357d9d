"""The group's profile, its "why this score" pages and the plan a workshop room made for Sara speak
of her and to the room, never to one player, in all ten languages (issue 15): the texts of
levels/profile.toml a workshop shows (a dimension's meaning and next step, the plan's actions)
come from its `[workshop]` table there, and normal play keeps the player's own.

Cheaper than the walk of every step (tests/test_workshop_no_you.py): one workshop run is played
once, with every language's words read in, and then each language opens only these screens (a
language switch keeps the run), every page of them turned. The word lists are that walk's."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from steps_game import group_profile
from steps_game.content import load_content
from steps_game.i18n import language_codes
from steps_game.level_models import ProfileContent
from steps_game.paths import bundled_levels_dir
from steps_game.plan import build_plan
from tests.test_workshop_no_you import solo_words, solo_words_shown, someones_own_words


@pytest.fixture(scope="module")
def content():
    return load_content(bundled_levels_dir(), tuple(language_codes()))


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    """A workshop run played to the group's profile by the audit's hands (the full set, every
    step), each language's words read in first so that the reasons it keeps have them all."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    from steps_game.audit.tour import tour
    from steps_game.launch import create_app

    folder = tmp_path_factory.mktemp("room")
    Path(folder, "settings.json").write_text(json.dumps({"version": 1, "language": "en"}))
    app = create_app(data_dir=folder, language="en", workshop=True)
    app.screen.present = lambda: None
    while not app.start_finished:
        app.step()
    for code in (*language_codes(), "en"):
        app.set_language(code)
    walk = tour(app)
    for name in walk:
        if name == "profile":
            break
    walk.close()
    yield app
    app.quit()


def shown(app) -> list[str]:
    """What the screen on top draws, and its controls' words."""
    from steps_game.ui import text as text_module

    with text_module.recording() as drawn:
        app.draw()
    return [item.words for item in drawn] + [c.label for c in app.top.ring.focusable if c.label]


def profile_screen_texts(app, code: str) -> dict[str, list[str]]:
    """Every text of the group's profile, each dimension's why page, the plan (all its lines,
    not only those scrolled into view) and its people, in language `code`, by screen, every
    page of their paged boards turned."""
    from steps_game.audit.hands import Hands
    from steps_game.audit.run import every_page
    from steps_game.scenes.profile import ProfileScene
    from steps_game.scenes.why import WhyScene

    hands = Hands(app)
    app.set_language(code)
    hands.settle()
    assert isinstance(app.top, ProfileScene)
    screens: dict[str, list[str]] = {}

    def look(name: str) -> None:
        screens[name] = shown(app)
        every_page(app, name, lambda report: screens.setdefault(report.name, shown(app)))

    look("profile")
    for dimension in app.content.profile.dimensions:
        app.push(WhyScene(app, dimension.id))
        hands.settle()
        look(f"why {dimension.id}")
        app.pop()
        hands.settle()
    hands.use("plan")
    screens["plan"] = shown(app) + [text for text, *_ in app.top.blocks]
    hands.use("choose-people")
    look("plan people")
    app.pop()
    hands.settle()
    app.pop()
    hands.settle()
    return screens


@pytest.mark.parametrize("code", language_codes())
def test_the_group_s_profile_why_pages_and_plan_never_speak_to_one_player(room, content, code):
    own = someones_own_words(content, code)  # Sara's message parts ("My news") are hers
    newcomer = content.profile.newcomer.name[code]
    screens = profile_screen_texts(room, code)
    dimensions = [d.id for d in content.profile.dimensions]
    assert {f"why {d}" for d in dimensions} <= set(screens)
    found = solo_words_shown(screens, code, own, newcomer)
    assert found == {}, "\n".join(f"{n}: {w} in {t!r}" for t, (n, w) in found.items())
    # and what they show is the group version of the profile's texts, said of her
    why = " ".join(screens["why direction"] + screens.get("why direction, more page 2", []))
    said = group_profile.dimension(content.profile, "direction", workshop=True)
    assert said.meaning[code] in why and said.next_step[code] in why
    assert newcomer[:3] in said.meaning[code]


def test_every_profile_text_a_workshop_shows_has_its_group_version(content):
    """Each dimension's meaning and next step and each of the plan's actions has a group version
    in every language, which names her and differs from the player's own."""
    profile = content.profile
    for dimension in profile.dimensions:
        said = group_profile.dimension(profile, dimension.id, workshop=True)
        for name in ("meaning", "next_step"):
            for code in language_codes():
                group, own = getattr(said, name)[code], getattr(dimension, name)[code]
                assert group != own, (dimension.id, name, code)
    said = group_profile.person_actions(profile, workshop=True)
    actions = zip(profile.plan.person_actions, said, strict=True)
    for own, group in actions:
        for code in language_codes():
            assert group.label[code] != own.label[code], (own.id, code)
            assert profile.newcomer.name[code][:3] in group.label[code], (own.id, code)


# -- normal play keeps the player's own words ----------------------------------------------------


@pytest.mark.parametrize("code", ["en", "fi"])
def test_normal_play_s_why_page_speaks_to_the_player(make_driver, content, code):
    from steps_game.scenes.why import WhyScene

    driver = make_driver(language=code)
    app = driver.app
    app.session.new("it")
    app.push(WhyScene(app, "direction"))
    driver.frames(1)
    page = " ".join(driver.texts())
    if "more" in driver.ids():  # the next step on the page after, in larger words
        driver.turn_page("more")
        page += " " + " ".join(driver.texts())
    own = content.dimension("direction")
    group = group_profile.dimension(content.profile, "direction", workshop=True)
    assert own.meaning[code] in page and group.meaning[code] not in page
    assert own.next_step[code] in page and group.next_step[code] not in page
    assert solo_words(code, own.meaning[code])  # "your networking goals", "tavoitteesi"


def test_normal_play_s_plan_keeps_the_player_s_own_actions(room, content, make_driver):
    """The same run's notebook read as a player's own names the player's actions ("Follow up on
    my message"), and as the room's, hers; the people picker offers them likewise."""
    from steps_game.plan import MAX_PICKS
    from steps_game.scenes.people import PeopleScene

    session = room.session
    own = {a.id: a.label["en"] for a in content.profile.plan.person_actions}
    hers = {a.id: a.label["en"] for a in group_profile.person_actions(content.profile, True)}
    solo = build_plan(room.content, session.notebook, session.field_id, workshop=False)
    group = build_plan(room.content, session.notebook, session.field_id, workshop=True)
    assert 0 < len(solo.people) <= MAX_PICKS
    assert [p.action.label["en"] for p in solo.people] == [own[p.action.id] for p in solo.people]
    assert [p.action.label["en"] for p in group.people] == [hers[p.action.id] for p in group.people]
    assert any(solo_words("en", own[p.action.id]) for p in solo.people)  # "my message"
    assert [a.label["en"] for a in PeopleScene(room, group, lambda: None).actions] == list(
        hers.values()
    )
    driver = make_driver(language="en")  # a player's own picker
    picker = PeopleScene(driver.app, solo, lambda: None)
    assert [a.label["en"] for a in picker.actions] == list(own.values())


def test_a_group_text_must_name_a_dimension_or_action_the_profile_has():
    """A misspelt id in profile.toml's [workshop] table is a level problem, not a text that is
    silently never shown."""
    raw = tomllib.loads((bundled_levels_dir() / "profile.toml").read_text("utf-8"))
    raw["workshop"]["dimensions"][1]["id"] = "directon"
    with pytest.raises(ValidationError, match="did you mean 'direction'"):
        ProfileContent.model_validate(raw)
    raw["workshop"]["dimensions"][1]["id"] = "direction"
    raw["workshop"]["plan"]["person_actions"][0]["id"] = "folow-up"
    with pytest.raises(ValidationError, match="did you mean 'follow-up'"):
        ProfileContent.model_validate(raw)
    del raw["workshop"]
    profile = ProfileContent.model_validate(raw)  # a profile without group texts still plays
    assert group_profile.person_actions(profile, True) == profile.plan.person_actions
    assert group_profile.dimension(profile, "direction", True) == profile.dimensions[1]
