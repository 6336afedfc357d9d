"""The group version of each step (workshop mode): the room helps a model newcomer, so nothing
personal is asked.

`levels/profile.toml`'s `[newcomer]` says who she is (a first name, her field and a short story);
each level's `[workshop]` table may give the group version of its title, intro, tip and what to
keep doing (`title`, `intro`, `tip`, `keep_doing`) and of the texts of its `[task]` that speak to
the player about their own life, or as the player ("my goals") (`[workshop.task]`, the same keys
at the same places: `instruction`, `privacy_note`, `[workshop.task.first] instruction`,
`[workshop.task.messages] too_long`, `[workshop.task.feedback] breadth`, a list item's `label`,
`short`, `why` or `note` by its `id`, ...). The game shows them only in workshop mode (the task,
and the thread the later steps and the plan read, `thread.read_thread`), and the normal text where
a level gives none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic_core import PydanticCustomError

from steps_game.i18n import text_placeholders
from steps_game.schema import SOURCE_LANGUAGES, FieldRef, Id, Strict, Text, check_reference

if TYPE_CHECKING:
    from steps_game.level_models import Level


class Newcomer(Strict):
    """The model person a workshop's room helps: fictional, a first name only."""

    name: Text  # her first name as each language writes it
    field: FieldRef  # her field: the workshop plays with it, so the field's cards are hers
    story: Text  # who she is, in a few plain sentences, shown once as the workshop starts


class GroupItemTexts(Strict):
    """Group versions of the texts of one item of a [task] list, matched by its `id`: an example
    person of the player's own life (step 5's contacts, step 7's relationships) becomes hers, a
    closeness on her map (step 3's rings), a card's reason (step 2's people, actions and times,
    step 4's weekly hours, step 6's profile items), a message part's reason (step 5) and the news
    of her people (step 7) are said of her, so the feedback never speaks to one player."""

    id: Id
    # a card's own words, any of them replaceable so that no card says "my" or "your" of one
    # player: step 4's "Thank someone who has helped her", step 6's "Her education", step 7's
    # ways of keeping in touch said of Sara, step 6's "a participant in Sara's field"
    label: Text | None = None
    short: Text | None = None  # the same card in a few words, where room is short
    why: Text | None = None  # a card's reason beside it: step 2's goals, step 4's actions
    obstacle: Text | None = None  # step 4: what may get in the way of her first action
    role: Text | None = None
    story: Text | None = None
    context: Text | None = None
    hint: Text | None = None
    note: Text | None = None  # a card's reason: step 2's people, actions and times, step 4's hours
    reason: Text | None = None  # why a choice helps: step 5's message parts, step 6's profile
    explanation: Text | None = None  # why a step 1 statement is a myth or a fact, said of her
    fit_hint: Text | None = None  # step 2: what first step would fit a goal of hers
    reply: Text | None = None  # step 5: how her message landed ("Sara's message has no answer")
    advice: Text | None = None  # step 5: what she does next after a reply
    # a card's or a piece of news's words: step 1's offers ("Sara speaks languages ..."), step 7's
    # news that asks something of her
    text: Text | None = None
    missed: Text | None = None  # step 7: news she did not answer, in the feedback
    effect: Text | None = None  # step 7: what a way of keeping in touch did for her tie


class GroupMomentTexts(Strict):
    """Group versions of the option reasons of one moment of step 6's event, by the moment's and
    each option's `id` ("The speaker answers Sara by name")."""

    id: Id
    options: list[GroupItemTexts] | None = None


class GroupFromGoalTexts(Strict):
    """The group version of how step 4 names the step 2 goal's action in the weeks, by the step
    2 action it comes from (`action`, as `[[task.first.from_goal]]` names it): "An event in
    Sara's field"."""

    action: Id
    short: Text | None = None


class GroupFromGoalDefault(Strict):
    short: Text | None = None  # "Sara's first step"


class GroupFirstTexts(Strict):
    """Group versions of step 4's `[task.first]` texts."""

    instruction: Text | None = None
    why: Text | None = None
    done: Text | None = None  # the reason its points are earned: her first action
    from_goal: list[GroupFromGoalTexts] | None = None
    from_goal_default: GroupFromGoalDefault | None = None
    where: list[GroupItemTexts] | None = None  # "At home, at her computer"
    if_then: list[GroupItemTexts] | None = None  # "If Sara runs out of time, then she ..."


