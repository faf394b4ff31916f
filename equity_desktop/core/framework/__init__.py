"""The Magnet School Development Framework as data: the content, its schema check, search and export.

Uses nothing of ours but `core.errors` (and `paths` to find the resource file).
"""
