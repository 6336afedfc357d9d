"""Step 7's outcome: the score and its reasons from the weeks played, and what the step hands
on to the plan (whom to keep in touch with, how often). A part of KeepWarmModel, kept in a module
of its own. Pure: no pygame."""

from __future__ import annotations

from typing import Any

from steps_game.notebook import Notebook
from steps_game.outcome import Reason, scaled
from steps_game.tasks.base import Chosen, Person, TaskResult, UpkeepThread, fill_text
from steps_game.tasks.keep_warm.parts import Rhythm

NAME = "name"  # in news texts: the person in that place, by the player's words or role


class KeepWarmOutcome:
    """KeepWarmModel's result and resolve."""

    def result(self) -> TaskResult:
        cfg = self.config
        weights = cfg.weights
        records = self.records()
        final = self.warmth()
        ties = self.relationships
        count = len(ties)

        total = sum(final.values())
        goal = max(1, round(cfg.warmth_goal * count))  # (a whole number of warmth points)
        warmth_points = weights.warmth * min(1.0, total / goal)
        warm = sum(1 for value in final.values() if value > cfg.cold_at_most)
        cold_points = weights.no_cold * warm / count
        noticed = [news_id for record in records for news_id in record.noticed]
        news_total = len(self.news_items)
        news_points = weights.news * len(noticed) / news_total
        spread = sum(1 for record in records if len(record.contacted) >= cfg.spread_people)
        spread_points = weights.spread * spread / cfg.weeks

        fb = cfg.feedback
        reasons = [
            Reason(fb.warmth_full, round(warmth_points), True, {"total": total})
            if total >= goal
            else Reason(fb.warmth, round(warmth_points), True, {"total": total, "goal": goal}),
            Reason(fb.no_cold, round(cold_points), True, {"warm": warm, "total": count}),
            Reason(
                fb.news, round(news_points), True, {"noticed": len(noticed), "total": news_total}
            ),
            Reason(fb.spread, round(spread_points), True, {"spread": spread, "weeks": cfg.weeks}),
        ]
        if total < goal:
            reasons.append(Reason(fb.warmth_more, 0, False))
        if warm < count:
            reasons.append(Reason(fb.cold_more, 0, False, {"cold": count - warm}))
        own = [tie for tie in ties if tie.person is not None]
        # (all of them the player's own: the line above said it already, twentieth Arabic
        # play-test, r7/s_99-100)
        if own and cfg.own_warm is not None and len(own) < count:
            warm_own = sum(1 for tie in own if final[tie.id] > cfg.cold_at_most)
            # the player's own people, counted in the points above; said on their own
            reasons.append(Reason(cfg.own_warm, 0, True, {"warm": warm_own, "total": len(own)}))
        for item in sorted(self.news_items, key=lambda n: n.week):
            if item.id not in noticed:
                # named by role: a reason is kept with the profile, the player's words are not
                role = self.relationship(item.relationship).plain_role
                reasons.append(Reason(fill_text(item.missed, **{NAME: role}), 0, False))
        if spread < cfg.weeks:
            reasons.append(Reason(fb.spread_more, 0, False, {"people": cfg.spread_people}))

        return TaskResult(
            score=scaled(warmth_points + cold_points + news_points + spread_points, 100),
            reasons=tuple(reasons),
            choices={
                "rhythm": self.rhythm(),
                "final_warmth": final,
                "noticed_news": noticed,
            },
            pages={
                "upkeep": {
                    "people": [
                        {
                            "person": tie.person.ref if tie.person else f"stock:{tie.id}",
                            "contacts": sum(1 for action in rhythm if action),
                            "weeks": len(rhythm),
                        }
                        for tie, rhythm in zip(ties, self.rhythm().values(), strict=True)
                    ]
                }
            },
        )

    # -- what it hands on --------------------------------------------------------------------
    def rhythm_for(self, contacts: int, weeks: int) -> Rhythm:
        share = contacts / weeks if weeks else 0
        ordered = sorted(self.config.rhythms, key=lambda r: -r.min_share)
        return next(r for r in ordered if share >= r.min_share)

    def resolve(self, notebook: Notebook) -> dict[str, Any]:
        """Whom to keep in touch with from now on, and how often."""
        page = notebook.upkeep
        if page is None:
            return {}
        places = {place.id: place for place in self.config.relationships}
        found = []
        for entry in page.people:
            kind, _, key = entry.person.partition(":")
            if kind == "stock":
                place = places.get(key)
                person = (
                    Person(
                        ref=entry.person,
                        role=place.role,
                        in_finland=place.in_finland,
                        term=place.term,
                    )
                    if place
                    else None
                )
            else:
                person = self.thread.person(entry.person)
            if person is None:
                continue  # someone since taken off the map, or a place of an older level
            rhythm = self.rhythm_for(entry.contacts, entry.weeks)
            found.append(
                UpkeepThread(person, Chosen(rhythm.id, rhythm.label), entry.contacts, entry.weeks)
            )
        return {"upkeep": tuple(found)}
