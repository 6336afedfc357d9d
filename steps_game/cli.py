"""Command line: play (the default), validate. Arguments only; the work happens elsewhere."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from steps_game import __version__


def _window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1280x720") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r} is outside 320x240 ... 8000x8000")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="steps-game",
        description="STEPS: seven steps to a stronger professional network in Finland.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--levels",
        type=Path,
        metavar="DIR",
        help="play the levels in DIR instead of the bundled ones",
    )
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR", help="keep saves and settings in DIR"
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="language to start in: fi, en, fi-selko (plain Finnish), sv, et, ru, uk, ar, fa, so",
    )
    parser.add_argument(
        "--fullscreen", action="store_true", help="start in full screen (F11 toggles)"
    )
    parser.add_argument(
        "--window",
        type=_window_size,
        metavar="WxH",
        help="window size, default 1280x720 (with --workshop: a window instead of full screen)",
    )
    parser.add_argument(
        "--step", type=int, metavar="N", help="open step N's task directly (for facilitators)"
    )
    parser.add_argument(
        "--watch",
        action="store_true",
        help="with --levels DIR and --step N: open the step anew whenever a file in DIR is "
        "saved, or show its problems (a live preview while editing)",
    )
    parser.add_argument(
        "--workshop",
        action="store_true",
        help="a group on a projector: full screen, larger text, high contrast, facilitator keys "
        "(F1 shows them), nothing saved",
    )
    sub = parser.add_subparsers(dest="command")
    validate = sub.add_parser(
        "validate", help="check a level folder; exit 0 when sound, 1 when not"
    )
    validate.add_argument(
        "folder", nargs="?", type=Path, help="the level folder (default: the bundled levels)"
    )
    validate.add_argument("--json", action="store_true", help="print a summary a program can read")
    validate.add_argument(
        "--strict",
        action="store_true",
        help="missing or outdated translations are errors too (for the bundled levels)",
    )
    validate.add_argument(
        "--all", action="store_true", help="show every problem (by default the first 20)"
    )
    levels = sub.add_parser("levels", help="copy the levels to adapt them; keep translations")
    levels_sub = levels.add_subparsers(dest="levels_command", required=True)
    copy = levels_sub.add_parser(
        "copy", help="write an editable copy of the bundled levels, with a guide, to a new DIR"
    )
    copy.add_argument("folder", type=Path, metavar="DIR", help="a folder that does not exist yet")
    update = levels_sub.add_parser(
        "update-translations",
        help="record which text each translation was made from; list what needs translating",
    )
    update.add_argument(
        "folder",
        type=Path,
        metavar="DIR",
        help="the level folder (for the game's own: levels/ of a source checkout)",
    )
    update.add_argument(
        "--still-right",
        action="append",
        default=[],
        metavar='"FILE PLACE"',
        help="a translation listed as changed since translated that was checked and is still "
        'right, as the list names it (e.g. "profile.toml dimensions.planning.name"); repeatable',
    )
    sub.add_parser("play", help="play the game (the default)")
    export = sub.add_parser("export", help="write the last saved profile without opening a window")
    export.add_argument("--format", choices=("png", "md", "json", "ics"), required=True)
    export.add_argument("--out", type=Path, metavar="PATH", help="file or folder to write to")
    export.add_argument(
        "--with-my-words",
        action="store_true",
        help="include the words the player typed (labels, notes); left out by default",
    )
    for flag, kind, name in (
        ("--data-dir", Path, "DIR"),
        ("--levels", Path, "DIR"),
        ("--lang", str, "CODE"),
    ):
        export.add_argument(flag, type=kind, metavar=name, default=argparse.SUPPRESS)
    summary = sub.add_parser(
        "summary",
        help="draw one anonymous picture of a group from its profile exports, or of workshop "
        "groups from their group files (JSON)",
    )
    summary.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="profile exports or group files"
    )
    summary.add_argument(
        "--out", type=Path, metavar="PNG", help="picture to write (default: group-summary.png)"
    )
    summary.add_argument(
        "--lang", metavar="CODE", default=argparse.SUPPRESS, help="default: the first file's"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command not in (None, "play"):
        # a subcommand's output is its own lines (a table, JSON, paths): no pygame greeting
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    if args.command == "validate":
        return validate(args.folder, as_json=args.json, strict=args.strict, show_all=args.all)
    if args.command == "levels":
        from steps_game.level_tools import copy_levels, update_translations

        if args.levels_command == "copy":
            return copy_levels(args.folder)
        return update_translations(args.folder, tuple(args.still_right))
    if args.command == "export":
        return export(args)
    if args.command == "summary":
        from steps_game.summary import run

        return run(args.files, out=args.out, language=args.lang)
    return play(args)


def export(args: argparse.Namespace) -> int:
    """One clear line and exit 1 for a missing or broken save; never a traceback."""
    from steps_game.content import check_folder
    from steps_game.export import Run, write_exports
    from steps_game.notebook import Notebook
    from steps_game.paths import bundled_levels_dir
    from steps_game.progress import load_progress
    from steps_game.settings import load_settings
    from steps_game.storage import Storage

    content, problems = check_folder(args.levels or bundled_levels_dir())
    if content is None:
        print(f"steps-game: the levels cannot be read: {problems[0]}", file=sys.stderr)
        return 1
    storage = Storage(args.data_dir)
    progress, broken = load_progress(storage, [level.id for level in content.levels])
    if broken and progress is None:
        print(
            f"steps-game: the saved game in {storage.folder} could not be read; it was kept "
            f"aside as {broken.path.name}",
            file=sys.stderr,
        )
        return 1
    if broken:  # the game would go on from the backup too: so does the export
        print(
            f"steps-game: the saved game in {storage.folder} could not be read (kept aside as "
            f"{broken.path.name}); exporting from its backup, the state before the last save",
            file=sys.stderr,
        )
    if progress is None or not progress.outcomes:
        print(
            f"steps-game: no saved profile in {storage.folder} (play at least one step first)",
            file=sys.stderr,
        )
        return 1
    settings = load_settings(storage)
    language = args.lang or settings.language
    out = args.out
    stem = None  # the date and time, unless a file is named
    if out is None:
        folder = storage.folder
    elif out.is_dir():
        folder = out
    else:
        folder, stem = out.parent, out.stem if out.suffix else out.name
    notebook = Notebook.from_dict(progress.notebook)
    run = Run(progress.all_outcomes(), notebook, progress.field, short=progress.short)
    try:
        written = write_exports(
            content,
            run,
            language,
            folder,
            (args.format,),
            stem=stem,
            with_words=args.with_my_words,
            finnish_beside=settings.finnish_beside,
        )
    except OSError as exc:
        print(f"steps-game: could not write to {folder}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def validate(
    folder: Path | None, *, as_json: bool, strict: bool = False, show_all: bool = False
) -> int:
    from steps_game.content import check_folder
    from steps_game.level_summary import summary
    from steps_game.paths import bundled_levels_dir
    from steps_game.validate_report import build_report

    folder = folder or bundled_levels_dir()
    content, problems = check_folder(folder)
    folders = [Path(folder), bundled_levels_dir()]
    fallbacks = content.fallbacks if content else None
    report = build_report(
        problems, folders, strict=strict, show_all=show_all or as_json, fallbacks=fallbacks
    )
    if as_json:
        found = summary(content) if content else {"folder": str(folder), "levels": []}
        found["ok"] = not report.failed
        found["problems"] = [str(p) for p in problems if p.blocking or strict]
        found["notes"] = [str(p) for p in problems if not (p.blocking or strict)]
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 1 if report.failed else 0
    for line in report.lines:
        print(line)
    if not report.failed and content is not None:
        notes = len(problems)
        if notes:
            print(
                f"{len(content.levels)} levels play; the notes above are about translations "
                "(the game shows those texts in another language, tagged)."
            )
        else:
            print(f"{len(content.levels)} levels, no problems.")
    return 1 if report.failed else 0


def play(args: argparse.Namespace) -> int:
    from steps_game.fatal import data_storage, guarded_start

    # Everything of a start behind the last guard: a bundled game started by double-click has
    # no terminal to show a traceback in.
    storage = data_storage(args.data_dir, workshop=args.workshop)
    return guarded_start(lambda: _play(args), storage)


def _play(args: argparse.Namespace) -> int:
    from steps_game.i18n import language_codes
    from steps_game.launch import launch

    if args.lang and args.lang not in language_codes():
        expected = ", ".join(language_codes())
        print(
            f"steps-game: unknown language {args.lang!r} (expected one of: {expected})",
            file=sys.stderr,
        )
        return 2
    if args.step is not None and not 1 <= args.step <= 7:
        print("steps-game: --step takes a number from 1 to 7", file=sys.stderr)
        return 2
    if args.watch and (args.levels is None or args.step is None):
        print(
            "steps-game: --watch previews one step of your levels: give --levels DIR and --step N",
            file=sys.stderr,
        )
        return 2
    return launch(args)
