"""The printed pages, measured as they are drawn: no text under 9 pt at the page's 150 dpi, no text
box outside the page's margins or over another, a long plan flowing onto more pages."""

from __future__ import annotations

import datetime as dt
import itertools

import pygame
import pytest

from steps_game.content import load_content
from steps_game.export import profile_document
from steps_game.i18n import language
from steps_game.notebook import MAX_LABEL, Notebook
from steps_game.outcome import Outcome
from steps_game.paths import bundled_levels_dir
from steps_game.printout import DPI, MARGIN, PAGE, SMALLEST, draw_pages
from steps_game.ui import text as text_module
from steps_game.ui.text import forget_fonts_at_quit, set_text_scale, set_writing

LANGUAGES = ("fi", "en", "ar", "so")
CONTENT = load_content(bundled_levels_dir(), ("fi", "en", *LANGUAGES))


def long_notebook() -> Notebook:
    """As much as a plan can hold: every contact card on the map and ten of the player's own,
    named with as many words as a label takes, and every week full."""
    map_task = CONTENT.level(3).task
    rings, sectors = map_task.rings, map_task.sectors
    spots = itertools.cycle(itertools.product(rings, sectors))
    people = []
    for token in map_task.tokens:
        ring, sector = next(spots)
        people.append(
            {"id": token.id, "token": token.id, "ring": ring.id, "sector": sector.id, "words": ""}
        )
    for number in range(1, 11):
        ring, sector = next(spots)
        words = f"Person {number} at a company with a long name"[:MAX_LABEL]
        people.append(
            {"id": f"own-{number}", "token": None, "ring": ring.id, "sector": sector.id}
            | {"words": words}
        )
    plan_task = CONTENT.level(4).task
    actions = [{"action": a.id, "week": 1 + i % 4} for i, a in enumerate(plan_task.actions[:10])]
    first = plan_task.first
    notebook = Notebook()
    notebook.write(
        "goals",
        {
            "goals": ["job", "mentor", "work-culture", "language-practice", "customers"],
            "concrete": {
                "goal": "job",
                "action": "info-interview",
                "who": "former-colleague",
                "when": "this-week",
            },
            "words": "R. at the Kone open day, about the trainee programme"[:60],
        },
    )
    notebook.write("people", {"people": people})
    notebook.write(
        "weeks",
        {
            "budget": "5h",
            "actions": actions,
            "first": {
                "action": actions[0]["action"],
                "week": 1,
                "when": first.when[0].id,
                "where": first.where[0].id,
                "if_then": first.if_then[0].id,
                "words": "Write to R. first, then the others",
            },
        },
    )
    notebook.write("event", {"event": "ai-tools", "contacts": ["participant", "speaker"]})
    notebook.write(
        "upkeep",
        {
            "people": [
                {"person": f"map:{p['id']}", "contacts": n % 7, "weeks": 6}
                for n, p in enumerate(people[:12])
            ]
        },
    )
    return notebook


@pytest.fixture(autouse=True)
def fonts():
    pygame.init()
    forget_fonts_at_quit()
    set_text_scale(1.0)
    yield
    set_writing("latin", False)
    pygame.quit()


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_long_plan_prints_readable_and_whole(code):
    writing = language(code)
    set_writing(writing.script, writing.direction == "rtl", code)
    outcomes = [
        Outcome(level.step, level.id, level.dimension, 40 + level.step * 7, (), {})
        for level in CONTENT.levels
    ]
    document = profile_document(
        CONTENT,
        outcomes,
        "it",
        code,
        notebook=long_notebook(),
        with_words=True,
        now=dt.datetime(2026, 12, 4, 9, 0),
    )
    text_module.overflows.clear()
    sheet = draw_pages(CONTENT, document)
    assert len(sheet.pages) >= 2  # the plan goes on over the page
    assert SMALLEST * 72 / DPI >= 9  # the smallest size is 9 pt at the page's dpi
    page_area = pygame.Rect(MARGIN, MARGIN, PAGE[0] - 2 * MARGIN, PAGE[1] - 2 * MARGIN)
    by_page: dict[int, list[pygame.Rect]] = {}
    for number, box, size, _words in sheet.drawn:
        assert size >= SMALLEST, (size, box)
        assert page_area.contains(box), (number, box)
        by_page.setdefault(number, []).append(box)
    for boxes in by_page.values():
        for a, b in itertools.combinations(boxes, 2):
            assert not a.colliderect(b), (a, b)
    assert text_module.overflows == []
    # every line of the plan is printed, the player's words among them
    printed = [words for *_, words in sheet.drawn]
    for lines in document["plan"].values():
        for line in lines:
            assert "• " + line in printed
    assert any("Person 1 at a company" in words for words in printed)  # proposed first


def test_a_short_plan_fits_two_pages_with_room_for_notes():
    set_writing("latin", False)
    document = profile_document(CONTENT, [], None, "en", now=dt.datetime(2026, 12, 4, 9, 0))
    sheet = draw_pages(CONTENT, document)
    assert len(sheet.pages) in (1, 2)
    last = len(sheet.pages) - 1
    notes = [words for number, _box, _size, words in sheet.drawn if number == last]
    assert "Notes for the meeting with my counsellor" in notes  # room for notes, at the end


def _ink(page: pygame.Surface, box: pygame.Rect) -> pygame.Rect:
    """Where the drawn words are inside `box`: the bounding box of what is not paper."""
    area = page.subsurface(box)
    paper = pygame.mask.from_threshold(area, area.get_at((0, 0)), (8, 8, 8, 255))
    paper.invert()
    found = paper.get_bounding_rects()
    return found[0].unionall(found[1:]).move(box.topleft) if found else pygame.Rect(0, 0, 0, 0)


def test_arabic_pages_are_right_to_left_from_the_command_line_too():
    """`steps-game export` has no game window to set the writing: the pages take their
    document's (the game's own writing is given back afterwards)."""
    set_writing("latin", False)
    document = profile_document(
        CONTENT, [], "it", "ar", notebook=long_notebook(), now=dt.datetime(2026, 12, 4, 9, 0)
    )
    sheet = draw_pages(CONTENT, document)
    assert not text_module.is_rtl()  # given back
    # short lines of the plan end at the right of their box, as Arabic is read
    lines = [(n, box) for n, box, _size, words in sheet.drawn if words.startswith("• ")]
    assert lines
    for number, box in lines[:6]:
        ink = _ink(sheet.pages[number], box)
        if ink.width < box.width * 0.8:
            assert box.right - ink.right < 12, (box, ink)
            assert ink.left - box.left > 20, (box, ink)
