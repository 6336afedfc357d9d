from steps_game.bench import main

raise SystemExit(main())