class GroupMessagesTexts(Strict):
    """Group versions of step 4's `[task.messages]`, said right after the room places an action
    ("This takes 2 h, but Sara has 1 h a week")."""

    placed: Text | None = None
    too_long: Text | None = None
    no_time: Text | None = None
    no_energy: Text | None = None
    pick_first: Text | None = None


class GroupFeedbackLine(Strict):
    """The group version of a feedback line that has its own source (step 3's): the text only,
    the source stays the line's."""

    text: Text


class GroupFeedbackTexts(Strict):
    """Group versions of `[task.feedback]` lines, by the key the task kind gives the line ("Your
    map has people from ..." said of her map). A line with a source (step 3's) is a table with its
    `text`; the others are a text."""

    # step 1
    sorted: Text | None = None
    offers: Text | None = None
    more_offers: Text | None = None
    # step 2
    focus_good: Text | None = None
    fit_good: Text | None = None
    unfinished: Text | None = None
    # step 3
    breadth: GroupFeedbackLine | None = None
    more_breadth: GroupFeedbackLine | None = None
    weak: GroupFeedbackLine | None = None
    more_weak: GroupFeedbackLine | None = None
    places: GroupFeedbackLine | None = None
    more_abroad: GroupFeedbackLine | None = None
    more_finland: GroupFeedbackLine | None = None
    count: GroupFeedbackLine | None = None
    more_count: GroupFeedbackLine | None = None
    own: GroupFeedbackLine | None = None
    # step 4 (spread and spread_more also step 7's)
    empty: Text | None = None
    ties_mixed: Text | None = None
    ties_only_old: Text | None = None
    ties_only_new: Text | None = None
    modes_mixed: Text | None = None
    modes_only_online: Text | None = None
    modes_only_face: Text | None = None
    spread: Text | None = None
    spread_more: Text | None = None
    budget_kept: Text | None = None
    budget_over: Text | None = None
    size_good: Text | None = None
    size_planned: Text | None = None
    size_few: Text | None = None
    # step 6
    profile: Text | None = None
    event: Text | None = None
    left_out: Text | None = None
    chosen_weak: Text | None = None
    # step 7
    warmth: Text | None = None
    warmth_full: Text | None = None
    warmth_more: Text | None = None
    no_cold: Text | None = None
    cold_more: Text | None = None
    news: Text | None = None


class GroupTaskTexts(Strict):
    """Group versions of `[task]` texts, by the key the task kind gives the normal text. A level
    gives only those its task kind has (the level check says so otherwise)."""

    instruction: Text | None = None
    privacy_note: Text | None = None
    sort_instruction: Text | None = None
    offer_instruction: Text | None = None
    pick_instruction: Text | None = None
    concrete_instruction: Text | None = None
    budget_instruction: Text | None = None
    plan_instruction: Text | None = None
    budget_text: Text | None = None
    energy_text: Text | None = None
    contact_instruction: Text | None = None
    build_instruction: Text | None = None
    sent_instruction: Text | None = None
    profile_instruction: Text | None = None
    event_instruction: Text | None = None
    moment_question: Text | None = None  # step 6: asked after each moment's scene
    map_context: Text | None = None
    finished_instruction: Text | None = None
    someone: Text | None = None  # step 7: a person the room added to her map
    own_warm: Text | None = None  # step 7: how many of those stayed warm, in the feedback
    first: GroupFirstTexts | None = None
    messages: GroupMessagesTexts | None = None  # step 4
    feedback: GroupFeedbackTexts | None = None
    rings: list[GroupItemTexts] | None = None
    who: list[GroupItemTexts] | None = None
    budgets: list[GroupItemTexts] | None = None
    profile_items: list[GroupItemTexts] | None = None
    moments: list[GroupMomentTexts] | None = None
    contacts: list[GroupItemTexts] | None = None
    offers: list[GroupItemTexts] | None = None
    relationships: list[GroupItemTexts] | None = None
    statements: list[GroupItemTexts] | None = None  # step 1
    goals: list[GroupItemTexts] | None = None  # step 2
    actions: list[GroupItemTexts] | None = None  # step 2's first actions, step 7's ways
    when: list[GroupItemTexts] | None = None  # step 2
    options: list[GroupItemTexts] | None = None  # step 5's message parts
    landings: list[GroupItemTexts] | None = None  # step 5's replies
    news: list[GroupItemTexts] | None = None  # step 7
    tokens: list[GroupItemTexts] | None = None  # step 3's people to place on her map


