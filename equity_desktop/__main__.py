"""`python -m equity_desktop` does what the `equity-desktop` command does."""

import sys

from equity_desktop.cli.main import main

# Guarded: a worker process (multiprocessing's spawn) imports this module again and must not start the program.
if __name__ == "__main__":
    sys.exit(main())
