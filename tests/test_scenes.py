"""Every screen starts and runs some frames, in every language and at two window sizes, with all
its text inside its boxes; nothing is printed or warned (warnings are errors here)."""

from __future__ import annotations

import pygame
import pytest

from steps_game.outcome import Outcome, Reason
from steps_game.scenes.confirm import ConfirmScene
from steps_game.scenes.error import ContentErrorScene
from steps_game.scenes.export import ExportScene
from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.field import FieldScene
from steps_game.scenes.glossary import GlossaryScene
from steps_game.scenes.intro import IntroScene
from steps_game.scenes.language import LanguageScene
from steps_game.scenes.pause import PauseScene
from steps_game.scenes.people import PeopleScene
from steps_game.scenes.plan import PlanScene
from steps_game.scenes.profile import ProfileScene
from steps_game.scenes.settings import SettingsScene
from steps_game.scenes.task_host import TaskHostScene
from steps_game.scenes.title import TitleScene
from steps_game.scenes.way import WayScene
from steps_game.scenes.why import WhyScene
from steps_game.scenes.words import WordsScene
from steps_game.ui import text as text_module
from steps_game.ui.viewport import LOGICAL_SIZE

LOGICAL_SCREEN = pygame.Rect((0, 0), LOGICAL_SIZE)


def fake_outcome(level, score: int) -> Outcome:
    reasons = (
        Reason(level.tip, 10, True),
        Reason(level.intro, 20, True),
        Reason(level.discussion[0], 0, False),
        Reason(level.discussion[1], 0, False),
    )
    return Outcome(level.step, level.id, level.dimension, score, reasons, {})


def all_scenes(app):
    content = app.content
    yield TitleScene(app)
    yield FieldScene(app)
    yield WayScene(app, "it")
    for level in content.levels:
        yield IntroScene(app, level.step)
        yield TaskHostScene(app, level.step)
        yield FeedbackScene(app, level.step, fake_outcome(level, 14 * level.step))
    yield ProfileScene(app)
    yield PlanScene(app)
    yield GlossaryScene(app)
    yield ExportScene(app, lambda folder, formats, with_words: None, has_words=True)
    plan = PlanScene(app)
    yield PeopleScene(app, plan.plan, plan.reload)
    yield WordsScene(
        app,
        heading=app.tr("task.network_map.add_heading"),
        hint=app.tr("task.network_map.add_hint", most=40),
        words="R.K., Kone",
        on_save=lambda words: None,
    )
    for dimension in content.profile.dimensions:
        yield WhyScene(app, dimension.id)
    yield PauseScene(app)
    yield LanguageScene(app)
    yield SettingsScene(app)
    yield ConfirmScene(app, "title.new_confirm", "title.new_yes", app.pop)
    yield ContentErrorScene(
        app, tuple(f"x.toml: key{i}: a problem line" for i in range(20)), app.pop
    )


@pytest.mark.parametrize("window", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("language", ["fi", "en"])
def test_every_screen_runs_and_fits(make_driver, language, window):
    driver = make_driver(language=language, window=window)
    app = driver.app
    app.session.new("health")
    for level in app.content.levels[:-1]:
        app.session.record(fake_outcome(level, 10 * level.step))
    seen = 0
    for scene in all_scenes(app):
        app.push(scene)
        driver.frames(3)
        assert app.top is scene
        assert scene.ring.controls or scene.ui.texts, type(scene).__name__
        off_screen = [c.id for c in scene.ring.controls if not LOGICAL_SCREEN.contains(c.rect)]
        assert off_screen == [], (type(scene).__name__, off_screen)
        seen += 1
        app.pop()
    assert seen > 25
    assert text_module.overflows == []


def test_window_resize_keeps_the_logical_screen(make_driver):
    import pygame

    driver = make_driver(language="en")
    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=(1000, 900), w=1000, h=900))
    driver.frames(2)
    driver.press(label="Start")
    assert type(driver.scene).__name__ == "FieldScene"


def test_language_switch_mid_step_keeps_choices(make_driver):
    import pygame

    driver = make_driver(language="en", start_step=1)
    host = driver.scene
    statements = host.model.config.statements
    driver.press(label="Fact")
    driver.press(control_id="next")
    driver.press(label="Myth")
    state_before = host.model.snapshot()
    assert len(state_before["answers"]) == 2

    driver.key(pygame.K_ESCAPE)
    driver.press(label="Language")
    driver.press(label="Suomi")
    # every open screen has changed at once: the language list, the pause menu under it, the task
    assert "Takaisin" in driver.labels()
    assert any(scene.ring.by_label("Jatka") for scene in driver.app.scenes)
    shown = host.ring.by_id("statement").label
    assert shown.startswith(statements[1].text["fi"])
    driver.press(label="Takaisin")
    driver.press(label="Jatka")
    assert driver.scene is host
    assert host.model.snapshot() == state_before
    assert "Seuraava väite" in driver.labels()


