"""The audit's hands: they play each mini-task the way a careful player would, through the same
controls and keys a player uses, so the audit sees the boards as they fill up."""

from __future__ import annotations

from collections.abc import Iterator

import pygame

from steps_game.ui.intents import Act, Intent

PAGES_TRIED = 24  # more pages than any board has (step 3's column at 200 %: up to 20)
# Turns of a board's pages while looking for a control: a board stacked at large text (step 7's
# people with the chosen one's card) can have two dozen pages in a small box.
TURNS_TRIED = 2 * PAGES_TRIED + 2  # each of two page turners through all its pages


class Hands:
    def __init__(self, app) -> None:
        self.app = app

    @property
    def scene(self):
        return self.app.top

    @property
    def model(self):
        return self.scene.model

    def ids(self, prefix: str = "") -> list[str]:
        return [c.id for c in self.scene.ring.focusable if c.id.startswith(prefix)]

    def use(self, control_id: str) -> None:
        """Focus a control and press Enter on it, as a keyboard player does; on a board shown
        page by page, turn the pages to find it first."""
        # the turners are looked for anew after each turn: a board may change how it is paged
        # when its page changes (stacked when a page's words do not fit beside each other)
        for turn in range(TURNS_TRIED):
            if self.scene.ring.by_id(control_id) is not None:
                break
            turners = [c for c in self.ids("more-") if c != control_id]
            if not turners:
                break
            self.use(turners[(turn // PAGES_TRIED) % len(turners)])
        if not self.scene.ring.focus(control_id):
            raise LookupError(f"no control {control_id!r} on {type(self.scene).__name__}")
        self.app.dispatch(Intent(Act.CONFIRM))
        self.settle()

    def key(self, key: int) -> None:
        for kind in (pygame.KEYDOWN, pygame.KEYUP):
            pygame.event.post(pygame.event.Event(kind, key=key, mod=0, unicode="", scancode=0))
        self.settle()

    def settle(self) -> None:
        """Let the game take in what happened (and the events pygame_gui posts in reply),
        without drawing: the audit draws each screen it measures itself (audit.measure), and
        the frames in between were two thirds of its drawing."""
        app = self.app
        own = app.__dict__.get("draw")
        app.draw = _no_drawing
        try:
            app.step()
            app.step()
        finally:
            if own is None:
                del app.draw
            else:
                app.draw = own

    # -- the tasks: each yields after every action, for the audit to look ------------------
    def play(self, kind: str) -> Iterator[None]:
        yield from getattr(self, kind)()

    def myth_or_fact(self) -> Iterator[None]:
        for statement in self.model.config.statements:
            self.use("answer:fact" if statement.is_fact else "answer:myth")
            yield
            if self.model.is_complete():  # (statements alone: the last verdict is the end)
                return
            self.use("next")
            yield
        for _ in range(3):
            chosen = set(self.model.state["offers"])
            for _page in range(len(self.model.config.offers)):
                free = [i for i in self.ids("offer:") if i[6:] not in chosen]
                if free or "more" not in self.ids():
                    break
                self.use("more")  # larger words show fewer cards a page: turn to the next
            self.use(free[0])
            yield

    def goal_cards(self) -> Iterator[None]:
        self.use(self.ids("goal:")[0])
        yield
        self.use("to-concrete")
        yield
        for prefix in ("goal:", "action:", "who:", "when:"):
            found = self._find(prefix)  # (at large text the plan's parts stand on pages)
            if found is not None:
                self.use(found)
                yield

    def network_map(self) -> Iterator[None]:
        for _ in range(12):
            try:  # on the list's page (at large text the instruction may head the column)
                token = self._first("token:")
            except LookupError:
                return
            self.use(token)
            self.key(pygame.K_RETURN)
            yield

    def week_planner(self) -> Iterator[None]:
        self.use("start-planning")
        yield
        for index in range(self.model.config.weeks):  # (the short way's are fewer)
            self.use(self._unplanned_action(index + 1))
            self.use(f"week:{index + 1}")
            yield
        self.use("to-first")
        yield
        for slot in ("when", "where", "if_then"):
            self.use(self._first(f"{slot}:"))
            yield

    def _first(self, prefix: str) -> str:
        """The first control of a kind, turning a board's pages to find it (with large text a
        question may stand on a page of its own, its choices on the next)."""
        found = self._find(prefix)
        if found is None:
            raise LookupError(f"no control starting {prefix!r} on {type(self.scene).__name__}")
        return found

    def _find(self, prefix: str) -> str | None:
        """The first control of a kind on any page of the board (None when there is none)."""
        for _ in range(PAGES_TRIED):
            if self.ids(prefix):
                return self.ids(prefix)[0]
            turners = self.ids("more-")
            if not turners:
                break
            self.use(turners[0])
        return None

    def _unplanned_action(self, week: int) -> str:
        """An action card not yet in the weeks that fits `week`, turning the page of actions
        to find one (the field's actions come first, and may take more energy than is left)."""
        model = self.model
        for _ in range(20):
            for control_id in self.ids("action:"):
                action_id = control_id.partition(":")[2]
                if model.week_of(action_id) is None and model.refusal(action_id, week) is None:
                    return control_id
            self.use("more-actions")
        raise LookupError("no action left to plan")

    def message_builder(self) -> Iterator[None]:
        if self.ids("contact:"):
            self.use(self.ids("contact:")[0])
            yield
        parts = self.model.config.parts
        for part in parts:
            if len(parts) > 1:  # (a message of one part has no tab: its options are open)
                self.use(f"part:{part.id}")
            best = max(self.model.options(part.id), key=lambda option: option.quality)
            self.use(f"option:{best.id}")
            yield
        self.use("send")
        yield

    def profile_event(self) -> Iterator[None]:
        for _ in range(6):  # six items, from whichever page shows them
            free = [i for i in self.ids("item:") if not self.model.in_profile(i[5:])]
            for _page in range(TURNS_TRIED):  # the cards' pages, or the stacked board's
                turners = [i for i in ("more-cards", "more-board") if i in self.ids()]
                if free or not turners:
                    break
                self.use(turners[0])
                free = [i for i in self.ids("item:") if not self.model.in_profile(i[5:])]
            if free:
                self.use(free[0])
        yield
        self.use("to-event")
        yield
        for _ in range(40):  # each moment: find its options (a long story may page), answer, go on
            if self.model.is_complete() and "next" not in self.ids():
                break
            if self.ids("option:"):
                self.use(self.ids("option:")[0])
                yield
            elif "next" in self.ids():
                self.use("next")
            elif turners := [i for i in ("more-moment", "more-board") if i in self.ids()]:
                self.use(turners[0])  # (stacked, a moment's options follow its situation)
            else:
                break

    def keep_warm(self) -> Iterator[None]:
        model = self.model
        for _ in range(40):
            if model.is_complete():
                return
            warmth = model.warmth()
            for tie in sorted(model.relationships, key=lambda tie: warmth[tie.id]):
                light = [a.id for a in model.offered(tie.id) if a.energy == 1]
                if light and model.can_choose(tie.id, light[0]):
                    self.use(f"tie:{tie.id}")
                    self.use(f"action:{light[0]}")
            yield
            self.use("next-week")


def _no_drawing() -> None:
    """The frames of Hands.settle."""
