"""One thread through the seven steps, played as a person would: the player names someone of
their own on the map (typing, in Arabic or in Ukrainian), finds that person offered in step 5,
kept warm in step 7 and named in the plan; the files have the typed words only when the player
ticks that they may; the calendar file holds the weeks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pygame
import pytest
from icalendar import Calendar

from steps_game.export import Run, write_exports
from steps_game.finnish_beside import finnish_words
from steps_game.plan import build_plan, plan_sections
from steps_game.scenes.plan import PlanScene
from steps_game.scenes.words import WordsScene
from tests.test_playthrough import Player

LABELS = {"ar": "هالة، مهندسة في Kone", "uk": "Олена, колишня колега"}
NOW = dt.datetime(2026, 12, 4, 19, 30)


def type_text(driver, text: str) -> None:
    """What the system's input method hands the game: the words, as typed text."""
    for char in text:
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char))
        driver.app.step()
    driver.frames(1)


class OwnPeoplePlayer(Player):
    """Plays the best way and, on the map, adds someone of their own in a distant ring."""

    def __init__(self, driver, *, mouse: bool, label: str) -> None:
        super().__init__(driver, mouse=mouse, best=True)
        self.label = label

    def network_map(self) -> None:
        super().network_map()
        driver = self.driver
        self.use("add-person")
        assert isinstance(driver.scene, WordsScene)
        # beside the field, one plain line says where the words go
        privacy = driver.scene.tr("words.privacy", count=0, most=driver.scene.editor.limit)
        assert privacy in driver.texts()
        type_text(driver, self.label)
        assert driver.scene.editor.value == self.label
        if self.mouse:
            driver.click(control_id="save")
            # carried: a click on the map's outer ring puts the new person there
            view = driver.scene.view
            x, y = view.geometry.cell_center(view.geometry.rings - 1, 1)
            driver.pointer("down", (round(x), round(y)))
            driver.pointer("up", (round(x), round(y)))
        else:
            driver.key(pygame.K_RETURN)  # Enter saves and picks the person up
            for _ in range(3):
                driver.key(pygame.K_UP)  # out to the distant ring
            driver.key(pygame.K_RETURN)
        model = driver.scene.model
        own = [c for c in model.placed() if c.words == self.label]
        assert len(own) == 1 and model.ring(model.placement(own[0].id)["ring"]).weak
        self.own_id = own[0].id

    def message_builder(self) -> None:
        driver = self.driver
        contact = f"contact:map:{self.own_id}"
        assert contact in driver.ids(), driver.ids()  # the player's own person, offered
        self.use(contact)
        assert any(self.label in text for text in driver.texts())  # on the letter's "To" line
        for part in self.model.config.parts:
            self.use(f"part:{part.id}")
            best = max(self.model.options(part.id), key=lambda o: o.quality)
            self.use(f"option:{best.id}")
        assert any(self.label in text for text in driver.texts())  # the letter greets them
        self.use("send")

    def keep_warm(self) -> None:
        kept = {tie.role.get("en") for tie in self.model.relationships}
        assert self.label in kept  # the player's own person is kept warm, by their words
        assert not any(tie.person is None for tie in self.model.relationships)  # no examples
        super().keep_warm()


def play(make_driver, tmp_path, language: str, *, mouse: bool) -> tuple:
    driver = make_driver(language=language, data_dir=tmp_path / "data")
    tr = driver.app.tr
    player = OwnPeoplePlayer(driver, mouse=mouse, label=LABELS[language])
    player.play_from_title(tr("title.start"), tr("field.continue"), "engineering")
    return driver, player


@pytest.mark.parametrize(
    ("language", "mouse"), [("ar", False), ("uk", True)], ids=["keyboard-ar", "mouse-uk"]
)
def test_the_player_s_own_person_goes_through_to_the_plan(make_driver, tmp_path, language, mouse):
    driver, player = play(make_driver, tmp_path, language, mouse=mouse)
    session = driver.app.session
    label = player.label
    notebook = session.notebook
    assert notebook.message.person == f"map:{player.own_id}"
    assert any(u.person == f"map:{player.own_id}" for u in notebook.upkeep.people)
    # the plan screen names them, and shows every line of the plan: nothing "and N more"
    driver.press(control_id="plan")
    assert isinstance(driver.scene, PlanScene)
    shown = [text for text, *_ in driver.scene.blocks]
    plan = build_plan(driver.app.content, notebook, session.field_id)
    app, tr = driver.app, driver.app.tr
    words = finnish_words(app.content.glossary, tr.language, shown=app.settings.finnish_beside)
    for lines in plan_sections(tr, plan, with_words=True, finnish=words).values():
        for line in lines:
            assert "• " + line in shown
    assert any(label in text for text in shown)
    assert plan.first is not None and plan.first.when is not None and plan.first.where is not None
    # the first Enter chooses the plan's people (its way on), never leaves the plan at once
    focused = driver.scene.ring.focused
    assert focused is not None and focused.id == ("choose-people" if plan.candidates else "back")
    # a long plan scrolls, by keyboard and by the mouse wheel, to its end and back
    scene = driver.scene
    if scene.scrolls:
        for _ in range(40):
            driver.key(pygame.K_PAGEDOWN)
        # at its end: the last line in view, and the first line in view whole
        assert scene.offset + scene.viewport.height >= scene.total
        assert scene.offset == scene._stops[-1] and scene.offset in {y for _, y, *_ in scene.blocks}
        wheel = pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=3, flipped=False, touch=False)
        for _ in range(60):
            pygame.event.post(wheel)
            driver.app.step()
        assert scene.offset == 0