def test_glossary_from_the_pause_menu_shows_finnish_words_with_meanings(make_driver):
    import pygame

    driver = make_driver(language="en", start_step=2)
    driver.key(pygame.K_ESCAPE)
    driver.press(label="Finnish words")
    texts = driver.texts()
    assert "työkummi" in texts and "työkokeilu" in texts
    term = next(t for t in driver.app.content.glossary.terms if t.id == "tyokummi")
    assert term.meaning["en"] in texts
    assert term.example in texts  # the Finnish example sentence under the meaning
    driver.press(label="Back")
    assert type(driver.scene).__name__ == "PauseScene"


@pytest.mark.parametrize(("language", "step"), [("so", 3), ("so", 4), ("so", 7), ("ru", 7)])
def test_long_words_fit_the_task_boards_played_to_the_end(make_driver, language, step):
    """Somali's and Russian's words are the longest: the network map's placing panel, the week
    planner's cards and week heads, and keep-warm's last week once cut them off."""
    from steps_game.ui import text
    from tests.test_playthrough import Player

    driver = make_driver(language=language, start_step=step)
    getattr(Player(driver, mouse=True, best=True), driver.scene.level.task.kind)()
    driver.frames(2)
    assert text.overflows == []


def test_the_glossary_at_200_percent_scrolls_by_keys_and_wheel_to_its_last_word(make_driver):
    import pygame

    from steps_game.ui.intents import Act, Intent

    driver = make_driver(language="ar")
    app = driver.app
    app.change_setting("text_size", 200)
    app.push(GlossaryScene(app))
    driver.frames(1)
    terms = app.content.glossary.terms
    assert terms[0].finnish in driver.texts() and terms[-1].finnish not in driver.texts()
    driver.key(pygame.K_PAGEDOWN)
    assert terms[0].finnish not in driver.texts()
    app.dispatch(Intent(Act.SCROLL, dy=-1))  # the wheel, one notch up
    driver.frames(1)
    driver.key(pygame.K_END)
    assert terms[-1].finnish in driver.texts()
    # the Finnish example comes with its word (with a left-to-right mark on an Arabic screen)
    assert any(shown.startswith(terms[-1].example) for shown in driver.texts())
    driver.key(pygame.K_HOME)
    assert terms[0].finnish in driver.texts()
    assert text_module.overflows == []


@pytest.mark.parametrize("language", ["ar", "fa", "en"])
def test_a_finnish_example_keeps_its_full_stop_at_its_end_in_every_writing(make_driver, language):
    """On a right-to-left screen the bidirectional algorithm would move a Finnish sentence's
    closing full stop to its left; the example is drawn as one left-to-right run instead."""
    from steps_game.ui.reading_order import visual_runs

    driver = make_driver(language=language)
    app = driver.app
    app.push(GlossaryScene(app))
    driver.frames(1)
    term = app.content.glossary.terms[0]
    assert term.example.endswith(".")
    drawn = next(t for t in driver.texts() if t.startswith(term.example))
    runs = visual_runs(text_module.clean(drawn), text_module.is_rtl())
    assert [run.rtl for run in runs] == [False], runs
    assert runs[0].text.rstrip("\u200e").endswith(term.example)


@pytest.mark.parametrize("language", ["en", "fi", "ar"])
def test_a_full_score_says_what_to_keep_doing_instead_of_an_empty_box(make_driver, language):
    driver = make_driver(language=language)
    app = driver.app
    tr = app.tr
    app.session.new("it")
    level = app.content.level(2)
    full = Outcome(level.step, level.id, level.dimension, 100, (Reason(level.tip, 100, True),), {})
    app.push(FeedbackScene(app, level.step, full))
    driver.frames(2)
    texts = " ".join(driver.texts())
    assert tr("feedback.keep") in texts and tr.pick(level.keep_doing) in texts
    assert tr("feedback.more") not in texts
    app.pop()
    # with something left to earn, the box says what would earn more, as before
    app.push(FeedbackScene(app, level.step, fake_outcome(level, 30)))
    driver.frames(2)
    texts = " ".join(driver.texts())
    assert tr("feedback.more") in texts and tr.pick(level.keep_doing) not in texts
    app.pop()
    # the profile's "why this score" says the same for a full score
    app.session.record(full)
    app.push(WhyScene(app, level.dimension))
    driver.frames(2)
    texts = " ".join(driver.texts())
    assert tr("feedback.keep") in texts and tr.pick(level.keep_doing) in texts


