"""The building blocks of step 7's level table: the places of the people kept warm, the upkeep
actions, the news, the rhythms, the weights and the feedback. Pure: no pygame."""

from __future__ import annotations

from pydantic import Field, model_validator

from steps_game.schema import FieldRef, Id, Strict, TermRef, Text


class Relationship(Strict):
    id: Id
    role: Text  # a role, never a name: "A former colleague in Finland"
    context: Text
    start_warmth: int = Field(ge=0, le=10)
    in_finland: bool = True  # an example abroad is not invited for coffee
    term: TermRef | None = None  # the glossary word the role names (its Finnish shown beside)


class Rhythm(Strict):
    """How often to keep in touch from now on, by the share of the played weeks a person was
    contacted in: the first rhythm whose `min_share` the share reaches."""

    id: Id
    min_share: float = Field(ge=0, le=1)
    label: Text  # "every two weeks"


class UpkeepAction(Strict):
    id: Id
    label: Text  # short: it is a button label
    energy: int = Field(ge=1, le=10)
    warmth: int = Field(ge=1, le=5)
    effect: Text  # why it works, shown when the action is chosen
    # Offered only to a person whose news this week it answers (congratulate, help as asked).
    needs_news: bool = False
    face: bool = False  # meeting face to face: not offered to someone living abroad


class News(Strict):
    id: Id
    week: int = Field(ge=1, le=20)  # counted from 1, as a person counts weeks
    relationship: Id
    text: Text
    fits: list[Id] = Field(min_length=1, max_length=6)  # actions that answer this news
    missed: Text  # what answering it would have meant; shown when it was not answered
    fields: list[FieldRef] = Field(default_factory=list)


class KeepWarmWeights(Strict):
    warmth: int = Field(ge=0, le=100)  # the ties' warmth together at the end
    no_cold: int = Field(ge=0, le=100)  # nobody left cold at the end
    news: int = Field(ge=0, le=100)  # noticing others' news and giving back
    spread: int = Field(ge=0, le=100)  # weeks where the energy went to several people

    @model_validator(mode="after")
    def _sum(self) -> KeepWarmWeights:
        total = self.warmth + self.no_cold + self.news + self.spread
        if total != 100:
            raise ValueError(f"warmth + no_cold + news + spread is {total} (expected 100)")
        return self


class KeepWarmFeedback(Strict):
    warmth: Text  # {total} {goal}: short of full points, and what would give them
    warmth_full: Text  # {total}: full points (never names a goal the total is above)
    warmth_more: Text
    no_cold: Text  # {warm} {total}
    cold_more: Text  # {cold}
    news: Text  # {noticed} {total}
    spread: Text  # {spread} {weeks}
    spread_more: Text  # {people}
