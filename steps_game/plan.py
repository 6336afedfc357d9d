"""The take-home networking plan, drawn from the whole thread of the seven steps.

In the order a person acts on it: the goal made concrete; the first step with its week, when,
where and one if-then plan; up to three people first, each with one action and a week (the player
picks them on the plan screen, the game proposes them from the map, the message and the event);
the weeks; and whom to keep in touch with from now on, and how often.

`build_plan` gathers it as data; `plan_sections` puts it into words in one language, with or
without the player's own words (files get them only when the player ticks that they may). Pure:
no pygame.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from steps_game import group_profile
from steps_game.content import GameContent, PersonAction
from steps_game.i18n import Translator
from steps_game.notebook import MAX_PICKS, Notebook
from steps_game.tasks.base import (
    Chosen,
    FirstStepThread,
    GoalThread,
    Person,
    Thread,
    UpkeepThread,
)
from steps_game.tasks.week_planner.first_step import FROM_GOAL
from steps_game.thread import read_thread

SECTIONS = ("goal", "first", "people", "weeks", "upkeep")
# the steps that add to each section (as its empty line says: "Step 2 adds the goal here")
SECTION_STEPS = {"goal": (2,), "first": (4,), "people": (3, 5, 6), "weeks": (4,), "upkeep": (7,)}


def sections_of(steps) -> tuple[str, ...]:
    """The sections a run of `steps` adds to (a workshop set's: the short set's plan said
    "Step 2 adds the goal here" of steps the room never played, ninth facilitator run)."""
    return tuple(name for name in SECTIONS if set(SECTION_STEPS[name]) & set(steps))


PICK_WEEKS = 4  # the weeks a person can be put in


@dataclass(frozen=True)
class PersonPick:
    person: Person
    action: Chosen
    week: int


@dataclass(frozen=True)
class Plan:
    goal: GoalThread | None
    first: FirstStepThread | None
    people: tuple[PersonPick, ...]
    picked: bool  # the player chose the people (else the game proposes them)
    candidates: tuple[Person, ...]  # everyone who could be put first
    weeks: tuple[tuple[Chosen, int], ...]
    upkeep: tuple[UpkeepThread, ...]

    @property
    def empty(self) -> bool:
        return not (self.goal or self.first or self.people or self.weeks or self.upkeep)


def candidates(thread: Thread) -> tuple[Person, ...]:
    """The people a plan can put first: the one written to, the map's, the event's; each once."""
    found: list[Person] = []
    message = thread.message.person if thread.message else None
    for person in [*([message] if message else []), *thread.people, *thread.new_contacts]:
        if all(person.ref != known.ref for known in found):
            found.append(person)
    return tuple(found)


def kind_of(person: Person, thread: Thread) -> str:
    """For which of a person action's `fits` someone is: message (written to in step 5, no
    answer yet), answered, event, weak or close."""
    if thread.message is not None and thread.message.person.ref == person.ref:
        return "answered" if thread.message.answered else "message"
    if person.origin == "event":
        return "event"
    return "weak" if person.weak else "close"


def proposed_action(person: Person, thread: Thread, actions: list[PersonAction]) -> PersonAction:
    kind = kind_of(person, thread)
    return next((a for a in actions if kind in a.fits), actions[0])


def propose(thread: Thread, actions: list[PersonAction]) -> tuple[PersonPick, ...]:
    """Up to three people to start with: the one written to, then the map's person the goal
    names (a step 2 "with whom" and a map card of the same id, like a former colleague), then
    people named in the player's own words (met now and then or rarely first), the event's new
    contacts, then the rest."""
    people = candidates(thread)
    goal_person = f"map:{thread.goal.who.id}" if thread.goal is not None else None

    def rank(person: Person) -> tuple:
        kind = kind_of(person, thread)
        return (
            kind not in ("message", "answered"),
            person.ref != goal_person,
            not person.words,
            kind == "close",
            kind != "event",
        )

    chosen = sorted(people, key=rank)[:MAX_PICKS]
    picks = []
    for week, person in enumerate(chosen, start=1):
        action = proposed_action(person, thread, actions)
        picks.append(PersonPick(person, Chosen(action.id, action.label), week))
    return tuple(picks)


def build_plan(
    content: GameContent,
    notebook: Notebook,
    field_id: str | None,
    *,
    workshop: bool = False,
    short: bool = False,
) -> Plan:
    """The plan from the whole thread; in a workshop read in the levels' group texts, so the
    room's plan names the model newcomer's people and cards, never "your field"; `short`: the
    run took the short way, each step read as it was played."""
    thread = read_thread(content, notebook, field_id, workshop=workshop, short=short)
    actions = group_profile.person_actions(content.profile, workshop)
    by_id = {a.id: a for a in actions}
    picks: list[PersonPick] = []
    page = notebook.plan
    if page is not None:
        for pick in page.picks:
            person = thread.person(pick.person)
            action = by_id.get(pick.action)
            if person is not None and action is not None:  # else gone from the map since
                picks.append(PersonPick(person, Chosen(action.id, action.label), pick.week))
    people = tuple(picks) if page is not None else propose(thread, actions)
    weeks = tuple(sorted(thread.week_actions, key=lambda item: item[1]))
    return Plan(
        goal=thread.goal,
        first=thread.first_step,
        people=people,
        picked=page is not None,
        candidates=candidates(thread),
        weeks=weeks,
        upkeep=thread.upkeep,
    )


def picks_page(picks: tuple[PersonPick, ...] | list[PersonPick]) -> dict:
    """The plan's page of the notebook for these people first."""
    return {
        "picks": [
            {"person": p.person.ref, "action": p.action.id, "week": p.week}
            for p in picks[:MAX_PICKS]
        ]
    }


