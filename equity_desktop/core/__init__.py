"""The domain of Equity Desktop: framework content, reviews and their store, placement.

Nothing in this package imports Qt (a test enforces it), so the command line,
the batch tools and the tests use exactly the code the GUI uses.
"""
