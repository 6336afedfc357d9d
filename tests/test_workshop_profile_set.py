"""The group's profile after a set that leaves steps out: a dimension none of the set's steps
feeds says "Not in this set" (its row and its "why" page), not "Not done yet" (seventh
facilitator run: the short set's profile said four dimensions were still to do); one the set
feeds but the room did not reach says "Not done yet"."""

from __future__ import annotations

import pytest

from steps_game.scenes.profile import ProfileScene
from steps_game.scenes.why import WhyScene


def short_set_profile(make_driver, language: str):
    """The group's profile of a room that chose the short set, on a projector."""
    driver = make_driver(language=language, workshop=True, window=(1920, 1080))
    app = driver.app
    short = app.workshop.sets.by_id("short")
    app.workshop.chosen_set = short
    app.session.new(app.workshop.field())
    app.push(ProfileScene(app))
    driver.settle()
    return driver, short


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_short_set_s_profile_says_which_dimensions_it_leaves_out(make_driver, language):
    """A row for each dimension the set feeds ("Not done yet" before the room played), and one
    line naming those it leaves out: the tenth facilitator run turned two pages of "Not in
    this set" rows in a one-minute closing. The plan is the way on."""
    driver, short = short_set_profile(make_driver, language)
    app = driver.app
    tr, content = app.tr, app.content
    played = {level.dimension for level in content.levels if level.step in short.step_numbers}
    left_out = [d for d in content.profile.dimensions if d.id not in played]
    assert played and left_out
    for dimension in played:
        card = driver.control(control_id=f"dimension:{dimension}")
        assert tr("profile.not_done") in card.label, (dimension, card.label)
    assert not [i for i in driver.ids() if i[len("dimension:") :] in {d.id for d in left_out}]
    assert "more-dimensions" not in driver.ids()  # the set's rows on one page
    names = tr.join([tr.pick(d.name) for d in left_out])
    assert tr("profile.left_out", names=names) in driver.texts()
    assert driver.ring.focused_id == "plan"
    # and no radar, whose spokes for the dimensions left out said "–" (in Arabic one lay
    # over a name: eleventh facilitator run)
    assert driver.scene.radar_box is None
    # and a left-out dimension's "why this score" page says the same
    app.push(WhyScene(app, left_out[0].id))
    driver.settle()
    assert tr("profile.not_in_set") in driver.texts()
    assert tr("profile.not_done") not in driver.texts()


def test_the_set_s_own_dimensions_come_first(make_driver):
    """Eighth facilitator run: the short set's three results stood among four "Not in this set"
    rows, over three pages. The dimensions the set feeds come first, in the profile's order."""
    driver, short = short_set_profile(make_driver, "en")
    app = driver.app
    content = app.content
    played = [
        d.id
        for d in content.profile.dimensions
        if any(lv.dimension == d.id and lv.step in short.step_numbers for lv in content.levels)
    ]
    first_page = [i[len("dimension:") :] for i in driver.ids_starting("dimension:")]
    assert first_page == played[: len(first_page)] and len(first_page) >= min(3, len(played))
