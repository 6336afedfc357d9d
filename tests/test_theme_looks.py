"""A button's looks in both themes: the mouse over a main button must not make it look chosen.
The ninth facilitator run found "Full set" on the set picker turn the chosen buttons' dark navy
under the mouse: the room took it for the set already picked."""

from __future__ import annotations

import json

import pytest

from steps_game.paths import assets_dir
from tests.test_second_language_legible import contrast, luminance


def colour(code: str) -> tuple[int, int, int]:
    return tuple(int(code[at : at + 2], 16) for at in (1, 3, 5))


@pytest.mark.parametrize("theme", ["default", "workshop"])
def test_a_main_button_under_the_mouse_stands_apart_from_a_chosen_one(theme):
    with (assets_dir() / "themes" / f"{theme}.json").open(encoding="utf-8") as handle:
        looks = json.load(handle)
    main = looks["defaults"]["colours"]
    chosen = looks["#choice_on"]["colours"]["normal_bg"]
    normal, hovered = colour(main["normal_bg"]), colour(main["hovered_bg"])
    # the chosen look is darker than a main button; under the mouse it goes the other way
    assert luminance(colour(chosen)) < luminance(normal) < luminance(hovered)
    assert contrast(hovered, colour(chosen)) > 1.2
    assert contrast(hovered, colour(main["hovered_text"])) >= 4.5  # its words still read
