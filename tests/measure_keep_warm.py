"""Step 7 played by Enter alone, measured: the keys pressed and the words on every screen shown,
week by week (issue #14: a player reads ~100 words a minute and spends ~2 s a key).

    SDL_VIDEODRIVER=dummy PYTHONPATH=. python -m tests.measure_keep_warm ar:200 en:200 en:100

"All" counts every word drawn on every screen after a key (a player who reads each screen
whole); "changed" the texts not on the screen before (one who reads what changed); "new" a
text only the first time it is drawn in the step (one who skips all she has read); "read"
as "new", a text that differs only in its numbers counted once ("Week 2 of 6", "Next page
(3/5)"), as the play-tests count: the estimate. The header's and footer's words are counted
like the rest."""

from __future__ import annotations

import os
import re
import sys
import tempfile

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

from tests.driver import Driver
from tests.test_keep_warm_fewer_screens import shown as screen_words
from tests.test_keyboard_rules import open_step

MAX_KEYS = 200


def walk(language: str, size: int) -> dict:
    """Enter until the step's feedback: keys, screens and words a week, and the score."""
    with tempfile.TemporaryDirectory() as data:
        driver = open_step(lambda **kw: Driver.start(data_dir=data, **kw), 7, language, size)
        try:
            model = driver.scene.model
            seen: set[str] = set()
            last: list[str] = []
            seen_shapes: set[str] = set()
            weeks: list[dict] = []

            def note(week: int) -> None:
                while len(weeks) <= week:
                    counts = ("keys", "screens", "words", "new", "changed", "read")
                    weeks.append(dict.fromkeys(counts, 0))
                texts = screen_words(driver)
                row = weeks[week]
                row["screens"] += 1
                row["words"] += sum(len(t.split()) for t in texts)
                row["new"] += sum(len(t.split()) for t in texts if t not in seen)
                shapes = {re.sub(r"\d+", "#", t) for t in texts} - seen_shapes
                row["read"] += sum(len(t.split()) for t in shapes)
                seen_shapes.update(shapes)
                row["changed"] += sum(len(t.split()) for t in texts if t not in last)
                seen.update(texts)
                last[:] = texts

            note(0)
            for _ in range(MAX_KEYS):
                if model.finished:
                    break
                week = model.week
                driver.key(pygame.K_RETURN)
                weeks[week]["keys"] += 1
                note(min(model.week, model.config.weeks - 1) if not model.finished else week)
            noticed = sum(len(record.noticed) for record in model.records())
            score = model.result().score if model.finished else None
            return {"weeks": weeks, "finished": model.finished, "score": score, "news": noticed}
        finally:
            driver.close()


def main(cases: list[str]) -> None:
    for case in cases:
        language, size = case.split(":")
        result = walk(language, int(size))
        weeks = result["weeks"]
        keys = sum(w["keys"] for w in weeks)
        words = sum(w["words"] for w in weeks)
        new = sum(w["new"] for w in weeks)
        changed = sum(w["changed"] for w in weeks)
        read = sum(w["read"] for w in weeks)
        per_week = " ".join(f"{w['keys']}k/{w['screens']}s/{w['read']}w" for w in weeks)
        minutes_all = words / 100 + keys * 2 / 60
        minutes_new = new / 100 + keys * 2 / 60
        minutes_changed = changed / 100 + keys * 2 / 60
        minutes_read = read / 100 + keys * 2 / 60
        print(
            f"{language} {size}: keys {keys}, words: read {read}, new {new}, changed {changed}, "
            f"all {words}; min: {minutes_read:.1f} (read), {minutes_new:.1f} (new), "
            f"{minutes_changed:.1f} (changed), "
            f"{minutes_all:.1f} (all); finished {result['finished']}, "
            f"score {result['score']}, news answered {result['news']}\n  weeks: {per_week}"
        )


if __name__ == "__main__":
    main(sys.argv[1:] or ["ar:200", "en:200", "fi:200", "so:200", "en:100"])
