"""Step 5's model without pygame: whom to write to, building the message, sending, scores, reasons;
and one run of the real view at the end."""

from __future__ import annotations

import copy
from pathlib import Path

import pygame
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from steps_game.level_file_check import check_level_file
from steps_game.notebook import Notebook
from steps_game.outcome import scaled
from steps_game.paths import bundled_levels_dir
from steps_game.tasks.message_builder.model import (
    MAX_QUALITY,
    MessageBuilderConfig,
    MessageBuilderModel,
)

LEVELS = Path(bundled_levels_dir())
LEVEL_FILE = LEVELS / "05-old-ties.toml"
LEVEL, problems = check_level_file(LEVEL_FILE)
assert not problems, problems
CONFIG = LEVEL.task
PARTS = [p.id for p in CONFIG.parts]
FIELDS = [None, "it", "health", "business", "education", "engineering", "other"]


def options_of(model: MessageBuilderModel, part_id: str) -> list[str]:
    return [o.id for o in model.options(part_id)]


def build(field_id: str | None, pick, contact: str | None = None) -> MessageBuilderModel:
    """A model with a contact and one option per part, `pick(options of the part)` choosing it."""
    model = MessageBuilderModel(CONFIG, field_id)
    model.pick_contact(contact or model.contacts()[0].id)
    for part in CONFIG.parts:
        model.go_to(part.id)
        model.choose(pick(model.options(part.id)).id)
    return model


def best(options):
    return max(options, key=lambda o: o.quality)


def worst(options):
    return min(options, key=lambda o: o.quality)


def extreme_points(field_id: str | None, chooser) -> float:
    model = MessageBuilderModel(CONFIG, field_id)
    return sum(
        p.weight * chooser(o.quality for o in model.options(p.id)) / MAX_QUALITY
        for p in CONFIG.parts
    )


def sent(model: MessageBuilderModel) -> MessageBuilderModel:
    model.send()
    assert model.is_complete()
    return model


# -- the flow -------------------------------------------------------------------------------


def test_starts_with_the_choice_of_whom_to_write_to():
    model = MessageBuilderModel(CONFIG, "it")
    assert model.phase == "contact" and not model.is_complete()
    assert 2 <= len(model.contacts()) <= 3
    model.choose(options_of(model, "opening")[0])  # nothing to build before a contact is picked
    assert model.state["parts"] == {}
    model.pick_contact(model.contacts()[1].id)
    assert model.phase == "build"
    assert model.state["current"] == PARTS[0]


def test_unknown_contact_is_ignored():
    model = MessageBuilderModel(CONFIG, None)
    model.pick_contact("nobody")
    assert model.phase == "contact" and model.state["contact"] is None


def test_a_single_contact_skips_the_choice():
    data = copy.deepcopy(CONFIG.model_dump())
    data["contacts"] = data["contacts"][:1]
    model = MessageBuilderModel(MessageBuilderConfig.model_validate(data), None)
    assert model.phase == "build" and model.state["contact"] == data["contacts"][0]["id"]
    model.change_contact()
    assert model.phase == "build"


def test_choosing_moves_on_to_the_next_empty_part():
    model = MessageBuilderModel(CONFIG, None)
    model.pick_contact(model.contacts()[0].id)
    model.choose(options_of(model, PARTS[0])[0])
    assert model.state["current"] == PARTS[1]
    model.go_to(PARTS[3])
    model.choose(options_of(model, PARTS[3])[0])
    assert model.state["current"] == PARTS[4]
    model.choose(options_of(model, PARTS[4])[0])
    assert model.state["current"] == PARTS[1]  # wraps round to the first part still empty
    assert model.position == (2, len(PARTS))


def test_an_option_of_another_part_is_ignored():
    model = MessageBuilderModel(CONFIG, None)
    model.pick_contact(model.contacts()[0].id)
    model.choose(options_of(model, PARTS[1])[0])
    assert model.state["parts"] == {} and model.state["current"] == PARTS[0]


def test_any_part_can_be_changed_and_focus_stays_when_all_are_chosen():
    model = build("it", worst)
    assert model.ready
    model.go_to("ask")
    model.choose("ask-advice")
    assert model.state["current"] == "ask"
    assert model.chosen("ask").id == "ask-advice"


def test_changing_the_contact_keeps_the_message():
    model = build("it", best)
    parts = dict(model.state["parts"])
    model.change_contact()
    assert model.phase == "contact"
    other = model.contacts()[-1].id
    model.pick_contact(other)
    assert model.phase == "build" and model.state["parts"] == parts
    assert model.state["contact"] == other


