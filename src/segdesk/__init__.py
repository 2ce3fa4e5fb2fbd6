"""segdesk: a desktop contact manager built around customer segments."""

__version__ = "0.1.0"
