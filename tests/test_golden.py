"""Golden images of the radar chart and the printable profile page (Linux fonts)."""

from __future__ import annotations

import datetime as dt
import sys

import pygame
import pytest

from steps_game.content import load_content
from steps_game.export import profile_document
from steps_game.outcome import Outcome, Reason
from steps_game.paths import bundled_levels_dir
from steps_game.printout import draw_page
from steps_game.ui import palette
from steps_game.ui.charts import draw_radar
from steps_game.ui.text import forget_fonts_at_quit, set_text_scale, set_writing
from tests.golden_images import absolute_difference, assert_matches_golden, different_share

# Font rasterising differs between systems; the references are made on Linux.
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="golden images are made on Linux")

CONTENT = load_content(bundled_levels_dir())
SCORES = [72, 45, 88, 30, 64, 51, 96]


@pytest.fixture(autouse=True)
def fonts():
    pygame.init()
    forget_fonts_at_quit()  # whoever starts pygame makes sure its fonts are forgotten at quit
    # the references are Latin script, left to right, normal size and colours, whatever ran before
    set_writing("latin", False)
    set_text_scale(1.0)
    palette.use(high_contrast=False)
    yield
    pygame.quit()


def radar_surface(language: str) -> pygame.Surface:
    surface = pygame.Surface((600, 520))
    surface.fill(palette.BACKGROUND)
    labels = [d.name[language] for d in CONTENT.profile.dimensions]
    draw_radar(surface, surface.get_rect(), SCORES, labels)
    return surface


def page_surface(language: str) -> pygame.Surface:
    outcomes = [
        Outcome(level.step, level.id, level.dimension, score, (Reason(level.tip, 5),), {})
        for level, score in zip(CONTENT.levels, SCORES, strict=True)
    ]
    # a fixed day, so the page is the same every run
    document = profile_document(
        CONTENT, outcomes, "education", language, now=dt.datetime(2026, 1, 15, 10, 0)
    )
    return draw_page(CONTENT, document)


@pytest.mark.parametrize("language", ["fi", "en"])
def test_radar_chart_matches_reference(language, tmp_path):
    assert_matches_golden(radar_surface(language), f"radar-{language}", tmp_path)


@pytest.mark.parametrize("language", ["fi", "en"])
def test_profile_page_matches_reference(language, tmp_path):
    assert_matches_golden(page_surface(language), f"profile-page-{language}", tmp_path)


def test_a_changed_chart_is_caught_and_shown_side_by_side(tmp_path):
    changed = radar_surface("en")
    pygame.draw.rect(changed, (255, 0, 0), pygame.Rect(200, 200, 120, 120))
    with pytest.raises(AssertionError, match="side by side"):
        assert_matches_golden(changed, "radar-en", tmp_path, regenerate=False)
    sheets = list(tmp_path.glob("*-reference-actual-diff.png"))
    assert len(sheets) == 1
    assert pygame.image.load(str(sheets[0])).get_size() == (1800, 520)


def test_difference_measure_sees_equal_and_unequal():
    a = radar_surface("fi")
    assert different_share(absolute_difference(a, a.copy())) == 0
    b = a.copy()
    b.fill((0, 0, 0), pygame.Rect(0, 0, 60, 52))
    assert 0.009 < different_share(absolute_difference(a, b)) < 0.011
