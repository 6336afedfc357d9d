"""The audit's tour: every screen of the game, reached the way a player reaches it where that is
how it is made (a whole run, from the title to the plan), opened directly where it is not (the
error screens). It yields a name each time the screen on top is one to measure."""

from __future__ import annotations

from collections.abc import Iterator

from steps_game.audit.hands import Hands
from steps_game.scenes.way import WayScene

FIELD = "health"  # the field whose cards are the longest in most languages


def tour(app, set_id: str | None = None, *, short: bool = False) -> Iterator[str]:
    """`set_id`: in workshop mode, the set the room plays (its steps and the choices it plays,
    as a facilitator runs it); without one, the last set in the file, the fullest. `short`: a
    player's run takes the short way (every choice otherwise)."""
    hands = Hands(app)
    yield from _side_screens(app)
    yield "title"
    if app.workshop is not None:
        app.workshop.start_run()
        hands.settle()
        yield "workshop set picker"
        hands.use("second")  # the second language's list, left as it was
        yield "workshop second language"
        hands.use("back")
        chosen = app.workshop.sets.by_id(set_id) if set_id else app.workshop.sets.sets[-1]
        hands.use(f"set-{chosen.id}")
        app.workshop.toggle_help()  # F1: the set's plan over step 1, the room's step marked
        hands.settle()
        yield "workshop plan"
        app.workshop.toggle_help()
        hands.settle()
    else:
        hands.use("start")
        yield "field"
        hands.use(f"field:{FIELD}")
        yield "field chosen"
        hands.use("continue")
        if isinstance(app.top, WayScene):  # levels with a short way ask for one
            yield "way"
            hands.use("way:short" if short else "way:whole")
    for level in app.content.levels:
        if app.workshop is not None and level.step not in app.workshop.plan.step_numbers:
            continue
        yield f"step {level.step} intro"
        hands.use("start-task")
        yield from _task(app, hands, level)
        hands.use("done")
        yield f"step {level.step} feedback"
        if app.workshop is not None and not app.workshop.plan.discussion_cards:
            app.workshop.toggle_discussion()  # F5: a set without cards opens one on demand
            hands.settle()
            yield f"step {level.step} discussion card"
            app.workshop.toggle_discussion()
            hands.settle()
        hands.use("next")
        if app.workshop is not None and app.workshop.plan.discussion_cards:
            yield f"step {level.step} discussion card"
            hands.use("next")
    if app.workshop is not None:  # the run ends on what the group thought
        yield "group screen, this run"
        yield from _group_screens(app, hands)
        hands.use("profile")
    yield "profile"
    yield from _profile_screens(app, hands)
    if app.workshop is None:  # the same screen at the player's text sizes
        yield from _group_screens(app, hands)


def _group_screens(app, hands: Hands) -> Iterator[str]:
    """What our group thought with no hands counted, and with a room of twelve's hands at
    every statement of step 1 and step 5's opening, page by page."""
    from steps_game.audit.room import room_of_twelve
    from steps_game.room_record import RoomRecord
    from steps_game.scenes.group import GroupScene

    plan = app.workshop.plan if app.workshop is not None else None
    rooms = {"no hands": RoomRecord(), "a room of 12": room_of_twelve(app.content, plan)}
    for name, room in rooms.items():
        scene = GroupScene(app, room=room)
        app.push(scene)
        hands.settle()
        pages = scene.pager.pages
        for page in range(pages):
            yield f"group screen, {name}" + (f" page {page + 1}/{pages}" if pages > 1 else "")
            if pages > 1:
                hands.use("more")
        app.pop()
        hands.settle()


def _task(app, hands: Hands, level) -> Iterator[str]:
    """The task early, each time a new part of it comes up, and full at its end."""
    name = f"step {level.step} task"
    yield f"{name} early"
    counted = yield from _tally(app, hands, level.step)
    seen = {_part(hands)}
    for _ in hands.play(level.task.kind):
        if not counted:
            counted = yield from _tally(app, hands, level.step)
        part = _part(hands)
        if part not in seen:
            seen.add(part)
            yield f"{name} part {len(seen)}"
    yield f"{name} busy"


