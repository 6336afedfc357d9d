"""Colours the game draws with itself; pygame_gui's share them through assets/themes.

Read them at drawing time (`palette.INK`), never into a default argument: workshop mode swaps in
the high-contrast set with `use(high_contrast=True)` (its theme is assets/themes/workshop.json).
"""

from contextlib import contextmanager

BACKGROUND = (246, 243, 238)
PANEL = (255, 255, 255)
INK = (31, 36, 48)
MUTED = (84, 90, 104)
ACCENT = (15, 110, 116)
ACCENT_DARK = (8, 71, 75)
ACCENT_SOFT = (214, 236, 235)
GOOD = (32, 110, 60)
WARN = (150, 80, 10)
BORDER = (190, 186, 178)
FOCUS = (224, 122, 31)
SHADE = (20, 24, 32)
WHITE = (255, 255, 255)
PANEL_OUTLINE = 0  # width of the line round every panel; none in the normal look

NORMAL = {name: value for name, value in dict(globals()).items() if name.isupper()}

# For a projector: black text on white, dark blue accents, black borders and outlined panels.
# Every text colour has a contrast of at least 7:1 on white and on PANEL.
HIGH_CONTRAST = {
    **NORMAL,
    "BACKGROUND": (255, 255, 255),
    "PANEL": (242, 242, 242),
    "INK": (0, 0, 0),
    "MUTED": (40, 40, 40),
    "ACCENT": (0, 62, 150),
    "ACCENT_DARK": (0, 38, 100),
    "ACCENT_SOFT": (218, 230, 252),
    "GOOD": (0, 92, 30),
    "WARN": (140, 40, 0),
    "BORDER": (0, 0, 0),
    "FOCUS": (200, 0, 110),
    "SHADE": (0, 0, 0),
    "PANEL_OUTLINE": 3,
}


def use(*, high_contrast: bool) -> None:
    """Switch every colour at once (the app calls this when it starts or changes mode)."""
    globals().update(HIGH_CONTRAST if high_contrast else NORMAL)


ON_DARK_MUTED = (215, 222, 230)  # at least 7:1 on ACCENT_DARK in both looks


@contextmanager
def on_dark():
    """Words and marks drawn on ACCENT_DARK (a chosen card, like a chosen button): ink, muted
    and dark accent turn light while they are drawn. A chosen card's pale fill was 1.12:1
    against a card's, and a low-vision player could not tell what she had chosen."""
    names = ("INK", "MUTED", "ACCENT_DARK")
    saved = {name: globals()[name] for name in names}
    globals().update(INK=WHITE, MUTED=ON_DARK_MUTED, ACCENT_DARK=WHITE)
    try:
        yield
    finally:
        globals().update(saved)
