"""A reasonable way through each mini-task, as calls to its model's own actions.

Each script gets the model and an `act(change)`: the task host's `act` when the real screen is
driven (so undo snapshots and rebuilds happen as they do for a player), or a plain call when only
a finished model is wanted. The scripts read nothing but the models' public methods, so that a
change in a view never breaks the benchmark.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Act = Callable[[Callable[[], None]], None]


def _call(change: Callable[[], None]) -> None:
    change()


def myth_or_fact(model: Any, act: Act) -> None:
    for _ in range(len(model.config.statements)):
        statement = model.current()
        if statement is None:
            break
        act(lambda s=statement: model.answer(s.is_fact))
        act(model.next)
    for offer in model.config.offers[: model.config.offer_pick]:
        act(lambda o=offer: model.toggle_offer(o.id))


def goal_cards(model: Any, act: Act) -> None:
    for goal in model.offered_goals()[:2]:
        act(lambda g=goal: model.toggle_goal(g.id))
    act(model.make_concrete)
    act(lambda: model.choose("goal", model.state["goals"][0]))
    for slot in ("action", "who", "when"):
        act(lambda s=slot: model.choose(s, model.offered(s)[0].id))


def network_map(model: Any, act: Act) -> None:
    rings, sectors = model.config.rings, model.config.sectors
    wanted = max(model.config.min_contacts, getattr(model.config, "count_target", 0))
    for index, token in enumerate(model.tokens[:wanted]):
        ring, sector = rings[index % len(rings)], sectors[index % len(sectors)]
        act(lambda t=token, r=ring, s=sector: model.place(t.id, r.id, s.id))


def week_planner(model: Any, act: Act) -> None:
    act(model.start_planning)
    weeks = list(model.weeks)
    for index, action in enumerate(model.offered()[: model.config.plan_min + 1]):
        week = weeks[index % len(weeks)]
        act(lambda a=action: model.select(a.id))
        act(lambda w=week: model.place(w))
        if model.state["selected"] is not None:  # refused (over the budget): let go of it
            act(lambda a=action: model.select(a.id))
    act(model.start_first)  # the first step: a when, a where and an if-then
    for slot in ("when", "where", "if_then"):
        option = model.config.first.options(slot)[0]
        act(lambda s=slot, o=option: model.choose_first(s, o.id))


def message_builder(model: Any, act: Act) -> None:
    act(lambda: model.pick_contact(model.contacts()[0].id))
    for part in model.config.parts:
        act(lambda p=part: model.go_to(p.id))
        best = max(model.options(part.id), key=lambda option: option.quality)
        act(lambda o=best: model.choose(o.id))
    act(model.send)


def profile_event(model: Any, act: Act) -> None:
    for card in model.cards:
        if card.points > 0:
            act(lambda c=card: model.toggle(c.id))
    act(model.go_to_event)
    for moment in model.moments:
        best = max(model.options(moment), key=lambda option: option.points)
        act(lambda o=best: model.answer(o.id))
        act(model.next)


def keep_warm(model: Any, act: Act) -> None:
    for _ in range(model.config.weeks):
        for tie in model.relationships:
            action = next(
                (a for a in model.offered(tie.id) if model.can_choose(tie.id, a.id)), None
            )
            if action is not None:
                act(lambda t=tie, a=action: model.choose(t.id, a.id))
        act(model.next_week)


SCRIPTS: dict[str, Callable[[Any, Act], None]] = {
    "myth_or_fact": myth_or_fact,
    "goal_cards": goal_cards,
    "network_map": network_map,
    "week_planner": week_planner,
    "message_builder": message_builder,
    "profile_event": profile_event,
    "keep_warm": keep_warm,
}


def solve(model: Any, act: Act = _call) -> None:
    """Play the model to completion; LookupError for a kind without a script, RuntimeError when
    the script did not complete the task (the level or the model changed)."""
    script = SCRIPTS.get(model.kind)
    if script is None:
        raise LookupError(f"no benchmark script for task kind {model.kind!r}")
    script(model, act)
    if not model.is_complete():
        raise RuntimeError(f"the benchmark script did not complete task kind {model.kind!r}")
