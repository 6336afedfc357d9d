"""The plan drawn from the thread: who is proposed first and why, the player's own choice, and
the plan in words with and without the player's own words."""

from __future__ import annotations

from steps_game.content import load_content
from steps_game.finnish_beside import finnish_words
from steps_game.i18n import Translator
from steps_game.notebook import Notebook
from steps_game.paths import bundled_levels_dir
from steps_game.plan import SECTIONS, Plan, build_plan, person_name, plan_sections, propose
from steps_game.tasks.base import (
    Chosen,
    FirstStepThread,
    GoalThread,
    MessageThread,
    Person,
    Thread,
)

CONTENT = load_content(bundled_levels_dir())
ACTIONS = CONTENT.profile.plan.person_actions
EN = Translator("en")


def person(ref: str, *, words: str = "", weak: bool = True, closeness: int = 2) -> Person:
    return Person(ref=ref, role={"en": ref.split(":")[1], "fi": "x"}, words=words, weak=weak,
                  closeness=closeness)  # fmt: skip


def goal(who: str) -> GoalThread:
    text = Chosen("x", {"en": "x"})
    return GoalThread(text, text, Chosen(who, {"en": who}), text, {"en": "goal"})


def test_the_proposal_starts_with_the_message_then_the_goal_s_person_then_own_words():
    close = person("map:sibling", weak=False, closeness=0)
    colleague = person("map:former-colleague")
    named = person("map:own-1", words="R.K.")
    written = person("map:neighbour")
    speaker = Person(ref="event:speaker", role={"en": "The speaker"}, weak=True)
    thread = Thread(
        goal=goal("former-colleague"),
        people=(close, colleague, named, written),
        new_contacts=(speaker,),
        message=MessageThread(written),
    )
    picks = propose(thread, ACTIONS)
    assert [p.person.ref for p in picks] == ["map:neighbour", "map:former-colleague", "map:own-1"]
    assert [p.week for p in picks] == [1, 2, 3]
    assert picks[0].action.id == "follow-up"  # the one written to: follow the message up
    assert picks[1].action.id == "ask-advice"  # met now and then or rarely
    # without a message or a goal: own words first, then the event, and close people last
    picks = propose(Thread(people=(close, named), new_contacts=(speaker,)), ACTIONS)
    assert [p.person.ref for p in picks] == ["map:own-1", "event:speaker", "map:sibling"]
    assert picks[1].action.id == "after-event" and picks[2].action.id == "tell-goal"
    answered = Thread(people=(close, written), message=MessageThread(written, answered=True))
    picks = propose(answered, ACTIONS)  # a reply came: thank for it, first still
    assert picks[0].person.ref == "map:neighbour" and picks[0].action.id == "thank-reply"


def test_the_player_s_choice_replaces_the_proposal_and_people_gone_are_left_out():
    notebook = Notebook()
    notebook.write(
        "people",
        {
            "people": [
                {"id": "neighbour", "token": "neighbour", "ring": "distant", "sector": "friends"},
                {"id": "own-1", "words": "R.K.", "ring": "distant", "sector": "work"},
            ]
        },
    )
    plan = build_plan(CONTENT, notebook, "it")
    assert not plan.picked and [p.person.ref for p in plan.people] == ["map:own-1", "map:neighbour"]
    notebook.write(
        "plan",
        {
            "picks": [
                {"person": "map:neighbour", "action": "coffee", "week": 3},
                {"person": "map:gone", "action": "coffee", "week": 1},
            ]
        },
    )
    plan = build_plan(CONTENT, notebook, "it")
    assert plan.picked
    assert [(p.person.ref, p.action.id, p.week) for p in plan.people] == [
        ("map:neighbour", "coffee", 3)
    ]
    lines = plan_sections(EN, plan, with_words=True)["people"]
    assert lines == ["Week 3: A neighbour – Invite them for coffee or a video call"]


def test_the_player_s_words_are_in_the_plan_only_with_words():
    added = Person(ref="map:own-1", words="R.K., Kone")
    card = Person(ref="map:x", role={"en": "A former colleague"}, words="Anna")
    assert person_name(EN, added, with_words=True) == "R.K., Kone"
    assert person_name(EN, added, with_words=False) == "Someone I added to my map"
    assert person_name(EN, card, with_words=True) == "Anna (A former colleague)"
    assert person_name(EN, card, with_words=False) == "A former colleague"


def test_an_empty_plan_says_which_step_adds_to_each_part():
    plan = build_plan(CONTENT, Notebook(), None)
    assert plan.empty
    sections = plan_sections(EN, plan, with_words=True)
    assert list(sections) == list(SECTIONS)
    assert all(len(lines) == 1 and "Step" in lines[0] for lines in sections.values())


