"""Step 6's profile photo: one person, a group, or an empty frame with a question mark."""

from __future__ import annotations

import pygame

from steps_game.ui import palette


def draw_avatar(
    surface: pygame.Surface, center: tuple[int, int], radius: int, kind: str | None
) -> None:
    """The profile photo: one person, a group, or an empty frame with a question mark."""
    size = radius * 2
    picture = pygame.Surface((size, size), pygame.SRCALPHA)
    pygame.draw.circle(picture, (*palette.ACCENT_SOFT, 255), (radius, radius), radius)
    if kind == "portrait":
        _person(picture, radius, radius, radius, palette.ACCENT)
    elif kind == "group":
        for dx, scale in ((-0.5, 0.5), (0.5, 0.5), (0.0, 0.55)):
            _person(
                picture,
                round(radius + dx * radius),
                radius + round(radius * 0.15),
                round(radius * scale),
                palette.ACCENT_DARK if dx == 0 else palette.MUTED,
            )
    mask = pygame.Surface((size, size), pygame.SRCALPHA)
    pygame.draw.circle(mask, (255, 255, 255, 255), (radius, radius), radius)
    picture.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    rect = picture.get_rect(center=center)
    pygame.draw.circle(surface, palette.PANEL, center, radius + 4)
    surface.blit(picture, rect)
    pygame.draw.circle(surface, palette.BORDER, center, radius, width=2)
    if kind is None:
        from steps_game.ui.text import render

        mark = render("?", round(radius * 0.9), palette.MUTED, bold=True)
        surface.blit(mark, mark.get_rect(center=center))


def _person(surface: pygame.Surface, x: int, y: int, radius: int, color) -> None:
    """A head and shoulders, centred on (x, y), about `radius` tall from the middle."""
    head = max(3, round(radius * 0.36))
    pygame.draw.circle(surface, color, (x, y - round(radius * 0.22)), head)
    body = pygame.Rect(0, 0, round(radius * 1.3), round(radius * 1.1))
    body.midtop = (x, y + round(radius * 0.22))
    pygame.draw.ellipse(surface, color, body)
