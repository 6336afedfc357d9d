"""Step 3, the network map: the geometry and the model without pygame, then the screen played with
the mouse alone and with the keyboard alone."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pygame
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from steps_game.i18n import forms, language_codes
from steps_game.level_file_check import check_level_file
from steps_game.outcome import scaled
from steps_game.paths import bundled_levels_dir
from steps_game.tasks.network_map.model import (
    MAX_TRAY,
    MapGeometry,
    NetworkMapConfig,
    NetworkMapModel,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LEVEL_PATH = Path(bundled_levels_dir()) / "03-network-map.toml"
LEVEL, problems = check_level_file(LEVEL_PATH)
assert not problems, problems
CONFIG = LEVEL.task
RINGS = [r.id for r in CONFIG.rings]
SECTORS = [s.id for s in CONFIG.sectors]
WEAK = [r.id for r in CONFIG.rings if r.weak]
STRONG = [r.id for r in CONFIG.rings if not r.weak]
FIELDS = ["it", "health", "business", "education", "engineering", "other", None]
GEO = MapGeometry((400.0, 300.0), (30.0, 80.0, 130.0, 180.0), 7, slack=20.0)


def raw_task() -> dict:
    return tomllib.loads(LEVEL_PATH.read_text(encoding="utf-8"))["task"]


def token_ids(field_id: str | None = "it") -> list[str]:
    return [t.id for t in NetworkMapModel(CONFIG, field_id).tokens]


# --- geometry ---------------------------------------------------------------------------------


def test_every_cell_center_is_found_in_its_own_cell():
    for ring in range(GEO.rings):
        for sector in range(GEO.sectors):
            assert GEO.locate(GEO.cell_center(ring, sector)) == (ring, sector)


def test_me_and_far_away_are_off_the_map_and_slack_counts_as_the_outer_ring():
    assert GEO.locate(GEO.center) is None
    assert GEO.locate((400, 300 - 29)) is None  # inside "me"
    assert GEO.locate((400 + 1, 300 - 190)) == (2, 0)  # on the names around the map
    assert GEO.locate((400, 300 - 201)) is None
    assert GEO.locate((1000, 1000)) is None


def test_sectors_start_at_the_top_and_go_clockwise():
    assert GEO.locate((401, 300 - 100)) == (1, 0)  # just right of straight up
    assert GEO.locate((399, 300 - 100)) == (1, 6)  # just left of it: the last sector
    assert GEO.locate((400 + 100, 300))[1] == 1  # right: 90 degrees on, the second of seven
    assert GEO.locate((400, 300 + 100))[1] == 3  # straight down: the middle sector


def test_ring_edges_belong_to_the_outer_ring():
    assert GEO.locate((400 + 80, 300 + 0.001)) == (1, 1)
    assert GEO.locate((400 + 79.9, 300 + 0.001)) == (0, 1)


def test_bad_geometry_is_refused():
    with pytest.raises(ValueError):
        MapGeometry((0, 0), (10, 5), 3)
    with pytest.raises(ValueError):
        MapGeometry((0, 0), (10,), 3)
    with pytest.raises(ValueError):
        MapGeometry((0, 0), (0, 10), 0)


def test_cell_outline_surrounds_the_cell():
    points = GEO.cell_outline(1, 2, steps=8)
    assert len(points) == 18
    radii = sorted(round(math.dist(p, GEO.center), 6) for p in points)
    assert radii[0] == 80 and radii[-1] == 130


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 2), st.integers(0, 6), st.integers(0, MAX_TRAY))
def test_markers_always_land_inside_their_cell(ring, sector, count):
    spots = GEO.marker_positions(ring, sector, count, 24)
    assert len(spots) == count
    assert all(GEO.locate(spot) == (ring, sector) for spot in spots)


def test_few_markers_do_not_overlap():
    spots = GEO.marker_positions(2, 0, 4, 24)
    gaps = [math.dist(a, b) for i, a in enumerate(spots) for b in spots[i + 1 :]]
    assert min(gaps) >= 23.9


@settings(max_examples=80, deadline=None)
@given(st.floats(-300, 300), st.floats(-300, 300))
def test_model_cell_at_names_the_ring_and_sector(dx, dy):
    model = NetworkMapModel(CONFIG, None)
    point = (GEO.center[0] + dx, GEO.center[1] + dy)
    found = GEO.locate(point)
    cell = model.cell_at(GEO, point)
    if found is None:
        assert cell is None
    else:
        assert cell == (RINGS[found[0]], SECTORS[found[1]])


# --- the level and the model ------------------------------------------------------------------


@pytest.mark.parametrize("field_id", FIELDS)
def test_every_field_gets_a_full_tray_with_its_own_contact(field_id):
    ids = token_ids(field_id)
    general = [t.id for t in CONFIG.tokens if not t.fields]
    assert ids[: len(general)] == general
    assert len(ids) <= MAX_TRAY
    assert len(ids) == len(general) + (0 if field_id in (None, "other") else 1)


def test_tokens_are_roles_with_short_labels():
    for token in CONFIG.tokens:
        for code in language_codes():
            words = token.label[code]
            # a capital first letter where the script has capitals (Arabic script has none)
            first = words[0]
            assert len(words) <= 50 and (first.isupper() or first.lower() == first.upper()), words


@pytest.mark.parametrize("token_id", token_ids("it"))
def test_every_contact_fits_every_ring_and_sector(token_id):
    model = NetworkMapModel(CONFIG, "it")
    for ring in RINGS:
        for sector in SECTORS:
            model.place(token_id, ring, sector)
            assert model.placement(token_id)["ring"] == ring
            assert model.in_cell(ring, sector) == [token_id]


def test_place_move_mark_and_remove():
    model = NetworkMapModel(CONFIG, None)
    model.place("relative-abroad", "occasional", "family")
    assert model.placement("relative-abroad") == {
        "ring": "occasional",
        "sector": "family",
        "in_finland": False,  # the level starts this one abroad
    }
    model.place("sibling", "close", "family")
    assert model.placement("sibling")["in_finland"] is True
    model.set_in_finland("sibling", False)
    model.place("sibling", "distant", "online")  # moving keeps the mark
    assert model.placement("sibling") == {
        "ring": "distant",
        "sector": "online",
        "in_finland": False,
    }
    assert [t.id for t in model.placed()] == ["sibling", "relative-abroad"]  # the level's order
    model.remove("sibling")
    model.remove("sibling")
    assert model.placement("sibling") is None and "sibling" in [t.id for t in model.unplaced()]
    model.set_in_finland("sibling", True)  # not on the map: nothing to mark
    assert model.placement("sibling") is None


def test_unknown_ids_are_refused():
    model = NetworkMapModel(CONFIG, "it")
    with pytest.raises(KeyError):
        model.place("meetup-developer-nope", "close", "family")
    with pytest.raises(KeyError):
        model.place("sibling", "closest", "family")
    with pytest.raises(KeyError):
        NetworkMapModel(CONFIG, "health").place("meetup-developer", "close", "work")  # not theirs


def test_keyboard_start_cell_is_where_it_is_else_the_suggestion():
    model = NetworkMapModel(CONFIG, None)
    assert model.start_cell("sibling") == ("close", "family")
    model.place("sibling", "distant", "online")
    assert model.start_cell("sibling") == ("distant", "online")
    assert model.index_of("distant", "online") == (2, 5)


def test_complete_after_the_minimum_number_of_contacts():
    model = NetworkMapModel(CONFIG, None)
    for token_id in token_ids(None)[: CONFIG.min_contacts - 1]:
        model.place(token_id, "close", "family")
    assert not model.is_complete()
    model.place(token_ids(None)[CONFIG.min_contacts], "close", "family")
    assert model.is_complete()


def best_play(field_id: str | None = "it") -> NetworkMapModel:
    """Enough contacts, in enough life areas, weak ties, in Finland and abroad."""
    model = NetworkMapModel(CONFIG, field_id)
    for index, token_id in enumerate(token_ids(field_id)[: CONFIG.count_target]):
        ring = WEAK[index % len(WEAK)] if index < CONFIG.weak_target else STRONG[0]
        model.place(token_id, ring, SECTORS[index % CONFIG.breadth_target])
        model.set_in_finland(token_id, index % 2 == 0)
    return model


def least_play(field_id: str | None = "it") -> NetworkMapModel:
    """Just enough to finish: all close, one life area, all in Finland."""
    model = NetworkMapModel(CONFIG, field_id)
    for token_id in token_ids(field_id)[: CONFIG.min_contacts]:
        model.place(token_id, STRONG[0], SECTORS[0])
        model.set_in_finland(token_id, True)
    return model


@pytest.mark.parametrize("field_id", FIELDS)
def test_the_best_map_scores_100_with_only_earned_reasons(field_id):
    result = best_play(field_id).result()
    assert result.score == 100
    assert all(r.earned for r in result.reasons)
    assert sum(r.points for r in result.reasons) == 100
    assert result.choices["empty_sectors"] == SECTORS[CONFIG.breadth_target :]


def test_the_least_finished_map_scores_the_minimum_and_says_what_earns_more():
    result = least_play().result()
    expected = (
        CONFIG.breadth_weight / CONFIG.breadth_target
        + CONFIG.places_weight / 2
        + CONFIG.count_weight * CONFIG.min_contacts / CONFIG.count_target
    )
    assert result.score == scaled(expected, 100) == 22
    missed = [r for r in result.reasons if not r.earned]
    assert [r.params for r in missed] == [
        {"target": CONFIG.breadth_target},
        {"target": CONFIG.weak_target},
        {},
        {"target": CONFIG.count_target},
    ]
    assert missed[2].text == CONFIG.feedback.more_abroad.text
    # the weak-ties fact, with its source
    assert CONFIG.feedback.more_weak.source == "Granovetter 1974"


def test_an_empty_map_scores_0():
    model = NetworkMapModel(CONFIG, None)
    assert not model.is_complete()
    assert model.result().score == 0


def test_only_abroad_asks_for_contacts_in_finland():
    model = least_play()
    for token_id in model.state["placements"]:
        model.set_in_finland(token_id, False)
    texts = [r.text for r in model.result().reasons if not r.earned]
    assert CONFIG.feedback.more_finland.text in texts
    assert CONFIG.feedback.more_abroad.text not in texts


def test_choices_list_the_contacts_for_the_plan():
    model = NetworkMapModel(CONFIG, "it")
    model.place("linkedin-contact", "distant", "online")
    model.place("sibling", "close", "family")
    model.set_in_finland("sibling", False)
    assert model.result().choices == {
        "contacts": [
            {"role": "sibling", "ring": "close", "sector": "family", "in_finland": False},
            {"role": "linkedin-contact", "ring": "distant", "sector": "online", "in_finland": True},
        ],
        "empty_sectors": ["friends", "studies", "work", "hobbies", "services"],
    }


moves = st.lists(
    st.tuples(
        st.integers(0, MAX_TRAY - 1),
        st.integers(0, len(RINGS)),  # the last one means "take it off the map"
        st.integers(0, len(SECTORS) - 1),
        st.booleans(),
    ),
    max_size=30,
)


def play(field_id, steps) -> NetworkMapModel:
    model = NetworkMapModel(CONFIG, field_id)
    ids = token_ids(field_id)
    for token, ring, sector, in_finland in steps:
        token_id = ids[token % len(ids)]
        if ring == len(RINGS):
            model.remove(token_id)
        else:
            model.place(token_id, RINGS[ring], SECTORS[sector])
            model.set_in_finland(token_id, in_finland)
    return model


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(FIELDS), moves)
def test_score_in_bounds_deterministic_and_explained(field_id, steps):
    first = play(field_id, steps)
    result = first.result()
    assert 0 <= result.score <= 100
    assert result == play(field_id, steps).result()
    earned = sum(r.points for r in result.reasons if r.earned)
    assert abs(earned - result.score) <= 2  # each part is rounded on its own
    if first.is_complete():
        assert result.score >= least_play().result().score
    for reason in result.reasons:
        for code in language_codes():
            for form in forms(reason.text[code]):
                form.format(**reason.params)  # every placeholder gets a value
    contacts = result.choices["contacts"]
    assert len(contacts) == len(first.state["placements"])
    assert all(set(c) == {"role", "ring", "sector", "in_finland"} for c in contacts)


def test_snapshot_round_trip():
    model = best_play()
    other = NetworkMapModel(CONFIG, "it")
    other.restore(model.snapshot())
    assert other.state == model.state and other.result() == model.result()


@pytest.mark.parametrize(
    "placements",
    [
        "not a table",
        {"no-such-contact": {"ring": "close", "sector": "family", "in_finland": True}},
        {"meetup-developer": {"ring": "close", "sector": "family", "in_finland": True}},  # IT only
        {"sibling": {"ring": "closest", "sector": "family", "in_finland": True}},
        {"sibling": {"ring": "close", "sector": "garden", "in_finland": True}},
        {"sibling": {"ring": "close", "sector": "family", "in_finland": "yes"}},
        {"sibling": {"ring": "close", "sector": "family"}},
        {"sibling": ["close", "family", True]},
    ],
)
def test_a_corrupt_snapshot_is_refused(placements):
    model = NetworkMapModel(CONFIG, "health")
    with pytest.raises(ValueError):
        model.restore({"placements": placements})
    with pytest.raises(ValueError):
        model.restore({"nonsense": 1})
    assert model.state == model.initial_state()


# --- the config catches a broken level --------------------------------------------------------


def broken(change) -> str:
    data = raw_task()
    change(data)
    with pytest.raises(ValidationError) as caught:
        NetworkMapConfig.model_validate(data)
    return str(caught.value)


def test_config_errors_are_clear():
    assert "expected 100" in broken(lambda d: d.update(count_weight=21))

    def bad_sector(d):
        d["tokens"][0]["sector"] = "familly"

    assert "did you mean 'family'" in broken(bad_sector)
    assert "at least" in broken(lambda d: d.update(count_target=15))
    assert "at most 15" in broken(
        lambda d: d["tokens"].extend(
            {**d["tokens"][0], "id": f"extra-{i}", "fields": []} for i in range(2)
        )
    )

    def long_label(d):
        d["tokens"][0]["label"] = {"fi": "x" * 51, "en": "a sibling"}

    assert "at most 50" in broken(long_label)

    def bad_placeholder(d):
        d["feedback"]["count"]["text"] = {"fi": "{n}", "en": "{n}"}

    assert "feedback.count uses n" in broken(bad_placeholder)

    def no_weak(d):
        for ring in d["rings"]:
            ring["weak"] = False

    assert "weak = true" in broken(no_weak)
    assert "breadth_target" in broken(lambda d: d.update(breadth_target=8))


# --- on screen ----------------------------------------------------------------------------------


def open_step_3(make_driver, field_id: str = "it", language: str = "en"):
    from steps_game.scenes.task_host import TaskHostScene

    driver = make_driver(language=language, start_step=3)
    driver.app.session.new(field_id)
    driver.app.reset_to(TaskHostScene(driver.app, 3))
    driver.frames()
    return driver


def mouse(driver, kind: str, pos) -> None:
    import pygame

    x, y, _, _ = driver.app.viewport.target
    scale = driver.app.viewport.scale
    screen = (round(x + pos[0] * scale), round(y + pos[1] * scale))
    if kind == "move":
        event = pygame.event.Event(pygame.MOUSEMOTION, pos=screen, rel=(0, 0), buttons=(1, 0, 0))
    else:
        kind = pygame.MOUSEBUTTONDOWN if kind == "down" else pygame.MOUSEBUTTONUP
        event = pygame.event.Event(kind, pos=screen, button=1)
    pygame.event.post(event)
    driver.app.step()


def list_places(driver) -> dict[str, tuple]:
    """Where each person of step 3's list stands now (a chip, or their marker's place in the
    list once on the map): to check that a drop moves no one else."""
    return {
        c.id.partition(":")[2]: tuple(c.rect)
        for c in driver.ring.controls
        if c.id.startswith(("token:", "person:"))
    }


def cell(driver, ring: str, sector: str) -> tuple[int, int]:
    view = driver.scene.view
    x, y = view.geometry.cell_center(RINGS.index(ring), SECTORS.index(sector))
    return round(x), round(y)


def show(driver, control_id: str) -> None:
    """Turn the list's pages with the mouse, as a player would, until the person is on view."""
    for _ in range(4):
        if driver.ring.by_id(control_id) is not None:
            return
        driver.click(control_id="more-people")
    raise AssertionError(f"{control_id} is on no page of the list")


