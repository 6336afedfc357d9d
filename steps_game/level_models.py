"""The shapes of the level files (pydantic models): what a profile, glossary and level hold.

Read by content.py only; everything else gets them as validated, typed objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from steps_game.group_profile import GroupProfileTexts, check_against_profile
from steps_game.group_texts import GroupTaskTexts, Newcomer, check_against_task
from steps_game.i18n import language_codes
from steps_game.schema import DimensionRef, Id, Strict, Text, check_reference, unique_ids
from steps_game.short_way import ShortWay, check_short_way
from steps_game.tasks.registry import TaskConfig
from steps_game.workshop_sets import playable

STEP_COUNT = 7


def _inside_folder(value: str, info: ValidationInfo) -> str:
    folder = (info.context or {}).get("folder")
    if folder is None:
        return value
    root = Path(folder).resolve()
    target = (root / value).resolve()
    if Path(value).is_absolute() or not target.is_relative_to(root):
        raise PydanticCustomError(
            "asset_outside",
            "'{path}' points outside the level folder (expected a path inside it, like "
            "'images/step1.png')",
            {"path": value},
        )
    if not target.is_file():
        raise PydanticCustomError(
            "asset_missing",
            "no file '{path}' in the level folder (expected an existing file)",
            {"path": value},
        )
    return value


AssetPath = Annotated[str, AfterValidator(_inside_folder)]


class Dimension(Strict):
    id: Id
    name: Text
    meaning: Text
    low: Text
    mid: Text
    high: Text
    next_step: Text


class FieldChoice(Strict):
    id: Id
    name: Text


class Bands(Strict):
    """Score limits for the band lines: up to low_max is "low", up to mid_max "mid", then "high"."""

    low_max: int = Field(default=33, ge=0, le=99)
    mid_max: int = Field(default=66, ge=1, le=99)

    @model_validator(mode="after")
    def _ordered(self) -> Bands:
        if self.mid_max <= self.low_max:
            raise ValueError(f"mid_max {self.mid_max} must be above low_max {self.low_max}")
        return self


class PersonAction(Strict):
    """One thing to do with someone the player puts first in the plan."""

    id: Id
    label: Text
    # for whom the plan proposes it: "message" (written to in step 5, no answer yet),
    # "answered" (written to and answered), "event" (a new contact of step 6), "weak" (met now
    # and then or rarely), "close"
    fits: list[Literal["message", "answered", "event", "weak", "close"]] = Field(
        default_factory=list
    )


class PlanContent(Strict):
    person_actions: list[PersonAction] = Field(min_length=1, max_length=10)

    def model_post_init(self, _context: Any) -> None:
        unique_ids(self.person_actions, "person action")


class ProfileContent(Strict):
    format: Literal[1] = 1
    intro: Text
    bands: Bands = Bands()
    dimensions: list[Dimension] = Field(min_length=STEP_COUNT, max_length=STEP_COUNT)
    fields: list[FieldChoice] = Field(min_length=1, max_length=12)
    plan: PlanContent
    # the model newcomer a workshop's room helps (group_texts.py); optional so that a level
    # folder's own older profile still loads
    newcomer: Newcomer | None = None
    # the group version of the texts a workshop shows (group_profile.py): the why pages'
    # meaning and next step, the plan's actions, said of the newcomer
    workshop: GroupProfileTexts = GroupProfileTexts()

    def model_post_init(self, _context: Any) -> None:
        unique_ids(self.dimensions, "dimension")
        unique_ids(self.fields, "field")
        if self.newcomer is not None:
            check_reference(self.newcomer.field, [f.id for f in self.fields], "field")
        check_against_profile(self)


class WorkshopOptions(Strict):
    """The optional `[workshop]` table: how the step runs in workshop mode (steps-game --workshop).
    `minutes` is what the facilitator's timer (F6) counts down from; it never ends anything."""

    minutes: int = Field(default=2, ge=1, le=30)
    # The group version (group_texts.py): the room helps the profile's newcomer. `title`, `intro`,
    # `tip` and `keep_doing` stand for the level's own, `task` for texts of its [task] at the same
    # keys.
    title: Text | None = None
    intro: Text | None = None
    tip: Text | None = None
    keep_doing: Text | None = None
    task: GroupTaskTexts | None = None
    # A question to talk about after the room's answer at one choice, by the choice's id (a
    # statement of step 1, a message part of step 5, a moment of step 6): shown with the reveal
    # in place of the step's discussion questions in turn, which need not fit that one choice
    # ("Did any of these beliefs surprise you?" after a single statement).
    talk: dict[Id, Text] | None = None


class Term(Strict):
    id: Id
    finnish: str = Field(min_length=1, max_length=60)  # shown as it is, in every language
    meaning: Text
    # A short sentence using the word, in Finnish only: the player sees the word at work.
    # Optional so that a level folder's own older glossary still loads.
    example: str | None = Field(default=None, min_length=1, max_length=120)


class GlossaryContent(Strict):
    """The networking words the game uses, in Finnish, with a plain meaning in each language."""

    format: Literal[1] = 1
    terms: list[Term] = Field(min_length=1, max_length=60)

    def model_post_init(self, _context: Any) -> None:
        unique_ids(self.terms, "term")

    def finnish(self, term_id: str) -> str | None:
        """The Finnish word of the term `term_id`, None when the glossary has no such term."""
        return next((term.finnish for term in self.terms if term.id == term_id), None)


class Level(Strict):
    format: Literal[1] = 1
    id: Id
    step: int = Field(ge=1, le=STEP_COUNT)
    dimension: DimensionRef
    title: Text
    intro: Text
    tip: Text
    # What to keep doing: said where "what would earn more" has nothing left to say
    keep_doing: Text
    image: AssetPath | None = None
    discussion: list[Text] = Field(min_length=2, max_length=3)
    workshop: WorkshopOptions = WorkshopOptions()
    # what the short way plays of the task, for a player who asks for fewer choices (short_way.py)
    short: ShortWay | None = None
    task: TaskConfig

    def model_post_init(self, _context: Any) -> None:
        if self.short is not None:
            check_short_way(self.short, self.task)
        if self.workshop.task is not None:
            check_against_task(self.workshop.task, self.task)
        for choice in self.workshop.talk or {}:  # the choices a room answers (played_list)
            check_reference(choice, playable(self.task), "choice to talk about (workshop.talk)")


@dataclass(frozen=True)
class GameContent:
    folder: Path
    profile: ProfileContent
    levels: tuple[Level, ...]  # in step order
    # The languages whose words are loaded: the game loads the one it shows (and the source
    # languages) at start and others when the player switches; `validate` and the tests load all.
    languages: list[str] = field(default_factory=lambda: list(language_codes()))
    glossary: GlossaryContent | None = None  # a level folder may come without one
    # where a text missing in a language is taken from (fallbacks.py; i18n.default_fallbacks)
    fallbacks: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def level(self, step: int) -> Level:
        return self.levels[step - 1]

    def dimension(self, dimension_id: str) -> Dimension:
        return next(d for d in self.profile.dimensions if d.id == dimension_id)

    def field_choice(self, field_id: str) -> FieldChoice | None:
        return next((f for f in self.profile.fields if f.id == field_id), None)
