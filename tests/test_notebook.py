"""The player's notebook: what goes in comes out, old saves are migrated into it, and any text of
the player's is bounded and cleaned."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from steps_game.content import load_content
from steps_game.notebook import (
    KEPT_FORMAT,
    MAX_LABEL,
    MAX_NOTE,
    Notebook,
    clean_words,
    pages_from_choices,
)
from steps_game.paths import bundled_levels_dir
from steps_game.progress import PROGRESS_FILE, load_progress
from steps_game.storage import Storage
from steps_game.thread import read_thread
from steps_game.ui.line_editor import LineEditor, allowed_char

CONTENT = load_content(bundled_levels_dir())
LEVELS = [level.id for level in CONTENT.levels]

ids = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,15}", fullmatch=True)
refs = st.builds(lambda kind, key: f"{kind}:{key}", st.sampled_from(["map", "event", "stock"]), ids)
weeks = st.integers(min_value=1, max_value=12)
clean_label = st.text(max_size=80).map(lambda t: clean_words(t, MAX_LABEL))
clean_note = st.text(max_size=120).map(lambda t: clean_words(t, MAX_NOTE))

PAGES = st.fixed_dictionaries(
    {},
    optional={
        "goals": st.fixed_dictionaries(
            {
                "goals": st.lists(ids, max_size=5),
                "concrete": st.none()
                | st.fixed_dictionaries({"goal": ids, "action": ids, "who": ids, "when": ids}),
                "words": clean_note,
            }
        ),
        "people": st.fixed_dictionaries(
            {
                "people": st.lists(
                    st.fixed_dictionaries(
                        {
                            "id": ids,
                            "token": st.none() | ids,
                            "words": clean_label,
                            "ring": ids,
                            "sector": ids,
                            "in_finland": st.booleans(),
                        }
                    ),
                    max_size=8,
                )
            }
        ),
        "weeks": st.fixed_dictionaries(
            {
                "budget": st.none() | ids,
                "actions": st.lists(st.fixed_dictionaries({"action": ids, "week": weeks})),
                "first": st.none()
                | st.fixed_dictionaries(
                    {
                        "action": ids,
                        "week": weeks,
                        "when": st.none() | ids,
                        "where": st.none() | ids,
                        "if_then": st.none() | ids,
                        "words": clean_note,
                    }
                ),
            }
        ),
        "message": st.fixed_dictionaries(
            {
                "person": refs,
                "parts": st.dictionaries(ids, ids, max_size=5),
                "landing": st.none() | ids,
            }
        ),
        "event": st.fixed_dictionaries({"event": ids, "contacts": st.lists(ids, max_size=4)}),
        "upkeep": st.fixed_dictionaries(
            {
                "people": st.lists(
                    st.fixed_dictionaries(
                        {
                            "person": refs,
                            "contacts": st.integers(0, 20),
                            "weeks": st.integers(1, 20),
                        }
                    ),
                    max_size=6,
                )
            }
        ),
        "plan": st.fixed_dictionaries(
            {
                "picks": st.lists(
                    st.fixed_dictionaries({"person": refs, "action": ids, "week": weeks}),
                    max_size=3,
                )
            }
        ),
    },
)


@settings(max_examples=80, deadline=None)
@given(PAGES)
def test_what_goes_in_comes_out(pages):
    notebook = Notebook.from_dict(pages)
    assert notebook.to_dict() == dict(sorted(pages.items()))
    again = Notebook.from_dict(json.loads(json.dumps(notebook.to_dict())))
    assert again == notebook
    # without the player's words every words field is empty, and nothing else changes
    plain = notebook.to_dict(with_words=False)
    assert "words" not in json.dumps(plain).replace('"words": ""', "")
    assert Notebook.from_dict(plain).to_dict(with_words=False) == plain


@pytest.mark.parametrize(
    "pages",
    [
        {"diary": {}},
        {"goals": {"goals": [1]}},
        {"people": {"people": [{"id": "a"}]}},
        {"message": {"person": "neighbour"}},  # a person is named with what they are
        {"weeks": {"actions": [{"action": "a", "week": 99}]}},
        {"plan": {"picks": [{"person": "map:a", "action": "b", "week": 1}] * 4}},
        ["goals"],
    ],
)
def test_a_damaged_notebook_is_refused_with_value_error(pages):
    with pytest.raises(ValueError):
        Notebook.from_dict(pages)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=12_000), st.integers(min_value=1, max_value=80))
def test_any_text_comes_out_as_one_short_printable_line(text, limit):
    words = clean_words(text, limit)
    assert len(words) <= limit
    assert words == words.strip() and "  " not in words
    assert all(
        ch == " " or ch in KEPT_FORMAT or (ch.isprintable() and unicodedata.category(ch) != "Cf")
        for ch in words
    )
    assert clean_words(words, limit) == words  # cleaning is done once and for all


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=30), st.integers(min_value=1, max_value=60))
def test_typing_and_pasting_keep_a_field_bounded_and_clean(pieces, limit):
    editor = LineEditor(limit=limit)
    for piece in pieces:
        editor.insert(piece)
        editor.move(-1)
        assert len(editor.text) <= limit
        assert all(ch == " " or allowed_char(ch) for ch in editor.text)
        assert "\n" not in editor.text and "  " not in editor.text
    assert len(editor.value) <= limit


def test_a_ten_thousand_character_paste_is_cut_to_the_field():
    editor = LineEditor(limit=MAX_LABEL)
    taken = editor.insert(("R.K. 😀 مرحبا \u202eevil\x00 " * 1000)[:10_000])
    assert len(editor.text) == MAX_LABEL and taken == editor.text
    assert "\u202e" not in editor.text and "\x00" not in editor.text


def test_arabic_typed_letter_by_letter_stays_in_its_order():
    editor = LineEditor(limit=MAX_LABEL)
    for letter in "مرحبا كون":
        editor.insert(letter)
    assert editor.value == "مرحبا كون"
    editor.backspace()
    editor.compose("ن")  # the input method's letter in the making is not kept yet
    assert editor.value == "مرحبا كو" and editor.composition == "ن"
    editor.insert("ن")
    assert editor.value == "مرحبا كون" and editor.composition == ""


# -- saves of the first format ----------------------------------------------------------------

V1_OUTCOMES = {
    "2": {
        "step": 2,
        "level_id": "goals",
        "dimension": "direction",
        "score": 100,
        "reasons": [],
        "choices": {
            "goals": ["job", "mentor"],
            "concrete": {
                "goal": "job",
                "action": "ask-intro",
                "who": "classmate",
                "when": "two-weeks",
            },
        },
    },
    "3": {
        "step": 3,
        "level_id": "network-map",
        "dimension": "awareness",
        "score": 80,
        "reasons": [],
        "choices": {
            "contacts": [
                {"role": "neighbour", "ring": "distant", "sector": "friends", "in_finland": True},
                {
                    "role": "former-colleague",
                    "ring": "occasional",
                    "sector": "work",
                    "in_finland": False,
                },
            ],
            "empty_sectors": ["family"],
        },
    },
    "4": {
        "step": 4,
        "level_id": "plan",
        "dimension": "planning",
        "score": 70,
        "reasons": [],
        "choices": {"budget": "2h", "actions": [{"action": "thank-you", "week": 2}]},
    },
}


def test_a_version_1_save_is_migrated_and_its_run_keeps_everything(tmp_path):
    storage = Storage(tmp_path)
    save = {
        "version": 1,
        "levels": LEVELS,
        "field": "it",
        "outcomes": V1_OUTCOMES,
        "current_step": 5,
        "task_snapshot": {
            "step": 5,
            "state": {
                "contact": "university",
                "picking": False,
                "current": "ask",
                "parts": {"opening": "open-personal"},
                "sent": False,
            },
        },
    }
    (tmp_path / PROGRESS_FILE).write_text(json.dumps(save), encoding="utf-8")
    progress, kept = load_progress(storage, LEVELS)
    assert kept is None and progress is not None and progress.version == 2
    assert sorted(progress.outcomes) == ["2", "3", "4"] and progress.current_step == 5
    thread = read_thread(CONTENT, Notebook.from_dict(progress.notebook), "it")
    assert thread.goal.goal.id == "job" and thread.goal.who.id == "classmate"
    assert [p.ref for p in thread.people] == ["map:neighbour", "map:former-colleague"]
    assert thread.people[1].in_finland is False and thread.people[0].weak
    assert [(a.id, week) for a, week in thread.week_actions] == [("thank-you", 2)]
    # the step 5 message begun before the update goes on where it was
    from steps_game.tasks.message_builder.model import MessageBuilderModel

    model = MessageBuilderModel(CONTENT.level(5).task, "it", thread)
    model.restore(progress.task_snapshot["state"])
    assert model.state["parts"] == {"opening": "open-personal"}


def test_choices_that_do_not_look_as_the_game_wrote_them_add_no_page():
    odd = {"1": {"choices": {"concrete": "everything"}}, "2": {"choices": ["x"]}, "3": 5}
    assert pages_from_choices(odd) == {}
