"""Equity Desktop: an offline school equity self-review against the Magnet School Development Framework."""

__version__ = "0.1.0"
APP_NAME = "Equity Desktop"
