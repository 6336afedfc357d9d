"""Where a level text missing in one language is taken from: a chain of other languages.

By default plain Finnish falls back to Finnish, Finnish and English to each other, and every other
language to English, then Finnish. A level folder may set its own chains in `languages.toml`:

    [fallback]
    sv = ["fi", "en"]
"""

from __future__ import annotations

from pathlib import Path

from steps_game.i18n import default_fallbacks, language_codes
from steps_game.level_problems import Problem
from steps_game.level_reading import read_toml
from steps_game.schema import did_you_mean

FALLBACK_FILE = "languages.toml"

Chains = dict[str, tuple[str, ...]]


def read_fallbacks(folder: Path) -> tuple[Chains, list[Problem]]:
    """The folder's chains (the default ones where it sets none), and what is wrong with them."""
    chains = default_fallbacks()
    path = Path(folder) / FALLBACK_FILE
    if not path.is_file():
        return chains, []
    data, problems = read_toml(path, FALLBACK_FILE)
    if data is None:
        return chains, problems
    codes = language_codes()
    for key in data:
        if key != "fallback":
            problems.append(
                Problem(FALLBACK_FILE, key, f"unknown key {key!r} (expected only [fallback])")
            )
    table = data.get("fallback", {})
    if not isinstance(table, dict):
        table = {}
        problems.append(Problem(FALLBACK_FILE, "fallback", "expected a [fallback] table"))
    for code, chain in table.items():
        where = f"fallback.{code}"
        if code not in codes:
            problems.append(
                Problem(
                    FALLBACK_FILE,
                    where,
                    f"unknown language {code!r} (expected one of: {', '.join(codes)}"
                    f"{did_you_mean(code, codes)})",
                )
            )
            continue
        if not isinstance(chain, list) or not all(isinstance(c, str) for c in chain):
            problems.append(
                Problem(
                    FALLBACK_FILE, where, 'expected a list of language codes, like ["fi", "en"]'
                )
            )
            continue
        unknown = [c for c in chain if c not in codes]
        if unknown:
            problems.append(
                Problem(
                    FALLBACK_FILE,
                    where,
                    f"unknown language {unknown[0]!r} (expected codes from: {', '.join(codes)}"
                    f"{did_you_mean(unknown[0], codes)})",
                )
            )
            continue
        # Finnish and English are in every text: ending the chain with them means a text is
        # always found
        chains[code] = tuple(dict.fromkeys([c for c in chain if c != code] + ["en", "fi"]))
    return chains, problems
