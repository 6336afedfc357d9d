"""`python -m steps_game.audit --workshop --set ID` tours the screens of one workshop set as a
facilitator plays it: only its steps, the choices it plays, and the group screen with a room of
twelve's hands at those choices alone (the short set's group screen was measured with every
statement, part and moment, eight pages a room in the short set never sees)."""

from __future__ import annotations

import re

import pytest

from steps_game.audit import failed
from steps_game.audit.__main__ import main as audit_main
from steps_game.audit.run import run_audit


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_short_sets_audit_tours_only_its_steps_and_passes(language):
    """(Arabic: the group's profile drew a radar of three spokes in seven, one "–" over a
    dimension's name, eleventh facilitator run.)"""
    reports = run_audit(language, workshop=True, size=(1920, 1080), set_id="short")
    names = [report.name for report in reports]
    steps = {int(found) for name in names for found in re.findall(r"^step (\d)", name)}
    assert steps == {1, 5, 6}
    group = [name for name in names if name.startswith("group screen, a room of 12")]
    assert len(group) <= 3, group  # the set's four counted choices: not eight pages
    assert not failed(reports), [report.problems for report in reports if report.problems]


def test_a_set_is_a_workshop_set(capsys):
    with pytest.raises(SystemExit):
        audit_main(["--set", "short"])
    assert "--workshop" in capsys.readouterr().err


def test_the_warm_ups_audit_tours_steps_one_and_five_and_passes_in_somali():
    """The 15-minute warm-up: step 1 ends on its statement's verdict (no offers), step 5 on
    its ask; Somali, the longest words, on a projector."""
    reports = run_audit("so", workshop=True, size=(1920, 1080), set_id="quick")
    names = [report.name for report in reports]
    steps = {int(found) for name in names for found in re.findall(r"^step (\d)", name)}
    assert steps == {1, 5}
    group = [name for name in names if name.startswith("group screen, a room of 12")]
    # its two counted questions, each whole on a page of its own (the short set's three: three)
    assert [name.rsplit(" ", 1)[-1] for name in group] == ["1/2", "2/2"], group
    assert not failed(reports), [report.problems for report in reports if report.problems]
