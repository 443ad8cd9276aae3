"""`python -m checker`: the command line, as `check-figures`."""

from checker.cli import main

raise SystemExit(main())
