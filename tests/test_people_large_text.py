"""The plan's people list at 200 % text (scenes/people.py): with long words every page of the
chosen rows stands on the screen, a row too tall to leave the people a row of cards taking
their place on its page."""

from __future__ import annotations

from steps_game.audit import measure
from steps_game.plan import PersonPick, Plan
from steps_game.scenes.people import MORE_CHOSEN, PeopleScene
from steps_game.tasks.base import Chosen, Person

# Somali's names as the game made them in a run (the event's name with the event in it)
EVENT = (
    "Ka qaybgale qaybtaada ah oo aad kula kulantay "
    "“Webinar: ka shaqaynta daryeelka waayeelka Finland”"
)
ROLES = ["Deris", "Qof aan hore ula shaqeeyay", EVENT, *(f"Qof {n} oo kale" for n in range(10))]


def open_people(make_driver, language: str = "so") -> PeopleScene:
    driver = make_driver(language=language)
    app = driver.app
    app.change_setting("text_size", 200)
    people = [Person(f"map:{n}", role={language: role}) for n, role in enumerate(ROLES)]
    actions = {action.id: action for action in app.content.profile.plan.person_actions}
    chosen = (("thank", 1), ("follow-up", 2), ("after-event", 3))
    picks = tuple(
        PersonPick(person, Chosen(action, actions[action].label), week)
        for person, (action, week) in zip(people, chosen, strict=False)
    )
    scene = PeopleScene(app, Plan(None, None, picks, True, tuple(people), (), ()), lambda: None)
    app.push(scene)
    driver.frames(2)
    return driver


def test_every_page_of_the_chosen_rows_stands_on_the_screen(make_driver) -> None:
    # (the event's person with "Thank them for the event" in Somali needed about 110 px more
    # than was left under a row of the people's cards: it ran over Save and Cancel)
    driver = open_people(make_driver)
    scene = driver.app.top
    assert scene.one_per_page
    alone, with_people = 0, 0
    for page in range(3):
        assert scene.pick_page == page
        assert measure(driver.app, f"chosen page {page + 1}").problems == []
        assert driver.ids_starting("action:") == [f"action:{page}"]  # the row is shown
        cards = driver.ids_starting("person:")
        alone += scene.alone_on_page and not cards
        with_people += not scene.alone_on_page and bool(cards)
        driver.press(control_id=MORE_CHOSEN)
    assert scene.pick_page == 0  # round to the first page again
    assert alone and with_people and alone + with_people == 3  # the people on the others
