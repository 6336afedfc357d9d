"""The scene stack: the screens on view, the top one taking the input; scenes under an overlay
stay drawn."""

from __future__ import annotations


class SceneStack:
    """The App's part that keeps the scenes. The App sets `scenes` and `running`, and has
    `announce_screen` (steps_game.self_voicing)."""

    @property
    def top(self):
        return self.scenes[-1] if self.scenes else None

    def push(self, scene) -> None:
        if self.scenes:
            self.scenes[-1].pause()
        self.scenes.append(scene)
        scene.enter()
        self.announce_screen()

    def pop(self) -> None:
        scene = self.scenes.pop()
        scene.exit()
        if self.scenes:
            self.scenes[-1].resume()
            self.announce_screen()
        else:
            self.running = False

    def replace(self, scene) -> None:
        old = self.scenes.pop() if self.scenes else None
        if old is not None:
            old.exit()
        self.scenes.append(scene)
        scene.enter()
        self.announce_screen()

    def reset_to(self, scene) -> None:
        """Drop every scene and start from `scene` (back to title)."""
        while self.scenes:
            self.scenes.pop().exit()
        self.scenes.append(scene)
        scene.enter()
        self.announce_screen()

    def open_pause(self) -> None:
        from steps_game.scenes.pause import PauseScene

        self.push(PauseScene(self))

    def _first_shown(self) -> int:
        """The index of the lowest scene on screen: the top one and those under its overlays."""
        first = len(self.scenes) - 1
        while first > 0 and self.scenes[first].overlay:
            first -= 1
        return max(first, 0)