# what matches a group item to the task's: its `id`, or for step 4's `from_goal` the step 2
# action it comes from
KEYS = ("id", "action")


def _key(item: Any) -> str | None:
    return next((getattr(item, key) for key in KEYS if hasattr(item, key)), None)


def _given(texts: BaseModel) -> dict[str, Any]:
    return {name: getattr(texts, name) for name in texts.model_fields_set if name not in KEYS}


def _items_by_id(normal: Any, place: str, task: BaseModel) -> dict[str, BaseModel]:
    if not isinstance(normal, list) or not all(_key(item) is not None for item in normal):
        _no_such_text(place, task)
    return {_key(item): item for item in normal}


def check_against_task(texts: BaseModel, task: BaseModel, where: str = "workshop.task") -> None:
    """Raise unless every group text stands for a text the task has, with no placeholder the
    task does not fill (the task fills its normal text's placeholders only)."""
    for name, group in _given(texts).items():
        place = f"{where}.{name}"
        normal = getattr(task, name, None) if name in type(task).model_fields else None
        if isinstance(group, BaseModel):
            if not isinstance(normal, BaseModel):
                _no_such_text(place, task)
            check_against_task(group, normal, place)
            continue
        if isinstance(group, list):
            items = _items_by_id(normal, place, task)
            for one in group:
                check_reference(_key(one), items, f"{place} item")
                check_against_task(one, items[_key(one)], f"{place}.{_key(one)}")
            continue
        if group is None:
            continue
        if not isinstance(normal, Text):
            _no_such_text(place, task)
        for code in SOURCE_LANGUAGES:
            extra = text_placeholders(group[code]) - text_placeholders(normal[code])
            if extra:
                raise PydanticCustomError(
                    "group_placeholders",
                    "{place} in '{code}' has placeholders its task does not fill: {extra} "
                    "(expected only those of the normal text: {expected})",
                    {
                        "place": place,
                        "code": code,
                        "extra": ", ".join(sorted(f"{{{p}}}" for p in extra)),
                        "expected": ", ".join(
                            sorted(f"{{{p}}}" for p in text_placeholders(normal[code]))
                        )
                        or "none",
                    },
                )


def _no_such_text(place: str, task: BaseModel) -> None:
    raise PydanticCustomError(
        "group_text_unknown",
        "{place} has no text of this task to stand for (expected a key of the level's [task] "
        "that holds a text, such as {names})",
        {
            "place": place,
            "names": ", ".join(
                name for name in type(task).model_fields if isinstance(getattr(task, name), Text)
            ),
        },
    )


def _with_group(config: BaseModel, texts: BaseModel) -> BaseModel:
    update: dict[str, Any] = {}
    for name, group in _given(texts).items():
        if isinstance(group, BaseModel):
            update[name] = _with_group(getattr(config, name), group)
        elif isinstance(group, list):
            by_id = {_key(one): one for one in group}
            update[name] = [
                _with_group(item, by_id[_key(item)]) if _key(item) in by_id else item
                for item in getattr(config, name)
            ]
        elif group is not None:
            update[name] = group
    return config.model_copy(update=update) if update else config


def task_config(level: Level, workshop: bool) -> Any:
    """The level's task table as the task reads it: in workshop mode with the group texts put in
    place of the normal ones (the same Text objects, so a language read later reaches both)."""
    group = level.workshop.task
    if not workshop or group is None:
        return level.task
    return _with_group(level.task, group)


def title(level: Level, workshop: bool) -> Text:
    """The step's title: the group version in workshop mode when the level has one ("Mapping
    Sara's network" where the player's own says "my")."""
    if workshop and level.workshop.title is not None:
        return level.workshop.title
    return level.title


def intro(level: Level, workshop: bool) -> Text:
    """The step's intro: the group version in workshop mode when the level has one."""
    if workshop and level.workshop.intro is not None:
        return level.workshop.intro
    return level.intro


def tip(level: Level, workshop: bool) -> Text:
    """The step's tip: the group version in workshop mode when the level has one (a tip about
    the map or plan the room made is about hers)."""
    if workshop and level.workshop.tip is not None:
        return level.workshop.tip
    return level.tip


def keep_doing(level: Level, workshop: bool) -> Text:
    """What to keep doing after a full score: the group version in workshop mode when the level
    has one."""
    if workshop and level.workshop.keep_doing is not None:
        return level.workshop.keep_doing
    return level.keep_doing
