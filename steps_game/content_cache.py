"""Checked level folders kept for the rest of the run, for when the same folder is checked again.

Checking a folder (reading every file, merging the translations, validating) takes tens of
milliseconds for one language and a third of a second for all ten. The game checks a folder once
at start, so it keeps nothing the first time a folder is asked for; from the second time on (a new
game, `steps-game validate` run from a session, the test suite's hundreds of games) a folder whose
files are byte for byte the same gives back a copy of its earlier result. The copy is unpickled, so
a caller may change it (a language merged in) without changing what is kept.

A file edited, added or removed in the folder (or in the bundled folder a partial one borrows from)
changes its fingerprint, and the folder is checked anew: then each of its files that is byte for
byte as before (with its translations, and the folder's files its asset paths are checked
against) gives a copy of its own earlier check, on the same terms (see "one file at a time").
"""

from __future__ import annotations

import hashlib
import pickle
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

KEPT_RESULTS = 6  # a few folders and language sets; each is 0.2-1 MB pickled
KEPT_FILES = 120  # a few folders' files in a few language sets; each is 20-100 kB pickled


class _Kept:
    """Checks kept pickled under their keys, the least recently used forgotten beyond `limit`;
    a request (what is checked, in which languages) is kept for only from its second ask."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.asked: set[Any] = set()
        self.kept: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()

    def first_ask(self, request: Any) -> bool:
        if request in self.asked:
            return False
        self.asked.add(request)
        return True

    def recall(self, key: tuple[Any, ...]) -> tuple[Any | None, tuple[Any, ...] | None]:
        """(a copy of what is kept under `key`, None), or (None, `key` to keep it under)."""
        pickled = self.kept.get(key)
        if pickled is None:
            return None, key
        self.kept.move_to_end(key)
        return pickle.loads(pickled), None

    def keep(self, key: tuple[Any, ...] | None, result: Any) -> None:
        if key is None:
            return
        try:
            self.kept[key] = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            return  # not worth keeping: it is checked anew next time
        while len(self.kept) > self.limit:
            self.kept.popitem(last=False)

    def clear(self) -> None:
        self.asked.clear()
        self.kept.clear()


_folders = _Kept(KEPT_RESULTS)
_files = _Kept(KEPT_FILES)


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
    if _folders.first_ask(request):
        return None, None
    try:
        key = (*request, fingerprint((folder, bundled)))
    except OSError:  # a file that cannot be read is the check's to report
        return None, None
    return _folders.recall(key)


def keep(key: tuple[Any, ...] | None, result: Any) -> None:
    """Keep `result` under `key` (from recall), forgetting the least recently used beyond
    KEPT_RESULTS."""
    _folders.keep(key, result)


# -- one file at a time ----------------------------------------------------------------------
# A folder that changed is checked anew, but most of its files have not: a counsellor's edit, or
# `validate` run after each fix, touches one file of ten. Each file's check (its translations
# merged, validated, its notes) is kept by the bytes it was made from, on the same terms as a
# folder's: from the second time a file of that name is checked in those languages.


def _digest(path: Path) -> str:
    return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()


def folder_listing(folder: Path) -> tuple[Any, ...]:
    """What a check of the level's asset paths sees of its folder: the place of every file in it,
    and the folder itself when it holds a link (a link can lead outside, which the check
    follows)."""
    places, linked = [], False
    for path in sorted(folder.rglob("*")):
        linked = linked or path.is_symlink()
        if path.is_file():
            places.append(str(path.relative_to(folder)))
    return tuple(places), str(folder.resolve()) if linked else ""


def file_key(
    path: Path,
    overlays: list[tuple[str, Path, bool]],
    languages: tuple[str, ...],
    terms: tuple[Any, ...],
) -> tuple[Any, ...] | None:
    """The key of one file's check: its name and bytes, those of each translation merged into it
    (code, path, whether the folder's own), the languages and the rest the check is given
    (`terms`: the profile's dimensions, the folder's listing...). None when a file cannot be
    read: the check reports that."""
    try:
        merged = tuple((code, own, _digest(overlay)) for code, overlay, own in overlays)
        return (path.name, languages), _digest(path), merged, terms
    except OSError:
        return None


def recall_file(
    request: tuple[str, tuple[str, ...]], key_of: Callable[[], tuple[Any, ...] | None]
) -> tuple[Any | None, tuple[Any, ...] | None]:
    """As `recall`, for one file's check (its name and languages), by its `file_key`, which
    `key_of` makes only from the second ask on: the game's one check at start reads no file
    twice for it."""
    if _files.first_ask(request):
        return None, None
    key = key_of()
    return (None, None) if key is None else _files.recall(key)


def keep_file(key: tuple[Any, ...] | None, result: Any) -> None:
    _files.keep(key, result)


def forget() -> None:
    """Keep nothing (the benchmark times checks with cold caches)."""
    _folders.clear()
    _files.clear()
