"""Errors that reach the user as one clear sentence (the CLI exits with code 2)."""

from __future__ import annotations


class UserError(Exception):
    """Bad input from the user: a message in their language, nothing changed."""


class OperationFailed(Exception):
    """The work could not be done (disk full, server gone); a message for the user, nothing changed."""
