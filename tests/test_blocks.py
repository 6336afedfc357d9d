"""ui/blocks.py: parts of a board stacked whole, page by page, with the page that matters shown
when it changes or when the board reflows, and the wheel turning the pages round."""

from __future__ import annotations

import pygame
import pytest

from steps_game.ui.blocks import Block, PagedBlocks, more_height


@pytest.fixture(autouse=True)
def fonts():
    pygame.font.init()


def more(page: int, pages: int) -> str:
    return f"More ({page}/{pages})"


def blocks(*heights: int) -> list[Block]:
    return [Block(height, lambda rect: None) for height in heights]


def test_parts_that_fit_stay_on_one_page_and_nothing_is_paged() -> None:
    paged = PagedBlocks("more-test")
    assert paged.lay_out(blocks(50, 50, 50), 400, more, 600) == [[0, 1, 2]]
    assert not paged.paged
    assert not paged.scroll(1)  # nothing for the wheel to turn


def test_each_page_keeps_room_for_its_more_button_and_no_part_is_split() -> None:
    paged = PagedBlocks("more-test")
    room = 300
    pages = paged.lay_out(blocks(120, 120, 120, 120), room, more, 600)
    assert paged.paged and sorted(i for page in pages for i in page) == [0, 1, 2, 3]
    foot = more_height(more, 600)
    for page in pages:
        used = sum(120 for _ in page) + 12 * (len(page) - 1)
        assert used + foot <= room or len(page) == 1


def test_the_page_of_what_matters_is_shown_once_per_change_and_after_a_reflow() -> None:
    paged = PagedBlocks("more-test")
    parts = blocks(200, 200, 200, 200)
    paged.lay_out(parts, 300, more, 600, keep=2, keep_key="a")
    assert 2 in paged.pages[paged.pager.page]
    paged.scroll(1)  # the player turns on: a rebuild with the same key keeps their page
    turned = paged.pager.page
    paged.lay_out(parts, 300, more, 600, keep=2, keep_key="a")
    assert paged.pager.page == turned
    paged.lay_out(blocks(200, 200, 90, 90), 300, more, 600, keep=2, keep_key="a")  # reflowed
    assert 2 in paged.pages[paged.pager.page]
    paged.lay_out(parts, 300, more, 600, keep=0, keep_key="b")  # something else matters now
    assert paged.pager.page == 0


def test_the_wheel_goes_round_both_ways_and_a_whole_layout_stops_it() -> None:
    paged = PagedBlocks("more-test")
    paged.lay_out(blocks(200, 200, 200), 300, more, 600)
    pages = paged.pager.pages
    assert pages == 3
    assert paged.scroll(-1) and paged.pager.page == pages - 1
    assert paged.scroll(1) and paged.pager.page == 0
    paged.unused()
    assert not paged.paged and not paged.scroll(1)
