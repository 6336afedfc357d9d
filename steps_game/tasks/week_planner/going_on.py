"""Step 4 from the weeks on to the first step (a part of the view, in a module of its own): what
the weeks still need, in the words of the step's feedback, and the question asked before going
on while they need it. At large text the weeks stand on pages: a player who saw weeks 1 and 2
went on with weeks 3 and 4 empty and week 1 over her time, and learnt both from the score
(nineteenth Arabic play-test, s4_92)."""

from __future__ import annotations

from steps_game.tasks.week_planner.first_step import FROM_GOAL
from steps_game.tasks.week_planner.reasons import week_list


class GoingOn:
    """WeekPlannerView's way on from the weeks."""

    def weeks_need(self) -> str:
        """The weeks over the time chosen, and the empty weeks ("" for neither)."""
        model, fb = self.model, self.model.config.feedback
        said = []
        over = model.over_weeks()
        if over:
            said.append(self.tr.pick(fb.budget_over, over=week_list(over)))
        empty = model.empty_weeks()
        if empty:
            said.append(self.tr.pick(fb.spread_more, empty=week_list(empty)))
        return " ".join(said)

    def cards_shown(self) -> list:
        """The actions as cards. While the weeks show their totals only (large text), the step
        2 goal's action first among them, saying its week: it stood in week 1 unseen, over the
        time chosen, and the question to move a step named one she could not find (twentieth
        Arabic play-test, s_67-94)."""
        model = self.model
        offered = model.offered()
        if getattr(self, "_compact", False) and model.week_of(FROM_GOAL) is not None:
            return [model.action(FROM_GOAL), *offered]
        return offered

    def _to_first(self) -> None:
        """On to the first step; while the weeks need something, asked first in the words the
        score would use, "Back to the weeks" focused. Not in a workshop, where the room sees
        all the weeks and the facilitator keeps the time."""
        need = self.weeks_need()
        if not need or self.host.app.workshop is not None:
            self.act(self.model.start_first)
            return
        from steps_game.scenes.confirm import ConfirmScene

        cancel_key, on_cancel = "task.week_planner.back_to_weeks", self.to_next_action
        too_long = self._too_long()
        if too_long is not None:
            # no week can hold it: "move a step, or more time" and "Back to the weeks" sent a
            # player looking for a move that could not mend it (thirty-ninth run, 12 keys)
            takes = self._t("duration", hours=self.hours(too_long.hours))
            need = self._t("too_long", action=self.tr.pick(too_long.short), duration=takes)
            cancel_key, on_cancel = "task.week_planner.more_time", self._more_time

        def go_on() -> None:
            self.host.app.pop()
            self.act(self.model.start_first)

        self.host.app.push(
            ConfirmScene(
                self.host.app,
                "",
                "task.week_planner.to_first",
                go_on,
                words=need,
                cancel_key=cancel_key,
                on_cancel=on_cancel,
            )
        )

    def _too_long(self):
        """A planned action longer than the whole weekly time chosen (the step 2 goal under "1
        h a week"), or None."""
        hours = self.model.budget().hours
        return next((action for action in self.model.planned() if action.hours > hours), None)

    def _more_time(self) -> None:
        """Back to the weekly times, on the least that holds the longest action planned."""
        model = self.model
        longest = max(action.hours for action in model.planned())
        fits = [b for b in model.config.budgets if b.hours >= longest]
        self.act(model.change_budget)
        if fits:
            self.host.ring.focus(f"budget:{min(fits, key=lambda b: b.hours).id}")

    def to_next_action(self) -> None:
        """The next action not yet in the plan, focused on its page (where the player fills
        the weeks: "Back to the weeks" left the focus on the way on, and Enter asked again)."""
        model = self.model
        offered = self.cards_shown()
        action = next((a for a in offered if model.week_of(a.id) is None), None)
        if action is None:
            return
        paged = self.plan_pages
        if paged.paged and model.state["selected"] is None:
            # (the cards come first on the pages while none is chosen: plan_pages.py)
            index = offered.index(action)
            page = next((i for i, shown in enumerate(paged.pages) if index in shown), None)
            if page is not None:
                paged.pager.page = page
                paged.now_keeping(getattr(self, "_plan_key", None))
                self.host.rebuild()
        else:
            self._show_page_of(action.id)
        self.host.ring.focus(f"action:{action.id}")
