"""Where a workshop's facilitator can save the group's files, and how a folder is named on the
projector (issue 15): Documents, Desktop, each USB stick under /media or /run/media, or a folder
typed in. A room reads the screen, so a folder is shown by its own name or from "~", never by a
full home path (which names the facilitator's account). No pygame here: ExportScene shows these."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

MOUNT_ROOTS = (Path("/media"), Path("/run/media"))


@dataclass(frozen=True)
class Place:
    key: str  # "documents", "desktop", "usb" (its title names the stick)
    path: Path
    shown: str  # what the projector shows of it


def shown_name(path: Path, home: Path) -> str:
    """A folder as the room may see it: "~/…" inside the home folder, the stick's name on a USB
    stick, else the path as given."""
    path = Path(path)
    for root in MOUNT_ROOTS:
        if path.is_relative_to(root) and path != root:
            parts = path.relative_to(root).parts
            # /media/USER/STICK/... and /run/media/USER/STICK/...: the account is left out
            inside = parts[1:] if len(parts) > 1 and parts[0] == home.name else parts
            return "/".join(inside) or path.name
    if path == home:
        return "~"
    if path.is_relative_to(home):
        return "~/" + path.relative_to(home).as_posix()
    return str(path)


def usb_sticks(user: str, roots: tuple[Path, ...] = MOUNT_ROOTS) -> list[Path]:
    """Folders where removable drives are mounted: /media/USER/* and /run/media/USER/* (how
    desktops mount them), and /media/* that are mount points themselves (older systems)."""
    found: list[Path] = []
    for root in roots:
        for base in (root / user, root):
            if not base.is_dir():
                continue
            try:
                entries = sorted(base.iterdir())
            except OSError:
                continue
            for entry in entries:
                if entry == root / user or not entry.is_dir() or entry in found:
                    continue
                if base == root and not os.path.ismount(entry):
                    continue
                if os.access(entry, os.W_OK):
                    found.append(entry)
    return found


def workshop_places(home: Path | None = None, user: str | None = None) -> list[Place]:
    """Documents and Desktop where they exist, then every writable USB stick."""
    home = Path.home() if home is None else home
    user = getpass.getuser() if user is None else user
    places: list[Place] = []
    for key, finder in (
        ("documents", platformdirs.user_documents_dir),
        ("desktop", platformdirs.user_desktop_dir),
    ):
        folder = Path(finder())
        if folder.is_dir() and all(folder != place.path for place in places):
            places.append(Place(key, folder, shown_name(folder, home)))
    for stick in usb_sticks(user):
        places.append(Place("usb", stick, shown_name(stick, home)))
    return places


def typed_folder(text: str, home: Path | None = None) -> tuple[Path | None, str]:
    """The folder the facilitator typed ("~" is the home folder), or None and the catalog key of
    why it cannot be used."""
    home = Path.home() if home is None else home
    text = text.strip()
    if not text:
        return None, "save_places.typed_empty"
    path = home / text[2:] if text.startswith("~/") else home if text == "~" else Path(text)
    if not path.is_absolute():
        return None, "save_places.typed_not_full"
    if not path.is_dir():
        return None, "save_places.typed_missing"
    if not os.access(path, os.W_OK):
        return None, "save_places.typed_not_writable"
    return path, ""
