"""The plan's weeks as an iCalendar file (RFC 5545) that a phone or desktop calendar opens.

Week 1 is the coming week: the one that starts on the next Monday, or this one on a Monday. The
first step is an event at its day and hour, where the player said, with its if-then plan; every
other action of the weeks and every person put first is an all-day entry over its week, to be
done some day that week. Written with the `icalendar` library; pure, no pygame.
"""

from __future__ import annotations

import datetime as _dt
import hashlib

from icalendar import Calendar, Event

from steps_game import __version__
from steps_game.content import GameContent
from steps_game.i18n import Translator
from steps_game.plan import Plan, person_name
from steps_game.tasks.week_planner.first_step import FirstStepConfig, WhenOption


def week_start(now: _dt.datetime, week: int) -> _dt.date:
    """The Monday of plan week `week` (1 = the coming week)."""
    today = now.date()
    monday = today + _dt.timedelta(days=(7 - today.weekday()) % 7)
    return monday + _dt.timedelta(weeks=week - 1)


def _when(content: GameContent, option_id: str) -> WhenOption | None:
    for level in content.levels:
        first = getattr(level.task, "first", None)
        if isinstance(first, FirstStepConfig):
            return next((w for w in first.when if w.id == option_id), None)
    return None


def _uid(*parts: object) -> str:
    digest = hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:24]
    return f"{digest}@steps-game"


def calendar_bytes(
    content: GameContent,
    plan: Plan,
    language: str,
    now: _dt.datetime,
    *,
    with_words: bool = False,
) -> bytes:
    tr = Translator(language)
    stamp = now.replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", f"-//STEPS {__version__}//{tr('game.name')}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", tr("plan.heading"))

    def whole_week(summary: str, week: int, description: str, key: object) -> None:
        event = Event()
        start = week_start(now, week)
        event.add("uid", _uid(stamp.isoformat(), key, week))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + _dt.timedelta(days=7))
        event.add("summary", summary)
        event.add("description", description)
        event.add("transp", "TRANSPARENT")  # a reminder for the week, not a busy week
        calendar.add_component(event)

    first = plan.first
    first_action = None
    if first is not None:
        first_action = first.action.id
        when = _when(content, first.when.id) if first.when is not None else None
        summary = tr.pick(first.action.label)
        if with_words and first.words:
            summary = f"{summary} – {first.words}"
        lines = [tr("calendar.first_step")]
        if first.if_then is not None:
            lines.append(tr.pick(first.if_then.label))
        if plan.goal is not None:
            lines.append(tr.pick(plan.goal.text))
        if when is None:
            whole_week(summary, first.week, "\n".join(lines), "first")
        else:
            start = _dt.datetime.combine(
                week_start(now, first.week) + _dt.timedelta(days=when.weekday),
                _dt.time(hour=when.hour),
            )
            event = Event()
            event.add("uid", _uid(stamp.isoformat(), "first"))
            event.add("dtstamp", stamp)
            event.add("dtstart", start)  # local time: where the player is
            event.add("dtend", start + _dt.timedelta(hours=1))
            event.add("summary", summary)
            event.add("description", "\n".join(lines))
            if first.where is not None:
                event.add("location", tr.pick(first.where.label))
            calendar.add_component(event)
    for index, (action, week) in enumerate(plan.weeks):
        if action.id == first_action:
            continue  # the first step is there already, at its hour
        whole_week(tr.pick(action.label), week, tr("calendar.some_day", week=week), index)
    for pick in plan.people:
        name = person_name(tr, pick.person, with_words=with_words)
        summary = tr("calendar.person", person=name, action=tr.pick(pick.action.label))
        whole_week(summary, pick.week, tr("calendar.some_day", week=pick.week), pick.person.ref)
    return calendar.to_ical()