def test_played_with_the_mouse_alone(make_driver):
    driver = open_step_3(make_driver, "it")
    model = driver.scene.model
    # Drag a contact from the tray onto the map.
    chip = driver.control(control_id="token:former-classmate").rect
    mouse(driver, "down", chip.center)
    mouse(driver, "move", (chip.centerx - 40, chip.centery + 30))
    mouse(driver, "move", cell(driver, "distant", "studies"))
    driver.frames(1)  # drawn while held
    mouse(driver, "up", cell(driver, "distant", "studies"))
    assert model.placement("former-classmate")["ring"] == "distant"
    assert model.placement("former-classmate")["sector"] == "studies"
    # Click a contact, then click the map (it is on the list's second page).
    show(driver, "token:linkedin-contact")
    driver.click(control_id="token:linkedin-contact")
    assert model.placement("linkedin-contact") is None
    mouse(driver, "move", cell(driver, "occasional", "online"))
    mouse(driver, "down", cell(driver, "occasional", "online"))
    mouse(driver, "up", cell(driver, "occasional", "online"))
    assert model.placement("linkedin-contact")["ring"] == "occasional"
    # The one just placed is chosen: mark it as abroad.
    driver.click(control_id="loc:abroad")
    assert model.placement("linkedin-contact")["in_finland"] is False
    # A drop off the map changes nothing.
    show(driver, "token:sibling")
    chip = driver.control(control_id="token:sibling").rect
    mouse(driver, "down", chip.center)
    mouse(driver, "move", (700, 690))
    mouse(driver, "up", (700, 690))
    assert model.placement("sibling") is None
    show(driver, "token:sibling")
    driver.click(control_id="token:sibling")
    mouse(driver, "down", cell(driver, "close", "family"))
    assert model.is_complete()
    # Click a dot to choose it; drag a dot to move it; drag it onto the tray to take it off.
    dot = driver.control(control_id="marker:former-classmate").rect
    mouse(driver, "down", dot.center)
    mouse(driver, "up", dot.center)
    assert driver.scene.view.selected == "former-classmate"
    mouse(driver, "down", dot.center)
    mouse(driver, "move", cell(driver, "occasional", "work"))
    mouse(driver, "up", cell(driver, "occasional", "work"))
    assert model.placement("former-classmate")["sector"] == "work"
    dot = driver.control(control_id="marker:sibling").rect
    mouse(driver, "down", dot.center)
    tray = driver.scene.view.tray_rect
    mouse(driver, "move", tray.center)
    mouse(driver, "up", tray.center)
    assert model.placement("sibling") is None
    # Undo (the host's) brings it back; Done finishes.
    driver.click(control_id="undo")
    assert model.placement("sibling") is not None
    driver.click(control_id="done")
    assert type(driver.scene).__name__ == "FeedbackScene"


