"""`python -m bot` is the same as `sparkle-bot`."""

from bot.cli import main

raise SystemExit(main())
