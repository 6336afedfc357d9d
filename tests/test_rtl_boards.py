"""The seven task boards in a right-to-left language, through the real game: each board is the
mirror image of its left-to-right layout (what the builder places and what the view draws and
hit-tests itself), stays inside the task area, and is played to the end with the mouse, at the
mirrored places, and with the keyboard, whose arrows move the way the player sees."""

from __future__ import annotations

from dataclasses import dataclass

import pygame
import pytest

from steps_game.scenes.feedback import FeedbackScene
from steps_game.scenes.layout import SCREEN_H, SCREEN_W
from steps_game.scenes.task_host import TaskHostScene
from steps_game.ui import palette
from steps_game.ui import text as text_module
from tests.test_playthrough import Player

STEPS = range(1, 8)
# the footer's (a task's way on to its next part among them) and the header's Menu button
HOST_CONTROLS = {"undo", "start-over", "done", "to-first", "to-concrete", "start-planning", "menu"}
# the way on that a step's view hands to the footer (TaskView.next_part), by step
FOOTER_WAY_ON = {1: {"next"}}
# Each board is played in Arabic; the two with the most words side by side in Persian too, in a
# larger window, whose clicks and drags are scaled onto the logical screen.
LANGUAGES = {step: [("ar", (1280, 720))] for step in STEPS} | {
    step: [("ar", (1280, 720)), ("fa", (1920, 1080))] for step in (3, 4)
}
# A point mirrors onto the screen's column 1280 - x, a pixel column onto 1279 - x, and pygame
# rounds a circle or a slanted line to pixels a little differently on its two sides: a shape
# drawn around a mirrored point lands up to two pixels off its exact mirror image.
PIXEL_SLACK = 2
# Smaller patches of a shape colour are the edges of letters drawn over a shape, not shapes.
LEAST_SHAPE = 4


@dataclass
class Board:
    """What one build of a task board put on screen."""

    controls: dict[str, pygame.Rect]  # by control id
    drawn_controls: set[str]  # the game's own (cards, chips, dots): pygame_gui's are buttons
    texts: list[tuple[str, pygame.Rect]]
    panels: list[pygame.Rect]
    shapes: list[tuple[int, int, int, int]]  # the view's own drawing: a rect per patch of colour
    drawn_outside: int  # pixels the view drew itself outside the task area
    drawn_under: set[str]  # the controls the view's own drawing reaches under (a map's dots)
    area: pygame.Rect  # the task area the host gave the view


def shape_colours() -> tuple[tuple[int, int, int], ...]:
    """The colours of the shapes views draw themselves (warmth bars, an arrow, a banner, "me"
    in the middle of the map): text is drawn in other colours, so these pixels are the shapes
    alone. (The map's dots are controls, compared as such.)"""
    return palette.ACCENT, palette.ACCENT_SOFT


def open_task(
    make_driver, tmp_path, step: int, language: str, window=(1280, 720), *, unmirrored=False
):
    """A fresh task screen for step `step` through the real game, in its own data folder.

    `unmirrored`: the same words laid out left to right, the reference a mirrored board is
    compared with. Boxes are as tall as their words need, so only the same words give the same
    heights; the language's script keeps its fonts and line heights."""
    folder = tmp_path / (f"{language}-unmirrored" if unmirrored else language)
    driver = make_driver(language=language, start_step=step, window=window, data_dir=folder)
    if unmirrored:
        text_module.set_writing(text_module.current_script(), False)
    driver.app.session.new("it")
    driver.app.reset_to(TaskHostScene(driver.app, step))
    driver.frames()
    _note_board_items(driver.scene)
    driver.scene.rebuild()
    return driver


def _note_board_items(scene: TaskHostScene) -> None:
    """Keep, on each build, which texts and panels the task view made (the host's header and
    footer are made before and after it)."""
    view, build = scene.view, scene.view.build

    def noting_build(ui, area):
        texts, panels = len(ui.texts), len(ui.panels)
        build(ui, area)
        view.made = (ui.texts[texts:], ui.panels[panels:])

    view.build = noting_build


