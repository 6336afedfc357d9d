"""Step 5 at 200 % text, read as the Arabic keyboard player reads it: each text once. The
words before a part stand over every page of its options, and in one form on all of them."""

from __future__ import annotations

import pygame
import pytest

from tests.test_message_builder_large_text import _writing


@pytest.mark.parametrize("language", ["ar", "en", "so"])
def test_the_words_before_a_part_read_the_same_on_every_page_of_its_options(
    make_driver, language
) -> None:
    """Twentieth Arabic 200 % play-test: the line of the words before a part was shortened on
    the first page of options (under the rows above it) and whole on the next, so she read
    each part's line twice (91 words in step 5). Now a part's pages of options repeat the
    first page's form, the longest options chosen so the lines are long."""
    driver = _writing(make_driver, language)
    model, view = driver.scene.model, driver.scene.view
    opening = view.t("before_part", words="").strip()[:8]
    paged = 0
    for _ in model.config.parts:
        current = model.state["current"]
        options = model.options(current)
        forms, pages = set(), set()
        for option in options:
            assert driver.ring.focused_id == f"option:{option.id}"
            pages.add(view.sheet.page)
            forms |= {words for words in driver.texts() if words.startswith(opening)}
            driver.key(pygame.K_DOWN)
        paged += len(pages) > 1
        assert len(forms) == 1, (current, forms)
        while driver.ring.focused_id != f"option:{options[0].id}":
            driver.key(pygame.K_UP)
        longest = max(options, key=lambda o: len(view.pick(o.text)))
        for _ in range(options.index(longest)):
            driver.key(pygame.K_DOWN)
        driver.key(pygame.K_RETURN)
        if model.ready:
            break
    assert paged  # (the options of some part stand on more than one page)