def test_played_with_the_keyboard_alone(make_driver):
    import pygame

    driver = open_step_3(make_driver, "health", "fi")
    model = driver.scene.model
    # Enter picks a contact up at its suggested place; arrows move it; Enter places it.
    driver.press(control_id="token:sibling")
    view = driver.scene.view
    assert view.drag.held == "token:sibling" and view.drag.slot == (0, 0)
    driver.key(pygame.K_RIGHT)  # the next life area
    driver.key(pygame.K_UP)  # one ring further out
    driver.key(pygame.K_UP)
    driver.key(pygame.K_UP)  # already the outer ring: stays
    driver.key(pygame.K_LEFT)
    driver.key(pygame.K_LEFT)  # round past the top to the last life area
    driver.key(pygame.K_RETURN)
    assert model.placement("sibling")["ring"] == "distant"
    assert model.placement("sibling")["sector"] == SECTORS[-1]
    # Focus went on to the next contact in the tray: Enter, Enter places it where it belongs.
    assert driver.ring.focused_id == "token:relative-abroad"
    driver.key(pygame.K_RETURN)
    driver.key(pygame.K_RETURN)
    assert model.placement("relative-abroad") == {
        "ring": "occasional",
        "sector": "family",
        "in_finland": False,
    }
    # Esc while holding puts it back and does not open the pause menu.
    driver.key(pygame.K_RETURN)
    driver.key(pygame.K_DOWN)
    driver.key(pygame.K_ESCAPE)
    assert type(driver.scene).__name__ == "TaskHostScene"
    assert not driver.scene.view.drag.active and model.placement("good-friend") is None
    driver.key(pygame.K_RETURN)
    driver.key(pygame.K_RETURN)
    assert model.is_complete()
    # Enter on a dot picks it up like a person in the list; put down, it is chosen and the
    # focus is on the place it is not marked with. (The map is one Tab stop: Tab goes in,
    # the arrows go from dot to dot.)
    onto_marker(driver, "marker:sibling")
    driver.key(pygame.K_RETURN)
    driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == "loc:abroad"
    driver.key(pygame.K_RETURN)
    assert model.placement("sibling")["in_finland"] is False
    driver.press(control_id="move")
    driver.key(pygame.K_DOWN)
    driver.key(pygame.K_RETURN)
    assert model.placement("sibling")["ring"] == "occasional"
    assert model.placement("sibling")["in_finland"] is False
    driver.press(control_id="remove")
    assert model.placement("sibling") is None and not model.is_complete()
    assert not driver.control(control_id="done").enabled
    assert driver.ring.focused_id == "token:sibling"  # back in the tray, and focused
    driver.key(pygame.K_RETURN)
    driver.key(pygame.K_RETURN)
    driver.press(control_id="done")
    assert type(driver.scene).__name__ == "FeedbackScene"


@pytest.mark.parametrize("language", ["fi", "en"])
def test_everything_fits_while_placing(make_driver, language):
    import pygame

    from steps_game.ui import text

    driver = open_step_3(make_driver, "education", language)
    for token_id in token_ids("education")[:4]:
        driver.press(control_id=f"token:{token_id}")
        driver.frames(1)
        driver.key(pygame.K_RETURN)
    driver.press(control_id="marker:sibling")
    mouse(driver, "move", driver.control(control_id="marker:neighbour").rect.center)
    driver.frames(2)
    assert text.overflows == []


def onto_marker(driver, marker: str) -> None:
    """Onto a dot on the map as a keyboard player: Tab into the map, then the arrows."""
    for _ in range(40):
        if (driver.ring.focused_id or "").startswith("marker:"):
            break
        driver.key(pygame.K_TAB)
    for key in [pygame.K_DOWN, pygame.K_RIGHT, pygame.K_UP, pygame.K_LEFT] * 4:
        if driver.ring.focused_id == marker:
            return
        driver.key(key)
    assert driver.ring.focused_id == marker, driver.ring.focused_id