@pytest.mark.parametrize("language", ["et", "uk"])
def test_a_feedback_at_200_keeps_room_for_its_reasons_under_a_long_header(make_driver, language):
    # Step 5's overline wraps at 200 % in Estonian and Ukrainian: beside the step track it took
    # four lines, the title and the score two each, and the reasons' box was left a sliver
    # that its page turner covered. The title and score now take the width the Menu button
    # leaves free under it, and the turner shares the buttons' row when its words fit there.
    from steps_game.audit import measure

    driver = make_driver(language=language)
    app = driver.app
    app.change_setting("text_size", 200)
    app.session.new("it")
    level = app.content.level(5)
    app.push(FeedbackScene(app, level.step, fake_outcome(level, 70)))
    driver.frames(2)
    pager = app.top.pager
    for _ in range(pager.pages):
        assert measure(app, "feedback").problems == []
        texts = driver.texts()
        if app.tr("feedback.earned") in texts:  # a heading never stands alone on its page
            assert any(text.startswith("• ") for text in texts), texts
        if pager.pages > 1:
            driver.turn_page("more")


@pytest.mark.parametrize(("language", "mirrored"), [("en", False), ("ar", True)])
def test_the_score_bar_fills_from_where_reading_starts(make_driver, language, mirrored):
    # In Arabic the score above the bar is right-aligned; the bar stood at the left and filled
    # from the left, the one piece of the feedback screen left unmirrored.
    from steps_game.scenes.feedback import BAR_H
    from steps_game.scenes.layout import MARGIN, SCREEN_W
    from steps_game.ui import palette

    driver = make_driver(language=language)
    app = driver.app
    app.session.new("it")
    level = app.content.level(2)
    scene = FeedbackScene(app, level.step, fake_outcome(level, 40))
    app.push(scene)
    driver.frames(2)
    scene.reveal.advance(60.0)  # the bar filled to its score
    surface = pygame.Surface(LOGICAL_SIZE)
    scene.draw(surface)
    y = scene.bar_y + BAR_H // 2
    near_left, near_right = MARGIN + 20, SCREEN_W - MARGIN - 20
    bar_edge = SCREEN_W - MARGIN - 560 if mirrored else MARGIN + 560
    filled = [x for x in range(SCREEN_W) if tuple(surface.get_at((x, y)))[:3] == palette.ACCENT]
    assert filled, "no filled part of the bar"
    if mirrored:
        assert min(filled) > bar_edge and max(filled) >= near_right
        assert tuple(surface.get_at((near_left, y)))[:3] != palette.ACCENT
    else:
        assert max(filled) < bar_edge and min(filled) <= near_left
        assert tuple(surface.get_at((near_right, y)))[:3] != palette.ACCENT
    # 40 of 100: the filled part is about two fifths of the bar, on the reading side
    assert 0.3 * 560 < len(filled) < 0.5 * 560


@pytest.mark.parametrize("language", ["fi", "ar"])
def test_the_plan_says_whose_choice_the_people_are_under_their_heading(make_driver, language):
    # The note was joined to the heading with a dash: "Ensin nämä ihmiset – Ehdotus karttasi
    # ...", a two-line bold heading with a sentence's capital after the dash.
    driver = make_driver(language=language)
    app, tr = driver.app, driver.app.tr
    app.session.new("it")
    people = [{"id": "neighbour", "token": "neighbour", "ring": "distant", "sector": "friends"}]
    app.session.write_page("people", {"people": people})
    scene = PlanScene(app)
    app.push(scene)
    driver.frames(2)
    assert scene.plan.people and not scene.plan.picked
    texts = [(text, bold) for text, _y, _h, _size, bold, _colour in scene.blocks]
    heading = texts.index((tr("plan.people"), True))
    assert texts[heading + 1] == (tr("plan.proposed"), False)
    assert not any(tr("plan.proposed") in text for text, bold in texts if bold)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_full_score_at_200_goes_from_its_points_to_the_tip(make_driver, language):
    """At 200 % the card is one column, paged: after a full score's points, what to keep doing
    said them again on a page of its own (eighteenth Arabic play-test). The card goes from the
    points to the tip; the profile's why still says what to keep doing."""
    driver = make_driver(language=language)
    app = driver.app
    tr = app.tr
    app.change_setting("text_size", 200)
    app.session.new("it")
    level = app.content.level(2)
    full = Outcome(level.step, level.id, level.dimension, 100, (Reason(level.tip, 100, True),), {})
    app.push(FeedbackScene(app, level.step, full))
    driver.frames(2)
    scene, read = app.top, []
    for _ in range(scene.pager.pages):
        read += driver.texts()
        scene.turn()
        driver.frames(1)
    assert tr("feedback.keep") not in read and tr.pick(level.keep_doing) not in read
    assert tr("feedback.tip") in read and tr("feedback.more") not in read
    app.pop()
    app.session.record(full)
    app.push(WhyScene(app, level.dimension))
    driver.frames(2)
    why, read = app.top, []
    for _ in range(why.pager.pages):  # (at 200 % on its second page)
        read += driver.texts()
        why.turn()
        driver.frames(1)
    assert tr.pick(level.keep_doing) in read
