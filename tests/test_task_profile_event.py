"""Step 6: a professional profile, then an online event. The model with the real level file (no
pygame needed), the level's checks, and the view driven through the real app."""

from __future__ import annotations

import itertools
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from steps_game.i18n import Translator, forms
from steps_game.level_file_check import check_level_file
from steps_game.notebook import Notebook
from steps_game.outcome import scaled
from steps_game.paths import bundled_levels_dir
from steps_game.tasks.profile_event.model import ProfileEventModel

LEVEL_FILE = Path(bundled_levels_dir()) / "06-new-ties.toml"
LEVEL, problems = check_level_file(LEVEL_FILE)
assert not problems, problems
CONFIG = LEVEL.task
FIELDS = [None, "it", "health", "business", "education", "engineering", "other"]


def play(field, picks, answers, *, finish=True) -> ProfileEventModel:
    """Choose cards by index, go to the event, and pick an option at each moment: by its id,
    or by its place among the moment's options."""
    model = ProfileEventModel(CONFIG, field)
    cards = model.cards
    for index in picks:
        model.toggle(cards[index % len(cards)].id)
    model.go_to_event()
    for moment, index in zip(model.moments, answers, strict=False):
        options = model.options(moment)
        chosen = index if isinstance(index, str) else options[index % len(options)].id
        model.answer(chosen)
        if finish:
            model.next()
    return model


def best_play(field) -> ProfileEventModel:
    model = ProfileEventModel(CONFIG, field)
    good = [i for i, card in enumerate(model.cards) if card.points > 0]
    best = [
        max(range(len(opts)), key=lambda i, opts=opts: opts[i].points)
        for opts in (model.options(m) for m in model.moments)
    ]
    return play(field, good, best)


def worst_play(field) -> ProfileEventModel:
    model = ProfileEventModel(CONFIG, field)
    weak = [i for i, card in enumerate(model.cards) if card.points <= 0]
    worst = [
        min(range(len(opts)), key=lambda i, opts=opts: opts[i].points)
        for opts in (model.options(m) for m in model.moments)
    ]
    return play(field, weak, worst)


def expected_score(model: ProfileEventModel) -> int:
    """The score straight from the level's weights and points."""
    profile = max(0, sum(card.points for card in model.profile_items))
    event = sum(model.chosen(m).points for m in model.moments)
    return scaled(
        Fraction(CONFIG.profile_weight * profile, model.profile_max)
        + Fraction(CONFIG.event_weight * event, model.event_max),
        100,
    )


# -- the level's content ----------------------------------------------------------------------


def test_level_has_about_twelve_cards_and_three_moments_for_every_field():
    for field in FIELDS[1:]:
        model = ProfileEventModel(CONFIG, field)
        assert 10 <= len(model.cards) <= 15
        assert any(card.points <= 0 for card in model.cards)
        assert len(model.moments) == 3
    assert CONFIG.profile_weight + CONFIG.event_weight == 100


@pytest.mark.parametrize("field", FIELDS[1:])
def test_every_field_gets_its_own_event_and_profile_card(field):
    model = ProfileEventModel(CONFIG, field)
    assert field in model.event.fields or (field == "other" and not model.event.fields)
    own_cards = [card for card in model.cards if field in card.fields]
    assert own_cards, f"no profile card for {field}"
    others = [ProfileEventModel(CONFIG, f) for f in FIELDS[1:] if f != field]
    for other in others:
        assert {c.id for c in own_cards}.isdisjoint({c.id for c in other.cards})


def test_the_field_visibly_changes_the_content():
    it, health = ProfileEventModel(CONFIG, "it"), ProfileEventModel(CONFIG, "health")
    assert it.event.name != health.event.name
    assert [c.label for c in it.cards] != [c.label for c in health.cards]
    assert it.text_params()["pitch"] != health.text_params()["pitch"]
    assert it.text_params()["question"] != health.text_params()["question"]


def test_no_field_gets_the_event_for_everyone():
    model = ProfileEventModel(CONFIG, None)
    assert not model.event.fields
    assert all(not card.fields for card in model.cards)


