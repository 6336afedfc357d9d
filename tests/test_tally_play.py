"""Workshop mode as a group activity (issue 15): the room's show of hands at each choice point.

The facilitator counts hands with the number keys, + and - or clicks, the answer stays hidden until
R reveals it with counts in words ("7 of 12: Fact"), why, and a question to talk about; "Go on"
plays the room's choice. Every count is in app.workshop.room. Without hands, and outside workshop
mode, each step plays as it always has."""

from __future__ import annotations

import pygame
import pytest

from steps_game.i18n import catalog, language_codes
from steps_game.language_rules import categories
from steps_game.paths import bundled_levels_dir
from steps_game.scenes.discussion import DiscussionScene
from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.group import GroupScene
from steps_game.scenes.intro import IntroScene
from steps_game.scenes.tally import TallyScene
from steps_game.scenes.task_host import TaskHostScene
from steps_game.tally import ChoicePoint, Tally
from tests.test_playthrough import Player
from tests.test_workshop import files_in, workshop

ROOM = 12
TALLY_KEYS = ("count_button", "heading", "keys", "hands", "number", "reveal", "answer_heading")
TALLY_KEYS += ("of", "best", "why", "talk", "tie", "go_on", "go_on_plain")


def digit(number: int) -> int:
    return getattr(pygame, f"K_{number}")


def count_room(driver, point: ChoicePoint) -> tuple[int, int]:
    """Twelve hands as a facilitator counts them: seven for the best option (six with its number
    key and one with +), five for the next (with its number key, one too many taken back with
    -). Returns the two options."""
    best, other = point.best, (point.best + 1) % len(point.options)
    for _ in range(6):
        driver.key(digit(best + 1))
    driver.key(pygame.K_KP_PLUS)  # the focused option is the one just counted
    for _ in range(6):
        driver.key(digit(other + 1))
    driver.key(pygame.K_MINUS)
    return best, other


def counted_in_words(texts: list[str], tr, count: int, words: str) -> bool:
    """Whether a row says how many hands chose the option of `words`: "7 of 12: <words>", the
    words whole (never cut: the reveal pages instead)."""
    return tr("tally.of", count=count, total=ROOM, option=words) in texts


def tally_and_go_on(driver, step: int, counted: list) -> None:
    """At the task's choice point: open the tally with a number key, count, reveal, go on."""
    app, tr = driver.app, driver.app.tr
    point = driver.scene.view.choice_point()
    assert point is not None
    hidden = tr("tally.best")
    best, other = count_room(driver, point)
    assert isinstance(driver.scene, TallyScene)
    assert driver.scene.tally.counts[best] == 7 and driver.scene.tally.counts[other] == 5
    shown = driver.texts()
    assert tr("tally.hands", count=7) in shown and tr("tally.hands", count=5) in shown
    # the total, beside the room's last count where there was one: all twelve are in
    assert tr("tally.counted", count=ROOM) in shown
    assert (tr("tally.counted_before", count=ROOM) in shown) == bool(counted)
    assert hidden not in shown  # the answer stays hidden while the room counts
    assert tr.pick(point.reason) not in " ".join(shown)
    driver.key(pygame.K_r)
    texts = driver.texts()
    for _ in range(driver.scene.pager.pages - 1):  # Next page, focused, till the way on
        assert driver.ring.focused_id == "more"
        driver.key(pygame.K_RETURN)
        texts += driver.texts()
    shown = " ".join(texts)  # all of it shown: the why too, with no scrolling
    best_words = tr.pick(point.options[best])
    assert counted_in_words(texts, tr, 7, best_words)  # counts in words
    assert best_words in shown  # the best answer in full
    assert counted_in_words(texts, tr, 5, tr.pick(point.options[other]))
    assert f"7 of {ROOM}: " in shown and f"5 of {ROOM}: " in shown
    assert hidden in shown and tr.pick(point.reason) in shown
    answer = app.workshop.room.answer(step, point.key)
    assert answer is not None and answer.counts[best] == 7 and answer.total == ROOM
    counted.append((step, point.key))
    assert driver.ring.focused_id == "go-on"
    driver.key(pygame.K_RETURN)  # Enter on "Go on with answer N": the room's choice is played
    if isinstance(driver.scene, FeedbackScene):  # (its last choice played: the step is done)
        assert driver.scene.outcome.step == step
        assert driver.scene.outcome.choices["answers"][point.key] == bool(best)
        return
    assert isinstance(driver.scene, TaskHostScene)
    assert played(driver.scene.model, point.key) == best  # seven hands of twelve chose it
    if step == 1:  # the count's reveal said the answer and why: not the task's verdict again
        assert driver.scene.model.phase != "reveal"


