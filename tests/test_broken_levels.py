"""A broken level folder given with --levels never stops the game: it shows the same lines as
`steps-game validate` on a plain screen and offers the bundled levels (a few kinds here; every
kind has its own line in test_content.py)."""

from __future__ import annotations

import shutil

import pygame
import pytest

from steps_game.cli import main
from steps_game.content import check_folder
from steps_game.paths import bundled_levels_dir
from steps_game.scenes.error import ContentErrorScene
from steps_game.scenes.field import FieldScene
from steps_game.scenes.title import TitleScene
from tests.test_content import BROKEN

SHOWN_KINDS = ("toml-syntax", "profile-emptied")


@pytest.mark.parametrize(
    "breakage",
    [pytest.param(case.values[0], id=case.id) for case in BROKEN if case.id in SHOWN_KINDS],
)
def test_a_broken_level_folder_shows_its_problems_and_offers_the_bundled_levels(
    make_driver, tmp_path, breakage, capsys
):
    folder = tmp_path / "levels"
    shutil.copytree(bundled_levels_dir(), folder)
    breakage(folder)
    assert main(["validate", "--all", str(folder)]) == 1  # the screen scrolls: every line
    lines = tuple(capsys.readouterr().out.splitlines())
    assert lines and check_folder(folder)[0] is None
    driver = make_driver(language="en", levels=folder)
    assert isinstance(driver.scene, ContentErrorScene)
    # the game reads only the languages it shows, so it may have fewer translation lines
    assert driver.scene.problems[0] == lines[0]
    assert set(driver.scene.problems) <= set(lines)
    assert any(lines[0] in text for text in driver.texts())
    driver.key(pygame.K_ESCAPE)  # does nothing surprising here
    assert isinstance(driver.scene, ContentErrorScene)
    driver.click(control_id="play-bundled")
    assert isinstance(driver.scene, TitleScene)
    driver.click(label="Start")
    assert isinstance(driver.scene, FieldScene)


def test_the_problems_screen_scrolls_to_every_line_and_never_says_and_n_more(make_driver):
    driver = make_driver(language="en")
    problems = tuple(f"02-goals.toml:{n}: goal 'g{n}', label: a problem" for n in range(1, 41))
    driver.app.push(ContentErrorScene(driver.app, problems, driver.app.pop))
    driver.frames()
    assert problems[0] in driver.texts()
    assert problems[-1] not in driver.texts()  # forty lines do not fit at once: it scrolls
    driver.key(pygame.K_END)
    assert problems[-1] in driver.texts()
    assert not [text for text in driver.texts() if "more" in text]