def board(driver) -> Board:
    scene = driver.scene
    task_area = scene.area
    texts, panels = scene.view.made
    drawing = pygame.Surface((SCREEN_W, SCREEN_H), pygame.SRCALPHA)
    scene.view.draw(drawing)
    inside = drawing.subsurface(task_area)
    drawn_inside = pygame.mask.from_surface(inside).count()
    shapes = []
    under = set()
    if drawn_inside:  # the drawing on the background, as it is seen
        for control in scene.ring.controls:
            area = control.rect.clip(drawing.get_rect())
            if area.size != (0, 0) and pygame.mask.from_surface(drawing.subsurface(area)).count():
                under.add(control.id)
        seen = pygame.Surface(task_area.size)
        seen.fill(palette.BACKGROUND)
        seen.blit(inside, (0, 0))
        for colour in shape_colours():
            mask = pygame.mask.from_threshold(seen, colour, (1, 1, 1, 255))
            shapes += [
                tuple(patch.move(task_area.topleft))
                for patch in mask.get_bounding_rects()
                if min(patch.size) >= LEAST_SHAPE
            ]
    return Board(
        controls={c.id: pygame.Rect(c.rect) for c in scene.ring.controls},
        drawn_controls={c.id for c in scene.ring.controls if c.element is None},
        texts=[(item.text, pygame.Rect(item.rect)) for item in texts],
        panels=[pygame.Rect(rect) for rect, _ in panels],
        shapes=sorted(shapes),
        drawn_outside=pygame.mask.from_surface(drawing).count() - drawn_inside,
        drawn_under=under,
        area=pygame.Rect(task_area),
    )


def mirrored(rect: pygame.Rect) -> pygame.Rect:
    return pygame.Rect(SCREEN_W - rect.right, rect.y, rect.width, rect.height)


class RecordingPlayer(Player):
    """The playthrough's Player, noting the board after each of its actions."""

    def __init__(self, driver, *, mouse: bool) -> None:
        super().__init__(driver, mouse=mouse, best=True)
        self.boards = [board(driver)]

    def use(self, control_id: str) -> None:
        super().use(control_id)
        if isinstance(self.driver.scene, TaskHostScene):
            self.boards.append(board(self.driver))

    def play(self) -> None:
        getattr(self, self.driver.scene.level.task.kind)()
        self.boards.append(board(self.driver))
        assert self.model.is_complete()


def assert_mirror_image(ltr: Board, rtl: Board) -> int:
    """`rtl` is `ltr` in a mirror: the same controls at the same heights, each on the other half
    of the screen and their order in a row turned round; the game's own cards, chips and dots,
    and the shapes the view draws, exactly at their mirrored places (buttons are as wide as
    their words, so a row of them shifts); the view's drawing under the same controls. Returns
    how many pairs of controls stood side by side: a board without any proves little."""
    board_ids = ltr.controls.keys() - HOST_CONTROLS
    assert board_ids == rtl.controls.keys() - HOST_CONTROLS
    middle = SCREEN_W // 2
    apart = 0
    for control_id in board_ids:
        left, right = ltr.controls[control_id], rtl.controls[control_id]
        assert (right.y, right.height) == (left.y, left.height), control_id
        if control_id in ltr.drawn_controls:
            assert right == mirrored(left), control_id
        if left.right <= middle:
            assert right.left >= middle, (control_id, left, right)
        if left.left >= middle:
            assert right.right <= middle, (control_id, left, right)
        for other_id in board_ids:
            other = ltr.controls[other_id]
            # pairs in one row only: buttons as wide as their words reach across other rows'
            # things differently in each language
            if left.right <= other.left and left.top < other.bottom and other.top < left.bottom:
                apart += 1
                assert rtl.controls[other_id].right <= right.left, (
                    f"{control_id} is left of {other_id} in left-to-right, not right of it"
                )
    assert rtl.drawn_under == ltr.drawn_under
    assert len(rtl.shapes) == len(ltr.shapes)
    images = sorted(tuple(mirrored(pygame.Rect(shape))) for shape in ltr.shapes)
    for shape, image in zip(images, rtl.shapes, strict=True):
        assert all(abs(a - b) <= PIXEL_SLACK for a, b in zip(tuple(shape), image, strict=True)), (
            shape,
            image,
        )
    return apart


