"""The layout audit (python -m steps_game.audit): it can fail, and the game passes it."""

from __future__ import annotations

import json

import pygame
import pytest

from steps_game.audit import failed, measure
from steps_game.audit.__main__ import main as audit_main
from steps_game.scenes.base import Scene
from steps_game.ui import text as text_module
from tests.audit_runs import audit, shared_run


class TwoTexts(Scene):
    """A screen with two texts, placed by the test."""

    def __init__(self, app, first: pygame.Rect, second: pygame.Rect, role: str = "body") -> None:
        super().__init__(app)
        self.boxes = (first, second)
        self.role = role

    def build(self) -> None:
        for index, box in enumerate(self.boxes):
            self.ui.text(f"Text number {index}", box, size=22, role=self.role)


def audit_of(driver, scene):
    driver.app.push(scene)
    driver.frames(1)
    return measure(driver.app, "test screen")


def test_sound_screen_passes(make_driver):
    driver = make_driver(language="en")
    report = audit_of(
        driver, TwoTexts(driver.app, pygame.Rect(60, 100, 500, 60), pygame.Rect(60, 200, 500, 60))
    )
    assert report.problems == []
    assert report.smallest == {"body": 22}


def test_overlapping_texts_fail(make_driver):
    driver = make_driver(language="en")
    report = audit_of(
        driver, TwoTexts(driver.app, pygame.Rect(60, 100, 500, 60), pygame.Rect(80, 110, 500, 60))
    )
    assert any("overlap" in problem for problem in report.problems), report.problems
    assert failed([report])


class TextInPanel(Scene):
    """A text in a panel, the panel's bottom where the test puts it."""

    def __init__(self, app, panel_bottom: int) -> None:
        super().__init__(app)
        self.panel_bottom = panel_bottom

    def build(self) -> None:
        self.ui.panel(pygame.Rect(40, 100, 800, self.panel_bottom - 100))
        self.ui.text("The Done button shows the result.", pygame.Rect(60, 112, 700, 60), size=22)


def test_a_line_touching_its_panels_edge_fails(make_driver):
    """Fifth Arabic play-test (s6_23): step 6's last line stood on its box's bottom, the
    marks under it cut; (s7_03) step 7's line on its box's top."""
    driver = make_driver(language="en")
    report = audit_of(driver, TextInPanel(driver.app, panel_bottom=400))
    assert not report.problems
    from steps_game.audit import drawn_by_top

    ink = next(item.rect for item in drawn_by_top(driver.app) if "Done" in item.text)
    report = audit_of(driver, TextInPanel(driver.app, panel_bottom=ink.bottom + 1))
    assert any("edge of its box" in problem for problem in report.problems), report.problems


def test_text_too_long_for_its_box_fails(make_driver):
    driver = make_driver(language="en")
    report = audit_of(
        driver, TwoTexts(driver.app, pygame.Rect(60, 100, 60, 20), pygame.Rect(60, 200, 500, 60))
    )
    assert any("cut off" in problem for problem in report.problems), report.problems


def test_shrunk_text_fails(make_driver, monkeypatch):
    """A text drawn under its role's floor (as the game did before roles: shrunk to fit) is
    found, whatever way it got there."""
    driver = make_driver(language="en")
    # the old way: every text shrunk until it fits its box, here to 9 px
    monkeypatch.setattr(text_module, "fit", lambda *args, **kwargs: 9)
    report = audit_of(
        driver, TwoTexts(driver.app, pygame.Rect(60, 100, 500, 60), pygame.Rect(60, 200, 500, 60))
    )
    assert any("under its floor" in problem for problem in report.problems), report.problems


class NotedCards(Scene):
    """Two cards side by side, each with a title and a note, the notes at the sizes given."""

    def __init__(self, app, note_sizes: tuple[int, int]) -> None:
        super().__init__(app)
        self.note_sizes = note_sizes

    def build(self) -> None:
        for index, size in enumerate(self.note_sizes):
            card = pygame.Rect(60 + index * 400, 100, 380, 140)
            self.ui.card(f"budget:{index}", "", card, lambda: None)  # words drawn below
            self.ui.text(f"Title {index}", pygame.Rect(card.x + 12, 110, 300, 40), size=24,
                         role="option")  # fmt: skip
            self.ui.text(f"Note {index}", pygame.Rect(card.x + 12, 160, 300, 60), size=size,
                         role="secondary")  # fmt: skip


def test_options_side_by_side_in_two_sizes_fail(make_driver):
    """Cards side by side draw each role's words in one size: a note drawn larger in one card
    than in the one beside it is found (step 4's weekly times did so before)."""
    driver = make_driver(language="en")
    assert audit_of(driver, NotedCards(driver.app, (17, 17))).problems == []
    report = audit_of(driver, NotedCards(driver.app, (17, 22)))
    assert any("side by side in 2 sizes" in problem for problem in report.problems), report.problems


def test_outside_the_screen_fails(make_driver):
    driver = make_driver(language="en")
    report = audit_of(
        driver, TwoTexts(driver.app, pygame.Rect(60, 100, 500, 60), pygame.Rect(1200, 600, 500, 60))
    )
    assert any("outside the screen" in problem for problem in report.problems), report.problems


def test_command_line_reports_json(capsys):
    code = audit_main(["--lang", "en", "--json"])
    reports = json.loads(capsys.readouterr().out)
    names = [report["screen"] for report in reports]
    for wanted in ("title", "language", "settings", "pause", "glossary", "help", "profile"):
        assert wanted in names
    assert "step 3 task early" in names and "step 3 task busy" in names
    assert code == (1 if any(report["problems"] for report in reports) else 0)