# A room of twelve's hands, by the number of options, as the tally screens are measured with them
ROOM_HANDS = {2: (7, 5), 3: (6, 4, 2), 4: (5, 4, 2, 1)}


def _tally(app, hands: Hands, step: int) -> Iterator[str]:
    """In workshop mode, at the step's first choice for the room: the show of hands counted
    with the number keys, then its answer revealed; closed again without playing it, so the
    task goes on as the hands play it. Returns whether the step had a choice to count."""
    import pygame

    from steps_game.scenes.tally import open_tally

    if app.workshop is None or not open_tally(app):
        return False
    hands.settle()
    options = app.top.tally.options
    for option, count in enumerate(ROOM_HANDS.get(options, (1,) * options)):
        for _ in range(count):
            hands.key(getattr(pygame, f"K_{option + 1}"))
    yield f"step {step} tally"
    hands.key(pygame.K_r)
    pages = app.top.pager.pages  # a reveal too long for one page: each of its pages
    for page in range(pages):
        yield f"step {step} tally reveal" + (f" page {page + 1}/{pages}" if pages > 1 else "")
        if page + 1 < pages:
            hands.use("more")
    app.pop()
    hands.settle()
    return True


def _part(hands: Hands) -> frozenset[str]:
    """Which part of a task is on screen: the kinds of controls it shows."""
    return frozenset(control_id.split(":")[0] for control_id in hands.ids())


def _profile_screens(app, hands: Hands) -> Iterator[str]:
    from steps_game.scenes.why import WhyScene

    for dimension in app.content.profile.dimensions:
        app.push(WhyScene(app, dimension.id))
        hands.settle()
        yield f"why {dimension.id}"
        app.pop()
    hands.use("plan")
    yield "plan"
    if "choose-people" in hands.ids():
        hands.use("choose-people")
        yield "plan people"
        app.pop()
        hands.settle()
    app.pop()
    hands.settle()
    if "export" in hands.ids():
        hands.use("export")
        yield "export"
        app.pop()
        hands.settle()


def _side_screens(app) -> Iterator[str]:
    """Screens over the title: menus, settings, help and the screens for problems."""
    from steps_game.scenes.confirm import ConfirmScene
    from steps_game.scenes.crash import CrashScene
    from steps_game.scenes.error import ContentErrorScene
    from steps_game.scenes.glossary import GlossaryScene
    from steps_game.scenes.help import HelpScene
    from steps_game.scenes.language import LanguageScene
    from steps_game.scenes.pause import PauseScene
    from steps_game.scenes.settings import SettingsScene
    from steps_game.scenes.words import WordsScene

    tr = app.tr
    screens = {
        "first-start language": lambda: LanguageScene(app, first_start=True),
        "language": lambda: LanguageScene(app),
        "settings": lambda: SettingsScene(app),
        "pause": lambda: PauseScene(app),
        "glossary": lambda: GlossaryScene(app),
        "help": lambda: HelpScene(app),
        "confirm": lambda: ConfirmScene(app, "title.new_confirm", "title.new_yes", app.pop),
        "level file problems": lambda: ContentErrorScene(
            app,
            tuple(f"02_goals.toml: line {i}: a problem in a level file" for i in range(20)),
            app.pop,
        ),
        "crash report": lambda: CrashScene(app, app.storage.path("crash-2026-12-05.txt")),
        "own words": lambda: WordsScene(
            app,
            heading=tr("task.network_map.add_heading"),
            hint=tr("task.network_map.add_hint", most=40),
            words="R.K., Kone",
            on_save=lambda words: None,
        ),
    }
    hands = Hands(app)
    for name, make in screens.items():
        app.push(make())
        hands.settle()  # without drawing: measure draws the screen it measures
        yield name
        app.pop()
        hands.settle()
