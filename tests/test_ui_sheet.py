"""A task board too big for its box at large text is stacked and paged (ui/sheet.py): every
control is reachable page by page, by the More button, the wheel and Page Down, and nothing of a
page stands outside the board's box."""

from __future__ import annotations

import pygame
import pytest

from steps_game.ui.intents import Act, Intent
from steps_game.ui.sheet import Sheet
from steps_game.ui.text import text_height

MORE = "more-board"


class _Ring:
    def board(self, name):
        from contextlib import nullcontext

        return nullcontext()

    def paging(self, turn, every_page=False):
        from contextlib import nullcontext

        return nullcontext()


class _UI:
    """Just enough of a ViewBuilder for a Sheet to be laid out on."""

    ring = _Ring()
    scale = 1.0
    row_height = 40
    row_text_size = 20

    def layout_dx(self, dx):
        return dx


def _large(make_driver, step: int):
    driver = make_driver(start_step=step, language="en")
    driver.app.change_setting("text_size", 200)
    driver.scene.rebuild()
    driver.app.step()
    return driver


def _inside(driver) -> None:
    area = driver.scene.area
    footer = [c for c in driver.ring.controls if c.board is None]
    for control in driver.ring.controls:
        if control.id == MORE and control.board is None:
            # the page turner in the footer beside Start over (host.footer_button), as for
            # other boards: on the screen, clear of the footer's other buttons
            assert pygame.Rect(0, 0, 1280, 720).contains(control.rect)
            others = [c.rect for c in footer if c is not control]
            assert control.rect.collidelist(others) == -1, control.rect
        elif control.id.startswith(("tie:", "action:", "option:", "item:", "contact:", MORE)):
            assert area.contains(control.rect), (control.id, control.rect, area)


def test_a_tall_paragraph_is_cut_into_rows_of_whole_lines_no_taller_than_a_page():
    pygame.init()
    sheet = Sheet(_UI())
    words = "Small actions now and then keep ties warm. " * 12
    sheet.text(words, pygame.Rect(0, 0, 300, 2000), size=20)
    sheet.card("a", "A card", pygame.Rect(0, 2010, 300, 60), None)
    sheet.text("Beside the card", pygame.Rect(310, 2020, 200, 30), size=20)
    rows = sheet.rows(120)
    assert len(rows) > 2  # the paragraph went into several rows
    assert all(bottom - top <= 120 for top, bottom in rows)
    assert rows[-1] == (2010, 2070)  # the card and the words beside it are one row
    pieces = [m.args[0] for m in sheet.marks if m.kind == "text"][:-1]
    assert " ".join(pieces).split() == words.split()  # no word lost


def test_a_page_break_starts_a_new_page_where_the_rows_would_still_fit():
    from steps_game.ui.sheet_pages import _pages

    pygame.init()
    sheet = Sheet(_UI())
    sheet.card("a", "A card", pygame.Rect(0, 0, 300, 60), None)
    sheet.card("b", "B card", pygame.Rect(0, 70, 300, 60), None)
    sheet.page_break(140)
    sheet.text("The profile", pygame.Rect(0, 140, 300, 30), size=20)
    sheet.card("c", "Go on", pygame.Rect(0, 180, 300, 60), None)
    rows = sheet.rows(1000)
    assert _pages(rows, 1000) == [(0, 240)]  # all on one page without the break
    assert _pages(rows, 1000, sheet.breaks()) == [(0, 130), (140, 240)]
    assert len(rows) == 4  # the break is no row of its own, and nothing to put on screen
    assert [m.kind for m in sheet.marks].count("break") == 1


def _solid(sheet: Sheet) -> list[pygame.Rect]:
    return [m.rect for m in sheet.marks if m.kind in ("text", "card", "button")]


