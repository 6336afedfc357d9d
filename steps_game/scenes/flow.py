"""Which scene comes next in the run: one place that knows the order of screens."""

from __future__ import annotations


def scene_for_step(app, step: int):
    """The intro of `step`, or the profile once every step is done."""
    from steps_game.scenes.intro import IntroScene
    from steps_game.scenes.profile import ProfileScene

    if step > len(app.content.levels):
        return ProfileScene(app)
    return IntroScene(app, step)
