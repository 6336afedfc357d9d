"""The checks of step 7's level table that span its parts: places, news, actions and numbers.
Each problem is one ValueError a counsellor can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steps_game.schema import check_reference, unique_ids

if TYPE_CHECKING:
    from steps_game.tasks.keep_warm.model import KeepWarmConfig


def check_config(config: KeepWarmConfig) -> None:
    unique_ids(config.relationships, "relationship")
    unique_ids(config.rhythms, "rhythm")
    if not any(r.min_share == 0 for r in config.rhythms):
        raise ValueError("no rhythm has min_share = 0 (expected one for anyone)")
    if config.min_people > len(config.relationships):
        raise ValueError(
            f"min_people is {config.min_people} but there are {len(config.relationships)} "
            "relationships"
        )
    unique_ids(config.actions, "action")
    unique_ids(config.news, "news")
    if len(config.warmth_words) != config.warmth_max + 1:
        raise ValueError(
            f"warmth_words has {len(config.warmth_words)} words "
            f"(expected {config.warmth_max + 1}, one for each warmth from 0 to {config.warmth_max})"
        )
    for tie in config.relationships:
        if tie.start_warmth > config.warmth_max:
            raise ValueError(
                f"relationship {tie.id!r} starts at {tie.start_warmth} "
                f"(expected at most warmth_max {config.warmth_max})"
            )
    if not config.cold_at_most < config.warmth_goal <= config.warmth_max:
        raise ValueError(
            f"expected cold_at_most < warmth_goal <= warmth_max, got {config.cold_at_most}, "
            f"{config.warmth_goal}, {config.warmth_max}"
        )
    if config.spread_people > config.min_people:
        raise ValueError(
            f"spread_people is {config.spread_people} but min_people is {config.min_people} "
            "(expected spread_people <= min_people: a week must be able to reach them)"
        )
    for action in config.actions:
        if action.energy > config.energy_per_week:
            raise ValueError(
                f"action {action.id!r} costs {action.energy} energy "
                f"(expected at most energy_per_week {config.energy_per_week})"
            )
    if all(action.needs_news for action in config.actions):
        raise ValueError("every action needs news (expected some that fit any week)")
    tie_ids = [tie.id for tie in config.relationships]
    action_ids = [action.id for action in config.actions]
    for item in config.news:
        check_reference(item.relationship, tie_ids, "relationship")
        for fit in item.fits:
            check_reference(fit, action_ids, "action")
        if item.week > config.weeks:
            raise ValueError(
                f"news {item.id!r} is in week {item.week} (expected 1 to {config.weeks})"
            )
    for index, item in enumerate(config.news):
        for other in config.news[index + 1 :]:
            if (item.week, item.relationship) == (other.week, other.relationship) and (
                not item.fields or not other.fields or set(item.fields) & set(other.fields)
            ):
                raise ValueError(
                    f"news {item.id!r} and {other.id!r} are both for {item.relationship!r} "
                    f"in week {item.week} (expected one news per person per week)"
                )
    if not any(not item.fields for item in config.news):
        raise ValueError("every news item is for some fields only (expected one for everyone)")
    first_places = {tie.id for tie in config.relationships[: config.min_people]}
    if not any(not item.fields and item.relationship in first_places for item in config.news):
        raise ValueError(
            f"no news for everyone is about the first {config.min_people} relationships "
            "(expected one: with fewer people those are the places kept)"
        )
    for action in config.actions:
        if action.needs_news and not any(action.id in item.fits for item in config.news):
            raise ValueError(
                f"action {action.id!r} needs news but no news fits it "
                "(expected its id in some news item's fits)"
            )
