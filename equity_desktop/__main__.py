"""`python -m equity_desktop` does what the `equity-desktop` command does."""

import sys

from equity_desktop.cli import main

sys.exit(main())