def assert_inside_task_area(shown: Board, step: int) -> None:
    for control_id, rect in shown.controls.items():
        if control_id not in HOST_CONTROLS | FOOTER_WAY_ON.get(step, set()):
            assert shown.area.contains(rect), (control_id, rect)
    for words, rect in shown.texts:
        assert shown.area.contains(rect), (words, rect)
    for rect in shown.panels:
        assert shown.area.contains(rect), rect
    assert shown.drawn_outside == 0


@pytest.mark.parametrize("step", STEPS)
def test_each_board_is_the_mirror_image_and_plays_to_the_end(make_driver, tmp_path, step):
    for language, window in LANGUAGES[step]:
        reference = open_task(make_driver, tmp_path, step, language, window, unmirrored=True)
        unmirrored = RecordingPlayer(reference, mouse=True)
        unmirrored.play()
        driver = open_task(make_driver, tmp_path, step, language, window=window)
        player = RecordingPlayer(driver, mouse=True)
        player.play()
        assert len(player.boards) == len(unmirrored.boards)
        apart = 0
        for ltr, rtl in zip(unmirrored.boards, player.boards, strict=True):
            apart += assert_mirror_image(ltr, rtl)
            assert_inside_task_area(rtl, step)
        assert apart
        if language == "ar":  # once more from the start, with the keyboard alone
            driver.click(control_id="start-over")
            driver.click(control_id="yes")  # Start over asks first
            assert not player.model.is_complete()
            keyboard = Player(driver, mouse=False, best=True)
            getattr(keyboard, driver.scene.level.task.kind)()
            assert keyboard.model.is_complete()
        driver.press(control_id="done")
        assert isinstance(driver.scene, FeedbackScene)
    assert text_module.overflows == []


def test_left_and_right_move_focus_the_way_the_cards_stand(make_driver, tmp_path):
    driver = open_task(make_driver, tmp_path, 2, "ar")
    first, second = driver.ids_starting("goal:")[:2]
    driver.tab_to(control_id=first)
    assert driver.control(control_id=second).rect.right < driver.control(control_id=first).rect.x
    driver.key(pygame.K_LEFT)
    assert driver.ring.focused_id == second
    driver.key(pygame.K_RIGHT)
    assert driver.ring.focused_id == first


def test_keep_warm_arrow_towards_the_card_reaches_its_options(make_driver, tmp_path):
    """The person's card stands left of the people in Arabic: Left goes on to its options."""
    driver = open_task(make_driver, tmp_path, 7, "ar")
    person = driver.ring.focused_id
    assert person.startswith("tie:")
    driver.key(pygame.K_RIGHT)  # away from the card: nothing there
    assert driver.ring.focused_id == person
    driver.key(pygame.K_LEFT)
    # nothing chosen yet: the open card's first way shown
    shown = [i for i in driver.ids() if i.startswith("action:")]
    assert driver.ring.focused_id == shown[0] != "action:none"
    option = driver.control(control_id=driver.ring.focused_id).rect
    assert option.right < driver.control(control_id=person).rect.x


