"""The group version of the profile's texts (workshop mode, issue 15): the room played for the
model newcomer, so the profile's "why this score" pages and the plan speak of her, never to one
player ("How clear your networking goals are", "Follow up on my message").

`levels/profile.toml`'s `[workshop]` table holds them the way a level's `[workshop.task]` does:
`[[workshop.dimensions]]` by the dimension's `id` (`meaning`, `next_step`) and
`[[workshop.plan.person_actions]]` by the action's `id` (`label`). The game shows them only in
workshop mode, and the profile's own text where the table gives none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel

from steps_game.schema import Id, Strict, Text, check_reference

if TYPE_CHECKING:
    from steps_game.level_models import Dimension, PersonAction, ProfileContent


class GroupDimensionTexts(Strict):
    """A dimension said of her: what it measures (the why page's first line) and her next step."""

    id: Id
    meaning: Text | None = None
    next_step: Text | None = None


class GroupPersonActionTexts(Strict):
    """What she does with someone she puts first in the plan ("Sara asks for advice")."""

    id: Id
    label: Text | None = None


class GroupPlanTexts(Strict):
    person_actions: list[GroupPersonActionTexts] | None = None


class GroupProfileTexts(Strict):
    """The profile's `[workshop]` table."""

    dimensions: list[GroupDimensionTexts] | None = None
    plan: GroupPlanTexts | None = None


def check_against_profile(profile: ProfileContent) -> None:
    """Raise unless every group text names a dimension or an action the profile has."""
    group = profile.workshop
    for texts in group.dimensions or []:
        check_reference(texts.id, [d.id for d in profile.dimensions], "dimension")
    actions = group.plan.person_actions if group.plan is not None else None
    for texts in actions or []:
        check_reference(texts.id, [a.id for a in profile.plan.person_actions], "person action")


def _with(item: BaseModel, group: list | None) -> BaseModel:
    """`item` with the group texts given for its `id` in place of its own."""
    texts = next((one for one in group or [] if one.id == item.id), None)
    if texts is None:
        return item
    given = {name: getattr(texts, name) for name in texts.model_fields_set if name != "id"}
    update = {name: text for name, text in given.items() if text is not None}
    return item.model_copy(update=update) if update else item


def dimension(profile: ProfileContent, dimension_id: str, workshop: bool) -> Dimension:
    """The dimension as its why page says it: in workshop mode with its group texts."""
    found = next(d for d in profile.dimensions if d.id == dimension_id)
    return _with(found, profile.workshop.dimensions) if workshop else found


def person_actions(profile: ProfileContent, workshop: bool) -> list[PersonAction]:
    """What the plan offers to do with each person first: in workshop mode said of her."""
    actions = profile.plan.person_actions
    group = profile.workshop.plan
    if not workshop or group is None:
        return actions
    return [_with(action, group.person_actions) for action in actions]