def test_someone_building_a_business_hears_of_clients_not_of_recruiters_or_job_hunting():
    model = ProfileEventModel(CONFIG, "business")
    ids = [card.id for card in model.cards]
    assert "open-to-work" not in ids and "open-to-clients" in ids
    seen = [CONFIG.profile_instruction, CONFIG.feedback.profile]
    seen += [text for card in model.cards for text in (card.label, card.reason)]
    for text in seen:
        for en in forms(text["en"]):  # every plural form of a text with a count
            assert "recruit" not in en.lower() and "looking for work" not in en, en
        for fi in forms(text["fi"]):
            assert "rekrytoi" not in fi.lower(), fi
    # and their best profile still earns every point
    assert best_play("business").result().score == 100


@pytest.mark.parametrize("field", [f for f in FIELDS if f != "business"])
def test_job_seekers_still_see_that_they_are_looking_for_work(field):
    ids = [card.id for card in ProfileEventModel(CONFIG, field).cards]
    assert "open-to-work" in ids and "open-to-clients" not in ids


def test_a_silent_follow_is_not_counted_as_active():
    # "active 3/3" after following a page without a word would contradict the reason shown
    model = ProfileEventModel(CONFIG, "it")
    for card in model.cards[:3]:
        model.toggle(card.id)
    model.go_to_event()
    for option_id in ("pitch", "ask", "follow-silently"):
        model.answer(option_id)
        model.next()
    event = model.result().reasons[1]
    assert event.text == CONFIG.feedback.event
    assert event.params == {"active": 2, "total": 3}


def test_every_option_says_whether_it_is_active_and_quiet_ones_are_not():
    for moment in CONFIG.moments:
        for option in moment.options:
            writes = option.chat is not None or option.contact is not None
            if writes:
                assert option.active, option.id
            if option.points == 0:
                assert not option.active, option.id


# -- playing ------------------------------------------------------------------------------------


def test_the_flow_profile_then_moments_with_a_reveal():
    model = ProfileEventModel(CONFIG, "it")
    assert model.phase == "profile" and not model.can_go_to_event
    first = model.moments[0]
    model.answer(model.options(first)[0].id)  # no answers before the event
    assert model.state["answers"] == {}
    for card in model.cards[: CONFIG.profile_min - 1]:
        model.toggle(card.id)
    model.go_to_event()
    assert model.phase == "profile"  # not enough items yet
    model.toggle(model.cards[-1].id)
    assert model.can_go_to_event
    model.go_to_event()
    assert model.phase == "event" and model.current() is first
    model.toggle(model.cards[0].id)  # the profile is fixed at the event
    assert len(model.state["profile"]) == CONFIG.profile_min
    option = model.options(first)[1]
    model.answer(option.id)
    assert model.phase == "reveal" and model.chosen(first) is option
    model.answer(model.options(first)[0].id)  # a second answer while revealed changes nothing
    assert model.chosen(first) is option
    model.next()
    assert model.current() is model.moments[1] and model.position == (2, 3)
    assert not model.is_complete()


def test_toggling_keeps_the_levels_order_and_ignores_other_fields_cards():
    model = ProfileEventModel(CONFIG, "it")
    cards = model.cards
    model.toggle(cards[5].id)
    model.toggle(cards[1].id)
    model.toggle("work-health")
    assert model.state["profile"] == [cards[1].id, cards[5].id]
    model.toggle(cards[5].id)
    assert model.state["profile"] == [cards[1].id]


def test_complete_after_the_last_answer_even_before_moving_on():
    model = play("it", [0, 1, 2], [0, 0, 0], finish=False)
    # without "next" the first answer stays on show and the later ones are not taken
    assert model.phase == "reveal" and len(model.state["answers"]) == 1
    assert not model.is_complete()
    model = play("it", [0, 1, 2], [0, 0, 0])
    assert model.phase == "done" and model.is_complete()
    model = ProfileEventModel(CONFIG, "it")
    for card in model.cards[:3]:
        model.toggle(card.id)
    model.go_to_event()
    for moment in model.moments:
        model.answer(model.options(moment)[0].id)
        if moment is not model.moments[-1]:
            model.next()
    assert model.phase == "reveal" and model.is_complete()


@pytest.mark.parametrize("field", FIELDS)
def test_best_play_is_100_with_only_earned_reasons(field):
    model = best_play(field)
    result = model.result()
    assert result.score == expected_score(model) == 100
    assert all(reason.earned for reason in result.reasons)