# -- in words ---------------------------------------------------------------------------------


def person_name(tr: Translator, person: Person, *, with_words: bool) -> str:
    """Someone as the plan names them: the player's words with the role, or the role alone (the
    words left out of a file the player did not tick them for)."""
    role = tr.pick(person.role) if person.role else ""
    words = person.words if with_words else ""
    if words and role:
        return tr("plan.person_words", words=words, role=role)
    return words or role or tr("plan.someone_added")


def _pick(tr: Translator, text: Mapping[str, str] | None) -> str:
    return tr.pick(text) if text else ""


def plan_sections(
    tr: Translator,
    plan: Plan,
    *,
    with_words: bool,
    finnish: Callable[[str | None], str] | None = None,
) -> dict[str, list[str]]:
    """Each section's lines in `tr`'s language; a section with nothing yet says which step adds
    to it. `finnish` gives the Finnish word of a glossary term ("" for none): a chosen thing
    that names one carries it in brackets, so the player can say it at the employment services
    ("Ask for a work trial (työkokeilu)"); finnish_beside.finnish_word, or None for no words."""
    words = (lambda w: w) if with_words else (lambda _w: "")

    def named(chosen: Chosen, text: str | None = None) -> str:
        """`chosen`'s words (or `text` about it), with the Finnish word of its term: right
        after `chosen`'s own words when `text` holds them, so that in the goal's sentence
        the word stands beside the thing it names, not after the deadline."""
        label = tr.pick(chosen.label)
        said = label if text is None else text
        word = finnish(chosen.term) if finnish is not None else ""
        if not word or word in said:
            return said
        at = said.find(label) if label and text is not None else -1
        if at < 0:
            return f"{said} ({word})"
        at += len(label)
        return f"{said[:at]} ({word}){said[at:]}"

    sections: dict[str, list[str]] = {name: [] for name in SECTIONS}
    goal = plan.goal
    if goal is not None:
        term_of = goal.goal if goal.goal.term else goal.action
        sections["goal"].append(named(term_of, tr.pick(goal.text)))
        if words(goal.words):
            sections["goal"].append(tr("plan.in_my_words", words=goal.words))
        if goal.others:
            others = tr.join([tr.pick(g.label) for g in goal.others])
            sections["goal"].append(tr("plan.other_goals", goals=others))
    first = plan.first
    if first is not None:
        lines = sections["first"]
        lines.append(tr("plan.first_what", action=named(first.action), week=first.week))
        if goal is not None and first.action.id == FROM_GOAL:  # the step 2 goal: with whom,
            # in the player's words where the choice asked them to name someone
            who_words = words(goal.words) if goal.named else ""
            lines.append(tr("plan.first_who", who=who_words or tr.pick(goal.who.label)))
        if first.when is not None:
            lines.append(tr("plan.first_when", when=_pick(tr, first.when.label)))
        if first.where is not None:
            lines.append(tr("plan.first_where", where=named(first.where)))
        if first.if_then is not None:
            lines.append(_pick(tr, first.if_then.label))
        if words(first.words):
            lines.append(tr("plan.in_my_words", words=first.words))
    for pick in plan.people:
        sections["people"].append(
            tr(
                "plan.person_line",
                week=pick.week,
                person=person_name(tr, pick.person, with_words=with_words),
                action=tr.pick(pick.action.label),
            )
        )
    by_week: dict[int, list[str]] = {}
    for action, week in plan.weeks:
        by_week.setdefault(week, []).append(named(action))
    for week in sorted(by_week):
        sections["weeks"].append(tr("plan.week_line", week=week, actions=tr.join(by_week[week])))
    for item in plan.upkeep:
        sections["upkeep"].append(
            tr(
                "plan.upkeep_line",
                person=person_name(tr, item.person, with_words=with_words),
                every=tr.pick(item.every.label),
            )
        )
    for name, lines in sections.items():
        if not lines:
            lines.append(tr(f"plan.empty_{name}"))
    return sections