def held_trail(driver, keys: list[int]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pick up the first contact with Enter and press `keys`: its cell and the point it is drawn
    at, when picked up and after each key."""
    driver.press(control_id=driver.ids_starting("token:")[0])
    drag = driver.scene.view.drag
    trail = [(drag.slot, drag.pos)]
    for key in keys:
        driver.key(key)
        trail.append((drag.slot, drag.pos))
    return trail


def test_network_map_arrows_move_a_held_contact_as_in_a_mirror(make_driver, tmp_path):
    """Arrows move a held contact round the map the way the mirrored map shows it: Left in
    Arabic does on screen what Right does in a left-to-right layout, mirrored, and reaches the
    same cell."""
    keys = [pygame.K_RIGHT, pygame.K_UP, pygame.K_RIGHT, pygame.K_DOWN, pygame.K_LEFT]
    swapped = {pygame.K_LEFT: pygame.K_RIGHT, pygame.K_RIGHT: pygame.K_LEFT}
    unmirrored = held_trail(open_task(make_driver, tmp_path, 3, "ar", unmirrored=True), keys)
    driver = open_task(make_driver, tmp_path, 3, "ar")
    arabic = held_trail(driver, [swapped.get(key, key) for key in keys])
    assert [slot for slot, _ in arabic] == [slot for slot, _ in unmirrored]
    assert [pos for _, pos in arabic] == [(SCREEN_W - x, y) for _, (x, y) in unmirrored]
    # While a contact is held, its placing panel is drawn over the board's panel.
    assert driver.scene.view.panel_rect in [rect for rect, _ in driver.scene.ui.panels]
    # The life areas begin at the top of the map and follow counterclockwise in Arabic: there,
    # Right moves the contact to the right on screen and Left to the left.
    drag = driver.scene.view.drag
    sectors = driver.scene.view.geometry.sectors
    for _ in range(-drag.slot[1] % sectors):
        driver.key(pygame.K_LEFT)
    assert drag.slot[1] == 0
    first = drag.pos
    driver.key(pygame.K_RIGHT)
    assert drag.slot[1] == sectors - 1 and drag.pos[0] > first[0]
    driver.key(pygame.K_LEFT)
    assert drag.pos == first
    driver.key(pygame.K_RETURN)
    assert driver.scene.model.placed()


def test_network_map_drags_land_on_the_mirrored_map_and_tray(make_driver, tmp_path):
    driver = open_task(make_driver, tmp_path, 3, "ar")
    view, model = driver.scene.view, driver.scene.model
    token = driver.ids_starting("token:")[0].partition(":")[2]
    chip = driver.control(control_id=f"token:{token}").rect
    ring, sector = view.geometry.rings - 1, 1
    x, y = view.geometry.cell_center(ring, sector)
    target = round(x), round(y)
    assert target[0] > chip.right  # the map on the right, the tray on the left
    driver.pointer("down", chip.center)
    driver.pointer("move", (chip.centerx + 40, chip.centery + 30))
    driver.pointer("move", target)
    driver.pointer("up", target)
    placed = model.placement(token)
    assert model.index_of(placed["ring"], placed["sector"]) == (ring, sector)
    dot = driver.control(control_id=f"marker:{token}").rect
    assert dot.collidepoint(target)  # alone in its cell, in the middle of it
    tray = view.tray_rect
    driver.pointer("down", dot.center)
    driver.pointer("move", tray.center)
    driver.pointer("up", tray.center)
    assert model.placement(token) is None
    assert text_module.overflows == []


def test_week_planner_click_in_a_weeks_column_places_there(make_driver, tmp_path):
    driver = open_task(make_driver, tmp_path, 4, "ar")
    model = driver.scene.model
    driver.click(control_id="start-planning")
    action = driver.ids_starting("action:")[0].partition(":")[2]
    driver.click(control_id=f"action:{action}")
    head = driver.control(control_id="week:2").rect
    driver.pointer("down", (head.centerx, head.bottom + 60))  # below the week's button
    driver.pointer("up", (head.centerx, head.bottom + 60))
    assert model.week_of(action) == 2