def test_a_paragraph_cut_taller_than_measured_moves_what_is_under_it_down():
    # (Russian step 5 at 200 %: the last line of a cut paragraph lay over the words under it)
    pygame.init()
    sheet = Sheet(_UI())
    words = "Small actions now and then keep ties warm. " * 12
    drawn = text_height(words, 20, 300)
    short = drawn // 2  # measured shorter than its words are, but taller than a page
    sheet.panel(pygame.Rect(0, 0, 300, short + 80), None)  # the box round all of it
    sheet.text(words, pygame.Rect(0, 0, 300, short), size=20)
    sheet.text("Under the paragraph", pygame.Rect(0, short, 300, 30), size=20)
    sheet.card("a", "A card", pygame.Rect(0, short + 40, 300, 40), None)
    sheet.rows(120)
    solid = _solid(sheet)
    assert all(a.collidelist(solid[i + 1 :]) == -1 for i, a in enumerate(solid))
    pieces = [m for m in sheet.marks if m.kind == "text"][:-1]
    under = next(m for m in sheet.marks if m.args[0] == "Under the paragraph")
    assert under.rect.top >= pieces[-1].rect.bottom >= drawn
    card = next(m for m in sheet.marks if m.kind == "card")
    assert card.rect.top - under.rect.bottom == 10  # the gap between them kept
    panel = next(m for m in sheet.marks if m.kind == "panel")
    assert panel.rect.bottom >= card.rect.bottom  # the box still round all of it


class _Drawn(_UI):
    """A ViewBuilder that keeps what was put on the screen."""

    def __init__(self):
        self.texts: list[tuple[str, pygame.Rect]] = []
        self.ring = _FocusRing()

    def text(self, text, rect, **style):
        self.texts.append((text, pygame.Rect(rect)))

    def button(self, control_id, text, rect, action, **style):
        self.texts.append((text, pygame.Rect(rect)))

    def panel(self, rect, color=None):
        pass


class _FocusRing(_Ring):
    focused_id = None


def test_a_board_laid_out_again_for_its_pages_cuts_its_tall_paragraphs_too():
    """The pages beside their page button, tried first, are laid out again after the pages
    under it were tried: that sheet's paragraphs taller than a page are cut as well, so every
    line of the words is on a page (a paragraph left whole stood on none)."""
    from steps_game.ui.sheet_pages import SheetPages

    pygame.init()
    words = "Small actions now and then keep ties warm. " * 12

    def lay_out(ui, area, stacked):
        height = text_height(words, 20, area.width)
        ui.text(words, pygame.Rect(area.x, area.y, area.width, height), size=20)
        ui.button("send", "Send", pygame.Rect(area.x, area.y + height + 10, 200, 50), None)

    def tr(key, **numbers):
        return f"Next page ({numbers['page']}/{numbers['pages']})"

    pages = SheetPages()
    area = pygame.Rect(0, 0, 900, 200)
    ui = _Drawn()
    pages.show(ui, tr, area, lay_out, rebuild=lambda: None)
    assert pages.stacked and pages.pages > 1
    shown = []
    for page in range(pages.pages):
        pages.page = page
        ui.texts.clear()
        pages.show(ui, tr, area, lay_out, rebuild=lambda: None)
        assert all(area.contains(rect) for _, rect in ui.texts), ui.texts
        shown += [text for text, _ in ui.texts if not text.startswith("Next page")]
    assert " ".join(shown).split() == [*words.split(), "Send"]


@pytest.mark.parametrize("step", [5, 6, 7])
def test_each_page_of_a_stacked_board_stands_inside_its_box(make_driver, step):
    driver = _large(make_driver, step)
    view = driver.scene.view
    if step == 5:  # the message built (whom to write to has its own pages: the cards')
        driver.press(control_id=driver.find_id("contact:"))
    assert view.sheet.stacked and view.sheet.pages > 1
    for _ in range(view.sheet.pages):
        _inside(driver)
        driver.press(control_id=MORE)
        assert driver.ring.focused_id == MORE  # the focus stays to turn on


