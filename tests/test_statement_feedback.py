"""Step 1's feedback on each statement: the verdict ("Right!") and, right under it on the same
page, the start of the statement's explanation; what does not fit goes on over the next pages.
A flow that kept the explanation whole for a later page left statement 8 with "Right!" alone,
as if it had nothing to explain (workshop play-test, 2026-12-05)."""

from __future__ import annotations

import pytest

from steps_game.audit import measure

CASES = [
    ("en", {"workshop": True}, None),  # the projector: 1.5 times the text
    ("so", {"workshop": True}, None),  # long words
    ("ar", {"workshop": True}, None),  # right to left
    ("en", {}, 100),
    ("ru", {}, 200),
]


@pytest.mark.parametrize(("language", "mode", "size"), CASES)
def test_every_statement_shows_its_explanation_under_its_verdict(make_driver, language, mode, size):
    driver = make_driver(language=language, start_step=1, **mode)
    if size is not None:
        driver.app.change_setting("text_size", size)
        driver.frames()
    tr, model = driver.app.tr, driver.scene.model
    total = model.position[1]
    for index in range(total):
        statement = model.current()
        says_fact = statement.is_fact if index % 2 == 0 else not statement.is_fact
        driver.press(control_id="answer:fact" if says_fact else "answer:myth")
        verdict = tr("task.myth_or_fact.right" if index % 2 == 0 else "task.myth_or_fact.wrong")
        explanation = tr.pick(statement.explanation)
        if statement.source:  # the view puts where it comes from after it
            source = tr.pick(statement.source)
            explanation += "\n" + tr("task.myth_or_fact.source", source=source)
        pager = driver.scene.view.pager
        pages = [driver.texts()]
        for _ in range(pager.pages - 1):
            driver.press(control_id="more")
            pages.append(driver.texts())
        # the verdict on the first page, unless the statement's card (at the largest text)
        # fills it; then both start the page after it
        start = next(number for number, page in enumerate(pages) if verdict in page)
        assert start == 0 or (start == 1 and size == 200), f"statement {index + 1}"
        under = pages[start][pages[start].index(verdict) + 1 :]
        # the explanation's first words straight after the verdict, not on a later page
        assert under and explanation.startswith(under[0]) and under[0].split(), (
            f"statement {index + 1}: {under[:1]}"
        )
        seen = " ".join(under + [text for page in pages[start + 1 :] for text in page])
        assert all(word in seen for word in explanation.split()), f"statement {index + 1}"
        assert not measure(driver.app, f"statement {index + 1}").problems
        driver.press(control_id="next")
    assert model.phase != "reveal" and model.position[0] == total