@pytest.mark.parametrize("field", FIELDS)
def test_worst_play_is_0_and_says_what_would_earn_more(field):
    model = worst_play(field)
    result = model.result()
    assert result.score == expected_score(model) == 0
    missed = [r for r in result.reasons if not r.earned]
    good = [card for card in model.cards if card.points > 0]
    weak = [card for card in model.cards if card.points <= 0]
    # every moment's chosen action, every weak card chosen, every good card left out
    assert len(missed) == len(model.moments) + len(weak) + len(good)
    assert all(r.points > 0 for r in missed)


def test_reasons_explain_each_choice():
    # two good cards and a misleading one; then pitch (best), thanks (1 point), close (0 points)
    model = ProfileEventModel(CONFIG, "health")
    cards = {card.id: card for card in model.cards}
    for card_id in ("about-goals", "work-health", "bigger-title"):
        model.toggle(card_id)
    model.go_to_event()
    options = {o.id: o for m in model.moments for o in model.options(m)}
    for option_id in ("pitch", "thanks", "close"):
        model.answer(option_id)
        model.next()
    result = model.result()
    texts = {Translator("en").pick(r.text): r for r in result.reasons}
    # the best action, its reason read after the choice: in the event's line, not again
    assert options["pitch"].reason["en"] not in texts
    thanks = texts[options["thanks"].reason["en"]]
    assert not thanks.earned and thanks.points == round(50 * 2 / model.event_max)
    assert not texts[options["close"].reason["en"]].earned
    # a card's reason says which card it is about, chosen or left out: the reason alone ("A
    # title alone says little") read as blame for a card not chosen (thirty-eighth run)
    weak, left = cards["bigger-title"], cards["strengths"]
    assert not texts[f"In your profile: {weak.label['en']}. {weak.reason['en']}"].earned
    assert not texts[f"Missing from your profile: {left.label['en']}. {left.reason['en']}"].earned
    named = Translator("fi").pick(
        texts[f"In your profile: {weak.label['en']}. {weak.reason['en']}"].text
    )
    assert named == f"Profiilissasi on: {weak.label['fi']}. {weak.reason['fi']}"
    assert cards["about-goals"].reason["en"] not in texts  # chosen and good: in the summary
    summary = result.reasons[0]
    assert summary.params == {"good": 2, "total": 9}
    assert result.reasons[1].params == {"active": 2, "total": 3}


def test_choices_name_profile_event_and_new_contacts():
    best = ["pitch", "ask", "follow-speaker"]
    model = play("it", [0, 1, 2], best)
    choices = model.result().choices
    assert choices["profile"] == [c.id for c in model.cards[:3]]
    assert choices["event"] == {"start": "pitch", "talk": "ask", "after": "follow-speaker"}
    assert choices["event_id"] == "ai-tools"
    assert choices["contacts"] == ["participant", "speaker"]
    quiet = play("it", [0, 1, 2], ["camera-off", "leave", "close"]).result().choices
    assert quiet["contacts"] == []
    assert play("health", [0, 1, 2], best).result().choices["event_id"] == "elderly-care"


def test_the_new_contacts_are_handed_on_with_the_event():
    model = ProfileEventModel(CONFIG, "health")
    result = play("health", [0, 1, 2], ["pitch", "ask", "close"]).result()
    notebook = Notebook()
    notebook.write("event", result.pages["event"])
    people = model.resolve(notebook)["new_contacts"]
    assert [p.ref for p in people] == ["event:participant", "event:speaker"]
    for person in people:
        assert person.origin == "event" and person.weak
        for code in ("fi", "en"):
            assert model.event.name[code] in person.role[code]
    assert people[1].role["en"] == "The speaker at “Webinar: working in elderly care in Finland”"
    notebook.write("event", {**result.pages["event"], "contacts": []})
    assert model.resolve(notebook) == {"new_contacts": ()}
    notebook.write("event", {**result.pages["event"], "contacts": ["stranger"]})
    with pytest.raises(ValueError):
        model.resolve(notebook)
    notebook.write("event", {**result.pages["event"], "event": "no-such-event"})
    with pytest.raises(StopIteration):
        model.resolve(notebook)


def test_every_contact_is_reachable_and_known():
    known = {c.id for c in CONFIG.contacts}
    reached = set()
    for moment in CONFIG.moments:
        for option in moment.options:
            if option.contact:
                reached.add(option.contact)
    assert reached == known