def test_every_person_of_step_7_is_reached_by_the_more_button_and_by_the_wheel(make_driver):
    driver = _large(make_driver, 7)
    view, model = driver.scene.view, driver.scene.model
    driver.press(control_id=MORE)  # the keyboard in use: its keys under the instruction
    seen = set()
    for _ in range(view.sheet.pages):
        seen.update(driver.ids_starting("tie:"))
        driver.press(control_id=MORE)
    assert seen == {f"tie:{tie.id}" for tie in model.relationships}
    first, pages = view.sheet.page, view.sheet.pages
    assert view.handle(Intent(Act.SCROLL, dy=1, pos=(640, 500)))
    assert view.sheet.page == (first + 1) % pages
    assert view.handle(Intent(Act.SCROLL, dy=-1))
    assert view.sheet.page == first


def test_picking_a_person_turns_to_the_page_of_their_ways(make_driver):
    driver = _large(make_driver, 7)
    model = driver.scene.model
    last = model.relationships[-1]
    for _ in range(30):
        if f"tie:{last.id}" in driver.ids():
            break
        driver.press(control_id=MORE)
    driver.press(control_id=f"tie:{last.id}")
    assert driver.ring.focused_id.startswith("action:")
    assert driver.ring.focused_id in driver.ids()
    # whose ways, on their page (since the fourth Arabic play-test, whose ways were on a page
    # without the person's name, it asked for "No contact this week" on this page), with how
    # warm they are now (eighth)
    heading = driver.scene.view.card_heading(last)
    assert heading.startswith(driver.scene.tr.pick(last.role))
    from steps_game.ui import text_record

    with text_record.recording() as drawn:  # (the title of their card over the ways)
        driver.app.draw()
    assert heading in [item.words or item.text for item in drawn]


# Step 7's board at 200 %, played by keyboard (the keys line under the instruction), with the
# first person's card open: before it was made denser it took 7 pages in English, 8 in Arabic
# and 17 in Somali, one or two controls a page (a person a row, their warmth's plan line left
# alone at the top of the next page, the role said again over the open card, the energy and
# "Next week" a row each). Two people a row, a row kept whole on a page, the plan lines as tall
# as they are, the energy beside "Next week", and the page turner beside or under the board,
# whichever gives fewer pages, make it 5, 5 and 14 (Somali's instruction and keys took five
# lines of the screen's height). The instruction at large text, short from week 1 on ("Week 1
# of 6. Energy: 3 of 3."), gives Somali its two people a row too, and 8 pages; 9 since its ways
# are measured with the room a 200 % tick keeps (at 8 a chosen way's words were cut off).
@pytest.mark.parametrize(("language", "before", "now"), [("en", 7, 5), ("ar", 8, 5), ("so", 17, 9)])
def test_step_7_at_200_percent_takes_fewer_pages(make_driver, language, before, now):
    driver = make_driver(start_step=7, language=language)
    driver.app.change_setting("text_size", 200)
    driver.scene.rebuild()
    driver.app.step()
    sheet = driver.scene.view.sheet
    driver.key(pygame.K_TAB)  # the keyboard in use: the focus on the person with news
    people = [f"tie:{tie.id}" for tie in driver.scene.model.relationships]
    for _ in people:  # up to the first person (the week opens on the news: keep_warm/order.py)
        if driver.ring.focused_id == people[0]:
            break
        driver.key(pygame.K_UP)
    assert driver.scene.view.paired  # two people a row
    if driver.scene.view.paired:
        driver.key(pygame.K_DOWN)  # Down: the next person, the one beside on the same row
        assert driver.ring.focused_id == people[1]
        driver.key(pygame.K_UP)
        assert driver.ring.focused_id == people[0]
    driver.key(pygame.K_RETURN)  # their card open
    assert sheet.stacked
    assert sheet.pages <= now < before
    seen = set()
    for _ in range(sheet.pages):  # every person and way still reached page by page
        seen.update(driver.ids_starting(("tie:", "action:")))
        driver.scene.view.sheet.turn(1)
        driver.scene.rebuild()
        driver.app.step()
    model = driver.scene.model
    first = model.relationships[0].id
    wanted = {f"tie:{tie.id}" for tie in model.relationships}
    wanted |= {f"action:{a.id}" for a in model.offered(first)} | {"action:none"}
    assert seen >= wanted