def test_send_only_when_every_part_is_chosen():
    model = MessageBuilderModel(CONFIG, None)
    model.pick_contact(model.contacts()[0].id)
    for part_id in PARTS[:-1]:
        model.choose(options_of(model, part_id)[0])
        model.send()
        assert not model.is_complete()
    model.choose(options_of(model, PARTS[-1])[0])
    sent(model)
    assert model.phase == "sent"


def test_after_sending_nothing_changes_until_edit():
    model = sent(build(None, best))
    before = model.snapshot()
    model.go_to("ask")
    model.choose("ask-job")
    model.change_contact()
    model.pick_contact(model.contacts()[-1].id)
    assert model.snapshot() == before
    model.edit()
    assert model.phase == "build" and not model.is_complete()


# -- content for fields ---------------------------------------------------------------------


def test_entrepreneurs_get_their_own_news_option():
    assert "news-business" in options_of(MessageBuilderModel(CONFIG, "business"), "news")
    for field_id in ("it", "health", None):
        assert "news-business" not in options_of(MessageBuilderModel(CONFIG, field_id), "news")


@pytest.mark.parametrize("field_id", FIELDS)
def test_every_part_has_three_or_four_options_and_a_best_one(field_id):
    model = MessageBuilderModel(CONFIG, field_id)
    for part_id in PARTS:
        options = model.options(part_id)
        assert 3 <= len(options) <= 4
        assert max(o.quality for o in options) == MAX_QUALITY


# -- scores, landings, reasons, choices -----------------------------------------------------


def test_weights_add_up_to_100():
    assert sum(p.weight for p in CONFIG.parts) == 100


@pytest.mark.parametrize("field_id", FIELDS)
def test_best_message_scores_the_maximum_and_lands_warmly(field_id):
    model = sent(build(field_id, best))
    result = model.result()
    assert result.score == scaled(extreme_points(field_id, max), 100) == 100
    assert result.choices["landing"] == "warm"
    assert all(r.earned for r in result.reasons)


@pytest.mark.parametrize("field_id", FIELDS)
def test_worst_message_scores_the_minimum_and_gets_no_reply_yet(field_id):
    model = sent(build(field_id, worst))
    result = model.result()
    assert result.score == scaled(extreme_points(field_id, min), 100) == 0
    assert result.choices["landing"] == "no-reply-yet"
    assert not any(r.earned for r in result.reasons)
    landing = model.landing()
    assert landing.follow_up is not None  # silence comes with one friendly follow-up


def test_asking_straight_for_a_job_spoils_a_warm_reply():
    model = build(None, best)
    model.go_to("ask")
    model.choose("ask-job")
    sent(model)
    weight = next(p.weight for p in CONFIG.parts if p.id == "ask")
    assert model.result().score == 100 - weight
    assert model.landing().id == "polite"


def test_a_half_good_part_earns_half_its_weight():
    model = build(None, best)
    model.go_to("offer")
    model.choose("offer-general")
    weight = next(p.weight for p in CONFIG.parts if p.id == "offer")
    result = sent(model).result()
    assert result.score == 100 - weight // 2
    offer = next(r for r in result.reasons if "Offer to help" in r.text["en"])
    assert not offer.earned and offer.points == weight // 2


def test_reasons_one_per_part_heaviest_first_without_naming_the_person():
    model = sent(build(None, worst, contact="exchange"))
    result = model.result()
    assert len(result.reasons) == len(PARTS)
    names = [
        next(p for p in CONFIG.parts if r.text["en"].startswith(p.name["en"] + ":"))
        for r in result.reasons
    ]
    assert [p.weight for p in names] == sorted((p.weight for p in CONFIG.parts), reverse=True)
    for reason in result.reasons:
        # a reason is kept with the profile: it never names the person written to
        assert reason.params == {}
        for words in reason.text.values():
            assert "T." not in words
            words.format()  # no placeholder is left to fill
    assert sum(r.points for r in result.reasons) == result.score


def test_choices_name_contact_parts_and_landing():
    model = sent(build("health", best, contact="online-course"))
    choices = model.result().choices
    assert choices["contact"] == "online-course"
    assert set(choices["parts"]) == set(PARTS)
    assert choices["landing"] == model.landing().id
    assert all(isinstance(v, str) for v in choices["parts"].values())


def test_landings_follow_the_score_thresholds():
    thresholds = sorted(CONFIG.landings, key=lambda landing: landing.min_score)
    model = build(None, best)
    for score in range(101):
        model.score = lambda s=score: s  # the landing rule alone, for every score
        expected = [lnd for lnd in thresholds if lnd.min_score <= score][-1]
        assert model.landing().id == expected.id


# -- properties -----------------------------------------------------------------------------

ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["pick", "change", "go", "choose", "send", "edit"]),
        st.integers(0, 40),
    ),
    max_size=40,
)