@pytest.mark.parametrize("field", FIELDS)
def test_every_card_and_option_can_be_chosen(field):
    model = ProfileEventModel(CONFIG, field)
    for card in model.cards:
        model.toggle(card.id)
    assert model.state["profile"] == [card.id for card in model.cards]
    for moment_index, moment in enumerate(model.moments):
        for option_index, option in enumerate(model.options(moment)):
            answers = [0] * moment_index + [option_index]
            played = play(field, [0, 1, 2], answers)
            assert played.state["answers"][moment.id] == option.id


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(FIELDS),
    st.sets(st.integers(0, 14), min_size=3, max_size=15),
    st.lists(st.integers(0, 3), min_size=3, max_size=3),
)
def test_score_in_bounds_matches_the_weights_and_is_deterministic(field, picks, answers):
    cards = ProfileEventModel(CONFIG, field).cards
    picks = sorted({p % len(cards) for p in picks})
    first = play(field, picks, answers)
    if not first.is_complete():  # fewer distinct cards than profile_min: the event never opened
        assert len(picks) < CONFIG.profile_min
        return
    result = first.result()
    assert 0 <= result.score <= 100
    assert result.score == expected_score(first)
    assert result == play(field, picks, answers).result()
    assert all(r.points >= 0 for r in result.reasons)


def test_exhaustive_extremes_for_one_field():
    """Every profile (with the quietest event) and every event (with the best profile) of the IT
    variant: the two parts add up, so the best is exactly 100 and the worst exactly 0."""
    model = ProfileEventModel(CONFIG, "it")
    n = len(model.cards)
    option_counts = [len(model.options(m)) for m in model.moments]
    quietest = [
        min(range(c), key=lambda i, m=m: model.options(m)[i].points)
        for c, m in zip(option_counts, model.moments, strict=True)
    ]
    good = [i for i, card in enumerate(model.cards) if card.points > 0]
    profile_scores = [
        play("it", picks, quietest).result().score
        for mask in range(1 << n)
        if len(picks := [i for i in range(n) if mask >> i & 1]) >= CONFIG.profile_min
    ]
    event_scores = [
        play("it", good, list(answers)).result().score
        for answers in itertools.product(*(range(c) for c in option_counts))
    ]
    assert min(profile_scores) == 0 and max(profile_scores) == CONFIG.profile_weight
    assert min(event_scores) == CONFIG.profile_weight and max(event_scores) == 100


# -- saving -------------------------------------------------------------------------------------


def test_snapshot_round_trip():
    model = play("it", [0, 4, 7], [0, 1], finish=False)
    other = ProfileEventModel(CONFIG, "it")
    other.restore(model.snapshot())
    assert other.state == model.state and other.phase == model.phase


@pytest.mark.parametrize(
    "state",
    [
        {"nonsense": 1},
        {"profile": ["no-such-card"], "at_event": False, "answers": {}, "revealed": None},
        {"profile": ["work-health"], "at_event": False, "answers": {}, "revealed": None},
        {"profile": ["education", "education"], "at_event": False, "answers": {}, "revealed": None},
        {"profile": [], "at_event": "yes", "answers": {}, "revealed": None},
        {"profile": "education", "at_event": True, "answers": {}, "revealed": None},
        {"profile": [], "at_event": True, "answers": {"start": "no-such"}, "revealed": None},
        {"profile": [], "at_event": True, "answers": {"no-such": "pitch"}, "revealed": None},
        {"profile": [], "at_event": True, "answers": {}, "revealed": "start"},
        {"profile": [], "at_event": False, "answers": {"start": "pitch"}, "revealed": None},
    ],
)
def test_a_corrupt_snapshot_is_refused(state):
    model = ProfileEventModel(CONFIG, "it")
    with pytest.raises(ValueError):
        model.restore(state)


# -- the level file's checks -------------------------------------------------------------------