def played(model, key: str) -> int:
    """Which option of a choice point the task has taken."""
    if model.kind == "myth_or_fact":
        return int(model.state["answers"][key])
    if model.kind == "message_builder":
        return model.options(key).index(model.chosen(key))
    moment = model.moment(key)
    return model.options(moment).index(model.chosen(moment))


def play_step_with_tallies(driver, step: int, counted: list) -> None:
    player = Player(driver, mouse=False, best=True)
    kind = driver.scene.level.task.kind
    for _ in range(60):
        if isinstance(driver.scene, FeedbackScene):  # (step 1, statements alone: on to it)
            return
        model = driver.scene.model
        if model.is_complete() and model.phase != "reveal":
            break
        if driver.scene.view.choice_point() is not None:
            tally_and_go_on(driver, step, counted)
        elif model.phase == "reveal":  # the task's own verdict on the room's answer
            player.use("next")
        elif kind == "myth_or_fact":
            player.use(driver.find_id("offer:"))
        elif kind == "message_builder":
            player.use(driver.ids_starting("contact:")[0] if model.phase == "contact" else "send")
        elif kind == "profile_event":
            # up to six cards for the profile, from whichever page shows them
            for _ in range(min(6, len(model.cards))):
                player.use(driver.find_id("item:", lambda i, m=model: not m.in_profile(i[5:])))
            player.use("to-event")
    assert driver.scene.model.is_complete()
    player.use("done")


@pytest.mark.parametrize("set_id", ["quick", "short"])
def test_a_room_of_twelve_plays_a_group_set_with_a_tally_at_every_choice(
    make_driver, tmp_path, set_id
):
    data = tmp_path / "data"
    driver = workshop(make_driver, "en", data_dir=data)
    app = driver.app
    driver.press(control_id="start")
    driver.press(control_id=f"set-{set_id}")
    short = app.workshop.sets.by_id(set_id)
    counted: list = []
    for step in short.step_numbers:
        assert isinstance(driver.scene, IntroScene) and driver.scene.step == step
        driver.press(control_id="start-task")
        play_step_with_tallies(driver, step, counted)
        assert isinstance(driver.scene, FeedbackScene)
        driver.press(control_id="next")
        # (the short set's talk is at its reveals: its steps go on from their feedback)
        assert not short.discussion_cards and not isinstance(driver.scene, DiscussionScene)
    # the run ends on what our group thought, made from the same counts
    assert isinstance(driver.scene, GroupScene)
    # the set's chosen statements, parts and moments, each counted once
    points = sum(len(short.plays_for(step)) for step in short.step_numbers)
    assert len(counted) == points == len(app.workshop.room.answers)
    for answer in app.workshop.room.answers:
        assert answer.total == ROOM and sorted(answer.counts, reverse=True)[:2] == [7, 5]
        assert (answer.step, answer.point.key) in counted
    assert files_in(data) == []  # the counts stay in memory only


def test_f12_empties_the_rooms_counts(make_driver):
    driver = workshop(make_driver, "en")
    driver.press(control_id="start")
    driver.press(control_id="set-short")
    driver.press(control_id="start-task")
    driver.key(digit(1))
    driver.key(pygame.K_ESCAPE)  # closed unrevealed: the hand is kept
    assert driver.app.workshop.room and isinstance(driver.scene, TaskHostScene)
    driver.key(pygame.K_F7)  # opened again: the count goes on where it was
    assert driver.scene.tally.counts[0] == 1
    driver.key(pygame.K_F7)
    driver.key(pygame.K_F12)
    driver.press(control_id="yes")
    assert not driver.app.workshop.room