def test_a_chosen_key_term_carries_its_finnish_word_only_where_the_player_wants_it():
    """The player takes the plan to the employment services: a chosen thing that names a
    glossary term says its Finnish word in brackets ("Ask about a work trial (työkokeilu)"),
    with the setting on and the plan in another language; never twice, never in Finnish."""
    trial = Chosen(
        "trial", {"en": "Ask about a work trial", "fi": "Kysy työkokeilusta"}, "tyokokeilu"
    )
    where = Chosen("services", {"en": "At the employment services", "fi": "Palveluissa"},
                   "tyollisyyspalvelut")  # fmt: skip
    plan = Plan(
        goal=None,
        first=FirstStepThread(action=trial, week=1, where=where),
        people=(),
        picked=False,
        candidates=(),
        weeks=((trial, 2),),
        upkeep=(),
    )
    glossary = CONTENT.glossary
    trial_fi, services_fi = glossary.finnish("tyokokeilu"), glossary.finnish("tyollisyyspalvelut")

    def lines(tr: Translator, shown: bool) -> str:
        word = finnish_words(glossary, tr.language, shown=shown)
        sections = plan_sections(tr, plan, with_words=True, finnish=word)
        return "\n".join(sections["first"] + sections["weeks"])

    said = lines(Translator("ar"), shown=True)
    assert said.count(f"({trial_fi})") == 2 and f"({services_fi})" in said
    assert trial_fi not in lines(Translator("ar"), shown=False)
    assert f"({trial_fi})" not in lines(Translator("fi"), shown=True)  # Finnish already


def test_the_goal_s_finnish_word_stands_beside_the_words_it_names():
    """In the goal's sentence the word follows the chosen action, not the deadline at the
    sentence's end ("... 20–30 دقيقة. مع: ... الموعد الأقصى: هذا الأسبوع. (infohaastattelu)")."""
    action = Chosen(
        "info-interview", {"en": "Ask for an informational interview"}, "infohaastattelu"
    )
    plain = Chosen("x", {"en": "x"})
    text = "Facts about my field: Ask for an informational interview. With: a colleague. By: soon."
    goal = GoalThread(plain, action, plain, plain, {"en": text})
    plan = Plan(goal=goal, first=None, people=(), picked=False, candidates=(), weeks=(), upkeep=())

    def finnish(term: str | None) -> str:
        return "infohaastattelu" if term == "infohaastattelu" else ""

    line = plan_sections(EN, plan, with_words=True, finnish=finnish)["goal"][0]
    assert line == (
        "Facts about my field: Ask for an informational interview (infohaastattelu). "
        "With: a colleague. By: soon."
    )
    # a sentence that does not hold the action's own words keeps the word at its end
    other = GoalThread(plain, action, plain, plain, {"en": "My own sentence."})
    plan = Plan(goal=other, first=None, people=(), picked=False, candidates=(), weeks=(), upkeep=())
    line = plan_sections(EN, plan, with_words=True, finnish=finnish)["goal"][0]
    assert line == "My own sentence. (infohaastattelu)"


def test_someone_named_in_the_player_s_words_is_whom_the_first_step_is_with():
    """Twenty-ninth run (Ukrainian, mouse): he chose "Someone in my field" and named the person
    in his own words, as the choice asked; the plan still said "With whom: Someone in my field",
    his words on a line of their own. Where the choice asks to be named and the words name it,
    the first step is with them; a file without the player's words keeps the role."""
    from steps_game.tasks.week_planner.first_step import FROM_GOAL

    plain = Chosen("x", {"en": "x"})
    who = Chosen("person-in-field", {"en": "Someone in my field"})
    words = "K., an energy engineer in Tampere"
    first = FirstStepThread(Chosen(FROM_GOAL, {"en": "Ask for an interview"}), 1)

    def first_lines(named: bool, with_words: bool) -> list[str]:
        goal = GoalThread(plain, plain, who, plain, {"en": "goal"}, words=words, named=named)
        plan = Plan(goal=goal, first=first, people=(), picked=False, candidates=(), weeks=(),
                    upkeep=())  # fmt: skip
        return plan_sections(EN, plan, with_words=with_words)["first"]

    assert EN("plan.first_who", who=words) in first_lines(named=True, with_words=True)
    role = EN("plan.first_who", who="Someone in my field")
    assert role in first_lines(named=True, with_words=False)  # (a file without the words)
    assert role in first_lines(named=False, with_words=True)  # words that name nobody asked


def test_a_goal_s_named_choice_is_handed_on_only_with_the_player_s_words():
    from steps_game.tasks.goal_cards.model import GoalCardsModel

    level = CONTENT.level(2)
    model = GoalCardsModel(level.task, "it")
    notebook = Notebook()
    goal = model.offered_goals()[0].id
    for words, named in (("", False), ("K.", True)):
        notebook.write(
            "goals",
            {
                "goals": [goal],
                "concrete": {"goal": goal, "action": model.offered("action")[0].id,
                             "who": "person-in-field", "when": "this-week"},
                "words": words,
            },
        )  # fmt: skip
        assert model.resolve(notebook)["goal"].named is named