def run(field_id: str | None, actions) -> MessageBuilderModel:
    model = MessageBuilderModel(CONFIG, field_id)
    all_options = [o.id for o in CONFIG.options]
    for action, index in actions:
        if action == "pick":
            contacts = [c.id for c in CONFIG.contacts] + ["nobody"]
            model.pick_contact(contacts[index % len(contacts)])
        elif action == "change":
            model.change_contact()
        elif action == "go":
            model.go_to(PARTS[index % len(PARTS)])
        elif action == "choose":
            model.choose(all_options[index % len(all_options)])
        elif action == "send":
            model.send()
        else:
            model.edit()
    return model


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(FIELDS), ACTIONS)
def test_any_play_keeps_a_valid_state_and_a_score_in_range(field_id, actions):
    model = run(field_id, actions)
    model.check_state(model.snapshot())
    result = model.result()
    assert 0 <= result.score <= 100
    assert scaled(extreme_points(field_id, min), 100) <= result.score
    assert result.score <= scaled(extreme_points(field_id, max), 100)
    assert all(r.points >= 0 for r in result.reasons)
    copy_model = MessageBuilderModel(CONFIG, field_id)
    copy_model.restore(model.snapshot())
    assert copy_model.result() == result


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(FIELDS), ACTIONS)
def test_the_same_play_gives_the_same_outcome(field_id, actions):
    assert run(field_id, actions).result() == run(field_id, actions).result()


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(FIELDS), st.lists(st.integers(0, 3), min_size=len(PARTS), max_size=len(PARTS))
)
def test_every_message_scores_its_weighted_quality(field_id, picks):
    model = MessageBuilderModel(CONFIG, field_id)
    model.pick_contact(model.contacts()[0].id)
    expected = 0.0
    for part, pick in zip(CONFIG.parts, picks, strict=True):
        options = model.options(part.id)
        option = options[pick % len(options)]
        model.go_to(part.id)
        model.choose(option.id)
        expected += part.weight * option.quality / MAX_QUALITY
    result = sent(model).result()
    assert result.score == scaled(expected, 100)
    assert result.choices["landing"] == model.landing().id


@pytest.mark.parametrize("field_id", FIELDS)
def test_every_option_and_contact_can_be_chosen(field_id):
    model = MessageBuilderModel(CONFIG, field_id)
    for contact in model.contacts():
        model.change_contact()
        model.pick_contact(contact.id)
        assert model.result().choices["contact"] == contact.id
    for part_id in PARTS:
        for option_id in options_of(model, part_id):
            model.go_to(part_id)
            model.choose(option_id)
            assert model.result().choices["parts"][part_id] == option_id


# -- saves ----------------------------------------------------------------------------------


def test_snapshot_round_trip():
    model = build("business", best)
    model.go_to("ask")
    saved = model.snapshot()
    other = MessageBuilderModel(CONFIG, "business")
    other.restore(saved)
    assert other.state == model.state and other.phase == "build"
    saved["parts"]["ask"] = "changed"  # the restored model keeps its own copy
    assert other.state["parts"]["ask"] != "changed"


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda s: s.pop("sent"),
        lambda s: s.update(extra=1),
        lambda s: s.update(contact="nobody"),
        lambda s: s.update(current="postscript"),
        lambda s: s.update(picking="yes"),
        lambda s: s.update(parts=["ask-job"]),
        lambda s: s["parts"].update(ask="open-personal"),
        lambda s: s["parts"].update(news="news-business"),  # not offered to this field
        lambda s: s["parts"].update(ask=3),
        lambda s: s["parts"].pop("thanks"),  # sent, but no longer finished
    ],
)
def test_corrupt_snapshot_raises_value_error(corrupt):
    model = sent(build("it", best))
    saved = model.snapshot()
    corrupt(saved)
    fresh = MessageBuilderModel(CONFIG, "it")
    with pytest.raises(ValueError):
        fresh.restore(saved)
    assert fresh.phase == "contact"


def test_restore_rejects_what_is_not_a_table():
    with pytest.raises(ValueError):
        MessageBuilderModel(CONFIG, None).restore(["not", "a", "state"])


# -- level checks ---------------------------------------------------------------------------


def broken(change) -> str:
    data = copy.deepcopy(CONFIG.model_dump())
    change(data)
    with pytest.raises(ValidationError) as caught:
        MessageBuilderConfig.model_validate(data)
    return str(caught.value)


def test_weights_must_add_up_to_100():
    def change(d):
        d["parts"][0]["weight"] += 5

    assert "weights add up to 105" in broken(change)


