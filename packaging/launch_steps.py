"""What the bundle runs: the game's own command line, as `steps-game` does when pip installed it.

A file of its own rather than steps_game/__main__.py: PyInstaller puts the entry script's folder
on the import path, and the package's own folder there would let its modules be found twice.
"""

from steps_game.cli import main

raise SystemExit(main())
