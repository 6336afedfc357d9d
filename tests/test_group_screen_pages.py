"""What our group thought after the 15-minute set: each step's question stands with all its
lines on one page, in at most three pages (step 1's statements side by side, step 5's ask across
a page, step 6's moment across the next, or in two columns of a page of its own where it is too
tall for a page across). The facilitator's room read a step's last line alone at the top of the
next column; in Somali the page turner stood on a row of its own, kept wide enough for
"(99/99)", and the room lost a page's worth of lines to it (five pages), and the short set's
step 6, asked "Maxay Sara samaynaysaa?", put its last line alone on a fourth page."""

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
    pages = []  # each page's words, column by column
    for _ in range(scene.pager.pages):
        pages.append([para for column in scene.shown_page for piece in column for para in piece])
        if scene.pager.pages > 1:
            driver.press(control_id="more")
    for block in blocks:  # every question with all its lines on one page
        on = [number for number, page in enumerate(pages) if block[-1] in page]
        assert len(on) == 1 and all(para in pages[on[0]] for para in block), block[0].text


@pytest.mark.parametrize("language", ["en", "fi", "ar"])
def test_a_split_step_5_goes_on_with_step_6_not_on_a_page_alone(make_driver, language):
    """A room split over step 5's four asks makes a block taller than a page: its last line
    ("Also right: ...") stood alone on a page of its own before step 6's. It now goes on at the
    top of the next page, step 6 with it: two pages."""
    from steps_game.choice_points import message_points, moment_points
    from steps_game.room_record import RoomRecord
    from steps_game.tally import Tally

    driver = workshop(make_driver, language, window=(1920, 1080))
    app = driver.app
    room = RoomRecord()
    ask = next(point for point in message_points(app.content, True) if point.key == "ask")
    after = next(point for point in moment_points(app.content, True) if point.key == "after")
    room.record(5, ask, Tally(4, [5, 4, 2, 1]))
    room.record(6, after, Tally(4, [1, 2, 8, 1]))
    scene = GroupScene(app, room=room)
    app.push(scene)
    driver.frames(2)
    assert scene.pager.pages == 2
    driver.press(control_id="more")
    paras = [para for column in scene.shown_page for piece in column for para in piece]
    assert not paras[0].heading  # the rest of step 5 first, then step 6 on the same page
    assert sum(para.heading for para in paras) == 1
