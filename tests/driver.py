"""Drive the real game with real pygame events, finding controls by label or id, never by pixels."""

from __future__ import annotations

import pygame

from steps_game.launch import create_app

MAX_TABS = 80
MAX_PAGES = 12  # (a stacked board at large text: step 5 has up to 8 pages in a workshop)
PAGE_TURNERS = ("more",)  # "More ... (1/2)" cards and buttons of boards shown page by page


class Driver:
    def __init__(self, app) -> None:
        self.app = app
        self.app.step()

    @classmethod
    def start(cls, **kwargs) -> Driver:
        return cls(create_app(**kwargs))

    def close(self) -> None:
        """Done with this game. pygame itself stays initialised for the next test: quitting it
        would also throw away every cached font and text image, and making them again was a
        large part of the suite's time."""
        self.app.quit()
        if pygame.display.get_init():  # a test may have run the game's own loop to its end
            pygame.time.set_timer(pygame.QUIT, 0)
            pygame.event.clear()

    # -- looking -------------------------------------------------------------------------
    @property
    def scene(self):
        return self.app.top

    @property
    def ring(self):
        return self.scene.ring

    def labels(self) -> list[str]:
        return [c.label for c in self.ring.focusable]

    def ids(self) -> list[str]:
        return [c.id for c in self.ring.focusable]

    def texts(self) -> list[str]:
        return [t.text for t in self.scene.ui.texts]

    def control(self, *, label: str | None = None, control_id: str | None = None):
        found = self.ring.by_label(label) if label is not None else self.ring.by_id(control_id)
        # on a board shown page by page, a player turns the pages to find it
        turners = [c.id for c in self.ring.focusable if c.id.startswith(PAGE_TURNERS)]
        for turner in turners:
            for _ in range(MAX_PAGES):
                if found is not None or control_id == turner or self.ring.by_id(turner) is None:
                    break
                self.turn_page(turner)
                found = (
                    self.ring.by_label(label) if label is not None else self.ring.by_id(control_id)
                )
        if found is None:
            wanted = label if label is not None else control_id
            raise LookupError(
                f"no control {wanted!r} on {type(self.scene).__name__}; there are {self.labels()}"
            )
        return found

    def turn_page(self, turner: str) -> None:
        """Turn a board's page as the player plays: with the keyboard (Tab to the "More" card
        and Enter, keys a recording keeps) or with the mouse."""
        if self.app.keyboard_mode:
            self.press(control_id=turner)
        else:
            self.click(control_id=turner)

    # -- acting with the keyboard ----------------------------------------------------------
    def key(self, key: int, mod: int = 0, unicode: str = "") -> None:
        pygame.event.post(
            pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=unicode, scancode=0)
        )
        pygame.event.post(
            pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=unicode, scancode=0)
        )
        self.settle()

    def settle(self) -> None:
        """Two passes of the loop: the events pygame_gui posts in reply to input arrive on the
        second. Only the second is drawn: it draws the same screen as the first would, or the
        one the replies lead to (drawing both was a third of the suite's time)."""
        app = self.app
        own = app.__dict__.get("draw")  # a test's own stand-in stays
        app.draw = _no_drawing
        try:
            app.step()
        finally:
            if own is None:
                del app.draw
            else:
                app.draw = own
        app.step()

    def tab_to(self, *, label: str | None = None, control_id: str | None = None) -> None:
        """Press Tab until the wanted control has the focus, as a keyboard user would."""
        target = self.control(label=label, control_id=control_id)
        for _ in range(MAX_TABS):
            focused = self.ring.focused
            if focused is not None and focused.id == target.id:
                return
            self.key(pygame.K_TAB)
            target = self.control(label=label, control_id=control_id)
        raise AssertionError(f"Tab never reached {label or control_id!r}; order: {self.labels()}")

    def press(self, *, label: str | None = None, control_id: str | None = None) -> None:
        self.tab_to(label=label, control_id=control_id)
        self.key(pygame.K_RETURN)

    # -- acting with the mouse -------------------------------------------------------------
    def click(self, *, label: str | None = None, control_id: str | None = None) -> None:
        target = self.control(label=label, control_id=control_id)
        x, y, _, _ = self.app.viewport.target
        scale = self.app.viewport.scale
        pos = (round(x + target.rect.centerx * scale), round(y + target.rect.centery * scale))
        pygame.event.post(
            pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))
        )
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
        self.settle()

    def pointer(self, kind: str, pos: tuple[int, int]) -> None:
        """A mouse press ("down"), release ("up") or move at a logical screen position."""
        x, y, _, _ = self.app.viewport.target
        scale = self.app.viewport.scale
        screen = (round(x + pos[0] * scale), round(y + pos[1] * scale))
        if kind == "move":
            event = pygame.event.Event(
                pygame.MOUSEMOTION, pos=screen, rel=(0, 0), buttons=(1, 0, 0)
            )
        else:
            kind = pygame.MOUSEBUTTONDOWN if kind == "down" else pygame.MOUSEBUTTONUP
            event = pygame.event.Event(kind, pos=screen, button=1)
        pygame.event.post(event)
        self.app.step()

    def find_id(self, prefix: str, wanted=lambda control_id: True) -> str:
        """The first control whose id starts with `prefix` (and is `wanted`), turning the pages
        of a board shown page by page as a player would."""
        for _ in range(MAX_PAGES + 1):
            found = [i for i in self.ids_starting(prefix) if wanted(i)]
            if found:
                return found[0]
            more = next((c for c in self.ring.focusable if c.id.startswith(PAGE_TURNERS)), None)
            if more is None:
                break
            self.turn_page(more.id)
        raise LookupError(f"no {prefix!r} on any page: {self.ids()}")

    def ids_starting(self, prefix: str) -> list[str]:
        return [control_id for control_id in self.ids() if control_id.startswith(prefix)]

    def frames(self, count: int = 3) -> None:
        for _ in range(count):
            self.app.step()


def _no_drawing() -> None:
    """Driver.settle's first pass."""
