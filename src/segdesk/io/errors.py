"""Problems found in a file being read: whole-file refusals and single bad values."""

from __future__ import annotations


class SourceError(Exception):
    """The file cannot be read at all (empty, binary, truncated, too big...): a message for the user."""


class ValueProblem(Exception):
    """One cell's value cannot be used; the message says why, in the user's language."""
