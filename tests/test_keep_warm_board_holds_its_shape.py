"""Step 7 by mouse: choosing a way never changes the board's shape. The thirtieth and thirty-first
runs (Ukrainian, mouse, 100 %): the choice that used the week's last energy gave the open card the
way's effect and "energy used", which no longer fitted beside the people, and the board went
stacked and paged under the pointer. The side-by-side card's foot now says as much as leaves its
ways a row: the effect, else how warm the way made the person, else nothing (the people's column
says that too)."""

from __future__ import annotations

import pytest

from steps_game.tasks.keep_warm.ways import MORE_WAYS as MORE
from tests.test_keyboard_rules import open_step


@pytest.mark.parametrize(
    ("language", "size"),
    [("uk", 100), ("so", 100), ("fa", 100), ("ru", 125), ("en", 150), ("fi", 150)],
)
def test_a_week_chosen_by_mouse_never_changes_the_boards_shape(make_driver, language, size):
    driver = open_step(make_driver, 7, language, size)
    view, model = driver.scene.view, driver.scene.model
    for _week in range(model.config.weeks):
        week = model.week
        for person in [tie.id for tie in model.relationships]:
            if model.energy_left == 0:
                break
            if view.selected != person:
                driver.click(control_id=f"tie:{person}")
            ways = [a.id for a in model.offered(person) if model.can_choose(person, a.id)]
            if not ways:
                continue
            shape = view.sheet.stacked
            driver.click(control_id=f"action:{ways[0]}")
            assert view.sheet.stacked == shape, (week, person, ways[0], model.energy_left)
        driver.click(control_id="next-week")
        if model.finished:
            break
        assert model.week == week + 1


@pytest.mark.parametrize(
    ("language", "size"), [("uk", 100), ("so", 100), ("fa", 100), ("sv", 100), ("ru", 100)]
)
def test_every_way_with_the_energy_used_up_keeps_the_side_by_side_board(
    make_driver, language, size
):
    """Each person's card in its tallest state: a way chosen for them and the rest of the
    week's energy spent on others. A board side by side with the card open and nothing chosen
    stays side by side, and the card still shows the ways (their row, not only a foot)."""
    driver = open_step(make_driver, 7, language, size)
    host = driver.scene
    view, model = host.view, host.model
    flipped, side_by_side = [], 0
    for tie in model.relationships:
        view.selected = tie.id
        host.rebuild()
        if view.sheet.stacked:
            continue  # a board stacked from the card's opening is not the case here
        side_by_side += 1
        for way in model.offered(tie.id):
            start = model.snapshot()
            if not model.can_choose(tie.id, way.id):
                continue
            model.choose(tie.id, way.id)
            for other in model.relationships:  # the rest of the week's energy spent elsewhere
                for spend in model.offered(other.id):
                    if other.id != tie.id and model.can_choose(other.id, spend.id):
                        model.choose(other.id, spend.id)
                        break
            view.selected = tie.id
            host.rebuild()
            if view.sheet.stacked:
                flipped.append((tie.id, way.id, model.energy_left))
            else:
                assert driver.ring.by_id(f"action:{way.id}") is not None, (tie.id, way.id)
            model.restore(start)
            view.selected = tie.id
            host.rebuild()
    assert side_by_side and flipped == []


@pytest.mark.parametrize(("language", "size"), [("uk", 100), ("ru", 100), ("en", 100)])
def test_the_click_that_uses_the_last_energy_moves_nothing(make_driver, language, size):
    """Thirty-sixth run (Ukrainian, mouse, 100 %): on each click that used the week's last
    energy, the open card's ways moved up under the pointer: "energy used" took a line less
    than "energy left". The energy's line is as tall either way."""
    driver = open_step(make_driver, 7, language, size)
    view, model = driver.scene.view, driver.scene.model
    seen = 0
    for _week in range(model.config.weeks):
        for person in [tie.id for tie in model.relationships]:
            if model.energy_left == 0:
                break
            if view.selected != person:
                driver.click(control_id=f"tie:{person}")
            ways = [a for a in model.offered(person) if model.can_choose(person, a.id)]
            last = [w.id for w in ways if w.energy == model.energy_left]
            if not last:  # not yet the last: a way that leaves some energy
                if ways:
                    cheapest = min(ways, key=lambda way: way.energy)
                    driver.click(control_id=f"action:{cheapest.id}")
                continue
            driver.control(control_id=f"action:{last[0]}")  # (turning the ways' page to it)
            before = {c.id: tuple(c.rect) for c in driver.ring.controls}
            driver.click(control_id=f"action:{last[0]}")
            assert model.energy_left == 0
            after = {c.id: tuple(c.rect) for c in driver.ring.controls}
            # (the ways' page turner may move on: a longer foot can cut a way to the next page)
            ways_moved = {
                k for k in before.keys() & after.keys() if before[k] != after[k] and k != MORE
            }
            assert ways_moved == set(), (person, last[0], sorted(ways_moved))
            seen += 1
        driver.click(control_id="next-week")
        if model.finished:
            break
    assert seen
