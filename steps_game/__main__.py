from steps_game.cli import main

raise SystemExit(main())
