"""Step 1's answers at 200 % text: no page of an answer holds its source alone."""

from __future__ import annotations

import pygame
import pytest

from steps_game.audit import measure
from steps_game.ui import text_record
from tests.test_statement_pages import _step_1


@pytest.mark.parametrize("language", ["ar", "so", "en", "fa"])
def test_no_page_of_an_answer_holds_its_source_alone(make_driver, language):
    """Twenty-third Arabic 200 % play-test (b_19): the weak ties' source, two lines in the
    body's size, stood alone on the answer's second page, one more Enter to read a citation.
    It stands under the explanation, or with its last sentence (the claim it backs) where
    the page has no room for it."""
    driver = _step_1(make_driver, language)
    model, view, tr = driver.scene.model, driver.scene.view, driver.app.tr
    cited = 0
    pages = []
    while model.phase == "sort":
        statement = model.current()
        source = tr("task.myth_or_fact.source", source=tr.pick(statement.source or {"fi": ""}))
        driver.key(pygame.K_RETURN)  # Myth (focused first)
        pages.append(view.pager.pages)
        for _ in range(view.pager.pages):
            with text_record.recording() as drawn:
                driver.app.draw()
            texts = [item for item in drawn if (item.words or item.text).strip()]
            on_page = [item for item in texts if item.role in ("body", "title")]
            sourced = [item for item in texts if statement.source and item.words == source]
            if sourced:
                cited += 1
                explanation = tr.pick(statement.explanation)
                assert any((item.words or item.text) in explanation for item in on_page), (
                    statement.id
                )
            assert not measure(driver.app, statement.id).problems
            driver.key(pygame.K_RETURN)  # the next page, or on to the next statement
    assert cited == sum(1 for s in model.config.statements if s.source)
    assert max(pages) <= 2, pages