def test_without_hands_the_step_plays_as_it_always_has(make_driver):
    driver = workshop(make_driver, "en")
    app = driver.app
    driver.press(control_id="start")
    driver.press(control_id="set-short")
    driver.press(control_id="start-task")
    model = driver.scene.model
    before = model.snapshot()
    assert "tally" in driver.ids()  # "Count hands" for the mouse
    driver.press(control_id="tally")
    assert isinstance(driver.scene, TallyScene)
    driver.key(pygame.K_r)  # revealed with no hands: nothing to play
    assert driver.ids()[0] == "go-on" and app.tr("tally.go_on_plain") in driver.labels()
    driver.press(control_id="go-on")
    assert isinstance(driver.scene, TaskHostScene)
    assert model.snapshot() == before and not app.workshop.room
    driver.press(control_id="answer:myth")  # the room answers on the task as before
    assert model.phase == "reveal" and "tally" not in driver.ids()
    driver.key(digit(1))  # no choice on the table: a number key does nothing
    assert isinstance(driver.scene, TaskHostScene) and not app.workshop.room


def test_outside_workshop_mode_no_tally_appears(make_driver):
    driver = make_driver(language="en", start_step=1)
    scene = driver.scene
    assert isinstance(scene, TaskHostScene)
    before = scene.model.snapshot()
    assert "tally" not in driver.ids()
    for key in (pygame.K_F7, digit(1), digit(2), pygame.K_r, pygame.K_PLUS):
        driver.key(key)
        assert driver.scene is scene
    assert scene.model.snapshot() == before and driver.app.workshop is None


def test_the_mouse_counts_with_clicks_and_takes_back_with_the_right_button(make_driver):
    driver = workshop(make_driver, "en", start_step=1)
    driver.click(control_id="tally")
    tally = driver.scene.tally
    for _ in range(3):
        driver.click(control_id="bar:1")
    driver.click(control_id="plus:0")
    driver.click(control_id="minus:1")
    assert tally.counts == [1, 2]
    bar = driver.control(control_id="bar:1")
    x, y, _, _ = driver.app.viewport.target
    scale = driver.app.viewport.scale
    pos = (round(x + bar.rect.centerx * scale), round(y + bar.rect.centery * scale))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=3))
    driver.frames(2)
    assert tally.counts == [1, 1]
    driver.key(pygame.K_DOWN)  # arrows move between the options; + and - act on the focused one
    assert driver.ring.focused_id == "bar:0"  # from the last option round to the first
    driver.key(pygame.K_EQUALS, unicode="+")
    assert tally.counts == [2, 1]
    driver.key(pygame.K_UP)
    driver.key(pygame.K_KP_MINUS)
    assert tally.counts == [2, 0]


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_bars_grow_from_the_right_in_right_to_left_languages(make_driver, language):
    driver = workshop(make_driver, language, start_step=1)
    for number in (2, 1, 2):  # a third of the hands for option 1
        driver.key(digit(number))
    scene = driver.scene
    assert isinstance(scene, TallyScene)
    bar = next(bar for bar in scene._bars if bar.fill.width)
    assert bar.fill.right == bar.track.right and bar.fill.left > bar.track.left


def test_a_tie_is_settled_by_the_answer_and_said_so(make_driver):
    driver = workshop(make_driver, "en", start_step=1)
    point = driver.scene.view.choice_point()
    for number in (1, 2, 1, 2):
        driver.key(digit(number))
    driver.key(pygame.K_r)
    tr = driver.app.tr
    assert tr("tally.tie", number=point.best + 1) in driver.texts()
    driver.key(pygame.K_RETURN)
    assert driver.scene.model.answered_right(point.key)


# -- the choice points ----------------------------------------------------------------------------


def level_task(name: str):
    from steps_game.level_file_check import check_level_file

    level, problems = check_level_file(bundled_levels_dir() / name)
    assert not problems
    return level.task


