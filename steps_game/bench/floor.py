"""The floor: the least a pygame_gui program can do. One window, one button, one text box, one
frame drawn, then exit.

The benchmark runs this file by its path (not as a module of steps_game, so that nothing of the
game is imported) right beside the game, and compares start-up time and peak memory with it: the
machine's noise hits both alike. It prints the moment of its first flip, as the game does with
STEPS_BENCH_FIRST_FRAME=1.
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame
import pygame_gui

SIZE = (1280, 720)


def main() -> None:
    pygame.init()
    window = pygame.display.set_mode(SIZE)
    manager = pygame_gui.UIManager(SIZE)
    pygame_gui.elements.UIButton(pygame.Rect(540, 300, 200, 52), "Start", manager)
    pygame_gui.elements.UITextBox(
        "A minimal pygame_gui program: the floor the game is measured against.",
        pygame.Rect(440, 380, 400, 80),
        manager,
    )
    manager.update(1 / 60)
    window.fill((245, 245, 240))
    manager.draw_ui(window)
    pygame.display.flip()
    print(f"STEPS_FIRST_FRAME {time.time():.6f}", flush=True)
    pygame.quit()


if __name__ == "__main__":
    main()
