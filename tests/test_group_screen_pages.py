"""What our group thought after the 15-minute set: a step's question and its lines stand whole
on one page, in one column, never cut between two columns (the facilitator's room read a step's
last line alone at the top of the next column), in at most three pages: step 1's statements side
by side, step 5's ask across one page, step 6's moment across the next. In Somali the page
turner stood on a row of its own, kept wide enough for "(99/99)", and the room lost a page's
worth of lines to it (five pages)."""

from __future__ import annotations

import pytest

from steps_game.audit.room import room_of_twelve
from steps_game.scenes.group import GroupScene
from tests.test_workshop import workshop


@pytest.mark.parametrize(
    ("language", "size"),
    [("en", (1920, 1080)), ("fi", (1280, 720)), ("ar", (1920, 1080)), ("so", (1920, 1080))],
)
def test_the_short_sets_group_screen_keeps_each_question_whole_on_three_pages(
    make_driver, language, size
):
    driver = workshop(make_driver, language, window=size)
    app = driver.app
    short = app.workshop.sets.by_id("short")
    scene = GroupScene(app, room=room_of_twelve(app.content, short))
    app.push(scene)
    driver.frames(2)
    blocks = scene._blocks()
    assert len(blocks) == 4  # two statements, the ask, the moment
    assert scene.pager.pages <= 3, f"{language}: {scene.pager.pages} pages"
    shown = []
    for _ in range(scene.pager.pages):
        page = scene.shown_page
        for column in page:
            for piece in column:
                assert piece in blocks, f"{language}: {piece[0].text[:40]!r} cut from its block"
                shown.append(piece)
        if scene.pager.pages > 1:
            driver.press(control_id="more")
    assert sorted(map(blocks.index, shown)) == list(range(len(blocks)))
