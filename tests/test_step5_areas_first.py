"""Step 5 offers the map's people of the areas its level names first (`map_areas_first`: work,
then studies): a nurse's former colleague fell behind a relative abroad and an online contact
when three were offered (forty-fifth run). A name that is no area of step 3's map is a problem
of the level folder, said with what the map has."""

from __future__ import annotations

import shutil

from steps_game.content import check_folder, load_content
from steps_game.paths import bundled_levels_dir
from steps_game.tasks.base import Person, Thread
from steps_game.tasks.message_builder.model import MessageBuilderModel

CONTENT = load_content(bundled_levels_dir(), ("en",))


def _model(people: list[tuple[str, int]], shown: int = 3) -> MessageBuilderModel:
    thread = Thread(
        people=tuple(
            Person(ref=f"map:{n}", weak=True, area=area, closeness=closeness)
            for n, (area, closeness) in enumerate(people)
        )
    )
    config = CONTENT.level(5).task.model_copy(update={"map_people": shown})
    return MessageBuilderModel(config, "health", thread)


def test_the_map_s_people_from_work_and_studies_are_offered_first():
    assert CONTENT.level(5).task.map_areas_first == ["work", "studies"]
    model = _model([("family", 2), ("online", 2), ("hobbies", 2), ("studies", 1), ("work", 1)])
    assert [r.id for r in model.contacts()] == ["map:4", "map:3", "map:0"]
    # among the rest, the least close first, as before
    model = _model([("family", 1), ("online", 2), ("hobbies", 2)])
    assert [r.id for r in model.contacts()] == ["map:1", "map:2", "map:0"]


def test_an_area_the_map_does_not_have_is_named_with_what_it_has(tmp_path):
    folder = tmp_path / "levels"
    shutil.copytree(bundled_levels_dir(), folder)
    path = folder / "05-old-ties.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('map_areas_first = ["work", "studies"]', 'map_areas_first = ["wrok"]'),
        encoding="utf-8",
    )
    content, problems = check_folder(folder, ("en",))
    assert content is None
    said = [str(p) for p in problems if "map_areas_first" in p.path]
    assert len(said) == 1 and "'wrok'" in said[0] and "did you mean 'work'" in said[0], said
    assert "05-old-ties.toml" in said[0]
