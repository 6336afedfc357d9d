"""Checking a saved goal cards state before it is played on: every goal, part and choice must
be one this level offers, and the player's words as the game keeps them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from steps_game.notebook import MAX_NOTE, clean_words

if TYPE_CHECKING:
    from steps_game.tasks.goal_cards.model import GoalCardsModel

PHASES = ("pick", "concrete")
SLOTS = ("goal", "action", "who", "when")  # the parts of the concrete goal, in order
OPTION_SLOTS = SLOTS[1:]  # the parts chosen from the level's lists of options


def check_saved_state(model: GoalCardsModel, state: dict[str, Any]) -> None:
    """Raise ValueError (or TypeError, KeyError) when `state` is not one `model`'s level could
    have saved."""
    offered = {g.id for g in model.offered_goals()}
    goals = state["goals"]
    if state["phase"] not in PHASES or state["slot"] not in SLOTS:
        raise ValueError("saved phase or slot is unknown")
    if state["noted"] is not None and state["noted"] not in SLOTS:
        raise ValueError("saved noted part is unknown")
    if (
        not isinstance(goals, list)
        or len(set(goals)) != len(goals)
        or not all(isinstance(g, str) and g in offered for g in goals)
        or len(goals) > model.config.most_goals
    ):
        raise ValueError("saved goals are not goals this level offers")
    if state["last"] is not None and state["last"] not in offered:
        raise ValueError("saved last goal is not offered")
    concrete = state["concrete"]
    if not isinstance(concrete, dict) or set(concrete) != set(SLOTS):
        raise ValueError("saved concrete goal has the wrong parts")
    if concrete["goal"] is not None and concrete["goal"] not in goals:
        raise ValueError("saved concrete goal is not one of the chosen goals")
    for slot in OPTION_SLOTS:
        value = concrete[slot]
        if value is not None and value not in {o.id for o in model.offered(slot)}:
            raise ValueError(f"saved {slot} is not an option this level offers")
    if state["phase"] == "concrete" and not goals:
        raise ValueError("saved state makes a goal concrete without any chosen goal")
    words = state["words"]
    if not isinstance(words, str) or clean_words(words, MAX_NOTE) != words:
        raise ValueError("saved own words are not as the game keeps them")