def test_option_must_name_a_known_part():
    def change(d):
        d["options"][0]["part"] = "asks"

    assert "did you mean 'ask'" in broken(change)


def test_every_part_needs_a_best_option():
    def change(d):
        d["options"] = [
            o for o in d["options"] if not (o["part"] == "thanks" and o["quality"] == 2)
        ]
        d["options"].append({**d["options"][0], "id": "extra", "part": "thanks", "quality": 1})

    assert "no option of quality 2" in broken(change)


def test_a_field_variant_must_not_leave_a_part_too_full():
    def change(d):
        extra = {**next(o for o in d["options"] if o["part"] == "ask"), "fields": ["it"]}
        d["options"].append({**extra, "id": "ask-extra"})

    assert "for field 'it'" in broken(change)


def test_only_the_name_placeholder_is_allowed():
    def change(d):
        d["options"][0]["text"] = {"fi": "Hei {friend}!", "en": "Hi {friend}!"}

    assert "unknown placeholder {friend}" in broken(change)


def test_one_landing_must_start_at_zero():
    def change(d):
        d["landings"] = [lnd for lnd in d["landings"] if lnd["min_score"] != 0]

    assert "one must be 0" in broken(change)


def test_contact_initial_is_an_initial_only():
    def change(d):
        d["contacts"][0]["initial"] = "Riikka"

    assert "initial" in broken(change)


# -- the real view --------------------------------------------------------------------------


@pytest.fixture
def levels_with_step5() -> Path:
    """The bundled levels, with their translations: the game starts only with all seven."""
    return Path(bundled_levels_dir())


@pytest.mark.parametrize("window", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("language", ["fi", "en"])
def test_view_plays_through_with_keyboard_and_mouse(
    make_driver, levels_with_step5, language, window
):
    from steps_game.ui import text

    text.overflows.clear()
    driver = make_driver(levels=levels_with_step5, language=language, start_step=5, window=window)
    model = driver.scene.model
    assert isinstance(model, MessageBuilderModel)
    assert "contact:university" in driver.ids()
    driver.press(control_id="contact:exchange")
    assert model.phase == "build"
    assert not driver.control(control_id="send").enabled

    # The worst message first: silence, with the advice and a follow-up on screen.
    for part in CONFIG.parts:
        option = worst(model.options(part.id))
        driver.click(control_id=f"part:{part.id}")
        driver.press(control_id=f"option:{option.id}")
        assert model.chosen(part.id).id == option.id
    driver.press(control_id="send")
    assert model.phase == "sent" and model.landing().id == "no-reply-yet"
    tr = driver.scene.tr
    # the follow-up begins with the greeting, by the person's initial
    follow_up = f"{tr.pick(model.greeting())} {tr.pick(model.landing().follow_up, name='T.')}"
    assert "T." in follow_up and follow_up in driver.texts()
    assert driver.ring.focused.id == "done"

    # Then back to change every part to its best option, and send again.
    driver.click(control_id="edit")
    driver.click(control_id="yes")  # (asked first: the reply goes until it is sent again)
    assert model.phase == "build"
    for part in CONFIG.parts:
        if driver.ring.by_id("edit-parts") is not None:  # read whole (stacked): its parts
            driver.click(control_id="edit-parts")
        driver.click(control_id=f"part:{part.id}")
        driver.click(control_id=f"option:{best(model.options(part.id)).id}")
    # the letter keeps the last part chosen in view: Page Up scrolls it up to its top (the
    # room of the keys line stays after the clicks, so the letter may scroll)
    for _ in range(6):
        driver.key(pygame.K_PAGEUP)
    driver.settle()
    shown = "\n".join(driver.texts())
    assert "Hei T.!" in shown or "Hi T.," in shown  # the letter greets the person by name
    assert "{name}" not in shown
    driver.press(control_id="send")
    assert model.landing().id == "warm"
    driver.frames(2)
    assert text.overflows == []
    driver.press(control_id="done")
    outcome = driver.app.session.outcomes()[-1]
    assert outcome.score == 100 and outcome.choices["contact"] == "exchange"


@pytest.mark.parametrize(("pick", "answered"), [(best, True), (worst, False)])
def test_the_thread_says_whether_the_message_was_answered(pick, answered):
    """The plan thanks for a reply and follows up only a message still unanswered (the plan
    asked whether R. had read the message R. had answered)."""
    model = sent(build(None, pick))
    notebook = Notebook()
    notebook.write("message", {"person": f"stock:{model.contacts()[0].id}",
                               "parts": model.result().choices["parts"],
                               "landing": model.landing().id})  # fmt: skip
    message = MessageBuilderModel(CONFIG, None).resolve(notebook)["message"]
    assert message.answered is answered