def test_at_normal_text_the_boards_are_not_stacked(make_driver):
    for step in (5, 6, 7):
        driver = make_driver(start_step=step, language="en")
        assert not driver.scene.view.sheet.stacked
        assert MORE not in driver.ids()


@pytest.mark.parametrize("size", [100, 200])
def test_the_part_that_completes_the_letter_sends_the_focus_to_send(make_driver, size):
    """A keyboard player who chose the last part finds Send focused and on the page shown,
    instead of a greyed Done and Send pages away; at 200 %, where the letter is pages under
    the options, once its pages are read (Enter on the page turner reads on to Send)."""
    from steps_game.scenes.task_host import TaskHostScene

    driver = make_driver(start_step=5, language="en")
    driver.app.change_setting("text_size", size)
    driver.app.session.new("it")
    driver.app.reset_to(TaskHostScene(driver.app, 5))
    driver.frames()
    model = driver.scene.model
    if driver.ids_starting("contact:"):
        driver.press(control_id=driver.find_id("contact:"))
    for part in model.config.parts:
        wanted = f"option:{model.options(part.id)[0].id}"
        driver.press(control_id=driver.find_id("option:", lambda c, w=wanted: c == w))
    assert model.ready
    for _ in range(driver.scene.view.sheet.pages):
        if driver.ring.focused_id == "send":
            break
        assert driver.ring.focused_id == MORE  # (a letter page: read on)
        driver.key(pygame.K_RETURN)
    assert driver.ring.focused_id == "send"
    assert "send" in driver.ids()


def test_step_5_carries_its_instruction_when_a_card_is_taller_than_a_page_under_it(make_driver):
    """Somali at 200 % with the keyboard in use: under the instruction and its keys a page of
    the board was lower than one person's card (the card ran into the footer); the board takes
    the whole height under the title, the instruction and the keys heading its first page."""
    from tests.test_large_text import open_task, problems

    driver = open_task(make_driver, 5, "so")
    view = driver.scene.view
    driver.key(pygame.K_TAB)  # the keyboard in use: its keys under the instruction
    assert driver.app.keyboard_mode and view.carrying
    assert view.sheet.stacked and view.sheet.pages > 1
    instruction = [view.instruction(), driver.scene.keys_text]
    seen, with_instruction = set(), 0
    for _ in range(view.sheet.pages):
        assert not problems(driver)
        _inside(driver)
        texts = driver.texts()
        with_instruction += all(words in texts for words in instruction)
        seen |= set(driver.ids_starting("contact:"))
        view.sheet.turn(1)
        driver.scene.rebuild()
        driver.app.step()
    assert with_instruction == 1  # on one page of the board, not under the title
    assert seen == {f"contact:{c.id}" for c in driver.scene.model.contacts()}


def test_step_5_keeps_its_instruction_under_the_title_at_normal_text(make_driver):
    driver = make_driver(start_step=5, language="so")
    driver.key(pygame.K_TAB)
    assert not driver.scene.view.carrying
    assert driver.scene.view.instruction() in driver.texts()


def test_step_5s_check_for_carrying_leaves_the_options_page_as_it_was(make_driver):
    """The layouts tried to decide whether step 5's board carries the instruction (one of
    them stacked, on one page) leave the player's page of the options and the letter's scroll
    as they were: they took the page back to the first at each build, so that in workshop mode
    on a projector the options' second page could not be reached."""
    driver = make_driver(start_step=5, language="en", workshop=True, window=(1920, 1080))
    view = driver.scene.view
    if driver.ids_starting("contact:"):
        driver.press(control_id=driver.ids_starting("contact:")[0])
    pager = view.cards_pager
    pager.page, pager.pages = 1, 3  # the player on the options' second page
    view.letter.scroll.first = 2
    kept = (pager.page, pager.pages, list(view.card_order), dict(vars(view.letter.scroll)))
    area = driver.scene.area
    view.carries_instruction(area, area)
    assert (pager.page, pager.pages, view.card_order, vars(view.letter.scroll)) == kept


