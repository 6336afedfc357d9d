"""Checked level folders kept for the rest of the run, for when the same folder is checked again.

Checking a folder (reading every file, merging the translations, validating) takes tens of
milliseconds for one language and a third of a second for all ten. The game checks a folder once
at start, so it keeps nothing the first time a folder is asked for; from the second time on (a new
game, `steps-game validate` run from a session, the test suite's hundreds of games) a folder whose
files are byte for byte the same gives back a copy of its earlier result. The copy is unpickled, so
a caller may change it (a language merged in) without changing what is kept.

A file edited, added or removed in the folder (or in the bundled folder a partial one borrows from)
changes its fingerprint, and the folder is checked anew.
"""

from __future__ import annotations

import hashlib
import pickle
from collections import OrderedDict
from pathlib import Path
from typing import Any

KEPT_RESULTS = 6  # a few folders and language sets; each is 0.2-1 MB pickled

_asked: set[tuple[str, tuple[str, ...]]] = set()
_kept: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()


def _request(folder: Path, languages: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    return str(folder.resolve()), languages


def fingerprint(folders: tuple[Path, ...]) -> str:
    """A digest of every file's place and bytes under `folders`."""
    digest = hashlib.blake2b(digest_size=16)
    for folder in dict.fromkeys(path.resolve() for path in folders):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(folder)).encode("utf-8", "surrogateescape"))
                digest.update(b"\0")
                digest.update(path.read_bytes())
                digest.update(b"\0")
    return digest.hexdigest()


def recall(
    folder: Path, bundled: Path, languages: tuple[str, ...]
) -> tuple[Any | None, tuple[Any, ...] | None]:
    """(a copy of the kept result, None) when this folder was checked before and has not changed;
    (None, the key to keep the new result under) when it is asked for again but changed or not
    kept; (None, None) the first time it is asked for, or when it is not a folder."""
    if not folder.is_dir():
        return None, None
    request = _request(folder, languages)
    if request not in _asked:
        _asked.add(request)
        return None, None
    try:
        key = (*request, fingerprint((folder, bundled)))
    except OSError:  # a file that cannot be read is the check's to report
        return None, None
    pickled = _kept.get(key)
    if pickled is None:
        return None, key
    _kept.move_to_end(key)
    return pickle.loads(pickled), None


def keep(key: tuple[Any, ...] | None, result: Any) -> None:
    """Keep `result` under `key` (from recall), forgetting the least recently used beyond
    KEPT_RESULTS."""
    if key is None:
        return
    try:
        pickled = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return  # not worth keeping: it is checked anew next time
    _kept[key] = pickled
    while len(_kept) > KEPT_RESULTS:
        _kept.popitem(last=False)


def forget() -> None:
    """Keep nothing (the benchmark times checks with cold caches)."""
    _asked.clear()
    _kept.clear()