def broken_level(tmp_path: Path, old: str, new: str) -> list[str]:
    text = LEVEL_FILE.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / LEVEL_FILE.name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    level, found = check_level_file(path, LEVEL_FILE.parent)
    assert level is None
    # the lines that stop the level; an edited text also makes its translations stale, which
    # is a note of its own (tests/test_authoring.py)
    return [str(p) for p in found if p.blocking]


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ('contact = "speaker"', 'contact = "speeker"', "did you mean 'speaker'"),
        ("event_weight = 50", "event_weight = 40", "expected 100"),
        ('fields = ["health"]\nname', 'fields = ["it"]\nname', "at most one"),
        (
            'chat = { fi = "{pitch}", en = "{pitch}" }',
            'chat = { fi = "{name}", en = "{name}" }',
            "{name}",
        ),
        ('fields = ["it"]\nlabel', 'fields = ["itt"]\nlabel', "did you mean 'it'"),
        ("The speaker at “{event}”", "The speaker at “{place}”", "placeholders in 'en'"),
        (
            'fi = "Puhuja tapahtumasta ”{event}”", en = "The speaker at “{event}”"',
            'fi = "Puhuja {pitch}", en = "The speaker {pitch}"',
            "expected {event}",
        ),
        (
            "points = 3\nactive = true\ncontact",
            "points = 30\nactive = true\ncontact",
            "30 is out of range",
        ),
    ],
)
def test_a_broken_level_gets_a_clear_line(tmp_path, old, new, words):
    found = broken_level(tmp_path, old, new)
    assert any(words in line for line in found), found
    assert all(line.startswith("06-new-ties.toml: task") for line in found), found


# -- on screen -----------------------------------------------------------------------------------


@pytest.fixture
def levels() -> Path:
    """The bundled levels, with their translations: the game starts only with all seven."""
    return Path(bundled_levels_dir())


def open_step(make_driver, levels, field, language="en"):
    from steps_game.scenes.task_host import TaskHostScene

    driver = make_driver(levels=levels, language=language, start_step=6)
    driver.app.session.new(field)
    driver.app.reset_to(TaskHostScene(driver.app, 6))
    driver.frames(2)
    return driver


def pick(level_text, language="en") -> str:
    return level_text[language]


@pytest.mark.parametrize("language", ["en", "fi"])
def test_play_through_with_keyboard_and_mouse(make_driver, levels, language):
    from steps_game.scenes.feedback import FeedbackScene
    from steps_game.ui import text as text_module

    driver = open_step(make_driver, levels, "it", language)
    model = driver.scene.model
    assert not driver.control(control_id="to-event").enabled
    driver.click(control_id="item:about-goals")
    driver.press(control_id="item:work-it")
    driver.click(control_id="item:strengths")
    assert driver.control(control_id="item:work-it").data["selected"]
    preview = "\n".join(driver.texts())
    assert "• " + pick(model.cards[0].label, language) in preview
    driver.press(control_id="to-event")
    texts = "\n".join(driver.texts())
    assert pick(model.event.name, language) in texts
    driver.press(control_id="option:pitch")
    assert pick(model.event.pitch, language) in "\n".join(driver.texts())
    driver.press(control_id="next")
    driver.click(control_id="option:ask")
    assert pick(model.event.question, language) in "\n".join(driver.texts())
    driver.click(control_id="next")
    driver.press(control_id="option:follow-speaker")
    driver.press(control_id="next")
    end = "\n".join(driver.texts())
    for contact in CONFIG.contacts:
        assert model.contact_text(contact.id)[language] in end
    assert driver.ring.focused_id == "done"
    driver.key(__import__("pygame").K_RETURN)
    assert isinstance(driver.scene, FeedbackScene)
    assert driver.scene.outcome.choices["contacts"] == ["participant", "speaker"]
    assert text_module.overflows == []


@pytest.mark.parametrize("field", ["health", "education"])
def test_the_players_field_changes_what_is_on_screen(make_driver, levels, field):
    driver = open_step(make_driver, levels, field)
    ids = driver.ids()
    assert f"item:work-{field}" in ids and "item:work-it" not in ids
    for card_id in ("item:about-goals", "item:education", "item:strengths"):
        driver.click(control_id=card_id)
    driver.click(control_id="to-event")
    own = ProfileEventModel(CONFIG, field).event
    it = ProfileEventModel(CONFIG, "it").event
    texts = "\n".join(driver.texts())
    assert own.name["en"] in texts and it.name["en"] not in texts


def test_undo_goes_back_from_the_event_to_the_profile(make_driver, levels):
    driver = open_step(make_driver, levels, "other")
    for card_id in ("item:about-goals", "item:work-other", "item:photo"):
        driver.click(control_id=card_id)
    driver.click(control_id="to-event")
    driver.click(control_id="option:hello")
    driver.click(control_id="undo")
    driver.click(control_id="undo")
    assert driver.scene.model.phase == "profile"
    assert driver.control(control_id="item:photo").data["selected"]