AUDITED = [
    *((language, 100) for language in ("fi", "en", "ar", "so", "ru")),
    # half as large again: long words (Somali), right to left (Arabic)
    *((language, 150) for language in ("en", "ar", "so")),
    # the largest text: step 3's map takes the board's height, its instruction the column
    *((language, 200) for language in ("fi", "en", "ar", "so", "ru")),
]
# the runs test_finnish_beside reads too (one run for both: tests/audit_runs.py)
SHARED = [("en", 100), ("ar", 200)]


@pytest.mark.parametrize(
    ("language", "text_size"),
    [pytest.param(*run, marks=[shared_run(*run)] if run in SHARED else []) for run in AUDITED],
)
def test_every_screen_passes_the_audit(language, text_size):
    reports = audit(language, text_size)
    assert [(r.name, r.problems) for r in reports if r.problems] == []


@pytest.mark.parametrize("language", ["en", "et"])
def test_every_page_of_every_board_passes_the_audit_at_200(language):
    """With every page turned at 200 %, a page full to its foot cut its panel flush under the
    last line in seven languages (step 5's letter, step 6's end): its letters touched the
    panel's cut edge. English and Estonian had the most such pages."""
    from steps_game.audit.run import run_audit

    reports = run_audit(language, 200, pages=True)
    assert any(" page " in r.name for r in reports)
    assert [(r.name, r.problems) for r in reports if r.problems] == []


@pytest.mark.parametrize("language", ["ar", "so"])
def test_the_short_way_passes_the_audit_at_200(language):
    """A player's short way (short_way.py): its steps' boards have fewer choices, laid out
    anew, and the question that asks for it comes after the field."""
    from steps_game.audit.run import run_audit

    reports = run_audit(language, 200, short=True)
    assert "way" in [r.name for r in reports]
    assert [(r.name, r.problems) for r in reports if r.problems] == []


@pytest.mark.parametrize("language", ["fi", "en", "ar", "so", "ru"])
def test_every_screen_passes_the_audit_in_workshop_mode_on_a_projector(language):
    """Workshop text (1.5x) in a 1920x1080 window, the discussion cards, the set's plan and the
    tallies too."""
    from steps_game.audit.run import run_audit

    reports = run_audit(language, workshop=True, size=(1920, 1080))
    assert [(r.name, r.problems) for r in reports if r.problems] == []
    assert any(r.name.endswith("discussion card") for r in reports)
    # the room's show of hands and its answer, at a choice of each step of the short set, the
    # answer on every page it takes ("step 5 tally reveal page 2/3")
    names = {r.name for r in reports}
    for step in (1, 5, 6):
        assert f"step {step} tally" in names
        reveal = [name for name in names if name.startswith(f"step {step} tally reveal")]
        pages = len(reveal)
        if pages > 1:
            assert {f"step {step} tally reveal page {n}/{pages}" for n in range(1, pages + 1)} == {
                *reveal
            }
        else:
            assert reveal == [f"step {step} tally reveal"]


def test_a_shot_is_the_screen_as_measured(make_driver, tmp_path):
    """--shots: a reader looks at every screen without a window; each PNG is the logical screen
    the audit measured, named by its number and screen."""
    from steps_game.audit.run import save_shot

    driver = make_driver(language="en")
    driver.frames(1)
    path = save_shot(driver.app, tmp_path / "shots", 7, "Step 1 task, part 2")
    assert path.name == "007-step-1-task-part-2.png"
    saved = pygame.image.load(str(path))
    assert saved.get_size() == driver.app.canvas.get_size()
    assert pygame.image.tobytes(saved, "RGB") == pygame.image.tobytes(driver.app.canvas, "RGB")


def test_shots_save_every_page_of_a_paged_board(make_driver, tmp_path):
    """--shots with --pages: each page of a paged board is saved as it was measured, so that a
    reader can look at every page, not only the first (step 1's offers at 200 % in Somali have
    several pages)."""
    from steps_game.audit.run import look_at
    from tests.test_offers_large_text import open_offers

    driver = open_offers(make_driver, "so")
    pages = driver.scene.view.pager.pages
    assert pages > 2
    reports = []
    look_at(driver.app, "offers", reports, pages=True, shots=tmp_path)
    saved = sorted(tmp_path.glob("*.png"))
    assert len(reports) == pages and len(saved) == pages
    assert [path.name[:3] for path in saved] == [f"{n:03d}" for n in range(1, pages + 1)]
    images = {pygame.image.tobytes(pygame.image.load(str(path)), "RGB") for path in saved}
    assert len(images) == pages  # each page as it looked, not the first one again


def test_every_page_turns_each_board_round_once(make_driver):
    """--pages measures each page of a paged board once and stops when the board is back on its
    first page, though the keys line then says the page turner's keys, not those of the item
    focused at first (step 3's list at 200 %: the audit turned it 29 times)."""
    import re

    from steps_game.audit.run import every_page
    from steps_game.scenes.task_host import TaskHostScene

    driver = make_driver(language="en", start_step=3)
    driver.app.change_setting("text_size", 200)
    driver.app.session.new("health")
    driver.app.reset_to(TaskHostScene(driver.app, 3))
    driver.frames()
    turners = {c.id: c.label for c in driver.ring.focusable if c.id.startswith("more")}
    assert turners, "step 3 at 200 % is paged"
    pages = sum(int(re.search(r"\((\d+)/(\d+)\)", label).group(2)) for label in turners.values())
    reports = every_page(driver.app, "step 3")
    assert len(reports) == pages - len(turners)