def test_a_board_laid_out_again_for_its_pages_keeps_its_page_breaks():
    """The pages beside their page button, laid out again after the pages under it were tried,
    start a new page at the board's page breaks as the pages tried did."""
    from steps_game.ui.sheet_pages import SheetPages

    pygame.init()

    def lay_out(ui, area, stacked):
        ui.text("First part", pygame.Rect(area.x, area.y, 300, 40), size=20)
        if not stacked:  # side by side it does not fit the box: the board is stacked
            ui.text("Second part", pygame.Rect(area.right, area.y, 300, 40), size=20)
            return
        ui.page_break(area.y + 50)
        ui.text("Second part", pygame.Rect(area.x, area.y + 50, 300, 40), size=20)

    def tr(key, **numbers):
        return f"Next page ({numbers['page']}/{numbers['pages']})"

    pages, ui = SheetPages(), _Drawn()
    area = pygame.Rect(0, 0, 900, 400)
    pages.show(ui, tr, area, lay_out, rebuild=lambda: None)
    assert pages.stacked and pages.pages == 2
    shown = [text for text, _ in ui.texts if not text.startswith("Next page")]
    assert shown == ["First part"]


def _drawing(drawn: list):
    """A builder that notes each panel and text it is given into `drawn`, as (kind, rect)."""
    pygame.init()

    class _Drawing(_UI):
        def panel(self, rect, color=None):
            drawn.append(("panel", pygame.Rect(rect)))

        def text(self, text, rect, **style):
            drawn.append(("text", pygame.Rect(rect)))

    return _Drawing()


def test_a_panel_cut_by_a_page_keeps_its_padding_over_and_under_the_words():
    """Fifth Arabic play-test: a panel cut to the page's words pressed the first line against
    the box's top (s7_03) and cut the marks under an Arabic last line at its bottom (s6_23).
    Where the page has room, the panel keeps PANEL_PAD over and under the page's words."""
    from steps_game.ui.sheet import PANEL_PAD

    drawn: list = []
    sheet = Sheet(_drawing(drawn))
    sheet.panel(pygame.Rect(0, 0, 300, 400))  # round three lines, cut after the second
    for top in (12, 140, 300):
        sheet.text("A line of words", pygame.Rect(12, top, 276, 40), size=20)
    sheet.rows(240)
    for span in [(12, 180), (300, 340)]:
        drawn.clear()
        sheet.put(span, dy=span[0])
        panel = next(rect for kind, rect in drawn if kind == "panel")
        texts = [rect for kind, rect in drawn if kind == "text"]
        assert panel.top <= min(r.top for r in texts) - PANEL_PAD, span
        assert panel.bottom >= max(r.bottom for r in texts) + PANEL_PAD, span
        assert panel.top >= 0 and max(r.bottom for r in texts) <= 240  # on the page


def test_a_full_page_s_panel_still_reaches_past_its_last_line():
    """With every page turned at 200 % (the audit's --pages), a page full to its foot cut its
    panel flush under the last line, which touched the cut edge (step 5's letter in seven
    languages). The panel reaches FOOT_BLEED past the page's foot, into the gap every board
    keeps under its pages, and the page holds as many rows as before."""
    from steps_game.ui.sheet import FOOT_BLEED, GAP

    drawn: list = []
    sheet = Sheet(_drawing(drawn))
    sheet.panel(pygame.Rect(0, 0, 300, 400))
    for top in (0, 40, 80, 120):
        sheet.text("A line of words", pygame.Rect(12, top, 276, 40), size=20)
    sheet.rows(80)  # two lines a page, the page full
    drawn.clear()
    sheet.put((0, 80), dy=0)
    panel = next(rect for kind, rect in drawn if kind == "panel")
    last = max(rect.bottom for kind, rect in drawn if kind == "text")
    assert last == 80  # the page's two lines as they were
    assert panel.bottom == last + FOOT_BLEED and FOOT_BLEED < GAP
