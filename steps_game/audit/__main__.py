"""python -m steps_game.audit [--lang CODE] [--text-size PERCENT] [--workshop] [--size WxH]
[--finnish-beside on|off] [--pages] [--second-language CODE] [--set ID] [--shots DIR] [--json]

Exits 1 when any screen draws a text under its role's floor, a text that does not fit its box,
texts that overlap, or anything outside the screen; 0 when every screen is sound."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from steps_game.audit import failed
from steps_game.audit.run import run_audit
from steps_game.i18n import language_codes
from steps_game.settings import TEXT_SIZES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m steps_game.audit", description=__doc__)
    parser.add_argument("--lang", default="fi", help="language code (default fi)")
    parser.add_argument("--text-size", type=int, default=100, help="percent, 100-200")
    parser.add_argument("--workshop", action="store_true", help="workshop mode (projector)")
    parser.add_argument("--size", default="1280x720", help="window size WxH")
    parser.add_argument(
        "--finnish-beside",
        choices=("on", "off"),
        default="on",
        help="the setting Finnish beside my language (default on, as in the game)",
    )
    parser.add_argument("--json", action="store_true", help="one JSON report on standard output")
    parser.add_argument(
        "--pages", action="store_true", help="turn every paged board through all its pages"
    )
    parser.add_argument(
        "--second-language",
        metavar="CODE",
        help="with --workshop: a second language shown under the first (e.g. --lang ar "
        "--second-language fi)",
    )
    parser.add_argument(
        "--set",
        dest="set_id",
        metavar="ID",
        help="with --workshop: only the screens of this workshop set (e.g. short), played as a "
        "facilitator plays it (default: the fullest set)",
    )
    parser.add_argument(
        "--short",
        action="store_true",
        help="take the short way at the start: the steps' boards with the short way's choices",
    )
    parser.add_argument(
        "--shots",
        metavar="DIR",
        type=Path,
        help="save each screen as a numbered PNG in DIR, to look at every screen without a window",
    )
    args = parser.parse_args(argv)
    codes = language_codes()
    for given in (args.lang, args.second_language):
        if given is not None and given not in codes:
            parser.error(f"unknown language {given!r} (expected one of {', '.join(codes)})")
    if args.second_language is not None and not args.workshop:
        parser.error("--second-language shows only in workshop mode: add --workshop")
    if args.short and args.workshop:
        parser.error("--short is a player's way, not a workshop's: a workshop plays its --set")
    if args.set_id is not None and not args.workshop:
        parser.error("--set is a workshop set: add --workshop")
    if args.text_size not in TEXT_SIZES:
        parser.error(f"--text-size is a percent from {TEXT_SIZES[0]} to {TEXT_SIZES[-1]}")
    try:
        width, height = (int(part) for part in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size {args.size!r} is not WIDTHxHEIGHT, for example 1920x1080")
    reports = run_audit(
        args.lang,
        args.text_size,
        workshop=args.workshop,
        size=(width, height),
        finnish_beside=args.finnish_beside == "on",
        pages=args.pages,
        second=args.second_language,
        shots=args.shots,
        set_id=args.set_id,
        short=args.short,
    )
    if args.json:
        print(json.dumps([report.to_json() for report in reports], ensure_ascii=False, indent=1))
    else:
        for report in reports:
            sizes = ", ".join(f"{role} {size}" for role, size in sorted(report.smallest.items()))
            mark = "FAIL" if report.problems else "ok  "
            print(f"{mark} {report.name}: smallest {sizes}")
            for problem in report.problems:
                print(f"       {problem}")
    return 1 if failed(reports) else 0


if __name__ == "__main__":
    sys.exit(main())