def test_the_files_of_a_played_run(make_driver, tmp_path, monkeypatch, capsys):
    """One run played by mouse in Ukrainian, then its files: the words only when ticked, the
    calendar file, and the calendar from the command line."""
    driver, player = play(make_driver, tmp_path, "uk", mouse=True)
    check_the_words_only_when_ticked(driver, player, tmp_path, monkeypatch)
    check_the_calendar_file(driver, tmp_path)
    check_the_calendar_command(tmp_path, capsys)


def check_the_words_only_when_ticked(driver, player, tmp_path, monkeypatch):
    session = driver.app.session
    run = Run(session.outcomes(), session.notebook, session.field_id)
    content = driver.app.content
    label = player.label
    from steps_game import printout

    printed: list[str] = []
    real_text = printout.Sheet.text

    def recording(self, words, *args, **kwargs):
        printed.append(words)
        return real_text(self, words, *args, **kwargs)

    monkeypatch.setattr(printout.Sheet, "text", recording)
    for with_words in (False, True):
        printed.clear()
        folder = tmp_path / f"words-{with_words}"
        written = write_exports(
            content, run, "uk", folder, ("png", "md", "json"), with_words=with_words, now=NOW
        )
        markdown = next(p for p in written if p.suffix == ".md").read_text(encoding="utf-8")
        document = json.loads(next(p for p in written if p.suffix == ".json").read_text("utf-8"))
        on_page = "\n".join(printed)
        assert document["own_words"] is with_words
        for place in (markdown, json.dumps(document, ensure_ascii=False), on_page):
            assert (label in place) is with_words, place[:200]
        # without the words the person is still there, by what they are
        added = json.dumps(document["plan"], ensure_ascii=False)
        assert (label in added) if with_words else (driver.app.tr("plan.someone_added") in added)


def check_the_calendar_file(driver, tmp_path):
    session = driver.app.session
    run = Run(session.outcomes(), session.notebook, session.field_id)
    (path,) = write_exports(driver.app.content, run, "en", tmp_path / "out", ("ics",), now=NOW)
    assert path.name == "steps-profile-2026-12-04-1930.ics"
    calendar = Calendar.from_ical(path.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    plan = build_plan(driver.app.content, session.notebook, session.field_id)
    assert len(events) == len(plan.weeks) + len(plan.people)  # the first step once, timed
    first = plan.first
    timed = [e for e in events if isinstance(e.decoded("dtstart"), dt.datetime)]
    assert len(timed) == 1
    start = timed[0].decoded("dtstart")
    # week 1 is the coming week: Monday 7 December 2026, at the day and hour chosen
    assert start.date() >= dt.date(2026, 12, 7) and start.date() < dt.date(2026, 12, 14)
    assert str(timed[0]["location"]) == first.where.label["en"]
    assert first.if_then.label["en"] in str(timed[0]["description"])
    summaries = {str(e["summary"]) for e in events}
    for action, _week in plan.weeks:
        if action.id != first.action.id:
            assert action.label["en"] in summaries


def check_the_calendar_command(tmp_path, capsys):
    from steps_game.cli import main

    data = tmp_path / "data"
    assert main(["export", "--format", "ics", "--data-dir", str(data), "--out", str(tmp_path)]) == 0
    (printed,) = capsys.readouterr().out.split()
    assert printed.endswith(".ics")
    assert Calendar.from_ical(Path(printed).read_bytes()).walk("VEVENT")
    # without a save: one line, exit 1, as for the other formats
    assert main(["export", "--format", "ics", "--data-dir", str(tmp_path / "none")]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_workshop_mode_asks_for_no_typed_words(make_driver, tmp_path):
    from steps_game.scenes.task_host import TaskHostScene

    driver = make_driver(language="en", data_dir=tmp_path / "data", workshop=True)
    app = driver.app
    app.session.new(None)
    for step in (2, 3, 4):
        app.reset_to(TaskHostScene(app, step))
        driver.frames()
        assert "add-person" not in driver.ids() and "words" not in driver.ids()
