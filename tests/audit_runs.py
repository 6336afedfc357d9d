"""One layout audit run shared by the tests that check the same run: test_audit checks every
screen of a language at a text size, test_finnish_beside checks steps 2 and 4 of the same run
(the Finnish words beside are on by default, as in the game). The audit of a language at 200 %
takes several seconds; it was run twice. The tests that share a run carry the same xdist_group
(`shared_run`), so that they run on one worker, where the run is kept."""

from __future__ import annotations

import functools

import pytest

from steps_game.audit import ScreenReport


def shared_run(language: str, text_size: int) -> pytest.MarkDecorator:
    """The mark of the tests that read the run of `language` at `text_size`."""
    return pytest.mark.xdist_group(f"audit-{language}-{text_size}")


def audit(language: str, text_size: int) -> tuple[ScreenReport, ...]:
    """Every screen's report at `language` and `text_size`, with the Finnish words beside."""
    return _run(language, text_size)


@functools.cache
def _run(language: str, text_size: int) -> tuple[ScreenReport, ...]:
    from steps_game.audit.run import run_audit

    return tuple(run_audit(language, text_size, finnish_beside=True))