def test_step_five_offers_each_part_of_the_message_as_a_choice_with_its_best_options():
    from steps_game.tasks.message_builder.model import MessageBuilderModel
    from steps_game.tasks.message_builder.parts import MAX_QUALITY

    task = level_task("05-old-ties.toml")
    model = MessageBuilderModel(task, "other")
    assert model.choice_point() is None  # whom to write to is not the room's vote
    model.pick_contact(model.contacts()[0].id)
    for order, part in enumerate(task.parts):
        point = model.choice_point()
        options = model.options(part.id)
        assert point.key == part.id and point.order == order
        # the room is asked a question, not shown the part's bare name, in every language
        assert point.question == part.question != part.name
        assert set(point.question) == set(language_codes())
        assert all(words.endswith(("?", "؟")) for words in point.question.values())
        best = [i for i, option in enumerate(point.options) if point.is_best(i)]
        assert best == [i for i, o in enumerate(options) if o.quality == MAX_QUALITY]
        assert point.reason == options[point.best].reason
        model.play_choice(point.best)
        assert model.chosen(part.id) == options[point.best]
    assert model.choice_point() is None and model.ready


def test_step_six_offers_each_moment_of_the_event_as_a_choice():
    from steps_game.tasks.profile_event.model import ProfileEventModel

    task = level_task("06-new-ties.toml")
    model = ProfileEventModel(task, "other")
    assert model.choice_point() is None  # the profile's cards are not one choice
    for card in model.cards[: task.profile_min]:
        model.toggle(card.id)
    model.go_to_event()
    for order, moment in enumerate(task.moments):
        point = model.choice_point()
        options = model.options(moment)
        top = max(option.points for option in options)
        assert point.key == moment.id and point.order == order
        assert options[point.best].points == top and point.reason == options[point.best].reason
        assert "{" not in point.question["en"] and all("{" not in o["en"] for o in point.options)
        model.play_choice(point.best)
        assert model.choice_point() is None  # the answer's reason is on show
        model.next()
    assert model.is_complete()


def test_the_room_choice_is_the_most_hands_and_a_tie_goes_to_the_answer():
    point = ChoicePoint("p", {"en": "?"}, ({"en": "a"}, {"en": "b"}, {"en": "c"}), 2, {"en": "!"})
    assert Tally(3).room_choice(point) is None
    assert Tally(3, [5, 4, 3]).room_choice(point) == 0
    assert Tally(3, [4, 1, 4]).room_choice(point) == 2  # the answer is among the tied
    assert Tally(3, [4, 4, 1]).room_choice(point) == 0  # it is not: the first of them


def test_every_language_counts_hands_with_its_own_plural_forms():
    for code in language_codes():
        words = catalog(code)
        for key in TALLY_KEYS:
            assert words.get(f"tally.{key}"), (code, key)
        for key in ("hands", "of"):
            forms = words[f"tally.{key}"]
            assert set(forms) - {"count"} == set(categories(code)), (code, key)
        assert all(key in words["workshop.key_tally"] for key in ("+", "−", "R")), code


def test_f7_where_nothing_is_counted_says_so_and_closes_again(make_driver):
    """Twelfth facilitator run: F7 on step 1's offers and step 6's profile did nothing and said
    nothing, though F1 names it. A note says why; Enter, Esc or F7 closes it, nothing changed."""
    from steps_game.scenes.confirm import NoticeScene

    driver = workshop(make_driver, "en", start_step=6)
    scene = driver.scene
    before = scene.model.snapshot()
    assert scene.view.choice_point() is None  # the profile: the room chooses its cards
    for close in (pygame.K_F7, pygame.K_RETURN, pygame.K_ESCAPE):
        driver.key(pygame.K_F7)
        assert isinstance(driver.scene, NoticeScene)
        words = driver.app.tr("tally.none_here", button=driver.app.tr("tally.count_button"))
        assert words in driver.texts()
        driver.key(close)
        assert driver.scene is scene
    assert scene.model.snapshot() == before and not driver.app.workshop.room
