"""Why step 4's plan earned its points, and what would have earned more. Pure: no pygame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steps_game.outcome import Reason

if TYPE_CHECKING:
    from steps_game.tasks.week_planner.model import WeekPlannerModel


def week_list(weeks: list[int]) -> list[int]:
    """Week numbers for a reason's text, which the translator writes as the language lists
    numbers ("3, 4"; "٣، ٤" in Persian)."""
    return list(weeks)


def plan_reasons(model: WeekPlannerModel, points: dict[str, float]) -> tuple[list, list]:
    """What earned points in the weeks, and what would have earned more."""
    cfg = model.config
    fb = cfg.feedback
    planned = model.planned()
    count = len(planned)
    reasons: list[Reason] = []
    missed: list[Reason] = []
    if count == 0:
        missed.append(Reason(fb.empty, 0, False))
        return reasons, missed
    ties = {a.tie for a in planned}
    if len(ties) == 2:
        reasons.append(Reason(fb.ties_mixed, round(points["ties"])))
    else:
        text = fb.ties_only_old if ties == {"old"} else fb.ties_only_new
        missed.append(Reason(text, 0, False))
    modes = {a.mode for a in planned}
    if len(modes) == 2:
        reasons.append(Reason(fb.modes_mixed, round(points["modes"])))
    else:
        text = fb.modes_only_online if modes == {"online"} else fb.modes_only_face
        missed.append(Reason(text, 0, False))
    empty = model.empty_weeks()
    used = cfg.weeks - len(empty)
    reasons.append(
        Reason(fb.spread, round(points["spread"]), True, {"used": used, "weeks": cfg.weeks})
    )
    if empty:
        missed.append(Reason(fb.spread_more, 0, False, {"empty": week_list(empty)}))
    over = model.over_weeks()
    if over:
        missed.append(Reason(fb.budget_over, 0, False, {"over": week_list(over)}))
    else:
        reasons.append(Reason(fb.budget_kept, round(points["budget"])))
    if count >= cfg.plan_min:
        reasons.append(Reason(fb.size_good, round(points["size"]), True, {"count": count}))
    else:
        reasons.append(Reason(fb.size_planned, round(points["size"]), True, {"count": count}))
        missed.append(Reason(fb.size_few, 0, False, {"min": cfg.plan_min}))
    return reasons, missed
