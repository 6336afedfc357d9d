"""In one column (large text), a group meant to start the second of two columns follows what is
before it where it fits, instead of taking a page of its own (eighth Arabic play-test: step 7's
feedback at 200 % had a page holding a single bullet, then the next group on the page after)."""

from __future__ import annotations

import pygame

from steps_game.ui.flow import Group, Para, flow_at


def test_a_new_column_group_follows_on_in_one_column_and_starts_a_column_in_two():
    pygame.init()
    box = pygame.Rect(0, 0, 600, 400)
    first = Group((Para("Why these points", 22, "title", heading=True), Para("One reason.", 20)))
    second = Group(
        (Para("What would earn more", 22, "title", heading=True), Para("One more.", 20)),
        new_column=True,
    )
    one = flow_at([first, second], box, 1, 32, 1.0)
    assert len(one) == 1, "a page of its own for the second group"
    tops = sorted(piece.rect.top for piece in one[0].pieces)
    assert tops[-1] > tops[0]
    two = flow_at([first, second], box, 2, 32, 1.0)
    assert len(two) == 1
    lefts = {piece.rect.left for piece in two[0].pieces}
    assert len(lefts) == 2, "side by side in two columns"
