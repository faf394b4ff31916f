"""The demo: a fictional district's enrollment files (district) and a review built on them (review).

May use every room below it; nothing in the core imports it.
"""
