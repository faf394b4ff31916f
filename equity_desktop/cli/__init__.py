"""The `equity-desktop` command: `main` parses and dispatches, `enrollment` and `plan` add their
sub-commands, `selftest` checks an installed copy. Only renders what the core returns.
"""
