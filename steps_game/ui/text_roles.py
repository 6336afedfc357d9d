"""Text roles and their floors, and the text scale: the size every text is drawn at."""

from __future__ import annotations

# Every text has a role, and each role a floor: the smallest size, in pixels of the 1280x720
# logical screen at 100 % text, it is ever drawn at. The floor grows with the text size and with
# workshop mode (text_scale), so 200 % text is twice as large everywhere, not only in the titles.
ROLE_FLOORS = {"title": 28, "body": 20, "option": 20, "secondary": 16, "hint": 16}
ROLES = tuple(ROLE_FLOORS)
TITLE_GROWTH = 1.5  # titles grow with the text size up to this much (see role_size)

# How much larger than asked every blit_text draws (1.5 in workshop mode, for a projector). A text
# that does not fit its box at the larger size shrinks to fit, as any text does. The app sets it.
_scale = 1.0


def set_text_scale(factor: float) -> None:
    global _scale
    _scale = factor


def text_scale() -> float:
    return _scale


def floor_size(role: str) -> int:
    """The smallest size a text of `role` is drawn at, at the current text size."""
    return round(ROLE_FLOORS[role] * _scale)


def role_size(size: int, role: str) -> int:
    """The size a text of `role` designed at `size` (100 %) is drawn at when it has room: scaled
    with the text size and never under its role's floor. Titles are designed large already: they
    grow with the text size up to one and a half times (a title twice as large would only take
    the room the words under it need), and never under their floor."""
    if role == "title":
        return max(round(size * min(_scale, TITLE_GROWTH)), floor_size(role))
    return max(round(size * _scale), floor_size(role))
